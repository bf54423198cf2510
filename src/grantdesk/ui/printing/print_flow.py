"""From Ctrl+P to paper or a PDF: check what is missing, build the PDF off the window's thread,
then save it where the person chooses or print that same PDF on the printer they choose.

While the PDF is made, the status bar shows how far it has got, with a button to stop it; the
window can be used meanwhile. Stopping leaves no file behind (report.pdf.write_pdf)."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from grantdesk.domain.files import file_name_for
from grantdesk.domain.messages import Wording
from grantdesk.domain.printable import PrintableApplication, readiness_problems
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.files import documents_folder
from grantdesk.ui.common.language import current_language, translate
from grantdesk.ui.common.messages import tell
from grantdesk.ui.printing.pdf_ready_dialog import PdfReadyDialog, open_with_system
from grantdesk.ui.printing.print_dialog import PrintDialog
from grantdesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class MakingPdf(QWidget):
    """In the status bar while the PDF is made: how far it has got, and a button to stop.
    `moved` may be emitted from the worker that builds the PDF."""

    moved = Signal(int)
    """How far the PDF has got, in percent."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.stop_wanted = threading.Event()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)  # apart from the save status beside it
        self.label = QLabel(QCoreApplication.translate("Printing", "Making the PDF…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.bar.setAccessibleName(
            QCoreApplication.translate("Printing", "How far the PDF has got")
        )
        self.stop_button = QPushButton(
            QCoreApplication.translate("Printing", "&Stop making the PDF")
        )
        self.stop_button.clicked.connect(self.stop)
        for widget in (self.label, self.bar, self.stop_button):
            layout.addWidget(widget)
        self.moved.connect(self.bar.setValue)
        self.destroyed.connect(self.stop_wanted.set)  # the window closed: stop building

    def stop(self) -> None:
        self.stop_wanted.set()
        self.stop_button.setEnabled(False)
        self.label.setText(QCoreApplication.translate("Printing", "Stopping…"))

    def follow(self, done: int, total: int) -> None:
        """On the worker, as the PDF is laid out: stop it if asked, else say how far it is."""
        if self.stop_wanted.is_set():
            raise PdfStopped
        percent = 100 * done // max(total, 1)
        if percent != self.bar.value():  # read across threads: at worst one signal too many
            self.moved.emit(percent)


class PdfStopped(Exception):
    """The person stopped the PDF being made."""


class PrintFlow(QObject):
    fix_requested = Signal(int, str)
    """The application and the page to go to, to put a problem right."""

    def __init__(
        self,
        window: QMainWindow,
        load_printable: Callable[[int], PrintableApplication],
    ):
        super().__init__(window)
        self._window = window
        self._load_printable = load_printable
        self._printer: QPrinter | None = None
        self.making: MakingPdf | None = None
        """Shown while a PDF is being made (one at a time)."""

    @property
    def printer(self) -> QPrinter:
        """The printer last chosen while GrantDesk is open: at first the system's default,
        looked up only when first needed, as that can take a while on Windows."""
        if self._printer is None:
            from grantdesk.ui.printing.printer import new_printer

            self._printer = new_printer()
        return self._printer

    def start(self, application_id: int) -> None:
        """Check what is missing, then save the application as a PDF or print that PDF."""
        if self.making is not None:
            self._say(
                QCoreApplication.translate(
                    "Printing", "GrantDesk is still making the PDF; stop it first to start again."
                )
            )
            return
        try:
            application = self._load_printable(application_id)
        except StoreError as failure:
            tell(self._window, failure)
            return
        today = date.today()
        dialog = PrintDialog(
            readiness_problems(application, today), application.checklist(), self._window
        )
        dialog.fix_requested.connect(lambda page: self.fix_requested.emit(application_id, page))
        choice = dialog.exec()
        if choice == PrintDialog.SAVE:
            self.save_pdf(application, dialog.draft, today)
        elif choice == PrintDialog.PRINT:
            self._print(application, dialog.draft, today)

    def save_pdf(self, application: PrintableApplication, draft: bool, today: date) -> None:
        chosen = self._choose_where_to_save(application.title)
        if chosen is not None:
            self._build(application, chosen, draft, today, self._pdf_ready)

    def _choose_where_to_save(self, title: str) -> Path | None:
        suggested = documents_folder() / f"{file_name_for(title)}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("Printing", "Save the application as a PDF"),
            str(suggested),
            QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
        )
        return Path(chosen).with_suffix(".pdf") if chosen else None

    def _pdf_ready(self, pdf: Path) -> None:
        if PdfReadyDialog(pdf, self._window).exec() == PdfReadyDialog.PRINT:
            self.print_pdf(pdf)

    def _print(self, application: PrintableApplication, draft: bool, today: date) -> None:
        folder = Path(tempfile.gettempdir()) / "GrantDesk"
        folder.mkdir(exist_ok=True)
        target = folder / f"{file_name_for(application.title)}.pdf"
        self._build(application, target, draft, today, self.print_pdf)

    def print_pdf(self, pdf: Path) -> None:
        """Print a finished PDF on the printer the person chooses; if it cannot be printed,
        open it in the computer's PDF viewer to print from there."""
        from grantdesk.ui.printing.printer import PdfPrintJob

        job = PdfPrintJob(pdf, self.printer, self._window)
        job.printed.connect(
            lambda: self._say(
                QCoreApplication.translate("Printing", "The application has gone to the printer.")
            )
        )
        job.stopped.connect(
            lambda: self._say(
                QCoreApplication.translate(
                    "Printing",
                    "Printing stopped. Pages already sent may still come out of the printer.",
                )
            )
        )
        job.failed.connect(lambda: self._open_instead(pdf))
        job.start()

    def _open_instead(self, pdf: Path) -> None:
        if open_with_system(pdf):
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("Printing", "It could not be printed"),
                QCoreApplication.translate(
                    "Printing",
                    "GrantDesk could not print the application, so it has opened it in this "
                    "computer’s PDF viewer: print it from there. If the printer is switched off "
                    "or out of paper, put that right first.",
                ),
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Printing", "It could not be printed"),
            QCoreApplication.translate(
                "Printing",
                "GrantDesk could not print the application, and this computer has no program "
                "that opens PDFs. You can save it as a PDF, and print that from another computer.",
            ),
            QMessageBox.StandardButton.Close,
            self._window,
        )
        save = box.addButton(
            QCoreApplication.translate("Printing", "&Save as PDF…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.exec()
        chosen = self._choose_where_to_save(pdf.stem) if box.clickedButton() is save else None
        if chosen is None:
            return
        try:
            shutil.copyfile(pdf, chosen)
        except OSError as error:
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("Printing", "GrantDesk"),
                pdf_failure(error, chosen),
            )
            return
        self._say(
            QCoreApplication.translate("Printing", "Saved the application as {path}").format(
                path=chosen
            )
        )

    def _build(
        self,
        application: PrintableApplication,
        target: Path,
        draft: bool,
        today: date,
        then: Callable[[Path], None],
    ) -> None:
        status = self._window.statusBar()
        making = self.making = MakingPdf(status)
        status.addPermanentWidget(making)

        def build() -> Path | None:
            from grantdesk.report.pdf import write_pdf  # reportlab loads here, off the window

            try:
                write_pdf(
                    application,
                    target,
                    draft=draft,
                    today=today,
                    on_progress=making.follow,
                    words=Wording(translate, current_language()),
                )
            except PdfStopped:
                return None
            return target

        def finished() -> None:
            status.removeWidget(making)
            making.deleteLater()
            self.making = None

        def built(path: Path | None) -> None:
            finished()
            if path is None:
                self._say(
                    QCoreApplication.translate(
                        "Printing", "Stopped making the PDF. Nothing was saved."
                    )
                )
            else:
                then(path)

        def failed(error: Exception) -> None:
            finished()
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("Printing", "GrantDesk"),
                pdf_failure(error, target),
            )

        run_in_background(self, build, built, failed)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 10000)


def pdf_failure(error: Exception, target: Path) -> str:
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Printing",
            "GrantDesk could not save the PDF in {folder} ({reason}). Please choose another "
            "place, such as your Documents folder.",
        ).format(folder=target.parent, reason=error.strerror or error)
    return QCoreApplication.translate(
        "Printing",
        "GrantDesk could not make the PDF. Your work is safe; the details are in the file "
        "grantdesk.log in GrantDesk’s data folder. Please tell whoever looks after this computer.",
    )
