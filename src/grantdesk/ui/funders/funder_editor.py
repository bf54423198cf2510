"""One funder's record as typed in on the Funders screen: about it, its form as a table, and its
rules. Every change is saved as it is typed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from grantdesk.domain.funders import Funder
from grantdesk.ui.funders.form_tables import FunderQuestions
from grantdesk.ui.funders.funder_parts import FunderAbout, FunderRules

if TYPE_CHECKING:
    from grantdesk.ui.funders.funders_state import FundersState


class FunderEditor(QWidget):
    """Every field of one funder; changes are saved as they are typed."""

    renamed = Signal(int, str)
    form_entry_requested = Signal(int)
    """Type the form in one question at a time (the funder's id)."""

    def __init__(self, funder: Funder, state: FundersState, parent=None):
        super().__init__(parent)
        self.funder = funder
        self._state = state
        layout = QVBoxLayout(self)
        self.about = FunderAbout(funder)
        layout.addWidget(self.about)

        self.questions = FunderQuestions()
        self.questions.model.set_rows(funder.questions)
        form_box = QGroupBox(self.tr("Its form"))
        form_layout = QVBoxLayout(form_box)
        self.form_entry_button = QPushButton(self.tr("T&ype in its form one question at a time…"))
        self.form_entry_button.clicked.connect(lambda: self.form_entry_requested.emit(funder.id))
        form_layout.addWidget(self.form_entry_button, 0, Qt.AlignmentFlag.AlignLeft)
        form_layout.addWidget(self.questions)
        layout.addWidget(form_box)

        self.rules = FunderRules(funder)
        layout.addWidget(self.rules)
        for part in (self.about, self.rules):
            part.changed.connect(self._changed)
            part.left.connect(state.saver.flush)
        self.questions.model.rows_changed.connect(self._changed)

    def _changed(self) -> None:
        funder = self.rules.apply(
            self.about.apply(replace(self.funder, questions=self.questions.model.rows))
        )
        self.funder = funder
        self._state.save(funder)
        self.renamed.emit(funder.id, funder.display_name)
