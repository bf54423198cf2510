"""Question 8's budget: cost lines worked out for the group, VAT, overheads, totals and a chart."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.budget import (
    STANDARD_CATEGORIES,
    STANDARD_UNITS,
    BudgetLine,
    BudgetModel,
    VatMode,
    format_percent,
    format_quantity,
    parse_pasted_rows,
    parse_percent,
    parse_project_year,
    parse_quantity,
)
from grantdesk.domain.changes import first_change
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.money import format_money, parse_money, parse_required_money
from grantdesk.ui.common.flow import FlowRow
from grantdesk.ui.common.language import say
from grantdesk.ui.common.tables import Column, LinesEditor, LineTableModel, choice_column
from grantdesk.ui.common.text_size import maximum_characters
from grantdesk.ui.common.widgets import (
    CheckedLine,
    ProblemLabel,
    WrappingCheckBox,
    add_form_row,
    add_shortcut,
    wrapped,
)
from grantdesk.ui.money.category_chart import CategoryChart
from grantdesk.ui.money.money_state import MoneyState

VAT_LABELS = {
    VatMode.NO_VAT: QT_TRANSLATE_NOOP("BudgetEditor", "No VAT"),
    VatMode.ADD_VAT: QT_TRANSLATE_NOOP("BudgetEditor", "Add VAT to this price"),
    VatMode.INCLUDES_VAT: QT_TRANSLATE_NOOP("BudgetEditor", "Price includes VAT"),
}
PAID_BY_LABELS = {
    False: QT_TRANSLATE_NOOP("BudgetEditor", "This funder"),
    True: QT_TRANSLATE_NOOP("BudgetEditor", "Other funding"),
}
CATEGORY, DESCRIPTION, QUANTITY, UNIT, UNIT_COST, VAT, YEAR = range(7)


def _year(line: BudgetLine, text: str) -> BudgetLine:
    translated_word = QCoreApplication.translate("BudgetEditor", "Year").lower()
    return replace(line, year=parse_project_year(text.lower().replace(translated_word, "")))


class BudgetLinesModel(LineTableModel):
    def __init__(self, money: MoneyState, parent=None):
        self.money = money
        columns = [
            Column(
                QCoreApplication.translate("BudgetEditor", "Category"),
                lambda line, _: line.category,
                lambda line, text: replace(line, category=text.strip()),
                choices=self.category_choices,
                free_text=True,
            ),
            Column(
                QCoreApplication.translate("BudgetEditor", "Description"),
                lambda line, _: line.description,
                lambda line, text: replace(line, description=text),
                stretch=True,
            ),
            Column(
                QCoreApplication.translate("BudgetEditor", "Quantity"),
                lambda line, _: format_quantity(line.quantity_hundredths),
                lambda line, text: replace(line, quantity_hundredths=parse_quantity(text)),
                right_aligned=True,
            ),
            Column(
                QCoreApplication.translate("BudgetEditor", "Unit"),
                lambda line, _: line.unit,
                lambda line, text: replace(line, unit=text.strip()),
                choices=lambda: [say(unit) for unit in STANDARD_UNITS],
                free_text=True,
            ),
            Column(
                QCoreApplication.translate("BudgetEditor", "Cost of one"),
                lambda line, _: format_money(line.unit_cost_pence),
                lambda line, text: replace(line, unit_cost_pence=parse_required_money(text)),
                right_aligned=True,
            ),
            choice_column(
                QCoreApplication.translate("BudgetEditor", "VAT"),
                "vat",
                VAT_LABELS,
                say,
                QCoreApplication.translate(
                    "BudgetEditor", "Please choose one of the VAT choices from the list."
                ),
            ),
            Column(
                QCoreApplication.translate("BudgetEditor", "Year"),
                lambda line, _: QCoreApplication.translate("BudgetEditor", "Year {n}").format(
                    n=line.year
                ),
                _year,
                choices=lambda: [
                    QCoreApplication.translate("BudgetEditor", "Year {n}").format(n=n)
                    for n in range(1, self.money.years + 1)
                ],
            ),
        ]
        if money.model is BudgetModel.PAID_BY:
            columns.append(
                choice_column(
                    QCoreApplication.translate("BudgetEditor", "Paid by"),
                    "paid_by_others",
                    PAID_BY_LABELS,
                    say,
                    QCoreApplication.translate(
                        "BudgetEditor", "Please choose this funder or other funding from the list."
                    ),
                )
            )
        columns.append(
            Column(
                QCoreApplication.translate("BudgetEditor", "Line total"),
                lambda _, position: format_money(self.money.totals.line_costs[position]),
                right_aligned=True,
            )
        )
        super().__init__(columns, parent)
        self.cost_column = len(columns) - 1
        self.set_rows(money.budget.lines)
        self._costs_shown = money.totals.line_costs
        self.rows_changed.connect(
            lambda lines: money.set_budget(replace(money.budget, lines=lines))
        )
        money.changed.connect(self._show_line_costs)

    def _show_line_costs(self) -> None:
        """Tell the view which line totals changed: after one cell is edited, that line's
        alone (each cell told costs the view a measurement of its text)."""
        costs, shown = self.money.totals.line_costs, self._costs_shown
        self._costs_shown = costs
        if len(costs) != len(shown):
            self.refresh_column(self.cost_column)
            return
        first = first_change(shown, costs)
        if first < len(costs):
            last = len(costs) - 1 - first_change(shown[::-1], costs[::-1])
            self.dataChanged.emit(
                self.index(first, self.cost_column), self.index(last, self.cost_column)
            )

    def category_choices(self) -> list[str]:
        """The funder's own headings first, then the usual ones, then the group's own."""
        funder = self.money.funder
        headings = list(funder.budget_rules.headings) if funder else []
        headings += [
            QCoreApplication.translate("BudgetEditor", name)
            for name in STANDARD_CATEGORIES
            if name not in headings
        ]
        own = sorted({line.category for line in self.rows if line.category} - set(headings))
        return headings + own


class BudgetEditor(LinesEditor):
    """The cost lines and everything worked out from them."""

    answer_is_optional = True

    def __init__(self, money: MoneyState, parent: QWidget | None = None):
        self.money = money
        super().__init__(
            BudgetLinesModel(money),
            QCoreApplication.translate("BudgetEditor", "A&dd a line"),
            parent,
        )
        self.table.setAccessibleName(self.tr("Budget lines"))
        self.table.grow_with_rows(18)
        self.paste_button = QPushButton(self.tr("&Paste rows from a spreadsheet"))
        self.paste_button.setToolTip(
            self.tr("Copy rows in a spreadsheet, then press Ctrl+V in the table")
        )
        self.paste_button.clicked.connect(self.paste_rows)
        self.buttons.insert(2, self.paste_button)
        add_shortcut(
            QKeySequence.StandardKey.Paste,
            self.table,
            self.paste_rows,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.vat_box = WrappingCheckBox(
            self.tr("We can reclaim &VAT (our group is VAT-registered)")
        )
        self.vat_box.setChecked(money.budget.vat_recoverable)
        self.vat_box.toggled.connect(money.set_vat_recoverable)
        self.vat_note = wrapped()
        self.overhead_box = WrappingCheckBox(
            self.tr("Add &overheads as a share of direct costs (full cost recovery)")
        )
        self.overhead_field = CheckedLine(
            parse_percent, format_percent, money.budget.overhead_basis_points
        )
        self.overhead_field.line.setAccessibleName(self.tr("Overheads, per cent"))
        self.overhead_field.line.setPlaceholderText(self.tr("for example 10%"))
        maximum_characters(self.overhead_field, 27)
        self.overhead_box.setChecked(money.budget.overhead_basis_points is not None)
        self.overhead_field.setEnabled(self.overhead_box.isChecked())
        self.overhead_box.toggled.connect(self._overhead_switched)
        self.overhead_field.value_changed.connect(self._overhead_switched)
        overhead_row = FlowRow()
        overhead_row.add(self.overhead_box)
        overhead_row.add(self.overhead_field)
        self.overhead_note = wrapped(
            self.tr(
                "Overheads are worked out on each year’s direct costs (every line not itself "
                "an overhead) and rounded to the nearest penny, so the lines always add up to "
                "the totals."
            )
        )

        settings = QVBoxLayout()
        self.model_note = wrapped(
            {
                BudgetModel.WHOLE_PROJECT: self.tr(
                    "List every cost of the project. The amount you ask for and your other "
                    "funding together should cover them."
                ),
                BudgetModel.ASKED_COSTS: self.tr(
                    "This funder asks only for the costs it would pay: list just those, adding "
                    "up to the amount you ask for, and give the total cost of the whole project "
                    "below."
                ),
                BudgetModel.PAID_BY: self.tr(
                    "List every cost of the project, and say for each line whether this funder "
                    "or other funding pays for it."
                ),
            }[money.model]
        )
        settings.addWidget(self.vat_box)
        settings.addWidget(self.vat_note)
        settings.addWidget(overhead_row)
        settings.addWidget(self.overhead_note)
        self.lines_layout.insertWidget(0, self.model_note)
        self.lines_layout.addLayout(settings)  # the lines first, then how they are counted

        totals_box = QGroupBox(self.tr("Totals"))
        totals_layout = QGridLayout(totals_box)
        self.chart = CategoryChart()
        self.overhead_total = wrapped()
        self.year_totals = wrapped()
        self.year_totals.setAccessibleName(self.tr("Totals by year"))
        top = Qt.AlignmentFlag.AlignTop
        totals_layout.addWidget(QLabel(self.tr("By category")), 0, 0)
        totals_layout.addWidget(self.chart, 1, 0, top)
        totals_layout.addWidget(self.overhead_total, 2, 0)
        totals_layout.addWidget(QLabel(self.tr("By year")), 0, 1)
        totals_layout.addWidget(self.year_totals, 1, 1, top)
        totals_layout.setColumnStretch(0, 3)
        totals_layout.setColumnStretch(1, 1)
        self.lines_layout.addWidget(totals_box)
        if money.model is BudgetModel.ASKED_COSTS:
            self.whole_cost_field = CheckedLine(
                parse_money, format_money, money.budget.whole_project_cost_pence
            )
            self.whole_cost_field.line.setPlaceholderText(self.tr("for example £12,500"))
            maximum_characters(self.whole_cost_field, 37)
            self.whole_cost_field.value_changed.connect(
                lambda: money.set_whole_project_cost(self.whole_cost_field.value)
            )
            whole_cost = QFormLayout()
            whole_cost.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            add_form_row(
                whole_cost, self.tr("&Total cost of the whole project"), self.whole_cost_field
            )
            self.lines_layout.addLayout(whole_cost)
        self.rule_problems = ProblemLabel()
        self.rule_problems.setAccessibleName(self.tr("The funder’s budget rules"))
        self.lines_layout.addWidget(self.rule_problems)

        money.changed.connect(self.show_totals)
        money.changed.connect(self.changed)
        self.show_totals()

    def new_row(self) -> BudgetLine:
        """A new line under the same heading and in the same year as the line it follows, as
        lines are typed in runs. The heading is in the cell the new line starts in, so typing
        replaces it; the unit is never carried, as a unit left unseen reads wrong beside another
        quantity ("1 years")."""
        current = self.table.currentIndex().row()
        if 0 <= current < len(self.model.rows):
            previous = self.model.rows[current]
            return BudgetLine(category=previous.category, year=previous.year)
        return BudgetLine()

    def paste_rows(self) -> None:
        text = QApplication.clipboard().text()
        if "\t" not in text and "\n" not in text.strip():
            index = self.table.currentIndex()
            if index.isValid():
                self.model.setData(index, text.strip())
            return
        pasted = parse_pasted_rows(text)
        position = self.table.currentIndex().row() + 1 if self.model.rows else 0
        self.model.insert_rows(position, pasted.lines)
        messages = [
            QCoreApplication.translate("InputError", problem) for problem in pasted.problems
        ]
        if len(pasted.lines) == 1:
            messages.insert(0, self.tr("1 line was added."))
        elif pasted.lines:
            messages.insert(0, self.tr("{n} lines were added.").format(n=len(pasted.lines)))
        self.problem.say("\n".join(messages))

    def _overhead_switched(self) -> None:
        on = self.overhead_box.isChecked()
        self.overhead_field.setEnabled(on)
        self.money.set_overhead(self.overhead_field.value if on else None)

    def show_totals(self) -> None:
        money = self.money
        totals = money.totals
        self.table.setColumnHidden(YEAR, money.years == 1)
        self.vat_note.setText(
            self.tr("You can reclaim VAT, so it is left out of your costs and not asked for.")
            if money.budget.vat_recoverable
            else self.tr(
                "Most small groups cannot reclaim VAT, so VAT is a real cost and is included "
                "in your totals ({vat} at 20%)."
            ).format(vat=format_money(totals.vat_included))
        )
        self.overhead_total.setText(
            self.tr("Overheads at {rate} of direct costs: {amount}").format(
                amount=format_money(totals.overheads),
                rate=format_percent(money.budget.overhead_basis_points or 0),
            )
            if money.budget.overhead_basis_points
            else ""
        )
        self.overhead_total.setVisible(bool(money.budget.overhead_basis_points))
        self.year_totals.setText(
            "\n".join(
                self.tr("Year {n}: {amount}").format(n=year, amount=format_money(pence))
                for year, pence in totals.by_year.items()
            )
        )
        self.chart.set_totals(
            {
                QCoreApplication.translate("BudgetEditor", name): pence
                for name, pence in totals.by_category.items()
            }
        )
        self.rule_problems.say(
            "\n".join(
                QCoreApplication.translate("BudgetRules", problem)
                for problem in money.rule_problems
            )
        )

    def has_content(self) -> bool:
        return self.has_content_in(self.money)

    def needs_attention(self) -> bool:
        return self.needs_attention_in(self.money)

    @staticmethod
    def has_content_in(money: MoneyState) -> bool:
        """What has_content says, read from the data alone (before the editor is built)."""
        return bool(money.budget.lines)

    @staticmethod
    def needs_attention_in(money: MoneyState) -> bool:
        return bool(money.rule_problems)
