"""The guided path: a list of steps beside the current page, with Back and Next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.application import Answer, display_title
from grantdesk.domain.drafts import draft_beneficiaries, draft_difference, draft_monitoring
from grantdesk.domain.questions import QuestionKind
from grantdesk.ui.common.colours import styled
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.text_size import maximum_characters, minimum_characters
from grantdesk.ui.common.wheel import guard_wheel
from grantdesk.ui.common.widgets import add_shortcut, heading, tab_after
from grantdesk.ui.guided.decision_page import DecisionPage
from grantdesk.ui.guided.details_page import DetailsPage
from grantdesk.ui.guided.priorities import PrioritiesChecklist
from grantdesk.ui.guided.question_page import HelperStack, QuestionPage
from grantdesk.ui.money.budget_editor import BudgetEditor
from grantdesk.ui.money.match_editor import MatchEditor
from grantdesk.ui.money.money_state import MoneyState
from grantdesk.ui.money.money_summary import MoneySummary
from grantdesk.ui.plan.draft_panel import DraftPanel
from grantdesk.ui.plan.exit_editor import ExitEditor
from grantdesk.ui.plan.plan_page import PlanPage
from grantdesk.ui.plan.plan_state import PlanState

if TYPE_CHECKING:
    from grantdesk.ui.autosave import AutoSaver
    from grantdesk.ui.guided.application_state import GuidedState, OpenApplication

PLAN_FEEDS = {"beneficiaries", "difference", "monitoring", "exit_strategy"}
DRAFTS = {
    "beneficiaries": draft_beneficiaries,
    "difference": draft_difference,
    "monitoring": draft_monitoring,
}
"""The answers GrantDesk can draft from the plan, by the common question they answer."""
"""The plan page comes just before the first question it feeds."""
STEP_MARKS = {StepState.NOT_STARTED: "○", StepState.DONE: "✓", StepState.NEEDS_ATTENTION: "!"}


class ApplicationView(QWidget):
    home_requested = Signal()
    profile_requested = Signal()
    title_changed = Signal(str)
    print_requested = Signal()
    form_entry_requested = Signal(int, int, str)
    """Type in or change a funder's form (its id) for this application (its id), at one of
    its questions (the funder's key for it) or from the start (empty)."""

    def __init__(self, state: GuidedState, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self._saver = saver
        self._open: OpenApplication | None = None
        self.pages: list[StepPage] = []
        self.application_id: int | None = None
        self.page_keys: list[str] = []
        self.money: MoneyState | None = None
        self.work: PlanState | None = None

        top = QHBoxLayout()
        self.home_button = QPushButton(self.tr("← All applications"))
        self.home_button.setToolTip(self.tr("Back to all your applications (Alt+Home)"))
        self.home_button.clicked.connect(self.home_requested)
        self.title_label = heading("", 1.2)
        self.print_button = QPushButton(self.tr("Print or save as PDF…"))
        self.print_button.setToolTip(self.tr("Check what is missing, then print (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_requested)
        top.addWidget(self.home_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.print_button)

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps of the application"))
        minimum_characters(self.steps, 30)
        maximum_characters(self.steps, 54)
        # Room between items as padding: spacing would cut a wrapped name short.
        styled(self.steps, "QListView::item { padding: 3px 2px; }")
        self.steps.setWordWrap(True)  # a funder's question is named in full
        # Laid out again as its width changes (a scroll bar coming, larger text), so a name
        # wraps rather than being cut short.
        self.steps.setResizeMode(QListView.ResizeMode.Adjust)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentRowChanged.connect(self._show_page)
        self.stack = QStackedWidget()

        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)

        self.back_button = QPushButton(self.tr("← &Back"))
        self.next_button = QPushButton(self.tr("&Next →"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+Page Down)"))
        self.position_label = QLabel()
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        add_shortcut("Ctrl+PgUp", self, self.go_back)
        add_shortcut("Ctrl+PgDown", self, self.go_next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.position_label)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    def open_application(self, application_id: int) -> None:
        """Build the pages afresh from what is saved (raises StoreError if it cannot be read)."""
        opened = self._state.open(application_id, self)
        application, money, work = opened.application, opened.money, opened.plan
        funder = application.funder
        self._clear()
        self.application_id = application_id
        self._open = opened
        self.money, self.work = money, work
        details = DetailsPage(application)
        details.funder_chosen.connect(lambda: self.reopen_at("details"))
        details.form_entry_requested.connect(
            lambda funder_id: self.form_entry_requested.emit(funder_id, application_id, "")
        )
        details.state_changed.connect(lambda: self._title_from(details))
        details.state_changed.connect(lambda: money.set_details(details.details))
        self._add_page(details, "details")
        helpers = {
            "budget": lambda: BudgetEditor(money),
            "match_funding": lambda: MatchEditor(money),
            "priorities": lambda: (
                PrioritiesChecklist(funder, application)
                if funder is not None and funder.priorities
                else None
            ),
            "exit_strategy": lambda: ExitEditor(work),
        }
        form = application.form
        feeds = tuple(question for question in form if set(question.common_keys) & PLAN_FEEDS)
        plan_placed = False
        helped: set[str] = set()  # each helper once, as they hold one shared budget or plan
        for question in form:
            if not plan_placed and set(question.common_keys) & PLAN_FEEDS:
                self._add_page(PlanPage(work, money, feeds), "plan")
                plan_placed = True
            keys = [key for key in question.common_keys if key in helpers and key not in helped]
            if question.kind is not QuestionKind.LONG_ANSWER:
                keys = []  # helpers sit beside a written answer, never a one-line or a figure
            helped.update(keys)
            made = [helper for helper in (helpers[key]() for key in keys) if helper is not None]
            if {"budget", "match_funding"} & set(keys):
                made.append(MoneySummary(money))  # once on the page, whichever it has
            drafted = [key for key in question.common_keys if key in DRAFTS and key not in helped]
            if drafted and question.kind is QuestionKind.LONG_ANSWER:
                helped.update(drafted)
                made.append(  # one draft for the page, of all it asks
                    DraftPanel(
                        work,
                        lambda keys=drafted: "\n\n".join(
                            text for text in (DRAFTS[key](work.plan) for key in keys) if text
                        ),
                        show_plan_table="monitoring" in drafted,
                    )
                )
            page = QuestionPage(
                question,
                len(form),
                application.answers.get(question.key, Answer(question.key)),
                application,
                helper=made[0] if len(made) == 1 else HelperStack(made) if made else None,
                money=money,
            )
            page.profile_requested.connect(self.profile_requested)
            page.go_to_requested.connect(self._go_where_held)
            page.funder_form_requested.connect(
                lambda key: self.form_entry_requested.emit(funder.id, application_id, key)
            )
            self._add_page(page, question.key)
        if not plan_placed:
            self._add_page(PlanPage(work, money, feeds), "plan")
        self._add_page(DecisionPage(opened.decision), "decision")
        self._title_from(details)
        self.steps.setCurrentRow(self.page_index(self._state.last_step(application_id)))

    def _go_where_held(self, page: str) -> None:
        if page == "profile":
            self.profile_requested.emit()
        else:
            self.go_to_page(page)

    def _clear(self) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        self.steps.blockSignals(False)
        while self.stack.count():
            page = self.stack.widget(0)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.page_keys = []
        if self._open is not None:
            self._open.close()
        self._open = None
        self.money = self.work = None

    def _add_page(self, page: StepPage, key: str) -> None:
        self.page_keys.append(key)
        if getattr(page, "scrolls_itself", False):
            self.stack.addWidget(page)  # it keeps its answer box in view itself
        else:
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(page)
            self.stack.addWidget(scroller)
        self.pages.append(page)
        tab_after(self.stack, self.back_button, self.next_button)
        item = QListWidgetItem()
        self.steps.addItem(item)
        index = len(self.pages) - 1
        page.state_changed.connect(lambda: self._mark_step(index))
        self._mark_step(index)

    def _mark_step(self, index: int) -> None:
        page = self.pages[index]
        state = page.state()
        item = self.steps.item(index)
        item.setText(f"{STEP_MARKS[state]}  {page.step_title()}")
        spoken = {
            StepState.NOT_STARTED: self.tr("not started"),
            StepState.DONE: self.tr("done"),
            StepState.NEEDS_ATTENTION: self.tr("needs attention"),
        }[state]
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{page.step_title()}, {spoken}")

    def _title_from(self, details: DetailsPage) -> None:
        title = display_title(details.details.title)
        self.title_label.setText(title)
        self.title_changed.emit(title)

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        self._saver.flush()
        self.stack.setCurrentIndex(index)
        guard_wheel(self.stack.currentWidget())
        self._state.remember_step(self.application_id, self.page_keys[index])
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.position_label.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=len(self.pages))
        )

    def page_index(self, key: str) -> int:
        """Where a page is in the path: "details", "plan", a question's key, or the first
        question on a funder's form that asks this common question."""
        if key in self.page_keys:
            return self.page_keys.index(key)
        for index, page in enumerate(self.pages):
            if isinstance(page, QuestionPage) and key in page.question.common_keys:
                return index
        return 0

    def follow_funder(self, application_id: int, funder_id: int, key: str) -> None:
        """Follow a funder's form just typed in or changed, and show this page of it (raises
        StoreError if the application cannot be read)."""
        self._state.follow_funder(application_id, funder_id)
        self.open_application(application_id)
        self.go_to_page(key)

    def reopen_at(self, key: str) -> None:
        """Build the pages again (after the funder's form changed) and show this one."""
        self.open_application(self.application_id)
        self.go_to_page(key)

    def go_to_page(self, key: str) -> None:
        self.go_to(self.page_index(key))

    def current_page(self) -> StepPage:
        return self.pages[self.steps.currentRow()]

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.steps.setCurrentRow(index)
            self.current_page().first_field().setFocus()

    def go_next(self) -> None:
        self.go_to(self.steps.currentRow() + 1)

    def go_back(self) -> None:
        self.go_to(self.steps.currentRow() - 1)
