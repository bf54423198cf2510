"""The guided path: a list of steps beside the current page, with Back and Next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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

from grantdesk.domain.application import Answer, ApplicationDetails, display_title
from grantdesk.domain.path import DRAFTS, PLAN_FEEDS, guided_path
from grantdesk.domain.printable import answer_limit
from grantdesk.domain.questions import Question
from grantdesk.domain.wordcount import check_limit
from grantdesk.ui.common.colours import styled
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.text_size import maximum_characters, minimum_characters
from grantdesk.ui.common.wheel import guard_wheel
from grantdesk.ui.common.widgets import add_shortcut, heading, tab_after
from grantdesk.ui.guided.decision_page import DecisionPage
from grantdesk.ui.guided.details_page import DetailsPage
from grantdesk.ui.guided.part_page import PartPage
from grantdesk.ui.guided.priorities import PrioritiesChecklist
from grantdesk.ui.guided.question_page import HelperStack, QuestionHelper, QuestionPage, step_state
from grantdesk.ui.guided.value_answer import answered_and_fine
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
    from grantdesk.ui.guided.application_state import (
        ApplicationState,
        GuidedState,
        OpenApplication,
    )

STEP_MARKS = {StepState.NOT_STARTED: "○", StepState.DONE: "✓", StepState.NEEDS_ATTENTION: "!"}


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Helper:
    """An editor shown beside a question (the budget, other funding…), and what it would say
    about the answer, read from the data before it is built."""

    build: Callable[[], QuestionHelper | None]
    has_content: Callable[[], bool] = _never
    needs_attention: Callable[[], bool] = _never
    done_apart: Callable[[], bool] | None = None
    """On a step of its own, whether it is done (if not simply whether it has content)."""


class Step:
    """One step of the path: its title and state are known from the data at once; its page
    is built the first time it is shown (`ApplicationView.page`)."""

    def __init__(
        self,
        key: str,
        title: str,
        state: Callable[[], StepState],
        build: Callable[[], StepPage],
        question: Question | None,
    ):
        self.key = key
        self.title = title
        self.question = question
        self.build = build
        self._state_from_data = state
        self.page: StepPage | None = None
        self.shown: QWidget | None = None
        """The page, or the scroll area holding it, in the view's stack."""

    def state(self) -> StepState:
        return self.page.state() if self.page is not None else self._state_from_data()


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
        self.path: list[Step] = []
        self.application_id: int | None = None
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
        """Read the application and list its steps; only the step shown is built now, each
        other one the first time it is visited (raises StoreError if it cannot be read)."""
        opened = self._state.open(application_id, self)
        application, money, work = opened.application, opened.money, opened.plan
        funder = application.funder
        self._clear()
        self.application_id = application_id
        self._open = opened
        self.money, self.work = money, work
        money.changed.connect(self._mark_unbuilt)
        work.changed.connect(self._mark_unbuilt)
        helpers = {
            "budget": Helper(
                lambda: BudgetEditor(money),
                lambda: BudgetEditor.has_content_in(money),
                lambda: BudgetEditor.needs_attention_in(money),
            ),
            "match_funding": Helper(
                lambda: MatchEditor(money),
                lambda: MatchEditor.has_content_in(money),
                lambda: MatchEditor.needs_attention_in(money),
                lambda: MatchEditor.done_apart_in(money),
            ),
            "priorities": Helper(
                lambda: (
                    PrioritiesChecklist(funder, application)
                    if funder is not None and funder.priorities
                    else None
                )
            ),
            "exit_strategy": Helper(
                lambda: ExitEditor(work),
                lambda: ExitEditor.has_content_in(work),
                lambda: ExitEditor.needs_attention_in(work),
            ),
        }
        form = application.form
        feeds = tuple(question for question in form if set(question.common_keys) & PLAN_FEEDS)
        for step in guided_path(form):
            if step.key == "details":
                self._add_step(
                    "details",
                    DetailsPage.step_title(),
                    lambda: DetailsPage.state_of(application.details),
                    lambda: self._details_page(application, money),
                )
            elif step.key == "plan":
                self._add_step(
                    "plan",
                    PlanPage.step_title(),
                    lambda: PlanPage.state_of(work),
                    lambda: PlanPage(work, money, feeds),
                )
            elif step.key == "decision":
                self._add_step(
                    "decision",
                    DecisionPage.step_title(),
                    lambda: DecisionPage.state_of(opened.decision.status),
                    lambda: DecisionPage(opened.decision),
                )
            elif step.question is None:  # the budget or other funding, on a step of its own
                helper = helpers[step.key]
                done = helper.done_apart or helper.has_content
                self._add_step(
                    step.key,
                    PartPage.title_of(step.key),
                    lambda helper=helper, done=done: PartPage.state_of(
                        done(), helper.needs_attention()
                    ),
                    lambda helper=helper, key=step.key, done=done: PartPage(
                        key, HelperStack([helper.build(), MoneySummary(money)]), done
                    ),
                )
            else:
                question = step.question
                self._add_step(
                    question.key,
                    QuestionPage.title_of(question),
                    self._question_state(question, [helpers[key] for key in step.helpers]),
                    lambda step=step: self._question_page(
                        step.question, {key: helpers[key] for key in step.helpers}, step.drafted
                    ),
                    question,
                )
        self._show_title(application.details)
        self.steps.setCurrentRow(self.page_index(self._state.last_step(application_id)))

    def _details_page(self, application: ApplicationState, money: MoneyState) -> DetailsPage:
        details = DetailsPage(application)
        details.funder_chosen.connect(lambda: self.reopen_at("details"))
        details.form_entry_requested.connect(
            lambda funder_id: self.form_entry_requested.emit(funder_id, self.application_id, "")
        )
        details.state_changed.connect(lambda: self._show_title(details.details))
        details.state_changed.connect(lambda: money.set_details(details.details))
        return details

    def _question_state(self, question: Question, helpers: list[Helper]) -> Callable[[], StepState]:
        """The question's step as its page would mark it, read from the data: its answer
        cannot change until its page is built, so a written one is counted only once."""
        application, money = self._open.application, self.money
        answer = application.answers.get(question.key, Answer(question.key))
        if not question.kind.is_text:
            return lambda: step_state(
                *answered_and_fine(
                    question,
                    application.answers.get(question.key, answer).text,
                    application.profile,
                    money.finances,
                )
            )
        written = bool(answer.text.strip())
        within = check_limit(answer.text, answer_limit(question, answer), question.counting).within
        return lambda: step_state(
            written or any(helper.has_content() for helper in helpers),
            within and not any(helper.needs_attention() for helper in helpers),
        )

    def _question_page(
        self, question: Question, helpers: dict[str, Helper], drafted: tuple[str, ...]
    ) -> QuestionPage:
        application, money, work = self._open.application, self.money, self.work
        made = [made for made in (helper.build() for helper in helpers.values()) if made]
        if {"budget", "match_funding"} & set(helpers):
            made.append(MoneySummary(money))  # once on the page, whichever it has
        if drafted:
            made.append(  # one draft for the page, of all it asks
                DraftPanel(
                    work,
                    lambda: "\n\n".join(
                        text for text in (DRAFTS[key](work.plan) for key in drafted) if text
                    ),
                    show_plan_table="monitoring" in drafted,
                )
            )
        page = QuestionPage(
            question,
            len(application.form),
            application.answers.get(question.key, Answer(question.key)),
            application,
            helper=made[0] if len(made) == 1 else HelperStack(made) if made else None,
            money=money,
        )
        page.profile_requested.connect(self.profile_requested)
        page.go_to_requested.connect(self._go_where_held)
        page.funder_form_requested.connect(
            lambda key: self.form_entry_requested.emit(
                application.funder.id, self.application_id, key
            )
        )
        return page

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
        self.path = []
        if self._open is not None:
            self._open.close()
        self._open = None
        self.money = self.work = None

    def _add_step(
        self,
        key: str,
        title: str,
        state: Callable[[], StepState],
        build: Callable[[], StepPage],
        question: Question | None = None,
    ) -> None:
        self.path.append(Step(key, title, state, build, question))
        self.steps.addItem(QListWidgetItem())
        self._mark_step(len(self.path) - 1)

    def page(self, index: int) -> StepPage:
        """The page of a step, built now if it has not been shown yet."""
        step = self.path[index]
        if step.page is None:
            page = step.build()
            if getattr(page, "scrolls_itself", False):
                step.shown = page  # it keeps its answer box in view itself
            else:
                step.shown = QScrollArea()
                step.shown.setWidgetResizable(True)
                step.shown.setFrameShape(QFrame.Shape.NoFrame)
                step.shown.setWidget(page)
            self.stack.addWidget(step.shown)
            tab_after(self.stack, self.back_button, self.next_button)
            step.page = page
            page.state_changed.connect(lambda: self._mark_step(index))
            self._mark_step(index)
        return step.page

    @property
    def page_keys(self) -> list[str]:
        return [step.key for step in self.path]

    def _mark_unbuilt(self) -> None:
        """Steps not built yet follow the money and the plan their helpers show."""
        for index, step in enumerate(self.path):
            if step.page is None:
                self._mark_step(index)

    def _mark_step(self, index: int) -> None:
        step = self.path[index]
        state = step.state()
        item = self.steps.item(index)
        text = f"{STEP_MARKS[state]}  {step.title}"
        if item.text() == text:
            return  # unchanged: the list need not lay itself out again (at each budget cell)
        item.setText(text)
        spoken = {
            StepState.NOT_STARTED: self.tr("not started"),
            StepState.DONE: self.tr("done"),
            StepState.NEEDS_ATTENTION: self.tr("needs attention"),
        }[state]
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{step.title}, {spoken}")

    def _show_title(self, details: ApplicationDetails) -> None:
        title = display_title(details.title)
        self.title_label.setText(title)
        self.title_changed.emit(title)

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        self._saver.flush()
        self.page(index)
        self.stack.setCurrentWidget(self.path[index].shown)
        guard_wheel(self.stack.currentWidget())
        self._state.remember_step(self.application_id, self.path[index].key)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.path) - 1)
        self.position_label.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=len(self.path))
        )

    def page_index(self, key: str) -> int:
        """Where a page is in the path: "details", "plan", a question's key, or the first
        question on a funder's form that asks this common question."""
        keys = self.page_keys
        if key in keys:
            return keys.index(key)
        for index, step in enumerate(self.path):
            if step.question is not None and key in step.question.common_keys:
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
        return self.page(self.steps.currentRow())

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.path):
            self.steps.setCurrentRow(index)
            self.current_page().first_field().setFocus()

    def go_next(self) -> None:
        self.go_to(self.steps.currentRow() + 1)

    def go_back(self) -> None:
        self.go_to(self.steps.currentRow() - 1)
