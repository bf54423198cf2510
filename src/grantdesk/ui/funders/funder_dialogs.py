"""Looking at a funder's whole form at once, and printing it blank to draft on paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from grantdesk.domain.funders import Funder, describe_grant_range, form_questions
from grantdesk.domain.questions import describe_answer
from grantdesk.ui.common.files import documents_folder
from grantdesk.ui.common.widgets import heading


def whole_form_text(funder: Funder) -> str:
    """Every question with its limit (and guidance), as the person reads it on screen."""
    lines = []
    grants = describe_grant_range(funder.minimum_pence, funder.maximum_pence)
    if grants:
        lines.append(f"Grants: {grants}")
    if funder.priorities:
        lines.append("Priorities:")
        lines.extend(f"  •  {priority}" for priority in funder.priorities)
    lines.append("")
    for question in form_questions(funder):
        lines.append(f"{question.shown_number}. {question.question}  ({describe_answer(question)})")
        if question.guidance:
            lines.extend(f"     {line}" for line in question.guidance.splitlines())
        lines.append("")
    return "\n".join(lines).strip()


class WholeFormDialog(QDialog):
    def __init__(self, funder: Funder, parent=None):
        super().__init__(parent)
        self.funder = funder
        self.setWindowTitle(self.tr("The whole form"))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(funder.display_name, 1.2))
        self.text = QPlainTextEdit(whole_form_text(funder))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Every question on the form, with its limit"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Save a &blank form to print…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.save_blank_form)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save_blank_form(self) -> None:
        from grantdesk.report.blank_form import build_blank_form  # reportlab loads only now

        suggested = documents_folder() / "Blank form.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the blank form as a PDF"),
            str(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        try:
            build_blank_form(self.funder, Path(chosen).with_suffix(".pdf"))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("GrantDesk"),
                QCoreApplication.translate(
                    "Printing",
                    "GrantDesk could not save the blank form there ({reason}). "
                    "Please choose another place.",
                ).format(reason=error.strerror or error),
            )
            return
        self.print_button.setText(self.tr("Saved. Save another copy…"))
