"""A first draft of an answer, written from the plan, put where the person chooses.

Their own words are never replaced without asking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout

from grantdesk.ui.common.text_size import maximum_lines
from grantdesk.ui.common.widgets import wrapped
from grantdesk.ui.plan.plan_page import PlanTableView
from grantdesk.ui.plan.plan_state import PlanState

AT_CURSOR, AT_END, REPLACING = "cursor", "end", "replace"


class DraftPanel(QGroupBox):
    answer_is_optional = False

    changed = Signal()
    insert_requested = Signal(str, str)
    """The draft's text, and where it goes: AT_CURSOR, AT_END or REPLACING."""

    def __init__(
        self,
        work: PlanState,
        make_draft: Callable[[], str],
        parent=None,
        show_plan_table: bool = False,
    ):
        super().__init__(parent)
        self.setTitle(self.tr("A draft from your plan"))
        self._make_draft = make_draft
        layout = QVBoxLayout(self)
        self.hint = wrapped(
            self.tr(
                "GrantDesk can write a first draft of this answer from your plan, for you to "
                "edit. It goes where you choose; your own words are never replaced without "
                "asking."
            )
        )
        layout.addWidget(self.hint)
        if show_plan_table:
            table = PlanTableView()
            table.show_plan(work.plan)
            work.changed.connect(lambda: table.show_plan(work.plan))
            layout.addWidget(table)
        self.write_button = QPushButton(self.tr("&Write a draft from your plan"))
        self.write_button.clicked.connect(self.write_draft)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.draft = QPlainTextEdit()
        self.draft.setReadOnly(True)
        self.draft.setTabChangesFocus(True)
        self.draft.setAccessibleName(self.tr("Draft from your plan"))
        maximum_lines(self.draft, 12)
        self.draft.hide()
        layout.addWidget(self.draft)
        self.insert_button = QPushButton(self.tr("&Insert at the cursor"))
        self.append_button = QPushButton(self.tr("Add to the en&d of my answer"))
        self.replace_button = QPushButton(self.tr("Re&place my answer…"))
        buttons = QHBoxLayout()
        for button, where in (
            (self.insert_button, AT_CURSOR),
            (self.append_button, AT_END),
            (self.replace_button, REPLACING),
        ):
            button.clicked.connect(
                lambda _checked=False, where=where: self.insert_requested.emit(
                    self.draft.toPlainText(), where
                )
            )
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        work.changed.connect(self.changed)

    def write_draft(self) -> None:
        text = self._make_draft()
        if not text:
            self.hint.setText(
                self.tr(
                    "There is nothing in your plan for this answer yet. Fill in the step "
                    "“Your plan” first, then come back."
                )
            )
            return
        self.draft.setPlainText(text)
        for widget in (self.draft, self.insert_button, self.append_button, self.replace_button):
            widget.show()
        self.append_button.setFocus()

    def has_content(self) -> bool:
        return False

    def needs_attention(self) -> bool:
        return False
