"""The project plan in one place: needs, inputs, outputs and outcomes, where the plan is weak,
and the plan as the table the printed application carries."""

from __future__ import annotations

from dataclasses import astuple, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.budget import category_order
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
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.tables import Column, LinesEditor, LineTableModel, choice_column
from grantdesk.ui.common.widgets import ProblemLabel, heading, wrapped
from grantdesk.ui.money.money_state import MoneyState
from grantdesk.ui.plan.plan_state import PlanState

NOT_PAID = "Not paid from the budget"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanPage", text)


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
        lambda item, text: replace(item, **{name: parse_count(text, _tr("people or things"))}),
        right_aligned=True,
    )


class PlanTableView(QTableWidget):
    """The plan as one read-only table: need → outputs → outcome, indicator, baseline, target,
    method, when."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(PLAN_TABLE_HEADINGS), parent)
        self.setHorizontalHeaderLabels([_tr(name) for name in PLAN_TABLE_HEADINGS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("The plan as a table"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setMinimumHeight(240)

    def show_plan(self, plan: Plan) -> None:
        rows = plan_table(plan)
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(astuple(values)):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeRowsToContents()


class PlanPart(LinesEditor):
    """One list of the plan (needs, inputs, outputs or outcomes) bound to the shared plan."""

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
        self.table.setMinimumHeight(130)
        model.rows_changed.connect(
            lambda rows: state.set_plan(replace(state.plan, **{field_name: rows}))
        )

    def new_row(self):
        return self._make_row()


class PlanPage(StepPage):
    def __init__(self, work: PlanState, money: MoneyState, parent=None):
        super().__init__(parent)
        self.work = work
        self.money = money
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your plan: the need, the work and the difference"), 1.3))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Funders want to see the thread from the problem to the change. Start with "
                    "the need (what problem, for whom, how many), then what goes in (inputs), "
                    "what you will deliver (outputs, with numbers), and the change in people’s "
                    "lives (outcomes). Measure each outcome the same way as the need it answers. "
                    "Questions 5, 6, 10 and 11 can then be drafted from this plan."
                )
            )
        )
        self.needs = PlanPart(
            work,
            "needs",
            [
                _text_column(_tr("What is the problem"), "problem", stretch=True),
                _text_column(_tr("Who has it"), "who"),
                _number_column(_tr("How many"), "how_many"),
                _text_column(_tr("What is counted"), "measure"),
                _text_column(_tr("How severe"), "severity"),
                _text_column(_tr("Evidence"), "evidence", stretch=True),
            ],
            Need,
            self.tr("Add a nee&d"),
            self.tr("Remove need"),
            self.tr("Needs"),
        )
        self.inputs = PlanPart(
            work,
            "inputs",
            [
                _text_column(_tr("What goes in"), "description", stretch=True),
                choice_column(
                    _tr("Kind"),
                    "kind",
                    {kind: kind.label for kind in InputKind},
                    _tr,
                    "Please choose a kind from the list.",
                ),
                Column(
                    _tr("Paid from budget category"),
                    lambda item, _: item.budget_category or _tr(NOT_PAID),
                    lambda item, text: replace(
                        item, budget_category="" if text in (NOT_PAID, _tr(NOT_PAID)) else text
                    ),
                    choices=self._budget_categories,
                ),
            ],
            PlanInput,
            self.tr("Add an &input"),
            self.tr("Remove input"),
            self.tr("Inputs"),
        )
        self.outputs = PlanPart(
            work,
            "outputs",
            [
                _number_column(_tr("How many"), "quantity"),
                _text_column(_tr("What will be delivered"), "description", stretch=True),
            ],
            PlanOutput,
            self.tr("Add an &output"),
            self.tr("Remove output"),
            self.tr("Outputs"),
        )
        self.outcomes = PlanPart(
            work,
            "outcomes",
            [
                _text_column(_tr("The change in people’s lives"), "change", stretch=True),
                Column(
                    _tr("Answers the need"),
                    lambda item, _: self._need_label(item.need_key),
                    lambda item, text: replace(item, need_key=self._need_key(text)),
                    choices=lambda: [self._need_label(need.key) for need in work.plan.needs],
                ),
                _text_column(_tr("Indicator"), "indicator"),
                _text_column(_tr("Baseline"), "baseline"),
                _text_column(_tr("Target"), "target"),
                choice_column(
                    _tr("Better when"),
                    "direction",
                    {direction: direction.label for direction in Direction},
                    _tr,
                    "Please choose from the list.",
                ),
                Column(
                    _tr("Method"),
                    lambda item, _: item.method,
                    lambda item, text: replace(item, method=text),
                    choices=lambda: [_tr(method) for method in METHODS],
                    free_text=True,
                ),
                _text_column(_tr("When"), "when"),
            ],
            Outcome,
            self.tr("Add an out&come"),
            self.tr("Remove outcome"),
            self.tr("Outcomes"),
        )
        for title, part, hint in (
            (
                self.tr("1. The need"),
                self.needs,
                self.tr("What problem, for whom, how many, how severe, and your evidence."),
            ),
            (
                self.tr("2. Inputs"),
                self.inputs,
                self.tr("The resources you need: money, staff time, volunteers, expertise."),
            ),
            (
                self.tr("3. Outputs"),
                self.outputs,
                self.tr("What you will deliver, with numbers: “40 weekly sessions”."),
            ),
            (
                self.tr("4. Outcomes"),
                self.outcomes,
                self.tr(
                    "The change for people, each with an indicator, a baseline, a target, a "
                    "method (include case studies) and when it is measured."
                ),
            ),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(wrapped(hint))
            box_layout.addWidget(part)
            layout.addWidget(box)

        weak_box = QGroupBox(self.tr("Where the plan is weak"))
        weak_layout = QVBoxLayout(weak_box)
        self.weaknesses = ProblemLabel()
        self.weaknesses.setAccessibleName(self.tr("Where the plan is weak"))
        self.all_clear = wrapped()
        weak_layout.addWidget(self.weaknesses)
        weak_layout.addWidget(self.all_clear)
        layout.addWidget(weak_box)

        table_box = QGroupBox(self.tr("The plan as a table (the printed application carries it)"))
        table_layout = QVBoxLayout(table_box)
        self.table = PlanTableView()
        table_layout.addWidget(self.table)
        layout.addWidget(table_box)

        work.changed.connect(self._show)
        work.changed.connect(self.state_changed)
        self._show()

    def _budget_categories(self) -> list[str]:
        used = {line.category for line in self.money.budget.lines if line.category}
        return [_tr(NOT_PAID), *category_order(used)]

    def _need_label(self, key: str) -> str:
        need = self.work.plan.need(key)
        if need is None:
            return ""
        return (
            need.counted
            or need.problem
            or _tr("Need {n}").format(n=self.work.plan.needs.index(need) + 1)
        )

    def _need_key(self, label: str) -> str:
        for need in self.work.plan.needs:
            if self._need_label(need.key) == label:
                return need.key
        return ""

    def _show(self) -> None:
        weaknesses = self.work.plan_weaknesses
        self.weaknesses.say(
            "\n".join(
                "•  " + QCoreApplication.translate("PlanCheck", weakness.message)
                for weakness in weaknesses
            )
        )
        self.all_clear.setText(
            ""
            if weaknesses
            else self.tr("Nothing to fix: every outcome has a baseline, a target and a method.")
            if not self.work.plan.is_empty
            else self.tr("Start with the need.")
        )
        rows = plan_table(self.work.plan)
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(
                (
                    values.need,
                    values.outputs,
                    values.outcome,
                    values.indicator,
                    values.baseline,
                    values.target,
                    values.method,
                    values.when,
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def step_title(self) -> str:
        return self.tr("Your plan")

    def state(self) -> StepState:
        if self.work.plan.is_empty:
            return StepState.NOT_STARTED
        return StepState.NEEDS_ATTENTION if self.work.plan_weaknesses else StepState.DONE

    def first_field(self) -> QWidget:
        return self.needs.table
