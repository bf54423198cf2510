"""Building the PDF away from the typing, and sending that same PDF to the printer."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from grantdesk.domain.printable import PrintableApplication
from grantdesk.report.pdf import build_pdf

log = logging.getLogger(__name__)


class PrinterError(Exception):
    """The PDF could not be sent to a printer; the message says why, plainly."""


def send_to_printer(pdf: Path) -> str:
    """Print the PDF itself, so the paper matches the file. Returns what happened, in words.

    Windows prints it through the system's PDF handler; elsewhere `lp` sends it to the default
    printer, and without `lp` the system's viewer opens it to print from.
    """
    if sys.platform == "win32":
        try:
            os.startfile(pdf, "print")  # type: ignore[attr-defined]
        except OSError as error:
            raise PrinterError(
                "Windows could not print it: there may be no printer, or no program for PDFs."
            ) from error
        return "The application has been sent to your printer."
    lp = shutil.which("lp")
    if lp:
        result = subprocess.run([lp, str(pdf)], capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            reason = (result.stderr or result.stdout).strip().splitlines()
            raise PrinterError(
                "The printer did not take it"
                + (f" (it said: {reason[-1]})" if reason else "")
                + "."
            )
        return "The application has been sent to your printer."
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf))):
        return "The application is open in your PDF viewer: print it from there."
    raise PrinterError("This computer has no printer set up and no program to open a PDF.")


class PdfJob(QObject):
    """Builds one PDF on a worker thread and says when it is done (on the window's thread)."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, application: PrintableApplication, target: Path, draft: bool, today: date):
        super().__init__()
        self._application = application
        self._target = target
        self._draft = draft
        self._today = today

    def start(self) -> None:
        job = self

        class Run(QRunnable):
            def run(self) -> None:
                job.run()

        QThreadPool.globalInstance().start(Run())

    def run(self) -> None:
        try:
            build_pdf(self._application, self._target, draft=self._draft, today=self._today)
        except OSError as error:
            self.failed.emit(
                f"GrantDesk could not save the PDF in {self._target.parent} "
                f"({error.strerror or error}). Please choose another place, such as your "
                "Documents folder."
            )
            return
        except Exception:  # on a worker thread, nothing else would ever tell the person
            log.exception("Building the PDF failed")
            self.failed.emit(
                "GrantDesk could not make the PDF. Your work is safe; the details are in the "
                "file grantdesk.log in GrantDesk’s data folder. Please tell whoever looks "
                "after this computer."
            )
            return
        self.done.emit(str(self._target))
