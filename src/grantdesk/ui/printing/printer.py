"""Printing a finished PDF on the printer a person chooses, so the paper matches the file.

Windows 10 and 11 have no program that prints a PDF by itself (Edge does not take the "print"
verb), so GrantDesk prints it: PDFium (pypdfium2) draws each page as a picture off the window's
thread, at the printer's resolution up to 300 dpi, and Qt paints the pictures onto the printer
chosen in the system's print dialog, one page at a time. Painting a printer must happen on the
window's thread, so each page is painted there while the next is drawn.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QImage, QPageRanges, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from grantdesk.ui.common.text_size import minimum_characters
from grantdesk.ui.tasks import run_in_background

log = logging.getLogger(__name__)

MOST_DOTS_PER_INCH = 300
"""Text printed from a 300 dpi picture is as sharp as paper shows; more only slows printing."""


def pages_in_order(page_count: int, chosen: QPageRanges, copies: int, collate: bool) -> list[int]:
    """The page numbers (from 1) to print, in order: the pages chosen (all when none are), and
    each copy whole before the next when collated, or each page's copies together when not."""
    pages = [n for n in range(1, page_count + 1) if chosen.isEmpty() or chosen.contains(n)]
    if collate:
        return pages * copies
    return [page for page in pages for _copy in range(copies)]


def place_on_paper(picture: QSizeF, dots_per_inch: float, paper: QRectF, resolution: int) -> QRectF:
    """Where a page's picture goes on the paper, in the printer's dots: at its true size, or made
    smaller to fit paper that is smaller than the page (A4 on US Letter), in the middle."""
    size = picture * (resolution / dots_per_inch)
    size *= min(1.0, paper.width() / size.width(), paper.height() / size.height())
    corner = paper.center() - QPointF(size.width(), size.height()) / 2
    return QRectF(corner, size)


def count_pages(pdf: Path) -> int:
    import pypdfium2  # loaded only when printing, on a worker thread

    with pypdfium2.PdfDocument(pdf) as document:
        return len(document)


def draw_page(pdf: Path, number: int, dots_per_inch: int) -> QImage:
    """Page `number` (from 1) as a picture. QImage, unlike QPixmap, may be made off the window's
    thread. Each call opens the file itself, so no PDFium object is shared between threads."""
    import pypdfium2
    import pypdfium2.raw

    with pypdfium2.PdfDocument(pdf) as document:
        bitmap = document[number - 1].render(
            scale=dots_per_inch / 72,  # a PDF measures in points, 72 to the inch
            force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGRx,
            optimize_mode="print",
        )
        # BGRx in memory is Qt's RGB32; copy() takes the pixels before PDFium frees them.
        return QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
        ).copy()


class PrintingProgress(QDialog):
    """Which page is printing, with a button to stop. Window-modal, so nothing else starts
    meanwhile; unlike QProgressDialog it never runs the event loop from inside setValue."""

    def __init__(self, total: int, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        minimum_characters(self, 60)
        self._total = total
        layout = QVBoxLayout(self)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, total)
        self.bar.setFormat(
            QCoreApplication.translate("Printing", "%v of %m pages")
        )  # Qt fills in the numbers
        self.bar.setAccessibleName(QCoreApplication.translate("Printing", "Pages printed"))
        layout.addWidget(self.bar)
        buttons = QDialogButtonBox()
        self.stop_button = buttons.addButton(
            QCoreApplication.translate("Printing", "&Stop printing"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.rejected.connect(self.reject)  # Escape too
        layout.addWidget(buttons)
        self.show_done(0)

    def show_done(self, done: int) -> None:
        self.label.setText(
            QCoreApplication.translate("Printing", "Printing page {page} of {total}…").format(
                page=done + 1, total=self._total
            )
        )
        self.bar.setValue(done)


class PdfPrintJob(QObject):
    """One printing of one PDF: the print dialog, then the pages, with progress and a way to stop.

    Emits one of `printed`, `stopped` or `failed`, or none if the person closes the print
    dialog without printing; then it deletes itself.
    """

    printed = Signal()
    stopped = Signal()
    """The person stopped it part-way."""
    failed = Signal()
    """The PDF could not be read or the printer could not be used (the reason is in the log)."""

    def __init__(self, pdf: Path, printer: QPrinter, window: QWidget):
        super().__init__(window)
        self._pdf = pdf
        self._printer = printer
        self._window = window
        self._painter = QPainter()
        self._order: list[int] = []
        self._done = 0
        self._dots_per_inch = MOST_DOTS_PER_INCH
        self._ended = False
        self.progress: PrintingProgress | None = None

    def start(self) -> None:
        run_in_background(
            self, lambda: count_pages(self._pdf), self._ask, lambda _error: self._end(self.failed)
        )

    def _ask(self, page_count: int) -> None:
        printer = self._printer
        printer.setDocName(self._pdf.stem)
        printer.setPageRanges(QPageRanges())
        printer.setCopyCount(1)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print the application"))
        dialog.setMinMax(1, page_count)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.deleteLater()
            return
        # Copies are printed here rather than by the printer's driver, as some drivers ignore them.
        self._order = pages_in_order(
            page_count, printer.pageRanges(), printer.copyCount(), printer.collateCopies()
        )
        printer.setCopyCount(1)
        printer.setFullPage(True)  # the PDF has its own margins
        self._dots_per_inch = min(printer.resolution(), MOST_DOTS_PER_INCH)
        if not self._painter.begin(printer):
            log.error("The printer %r would not start printing", printer.printerName())
            self._end(self.failed)
            return
        self.progress = PrintingProgress(len(self._order), self._window)
        self.progress.rejected.connect(lambda: self._end(self.stopped))
        self.progress.show()
        self._draw(0)

    def _draw(self, index: int) -> None:
        number = self._order[index]
        run_in_background(
            self,
            lambda: draw_page(self._pdf, number, self._dots_per_inch),
            self._paint,
            lambda _error: self._paint(None),
        )

    def _paint(self, picture: QImage | None) -> None:
        """Paint the page PDFium has drawn (None if it could not)."""
        if self._ended:
            return  # a page drawn before the person stopped
        if picture is None:
            self._end(self.failed)
            return
        if self._done + 1 < len(self._order):
            self._draw(self._done + 1)  # the next page is drawn while this one is painted
        if self._done:
            self._printer.newPage()
        resolution = self._printer.resolution()
        paper = QRectF(self._printer.pageLayout().fullRectPixels(resolution))
        self._painter.drawImage(
            place_on_paper(QSizeF(picture.size()), self._dots_per_inch, paper, resolution),
            picture,
        )
        self._done += 1
        if self._done == len(self._order):
            self._end(self.printed)
        else:
            self.progress.show_done(self._done)

    def _end(self, outcome: SignalInstance) -> None:
        """Finish the job (all printed, stopped, or failed) and say how it went."""
        self._ended = True
        if self._painter.isActive():
            if self._done < len(self._order):
                self._printer.abort()  # stopped or failed part-way: cancel what is spooled
            self._painter.end()
        if self.progress is not None:
            self.progress.accept()  # closes it without another `rejected`
            self.progress.deleteLater()
        outcome.emit()
        self.deleteLater()


def new_printer() -> QPrinter:
    """The system's default printer, at its own resolution, with A4 paper like the PDF's."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer
