"""After saving a PDF: where it is, and a button for each thing people do next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from grantdesk.ui.common.text_size import minimum_characters
from grantdesk.ui.common.widgets import ProblemLabel, heading, wrapped


def open_with_system(path: Path) -> bool:
    """Open a file in the program the computer uses for it, or a folder in its file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfReadyDialog(QDialog):
    PRINT = 2

    def __init__(self, pdf: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._pdf = pdf
        self.setWindowTitle(self.tr("Your PDF is ready"))
        minimum_characters(self, 80)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your PDF is ready"), 1.2))
        where = wrapped(
            self.tr("It is saved as “{name}”\nin the folder {folder}").format(
                name=pdf.name, folder=pdf.parent
            )
        )
        where.setAccessibleName(where.text())
        layout.addWidget(where)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Open it"))
        self.open_button.setAccessibleDescription(self.tr("Open the PDF to read it"))
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.setAccessibleDescription(self.tr("Open the folder the PDF is in"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleDescription(self.tr("Choose a printer and print the PDF"))
        for button in (self.open_button, self.folder_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(
            lambda: self._open(
                pdf,
                self.tr(
                    "This computer has no program that opens PDFs. You can still print it, or "
                    "copy the file to a USB stick and open it on another computer."
                ),
            )
        )
        self.folder_button.clicked.connect(
            lambda: self._open(
                pdf.parent,
                self.tr("GrantDesk could not open the folder. The PDF is in {folder}").format(
                    folder=pdf.parent
                ),
            )
        )
        self.print_button.clicked.connect(lambda: self.done(self.PRINT))
        layout.addSpacing(12)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def _open(self, path: Path, if_not: str) -> None:
        if open_with_system(path):
            self.accept()
        else:
            self.problem.say(if_not)
