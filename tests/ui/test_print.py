"""Printing: what is missing first, then the PDF saved, and what can be done with it next.
Printing on paper is in test_printing.py."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QScrollArea

from grantdesk.domain.printable import ReadinessProblem
from grantdesk.examples.demo import write_demo
from grantdesk.report import pdf
from grantdesk.ui.common.text_size import set_text_size
from grantdesk.ui.money.budget_editor import BudgetEditor
from grantdesk.ui.preferences import Preferences
from grantdesk.ui.printing.pdf_ready_dialog import PdfReadyDialog
from grantdesk.ui.printing.print_dialog import PrintDialog
from tests.keys import press, press_here, type_here
from tests.ui.conftest import reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_friday(window) -> int:
    write_demo(window.store)
    friday = next(
        s.id for s in window.store.applications.summaries() if s.details.title.startswith("Friday")
    )
    window.open_application(friday)
    return friday


def press_button(dialog, name: str) -> None:
    button = getattr(dialog, name)
    button.setFocus()
    press(button, Qt.Key.Key_Space)


def test_the_check_lists_what_is_missing_and_enter_goes_to_it(window, qtbot):
    open_friday(window)
    seen = []

    def read_and_go(dialog) -> None:
        seen.extend(button.label.text() for button in dialog.problem_buttons)
        assert dialog.draft_box.isChecked() and not dialog.draft_box.isEnabled()
        assert QApplication.focusWidget() is dialog.problem_buttons[0]
        press(dialog.problem_buttons[0], Qt.Key.Key_Return)

    when_dialog_opens(read_and_go)
    press(window, Qt.Key.Key_P, CTRL)
    assert seen == [
        "•  Question 2 (Your type of organisation) has no answer yet.",
        "•  Question 6 (The difference it will make) is 6 words over the limit.",
    ]
    assert window.application.current_page().question.key == "organisation_type"


def test_one_click_on_an_item_of_the_check_goes_to_it(window, qtbot):
    open_friday(window)

    def click_the_second(dialog) -> None:
        second = dialog.problem_buttons[1]
        assert second.label.isVisible()
        QTest.mouseClick(second, Qt.MouseButton.LeftButton)

    when_dialog_opens(click_the_second)
    press(window, Qt.Key.Key_P, CTRL)
    assert window.application.current_page().question.key == "difference"


def save_as_pdf(window, monkeypatch, target: Path, in_ready_dialog) -> list[str]:
    """Ctrl+P, Save as PDF, the file name chosen, then act in "Your PDF is ready"."""
    asked = []

    def choose_file(parent, caption, suggested, filters):
        asked.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)

    def in_check(dialog) -> None:
        press_button(dialog, "save_button")
        when_dialog_opens(in_ready_dialog, PdfReadyDialog)

    when_dialog_opens(in_check, PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)
    return asked


def test_save_as_pdf_makes_a_draft_when_things_are_missing(window, qtbot, tmp_path, monkeypatch):
    open_friday(window)
    target = tmp_path / "Friday Night Safe Space.pdf"
    shown = []

    def read_and_close(dialog) -> None:
        shown.append(dialog.windowTitle())
        shown.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        press(dialog, Qt.Key.Key_Escape)

    asked = save_as_pdf(window, monkeypatch, target, read_and_close)
    qtbot.waitUntil(lambda: bool(shown))
    assert asked == ["Friday Night Safe Space.pdf"]
    assert shown == [
        "Your PDF is ready",
        "Your PDF is ready",
        f"It is saved as “Friday Night Safe Space.pdf”\nin the folder {tmp_path}",
    ]
    reader = PdfReader(target)
    assert all("DRAFT" in page.extract_text() for page in reader.pages)
    assert "Friday Night Safe Space" in reader.pages[0].extract_text()


def test_your_pdf_is_ready_opens_it_or_its_folder(window, qtbot, tmp_path, monkeypatch, opened):
    open_friday(window)
    target = tmp_path / "Friday Night Safe Space.pdf"
    names = []

    def open_it(dialog) -> None:
        assert QApplication.focusWidget() is dialog.open_button  # Enter opens it
        names.extend(
            (button.text(), button.accessibleDescription())
            for button in (dialog.open_button, dialog.folder_button, dialog.print_button)
        )
        press(dialog.open_button, Qt.Key.Key_Return)

    save_as_pdf(window, monkeypatch, target, open_it)
    qtbot.waitUntil(lambda: bool(opened.paths))
    assert opened.paths == [target]
    assert names == [
        ("&Open it", "Open the PDF to read it"),
        ("Show in &folder", "Open the folder the PDF is in"),
        ("&Print…", "Choose a printer and print the PDF"),
    ]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    reactivate(window, qtbot)
    save_as_pdf(window, monkeypatch, target, lambda dialog: press(dialog, Qt.Key.Key_F, ALT))
    qtbot.waitUntil(lambda: len(opened.paths) == 2)
    assert opened.paths[1] == tmp_path


def test_your_pdf_is_ready_says_so_when_nothing_can_open_it(window, qtbot, tmp_path, monkeypatch):
    open_friday(window)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    said = []

    def open_it_and_read(dialog) -> None:
        press(dialog.open_button, Qt.Key.Key_Return)
        said.append((dialog.isVisible(), dialog.problem.text()))
        press(dialog, Qt.Key.Key_Escape)

    save_as_pdf(window, monkeypatch, tmp_path / "Friday.pdf", open_it_and_read)
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        (
            True,
            "This computer has no program that opens PDFs. You can still print it, or copy the "
            "file to a USB stick and open it on another computer.",
        )
    ]


def test_your_pdf_is_ready_prints_that_pdf(window, qtbot, tmp_path, monkeypatch):
    open_friday(window)
    target = tmp_path / "Friday Night Safe Space.pdf"
    paper = tmp_path / "paper.pdf"
    printer = window.print_flow.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(paper))
    printer.setResolution(100)

    def print_it(dialog) -> None:
        press(dialog, Qt.Key.Key_P, ALT)
        when_dialog_opens(lambda printing: press(printing, Qt.Key.Key_Return), QPrintDialog)

    save_as_pdf(window, monkeypatch, target, print_it)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "The application has gone to the printer."
    )
    assert len(PdfReader(paper).pages) == len(PdfReader(target).pages)


def test_closing_the_save_dialog_saves_nothing(window, qtbot, monkeypatch):
    open_friday(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    when_dialog_opens(lambda dialog: press_button(dialog, "save_button"), PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)
    assert QApplication.activeModalWidget() is None
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("broken", ["the folder", "GrantDesk"])
def test_a_pdf_that_cannot_be_made_is_said_plainly(window, qtbot, tmp_path, monkeypatch, broken):
    open_friday(window)
    if broken == "GrantDesk":
        monkeypatch.setattr(pdf, "build_pdf", lambda *args, **kwargs: 1 / 0)
    folder = tmp_path / "USB stick taken out" if broken == "the folder" else tmp_path / "PDFs"
    folder.parent.mkdir(exist_ok=True)
    if broken == "GrantDesk":
        folder.mkdir()
    target = folder / "Friday.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    said = []

    def save_then_read(dialog) -> None:
        press_button(dialog, "save_button")
        when_dialog_opens(lambda box: (said.append(box.text()), box.accept()), QMessageBox)

    when_dialog_opens(save_then_read, PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(said))
    if broken == "GrantDesk":
        assert said[0].startswith("GrantDesk could not make the PDF. Your work is safe;")
        assert list(folder.iterdir()) == []  # nothing half-made is left behind
    else:
        assert said[0].startswith(f"GrantDesk could not save the PDF in {target.parent} (")


def test_the_funders_copy_says_nothing_of_vat_the_group_never_charged(
    window, qtbot, tmp_path, monkeypatch
):
    def start(dialog) -> None:
        type_here("Friday football")
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_End)  # not decided yet: the common questions
        press_here(Qt.Key.Key_Return)

    when_dialog_opens(start)
    press(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
    reactivate(window, qtbot)
    window.application.go_to_page("budget")
    [budget] = window.application.current_page().findChildren(BudgetEditor)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    for text in ("Staff", "Sessional youth workers", "96", "sessions", "£180"):
        type_here(text)
        press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Return)  # VAT left as it is: none charged

    def printed(name: str) -> str:
        target = tmp_path / name
        told = []
        save_as_pdf(
            window,
            monkeypatch,
            target,
            lambda ready: (told.append(1), press(ready, Qt.Key.Key_Escape)),
        )
        qtbot.waitUntil(lambda: bool(told))
        reactivate(window, qtbot)
        return " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())

    text = printed("no VAT.pdf")
    assert "Sessional youth workers" in text and "£17,280.00" in text
    assert "reclaim VAT" not in text, "a claim the group never made, about VAT never charged"

    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    for text in ("Travel", "Minibus hire", "4", "trips", "£100"):
        type_here(text)
        press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Down)  # VAT: add VAT to this price
    press_here(Qt.Key.Key_Return)
    text = printed("with VAT.pdf")
    assert "We cannot reclaim VAT, so VAT is included where it is charged (£80.00 in all)." in (
        text
    )


@pytest.mark.parametrize("text", (100, 150))
@pytest.mark.parametrize("count", (1, 4, 6))
def test_a_few_things_to_put_right_are_listed_whole_without_scrolling(open_window, text, count):
    Preferences().text_size = text  # chosen in Settings, and kept for this start
    window = open_window()
    problems = [
        ReadinessProblem(
            f"Question {number} (Tell us about your organisation) has no answer yet.", "details"
        )
        for number in range(1, count + 1)
    ]
    dialog = PrintDialog(problems, [], window)
    try:
        dialog.show()
        QApplication.processEvents()
        [listed] = dialog.findChildren(QScrollArea)
        assert not listed.verticalScrollBar().isVisible(), f"{count} things scroll at {text}%"
        shown = listed.viewport().rect()
        assert all(shown.contains(link.geometry()) for link in dialog.problem_buttons)
    finally:
        dialog.close()
        set_text_size(100)
