"""Printing: what is missing first, then the same PDF saved or sent to the printer."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from grantdesk.examples.demo import write_demo
from grantdesk.ui.printing.printer import PrinterError
from tests.keys import press
from tests.ui.conftest import reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier


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


def test_save_as_pdf_makes_a_draft_when_things_are_missing(window, qtbot, tmp_path, monkeypatch):
    open_friday(window)
    target = tmp_path / "Friday Night Safe Space.pdf"
    asked = []

    def choose_file(parent, caption, suggested, filters):
        asked.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    when_dialog_opens(lambda dialog: press_button(dialog, "save_button"))
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved"))
    assert asked == ["Friday Night Safe Space.pdf"]
    reader = PdfReader(target)
    assert all("DRAFT" in page.extract_text() for page in reader.pages)
    assert "Friday Night Safe Space" in reader.pages[0].extract_text()


def test_print_sends_the_same_pdf_and_a_failure_offers_the_pdf(
    window, qtbot, tmp_path, monkeypatch
):
    open_friday(window)
    sent = []

    def printer(path: Path) -> str:
        sent.append(path.read_bytes())
        return "The application has been sent to your printer."

    window.print_flow.print_sender = printer
    when_dialog_opens(lambda dialog: press_button(dialog, "print_button"))
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(sent))
    assert sent[0].startswith(b"%PDF")
    assert window.statusBar().currentMessage() == "The application has been sent to your printer."

    def no_printer(path: Path) -> str:
        raise PrinterError("This computer has no printer set up and no program to open a PDF.")

    window.print_flow.print_sender = no_printer
    target = tmp_path / "instead.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    said = []

    def take_the_pdf_instead(box) -> None:
        said.append(box.text())
        press_button(box, "save_instead") if hasattr(box, "save_instead") else None
        box.buttons()[0].setFocus()
        for button in box.buttons():
            if button.text() == "&Save as PDF…":
                button.setFocus()
                press(button, Qt.Key.Key_Space)

    reactivate(window, qtbot)
    when_dialog_opens(
        lambda dialog: (
            press_button(dialog, "print_button"),
            when_dialog_opens(take_the_pdf_instead),
        )
    )
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0)
    assert said[0].startswith("GrantDesk could not print the application. This computer has no")
