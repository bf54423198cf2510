"""Sending a finished PDF to the printer, so the paper matches the file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


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
