"""From Ctrl+P to paper or a PDF: check what is missing, build the PDF off the window's thread,
then save it where the person chooses or send that same PDF to the printer."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from grantdesk.domain.files import file_name_for
from grantdesk.domain.printable import PrintableApplication, readiness_problems
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.files import documents_folder
from grantdesk.ui.common.messages import tell
from grantdesk.ui.printing.print_dialog import PrintDialog
from grantdesk.ui.tasks import run_in_background

PrinterSender = Callable[[Path], str]
"""Sends a finished PDF to a printer and says what happened, in words."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


class PrintFlow(QObject):
    fix_requested = Signal(int, str)
    """The application and the page to go to, to put a problem right."""

    def __init__(
        self,
        window: QMainWindow,
        load_printable: Callable[[int], PrintableApplication],
        print_sender: PrinterSender | None = None,
    ):
        super().__init__(window)
        self._window = window
        self._load_printable = load_printable
        self.print_sender = print_sender
        """How a finished PDF reaches the printer; None means the system's way."""

    def start(self, application_id: int) -> None:
        """Check what is missing, then save the application as a PDF or print that PDF."""
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
        suggested = documents_folder() / f"{file_name_for(application.title)}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            _tr("Save the application as a PDF"),
            str(suggested),
            _tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        self._build(
            application,
            Path(chosen).with_suffix(".pdf"),
            draft,
            today,
            lambda path: self._say(_tr("Saved the application as {path}").format(path=path)),
        )

    def _print(self, application: PrintableApplication, draft: bool, today: date) -> None:
        folder = Path(tempfile.gettempdir()) / "GrantDesk"
        folder.mkdir(exist_ok=True)
        target = folder / f"{file_name_for(application.title)}.pdf"

        def send(path: Path) -> None:
            from grantdesk.ui.printing.printer import PrinterError, send_to_printer

            try:
                said = (self.print_sender or send_to_printer)(path)
            except PrinterError as failure:
                self._offer_pdf_instead(str(failure), application, draft, today)
                return
            self._say(_tr(said))

        self._build(application, target, draft, today, send)

    def _offer_pdf_instead(
        self, reason: str, application: PrintableApplication, draft: bool, today: date
    ) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("It could not be printed"),
            _tr(
                "GrantDesk could not print the application. {reason} You can save it as a "
                "PDF instead, and print that from another computer."
            ).format(reason=_tr(reason)),
            QMessageBox.StandardButton.Close,
            self._window,
        )
        save = box.addButton(_tr("&Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is save:
            self.save_pdf(application, draft, today)

    def _build(
        self,
        application: PrintableApplication,
        target: Path,
        draft: bool,
        today: date,
        then: Callable[[Path], None],
    ) -> None:
        status = self._window.statusBar()
        status.showMessage(_tr("Making the PDF…"))

        def build() -> Path:
            from grantdesk.report.pdf import build_pdf  # reportlab loads here, off the window

            build_pdf(application, target, draft=draft, today=today)
            return target

        def built(path: Path) -> None:
            status.clearMessage()
            then(path)

        def failed(error: Exception) -> None:
            status.clearMessage()
            QMessageBox.warning(self._window, _tr("GrantDesk"), pdf_failure(error, target))

        run_in_background(self, build, built, failed)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 10000)


def pdf_failure(error: Exception, target: Path) -> str:
    if isinstance(error, OSError):
        return _tr(
            "GrantDesk could not save the PDF in {folder} ({reason}). Please choose another "
            "place, such as your Documents folder."
        ).format(folder=target.parent, reason=error.strerror or error)
    return _tr(
        "GrantDesk could not make the PDF. Your work is safe; the details are in the file "
        "grantdesk.log in GrantDesk’s data folder. Please tell whoever looks after this computer."
    )
