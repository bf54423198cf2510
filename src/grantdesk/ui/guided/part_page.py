"""A step for the budget or other funding where no written question on the funder's form
carries it (many forms ask for the budget in a table): its editor and the money at a glance,
with what funders look for folded away. It prints under Further information."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from grantdesk.domain.questions import question_by_key
from grantdesk.ui.common.colours import Panel, panel_style, styled
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.tables import LinesEditor
from grantdesk.ui.common.widgets import Fold, heading, wrapped
from grantdesk.ui.guided.question_page import (
    QuestionHelper,
    as_bullets,
    follow_cell,
    question_text,
    step_state,
)


class PartPage(StepPage):
    scrolls_itself = True

    def __init__(
        self,
        key: str,
        helper: QuestionHelper,
        done: Callable[[], bool],
        parent: QWidget | None = None,
    ):
        """`done` says whether the part is filled in as it needs to be (other funding needs
        none listed where the amount asked covers the costs)."""
        super().__init__(parent)
        self.key = key
        self.helper = helper
        self.done = done
        layout = QVBoxLayout(self)
        self.title = heading(self.title_of(key), 1.3)
        layout.addWidget(self.title)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = wrapped(
            self.tr(
                "The funder’s form has no written question about the costs, but every "
                "application needs a budget: list what the project will cost here. It is "
                "printed with your application."
            )
            if key == "budget"
            else self.tr(
                "The funder’s form has no written question about other funding: list any "
                "here. It is printed with your application, under your budget."
            )
        )
        content_layout.addWidget(self.intro)
        guidance = wrapped(as_bullets(question_text(question_by_key(key).guidance)))
        styled(guidance, panel_style(Panel.GUIDANCE))
        content_layout.addWidget(Fold(self.tr("What funders look for"), guidance))
        content_layout.addWidget(helper)
        content_layout.addStretch(1)
        self.area.setWidget(content)
        layout.addWidget(self.area, 1)
        self.tables = helper.findChildren(LinesEditor)
        for lines in self.tables:
            lines.table.selectionModel().currentChanged.connect(
                lambda current, _, table=lines.table: follow_cell(self.area, table, current)
            )
        helper.changed.connect(self.state_changed)

    @staticmethod
    def title_of(key: str) -> str:
        if key == "budget":
            return QCoreApplication.translate("PartPage", "Your budget")
        return QCoreApplication.translate("PartPage", "Other funding")

    def step_title(self) -> str:
        return self.title_of(self.key)

    @staticmethod
    def state_of(done: bool, helper_needs_attention: bool) -> StepState:
        return step_state(done, not helper_needs_attention)

    def state(self) -> StepState:
        return self.state_of(self.done(), self.helper.needs_attention())

    def first_field(self) -> QWidget:
        return self.tables[0].table
