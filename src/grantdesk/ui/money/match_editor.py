"""Question 9's other funding: each source with its status, and whether the budget balances."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from grantdesk.domain.budget import BudgetModel, MatchFunding, MatchStatus
from grantdesk.domain.dates import parse_date
from grantdesk.domain.money import format_money, parse_required_money
from grantdesk.ui.common.language import say, show_date
from grantdesk.ui.common.tables import Column, LinesEditor, LineTableModel, choice_column
from grantdesk.ui.common.widgets import ProblemLabel, wrapped
from grantdesk.ui.money.money_state import MoneyState

STATUS_LABELS = {status: status.label for status in MatchStatus}


class MatchModel(LineTableModel):
    def __init__(self, money: MoneyState, parent=None):
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MatchEditor", "Where it comes from"),
                    lambda item, _: item.source,
                    lambda item, text: replace(item, source=text),
                    stretch=True,
                ),
                choice_column(
                    QCoreApplication.translate("MatchEditor", "Status"),
                    "status",
                    STATUS_LABELS,
                    say,
                    QCoreApplication.translate(
                        "MatchEditor",
                        "Please choose secured, applied for or in kind from the list.",
                    ),
                ),
                Column(
                    QCoreApplication.translate("MatchEditor", "Amount or value"),
                    lambda item, _: format_money(item.amount_pence),
                    lambda item, text: replace(item, amount_pence=parse_required_money(text)),
                    right_aligned=True,
                ),
                Column(
                    QCoreApplication.translate("MatchEditor", "If in kind, what it is"),
                    lambda item, _: item.in_kind_what,
                    lambda item, text: replace(item, in_kind_what=text),
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("MatchEditor", "If applied for, decision expected"),
                    lambda item, _: show_date(item.decision_date) if item.decision_date else "",
                    lambda item, text: replace(
                        item, decision_date=parse_date(text, month_is_its_last_day=True)
                    ),
                ),
            ],
            parent,
        )
        self.set_rows(money.match)
        self.rows_changed.connect(money.set_match)


class MatchEditor(LinesEditor):
    answer_is_optional = True

    def __init__(self, money: MoneyState, parent: QWidget | None = None):
        self.money = money
        super().__init__(
            MatchModel(money), QCoreApplication.translate("MatchEditor", "A&dd a source"), parent
        )
        self.table.setAccessibleName(self.tr("Other funding"))
        self.table.grow_with_rows(10)
        self.lines_layout.insertWidget(
            0,
            wrapped(
                self.tr(
                    "List money and help from elsewhere: secured, applied for (with when you "
                    "will hear), or in kind, such as volunteer time or a donated venue."
                )
                + " "
                + {
                    BudgetModel.WHOLE_PROJECT: self.tr(
                        "With the amount you ask for, it should cover the whole project’s costs."
                    ),
                    BudgetModel.ASKED_COSTS: self.tr(
                        "It should cover the rest of the whole project’s cost, beyond what you "
                        "ask this funder for."
                    ),
                    BudgetModel.PAID_BY: self.tr(
                        "It should cover the budget lines marked as paid by other funding."
                    ),
                }[money.model]
            ),
        )
        self.match_problems = ProblemLabel()
        self.lines_layout.addWidget(self.match_problems)
        money.changed.connect(self.show_balance)
        money.changed.connect(self.changed)
        self.show_balance()

    def new_row(self) -> MatchFunding:
        return MatchFunding()

    def show_balance(self) -> None:
        self.match_problems.say(
            "\n".join(
                QCoreApplication.translate("Balance", problem)
                for problem in self.money.finances.match_problems()
            )
        )

    def has_content(self) -> bool:
        return self.has_content_in(self.money)

    def needs_attention(self) -> bool:
        return self.needs_attention_in(self.money)

    @staticmethod
    def has_content_in(money: MoneyState) -> bool:
        """What has_content says, read from the data alone (before the editor is built)."""
        return bool(money.match)

    @staticmethod
    def done_apart_in(money: MoneyState) -> bool:
        """Other funding on a step of its own (no question on the form asks about it) is done
        once some is listed, or when none is needed: the amount asked covers the costs."""
        return bool(money.match) or (bool(money.budget.lines) and money.balance.balances)

    @staticmethod
    def needs_attention_in(money: MoneyState) -> bool:
        """Once there are costs, a budget that does not balance needs looking at; so does a
        request outside the funder's range, or funding applied for with no decision date."""
        unbalanced = bool(money.budget.lines) and not money.balance.balances
        return unbalanced or bool(money.range_problems) or bool(money.finances.match_problems())
