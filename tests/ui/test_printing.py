"""Printing on paper: the system's print dialog, then the PDF's own pages on the printer chosen.

The printer here is Qt's PDF printer writing to a file, driven through the same path as a real
one (the print dialog answered as a person would), so what came out can be read back and
compared page by page with the PDF GrantDesk made.
"""

import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter, ImageStat
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QDesktopServices, QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox, QSpinBox

from grantdesk.ui.printing.print_dialog import PrintDialog
from grantdesk.ui.printing.printer import PrintingProgress, pages_in_order, place_on_paper
from tests.keys import press
from tests.ui.conftest import when_dialog_opens
from tests.ui.test_print import open_friday, press_button

CTRL = Qt.KeyboardModifier.ControlModifier
FRIDAY_PAGES = 9


def print_to_file(window, paper: Path, dots_per_inch: int | None = None) -> QPrinter:
    printer = window.print_flow.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(paper))
    if dots_per_inch:
        printer.setResolution(dots_per_inch)  # a quicker test where sharpness is not the point
    return printer


def choose_a_printer_that_then_fails(dialog, then_in_message) -> None:
    """Print in the print dialog, after which the printer cannot start (Qt's own dialog refuses
    a file it cannot write, so the printer goes away once chosen, as a real one can)."""
    printer = dialog.printer()
    press(dialog, Qt.Key.Key_Return)
    printer.setOutputFileName(str(Path(printer.outputFileName()).parent / "gone" / "paper.pdf"))
    when_dialog_opens(then_in_message, QMessageBox)


def made_pdf(title: str) -> Path:
    """Where GrantDesk puts the PDF it makes for printing."""
    return Path(tempfile.gettempdir()) / "GrantDesk" / f"{title}.pdf"


def press_print(window, then_in_print_dialog) -> None:
    """Ctrl+P, Print in GrantDesk's own check, then act in the system's print dialog."""

    def in_check(dialog) -> None:
        press_button(dialog, "print_button")
        when_dialog_opens(then_in_print_dialog, QPrintDialog)

    when_dialog_opens(in_check, PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)


def pictures(pdf: Path) -> list[Image.Image]:
    """Each page as a small, softened grey picture: the same page drawn two ways then differs
    only in how letters are smoothed."""
    with pdfium.PdfDocument(pdf) as document:
        return [
            page.render(scale=0.5, grayscale=True).to_pil().filter(ImageFilter.GaussianBlur(2))
            for page in document
        ]


def sizes_in_points(pdf: Path) -> list[tuple[int, int]]:
    with pdfium.PdfDocument(pdf) as document:
        return [tuple(round(side) for side in page.get_size()) for page in document]


def same_pages(printed: Path, original: Path) -> list[int]:
    """For each printed page, the original page (from 1) it shows; fails if one shows none."""
    originals = pictures(original)
    shown = []
    for picture in pictures(printed):
        differences = [
            ImageStat.Stat(ImageChops.difference(picture, page.resize(picture.size))).mean[0]
            for page in originals
        ]
        closest = min(range(len(originals)), key=differences.__getitem__)
        assert differences[closest] < 6, (
            f"a printed page is unlike every page of the PDF: {differences}"
        )
        shown.append(closest + 1)
    return shown


def test_print_shows_the_print_dialog_and_prints_the_pdfs_own_pages(window, qtbot, tmp_path):
    open_friday(window)
    paper = tmp_path / "paper.pdf"
    printer = print_to_file(window, paper)
    seen = {}

    def in_print_dialog(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["pages"] = (dialog.minPage(), dialog.maxPage())
        press(dialog, Qt.Key.Key_Return)

    press_print(window, in_print_dialog)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "The application has gone to the printer.",
        timeout=20000,
    )
    assert seen == {"title": "Print the application", "pages": (1, FRIDAY_PAGES)}
    assert printer.resolution() == 1200  # Qt's PDF printer; the pages were drawn at 300 dpi
    original = made_pdf("Friday Night Safe Space")
    assert sizes_in_points(paper) == [(595, 842)] * FRIDAY_PAGES  # A4, as the PDF
    assert same_pages(paper, original) == list(range(1, FRIDAY_PAGES + 1))


def test_the_pages_and_copies_chosen_are_printed(window, qtbot, tmp_path):
    open_friday(window)
    paper = tmp_path / "paper.pdf"
    print_to_file(window, paper, dots_per_inch=100)

    def pages_two_and_three_twice_each(dialog) -> None:
        options = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Options >>")
        press(options, Qt.Key.Key_Space)
        dialog.findChild(QAbstractButton, "printRange").setChecked(True)
        dialog.findChild(QSpinBox, "from").setValue(2)
        dialog.findChild(QSpinBox, "to").setValue(3)
        dialog.findChild(QSpinBox, "copies").setValue(2)
        dialog.findChild(QAbstractButton, "collate").setChecked(False)
        press(dialog, Qt.Key.Key_Return)

    press_print(window, pages_two_and_three_twice_each)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "The application has gone to the printer."
    )
    assert same_pages(paper, made_pdf("Friday Night Safe Space")) == [2, 2, 3, 3]
    assert window.print_flow.printer.copyCount() == 1  # GrantDesk printed the copies itself


def test_printing_can_be_stopped_part_way(window, qtbot, tmp_path):
    open_friday(window)
    paper = tmp_path / "paper.pdf"
    print_to_file(window, paper)
    progress_seen = []

    def stop_after_the_first_page(progress) -> None:
        qtbot.waitUntil(lambda: progress.bar.value() >= 1)
        progress_seen.append((progress.windowTitle(), progress.label.text()))
        assert progress.stop_button.text() == "&Stop printing"
        press(progress, Qt.Key.Key_Escape)

    def in_print_dialog(dialog) -> None:
        press(dialog, Qt.Key.Key_Return)
        when_dialog_opens(stop_after_the_first_page, PrintingProgress)

    press_print(window, in_print_dialog)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Printing stopped"))
    title, label = progress_seen[0]
    assert title == "Printing" and label.endswith(f"of {FRIDAY_PAGES}…")
    assert 1 <= len(sizes_in_points(paper)) < FRIDAY_PAGES
    assert QApplication.activeModalWidget() is None


def test_a_printer_that_will_not_start_opens_the_pdf_in_the_viewer(window, qtbot, tmp_path, opened):
    open_friday(window)
    print_to_file(window, tmp_path / "paper.pdf")
    said = []

    def read_and_close(box) -> None:
        said.append(box.text())
        press(box, Qt.Key.Key_Return)

    press_print(window, lambda dialog: choose_a_printer_that_then_fails(dialog, read_and_close))
    qtbot.waitUntil(lambda: bool(said))
    assert opened.paths == [made_pdf("Friday Night Safe Space")]
    assert said[0].startswith(
        "GrantDesk could not print the application, so it has opened it in this computer’s PDF "
        "viewer: print it from there."
    )


def test_a_pdf_damaged_while_printing_opens_in_the_viewer(window, qtbot, tmp_path, opened):
    open_friday(window)
    print_to_file(window, tmp_path / "paper.pdf")
    original = made_pdf("Friday Night Safe Space")
    said = []

    def damage_it_then_print(dialog) -> None:
        original.write_bytes(b"%PDF-1.4 and then nothing a reader can use")
        press(dialog, Qt.Key.Key_Return)
        when_dialog_opens(lambda box: (said.append(box.text()), box.accept()), QMessageBox)

    press_print(window, damage_it_then_print)
    qtbot.waitUntil(lambda: bool(said))
    assert opened.paths == [original]
    # Nothing of it was printed (Qt's PDF printer leaves one blank page; a real printer's job
    # is cancelled).
    assert all(page.getextrema() == (255, 255) for page in pictures(tmp_path / "paper.pdf"))


def test_a_pdf_that_cannot_be_read_is_not_printed_but_opened(window, qtbot, tmp_path, opened):
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"not a PDF at all")
    said = []
    when_dialog_opens(lambda box: (said.append(box.text()), box.accept()), QMessageBox)
    window.print_flow.print_pdf(damaged)
    qtbot.waitUntil(lambda: bool(said))
    assert opened.paths == [damaged]


def print_with_no_viewer(window, tmp_path, monkeypatch, chosen: Path, in_message) -> None:
    """Print on a printer that fails, on a computer with no program that opens PDFs."""
    open_friday(window)
    print_to_file(window, tmp_path / "paper.pdf")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(chosen), ""))
    press_print(window, lambda dialog: choose_a_printer_that_then_fails(dialog, in_message))


def save_instead(box) -> None:
    save = next(b for b in box.buttons() if b.text() == "&Save as PDF…")
    save.setFocus()
    press(save, Qt.Key.Key_Space)


def test_with_no_pdf_viewer_either_it_can_be_saved_for_another_computer(
    window, qtbot, tmp_path, monkeypatch
):
    for_the_usb_stick = tmp_path / "usb" / "Friday.pdf"
    for_the_usb_stick.parent.mkdir()
    said = []
    print_with_no_viewer(
        window,
        tmp_path,
        monkeypatch,
        for_the_usb_stick,
        lambda box: (said.append(box.text()), save_instead(box)),
    )
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved"))
    assert said[0] == (
        "GrantDesk could not print the application, and this computer has no program that "
        "opens PDFs. You can save it as a PDF, and print that from another computer."
    )
    assert for_the_usb_stick.read_bytes() == made_pdf("Friday Night Safe Space").read_bytes()


def test_with_no_pdf_viewer_a_place_that_cannot_be_written_is_said(
    window, qtbot, tmp_path, monkeypatch
):
    stick_taken_out = tmp_path / "usb" / "Friday.pdf"
    said = []

    def save_and_read_why_not(box) -> None:
        when_dialog_opens(lambda why: (said.append(why.text()), why.accept()), QMessageBox)
        save_instead(box)

    print_with_no_viewer(window, tmp_path, monkeypatch, stick_taken_out, save_and_read_why_not)
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith(f"GrantDesk could not save the PDF in {stick_taken_out.parent} (")
    assert said[0].endswith("Please choose another place, such as your Documents folder.")


def test_with_no_pdf_viewer_closing_the_message_does_nothing_more(
    window, qtbot, tmp_path, monkeypatch
):
    not_wanted = tmp_path / "Friday.pdf"
    closed = []
    print_with_no_viewer(
        window,
        tmp_path,
        monkeypatch,
        not_wanted,
        lambda box: (press(box, Qt.Key.Key_Escape), closed.append(True)),
    )
    qtbot.waitUntil(lambda: bool(closed) and QApplication.activeModalWidget() is None)
    assert not not_wanted.exists()


def test_pages_in_order():
    all_pages = QPageRanges()
    two_to_three = QPageRanges()
    two_to_three.addRange(2, 3)
    assert pages_in_order(3, all_pages, 1, True) == [1, 2, 3]
    assert pages_in_order(3, all_pages, 2, True) == [1, 2, 3, 1, 2, 3]
    assert pages_in_order(3, two_to_three, 2, False) == [2, 2, 3, 3]
    assert pages_in_order(2, two_to_three, 1, True) == [2]  # only pages the PDF has


def test_a_page_keeps_its_size_on_a4_and_shrinks_to_fit_us_letter():
    resolution = 600
    a4_at_300 = QSizeF(2480, 3508)  # 210 by 297 mm, to the nearest dot
    a4 = QRectF(QPageSize(QPageSize.PageSizeId.A4).rectPixels(resolution))
    on_a4 = place_on_paper(a4_at_300, 300, a4, resolution)
    assert all(abs(side) <= 2 for side in (on_a4.left(), on_a4.top()))  # 2 dots: 0.1 mm
    assert all(
        abs(side) <= 2 for side in (on_a4.right() - a4.right(), on_a4.bottom() - a4.bottom())
    )

    letter = QRectF(QPageSize(QPageSize.PageSizeId.Letter).rectPixels(resolution))  # 8.5 by 11 in
    on_letter = place_on_paper(a4_at_300, 300, letter, resolution)
    assert abs(on_letter.height() - letter.height()) < 1  # A4 is taller: it shrinks to fit
    assert abs(on_letter.width() / on_letter.height() - 2480 / 3508) < 0.001
    assert abs(on_letter.center().x() - letter.center().x()) < 1


def test_closing_the_print_dialog_prints_nothing(window, qtbot, tmp_path):
    open_friday(window)
    paper = tmp_path / "paper.pdf"
    print_to_file(window, paper)
    closed = []
    press_print(window, lambda dialog: (press(dialog, Qt.Key.Key_Escape), closed.append(True)))
    qtbot.waitUntil(lambda: bool(closed) and QApplication.activeModalWidget() is None)
    assert not paper.exists()
    assert window.statusBar().currentMessage() == ""
