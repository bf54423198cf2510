"""The project plan in one place, asked in plain words: the need, what will be done, what will
change for people and what it takes; the same plan as tables for those who prefer them, with
the plan as the printed application sets it out."""

from __future__ import annotations

from dataclasses import astuple, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.budget import category_order
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.organisation import parse_count
from grantdesk.domain.plan import (
    METHODS,
    PLAN_TABLE_HEADINGS,
    Direction,
    InputKind,
    Need,
    Outcome,
    Plan,
    PlanInput,
    PlanOutput,
    plan_table,
)
from grantdesk.domain.questions import Question
from grantdesk.ui.common.colours import styled
from grantdesk.ui.common.language import say
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.tables import (
    CELL_PADDING,
    Column,
    LinesEditor,
    LineTableModel,
    choice_column,
    room_for_columns,
    share_width,
    unbroken,
)
from grantdesk.ui.common.text_size import minimum_lines
from grantdesk.ui.common.wheel import guard_wheel
from grantdesk.ui.common.widgets import (
    Fold,
    ProblemLabel,
    UndoBanner,
    heading,
    tab_after,
    wrapped,
)
from grantdesk.ui.money.money_state import MoneyState
from grantdesk.ui.plan.plan_cards import NEXT_STEP_STYLE, NeedCard, OutcomeCard, need_label
from grantdesk.ui.plan.plan_state import PlanState

NOT_PAID = QT_TRANSLATE_NOOP("PlanPage", "Not paid from the budget")


def _titled(question: Question) -> str:
    return QCoreApplication.translate("CommonQuestions", question.short_title)


def _show_number(number: int | None) -> str:
    return "" if number is None else f"{number:,}"


def _text_column(header: str, name: str, stretch: bool = False) -> Column:
    return Column(
        header,
        lambda item, _: getattr(item, name),
        lambda item, text: replace(item, **{name: text}),
        stretch=stretch,
    )


def _number_column(header: str, name: str) -> Column:
    return Column(
        header,
        lambda item, _: _show_number(getattr(item, name)),
        lambda item, text: replace(
            item,
            **{name: parse_count(text, QCoreApplication.translate("PlanPage", "people or things"))},
        ),
        right_aligned=True,
    )


class PlanTableView(QTableWidget):
    """The plan as one read-only table: need → outputs → outcome, indicator, baseline, target,
    method, when."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(PLAN_TABLE_HEADINGS), parent)
        self.setHorizontalHeaderLabels([say(name) for name in PLAN_TABLE_HEADINGS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("The plan as a table"))
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # read only: Tab moves on, the arrow keys read it
        minimum_lines(self, 16)

    def show_plan(self, plan: Plan) -> None:
        rows = plan_table(plan)
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(astuple(values)):
                self.setItem(row, column, QTableWidgetItem(text))
        self.fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def fit_columns(self) -> None:
        """Each column at least as wide as its longest word (a line may break after a hyphen),
        so that no word is cut short ("behav…"), and the rest of the width shared by how much
        each column has to say; where even the longest words do not fit (large text on a small
        screen), it scrolls sideways."""
        metrics, headings = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        natural, floors = [], []
        for column in range(self.columnCount()):
            heading = self.horizontalHeaderItem(column).text()
            texts = [self.item(row, column).text() for row in range(self.rowCount())]
            words = [(metrics, word) for text in texts for word in unbroken(text)]
            words += [(headings, word) for word in unbroken(heading)]
            floors.append(max(measure.horizontalAdvance(word) for measure, word in words))
            lengths = [metrics.horizontalAdvance(text) for text in texts]
            natural.append(max([headings.horizontalAdvance(heading), *lengths]))
        floors = [floor + CELL_PADDING for floor in floors]
        natural = [
            max(width + CELL_PADDING, floor) for width, floor in zip(natural, floors, strict=True)
        ]
        room = room_for_columns(self)
        every = list(range(self.columnCount()))
        widths = floors if sum(floors) > room else share_width(natural, floors, every, room)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.resizeRowsToContents()


class PlanPart(LinesEditor):
    """One list of the plan (needs, inputs, outputs or outcomes) bound to the shared plan,
    following it when it changes elsewhere (on the cards)."""

    def __init__(
        self,
        state: PlanState,
        field_name: str,
        columns: list[Column],
        make_row,
        add_text: str,
        remove_text: str,
        accessible_name: str,
    ):
        model = LineTableModel(columns)
        model.set_rows(getattr(state.plan, field_name))
        super().__init__(model, add_text, remove_text=remove_text)
        self._make_row = make_row
        self.table.setAccessibleName(accessible_name)
        minimum_lines(self.table, 8)
        model.rows_changed.connect(
            lambda rows: state.set_plan(replace(state.plan, **{field_name: rows}))
        )
        state.changed.connect(lambda: self._follow(getattr(state.plan, field_name)))

    def _follow(self, rows: tuple) -> None:
        if rows != self.model.rows and not self.table.is_editing():
            self.model.set_rows(rows)

    def new_row(self):
        return self._make_row()


class PlanPage(StepPage):
    """The plan as an interview: the need, what will be done, and what will change for people,
    a card for each need and each change; the same plan as tables, if that suits better."""

    def __init__(
        self, work: PlanState, money: MoneyState, feeds: tuple[Question, ...] = (), parent=None
    ):
        super().__init__(parent)
        self.work = work
        self.money = money
        self.need_cards: list[NeedCard] = []
        self.outcome_cards: list[OutcomeCard] = []
        self._removed: tuple[str, int, object] | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Your plan, in plain words"), 1.3), 1)
        self.tables_button = QPushButton(self.tr("Show it as &tables"))
        self.tables_button.setCheckable(True)
        self.tables_button.toggled.connect(self._show_tables)
        top.addWidget(self.tables_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        named = "; ".join(f"{question.called} ({_titled(question)})" for question in feeds)
        layout.addWidget(
            wrapped(
                self.tr(
                    "A few questions about the problem you are tackling and the change you hope "
                    "to see. Funders look for the thread from one to the other."
                )
                + (
                    " "
                    + self.tr("GrantDesk can then draft {questions} from it.").format(
                        questions=named
                    )
                    if named
                    else ""
                )
            )
        )

        self.plan_step = wrapped()
        styled(self.plan_step, NEXT_STEP_STYLE)
        self.plan_step.setAccessibleName(self.tr("Next step for the plan"))
        layout.addWidget(self.plan_step)

        self.cards = QWidget()
        cards = QVBoxLayout(self.cards)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.addWidget(heading(self.tr("1. The problem you are tackling"), 1.1))
        self.needs_layout = QVBoxLayout()
        cards.addLayout(self.needs_layout)
        self.add_need_button = QPushButton(self.tr("Add a nee&d"))
        self.add_need_button.clicked.connect(self.add_need)
        cards.addWidget(self.add_need_button, 0, Qt.AlignmentFlag.AlignLeft)

        cards.addWidget(heading(self.tr("2. What you will do"), 1.1))
        cards.addWidget(
            wrapped(self.tr("What you will deliver, with numbers: “40 weekly sessions”."))
        )
        self.outputs = PlanPart(
            work,
            "outputs",
            [
                _number_column(QCoreApplication.translate("PlanPage", "How many"), "quantity"),
                _text_column(
                    QCoreApplication.translate("PlanPage", "What you will deliver"),
                    "description",
                    stretch=True,
                ),
            ],
            PlanOutput,
            self.tr("Add something you &will do"),
            self.tr("Remove it"),
            self.tr("What you will do"),
        )
        cards.addWidget(self.outputs)

        cards.addWidget(heading(self.tr("3. What will change for people"), 1.1))
        cards.addWidget(
            wrapped(
                self.tr(
                    "The difference in people’s lives, not what you do: “young people feel "
                    "safer”, “fewer reports on Friday nights”. Count each change the same way "
                    "as the need it answers."
                )
            )
        )
        self.outcomes_layout = QVBoxLayout()
        cards.addLayout(self.outcomes_layout)
        self.add_outcome_button = QPushButton(self.tr("Add a c&hange"))
        self.add_outcome_button.clicked.connect(self.add_outcome)
        cards.addWidget(self.add_outcome_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.inputs = PlanPart(
            work,
            "inputs",
            [
                _text_column(
                    QCoreApplication.translate("PlanPage", "What goes in"),
                    "description",
                    stretch=True,
                ),
                choice_column(
                    QCoreApplication.translate("PlanPage", "Kind"),
                    "kind",
                    {kind: kind.label for kind in InputKind},
                    say,
                    QCoreApplication.translate("PlanPage", "Please choose a kind from the list."),
                ),
                Column(
                    QCoreApplication.translate("PlanPage", "Paid from budget category"),
                    lambda item, _: item.budget_category or say(NOT_PAID),
                    lambda item, text: replace(
                        item,
                        budget_category="" if text in (NOT_PAID, say(NOT_PAID)) else text,
                    ),
                    choices=self._budget_categories,
                ),
            ],
            PlanInput,
            self.tr("Add what goes &in"),
            self.tr("Remove it"),
            self.tr("What goes into it"),
        )
        inputs = QWidget()
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.setContentsMargins(0, 0, 0, 0)
        inputs_layout.addWidget(
            wrapped(self.tr("The money, staff time, volunteers and expertise the work needs."))
        )
        inputs_layout.addWidget(self.inputs)
        self.inputs_fold = Fold(
            self.tr("4. What it takes (optional)"), inputs, open_=bool(work.plan.inputs)
        )
        cards.addWidget(self.inputs_fold)
        self.undo_banner = UndoBanner()
        self.undo_banner.undo_requested.connect(self.undo_remove)
        cards.addWidget(self.undo_banner)
        layout.addWidget(self.cards)

        self.tables = QWidget()
        tables = QVBoxLayout(self.tables)
        tables.setContentsMargins(0, 0, 0, 0)
        self.needs = PlanPart(
            work,
            "needs",
            [
                _text_column(
                    QCoreApplication.translate("PlanPage", "What is the problem"),
                    "problem",
                    stretch=True,
                ),
                _text_column(QCoreApplication.translate("PlanPage", "Who has it"), "who"),
                _number_column(QCoreApplication.translate("PlanPage", "How many"), "how_many"),
                _text_column(QCoreApplication.translate("PlanPage", "What is counted"), "measure"),
                _text_column(QCoreApplication.translate("PlanPage", "How bad"), "severity"),
                _text_column(
                    QCoreApplication.translate("PlanPage", "How you know"), "evidence", stretch=True
                ),
            ],
            Need,
            self.tr("Add a need"),
            self.tr("Remove need"),
            self.tr("Needs"),
        )
        self.outcomes = PlanPart(
            work,
            "outcomes",
            [
                _text_column(
                    QCoreApplication.translate("PlanPage", "What will change"),
                    "change",
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("PlanPage", "Need it answers"),
                    lambda item, _: self._need_label(item.need_key),
                    lambda item, text: replace(item, need_key=self._need_key(text)),
                    choices=lambda: [self._need_label(need.key) for need in work.plan.needs],
                ),
                _text_column(
                    QCoreApplication.translate("PlanPage", "How you will know"), "indicator"
                ),
                _text_column(QCoreApplication.translate("PlanPage", "How it is now"), "baseline"),
                _text_column(
                    QCoreApplication.translate("PlanPage", "Hoped for by the end"), "target"
                ),
                choice_column(
                    QCoreApplication.translate("PlanPage", "Up or down"),
                    "direction",
                    {direction: direction.label for direction in Direction},
                    say,
                    QCoreApplication.translate("PlanPage", "Please choose from the list."),
                ),
                Column(
                    QCoreApplication.translate("PlanPage", "How you will find out"),
                    lambda item, _: item.method,
                    lambda item, text: replace(item, method=text),
                    choices=lambda: [say(method) for method in METHODS],
                    free_text=True,
                ),
                _text_column(QCoreApplication.translate("PlanPage", "When"), "when"),
            ],
            Outcome,
            self.tr("Add a change"),
            self.tr("Remove change"),
            self.tr("What will change"),
        )
        for title, part in (
            (self.tr("The problems you are tackling"), self.needs),
            (self.tr("What will change for people"), self.outcomes),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(part)
            tables.addWidget(box)
        self.weaknesses = ProblemLabel()
        self.weaknesses.setAccessibleName(self.tr("What the plan still needs"))
        tables.addWidget(self.weaknesses)
        table_box = QGroupBox(self.tr("The plan as the printed application sets it out"))
        self.table = PlanTableView()
        QVBoxLayout(table_box).addWidget(self.table)
        tables.addWidget(table_box)
        self.tables.hide()
        layout.addWidget(self.tables)
        layout.addStretch(1)

        QApplication.instance().focusChanged.connect(self._follow_focus)
        work.changed.connect(self._show)
        work.changed.connect(self.state_changed)
        self._show()

    def _budget_categories(self) -> list[str]:
        used = {line.category for line in self.money.budget.lines if line.category}
        return [say(NOT_PAID), *category_order(used)]

    def _need_label(self, key: str) -> str:
        need = self.work.plan.need(key)
        return "" if need is None else need_label(self.work.plan, need)

    def _need_key(self, label: str) -> str:
        for need in self.work.plan.needs:
            if self._need_label(need.key) == label:
                return need.key
        return ""

    def _show_tables(self, shown: bool) -> None:
        self.tables.setVisible(shown)
        self.cards.setVisible(not shown)
        self.tables_button.setText(
            self.tr("Show it as &questions") if shown else self.tr("Show it as &tables")
        )
        if shown:
            guard_wheel(self.tables)

    def _show(self) -> None:
        plan = self.work.plan
        self._show_cards(
            self.needs_layout, self.need_cards, plan.needs, NeedCard, "needs", self.tables_button
        )
        self._show_cards(
            self.outcomes_layout,
            self.outcome_cards,
            plan.outcomes,
            OutcomeCard,
            "outcomes",
            self.outputs,
        )
        for number, card in enumerate(self.need_cards):
            card.show_need(plan.needs[number] if plan.needs else Need(), number + 1)
        for number, card in enumerate(self.outcome_cards):
            outcome = plan.outcomes[number] if plan.outcomes else self._new_outcome()
            card.show_outcome(outcome, plan, number + 1)
        self._follow_focus()
        weaknesses = self.work.plan_weaknesses
        self.weaknesses.say("\n".join("•  " + say(weakness.message) for weakness in weaknesses))
        self.table.show_plan(plan)

    def _show_cards(
        self, layout, cards: list, items: tuple, card_class, field: str, after: QWidget
    ) -> None:
        """A card for each need (or change), each editing its own one; with none yet, one
        empty card to start on, saved once something is typed in it. Tab reaches the cards
        after `after`."""
        wanted = max(len(items), 1)
        while len(cards) > wanted:
            card = cards.pop()
            layout.removeWidget(card)
            card.deleteLater()
        while len(cards) < wanted:
            card = card_class()
            index = len(cards)
            card.edited.connect(lambda item, i=index: self._edited(field, i, item))
            card.remove_requested.connect(lambda i=index: self._remove(field, i))
            layout.addWidget(card)
            tab_after(cards[-1] if cards else after, card)
            cards.append(card)
            guard_wheel(card)
        cards[0].remove_button.setVisible(bool(items))

    def _edited(self, field: str, index: int, item) -> None:
        items = list(getattr(self.work.plan, field))
        if index < len(items):
            items[index] = item
        else:
            items.append(item)  # the first, typed on the empty card
        self.work.set_plan(replace(self.work.plan, **{field: tuple(items)}))

    def _remove(self, field: str, index: int) -> None:
        items = list(getattr(self.work.plan, field))
        removed = items.pop(index)
        self._removed = (field, index, removed)
        self.work.set_plan(replace(self.work.plan, **{field: tuple(items)}))
        self.undo_banner.offer(
            self.tr("Need {n} was removed.").format(n=index + 1)
            if field == "needs"
            else self.tr("Change {n} was removed.").format(n=index + 1)
        )

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        field, index, item = self._removed
        self._removed = None
        items = list(getattr(self.work.plan, field))
        items.insert(index, item)
        self.work.set_plan(replace(self.work.plan, **{field: tuple(items)}))
        self.undo_banner.hide()

    def add_need(self) -> None:
        self.work.set_plan(replace(self.work.plan, needs=(*self.work.plan.needs, Need())))
        self.need_cards[-1].first_field().setFocus()

    def add_outcome(self) -> None:
        plan = self.work.plan
        self.work.set_plan(replace(plan, outcomes=(*plan.outcomes, self._new_outcome())))
        self.outcome_cards[-1].first_field().setFocus()

    def _new_outcome(self) -> Outcome:
        """A new change answers the need, where there is only one."""
        needs = self.work.plan.needs
        return Outcome(need_key=needs[0].key if len(needs) == 1 else "")

    def _follow_focus(self, *_unused) -> None:
        """One gentle next step at a time: on the card being typed in (or else the first
        card with one), and for the plan as a whole only when no card has one."""
        plan = self.work.plan
        cards = [*self.need_cards, *self.outcome_cards]
        rows = [*range(len(self.need_cards)), *range(len(self.outcome_cards))]
        steps = [card.next_step_for(plan, row) for card, row in zip(cards, rows, strict=True)]
        focus = QApplication.focusWidget()
        here = next(
            (n for n, card in enumerate(cards) if focus is not None and card.isAncestorOf(focus)),
            None,
        )
        if here is None or not steps[here]:
            here = next((n for n, step in enumerate(steps) if step), None)
        for n, (card, step) in enumerate(zip(cards, steps, strict=True)):
            card.say_next_step(step, n == here)
        whole = [w.message for w in self.work.plan_weaknesses if w.row is None]
        if not plan.needs:
            whole = [self.tr("Start with the need: what problem are you tackling, for whom?")]
        self.plan_step.setText(
            self.tr("Next: {step}").format(step=say(whole[0])) if whole and here is None else ""
        )
        self.plan_step.setVisible(bool(self.plan_step.text()))

    @staticmethod
    def step_title() -> str:
        return QCoreApplication.translate("PlanPage", "Your plan")

    def state(self) -> StepState:
        return self.state_of(self.work)

    @staticmethod
    def state_of(work: PlanState) -> StepState:
        if work.plan.is_empty:
            return StepState.NOT_STARTED
        return StepState.NEEDS_ATTENTION if work.plan_weaknesses else StepState.DONE

    def first_field(self) -> QWidget:
        if self.tables.isVisible():
            return self.needs.table
        return self.need_cards[0].first_field() if self.need_cards else self.add_need_button
