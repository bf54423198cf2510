"""The money at a glance, once on a page: what it costs, what is asked for, the other money,
the gap, and one line of advice; with the funder's range said where it is broken."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from grantdesk.domain.budget import at_a_glance
from grantdesk.domain.money import format_money
from grantdesk.ui.common.announce import Announcer
from grantdesk.ui.common.colours import problem_style, styled
from grantdesk.ui.common.flow import FlowRow
from grantdesk.ui.common.language import say
from grantdesk.ui.common.text_size import scaled_font
from grantdesk.ui.common.widgets import ProblemLabel, wrapped
from grantdesk.ui.money.money_state import MoneyState


class MoneySummary(QGroupBox):
    """Shown beside the budget and other funding, one per page, whichever of them it has."""

    changed = Signal()
    answer_is_optional = True

    def __init__(self, money: MoneyState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The money at a glance"))
        self.money = money
        layout = QVBoxLayout(self)
        figures = FlowRow()  # side by side where they fit, else two and two, or one a line
        self.figures: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        for key in ("costs", "asked", "other", "gap"):
            name = QLabel()
            figure = QLabel()
            scaled_font(figure, 1.15, bold=True)
            pair = QWidget()
            pair_layout = QVBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(name)
            pair_layout.addWidget(figure)
            figures.add(pair, 1)
            self.names[key], self.figures[key] = name, figure
        layout.addWidget(figures)
        self.advice = wrapped()
        self.advice.setAccessibleName(self.tr("What to do about the money"))
        self._balance_news = Announcer(self.advice)
        self.range_problem = ProblemLabel()
        layout.addWidget(self.advice)
        layout.addWidget(self.range_problem)
        money.changed.connect(self.show_money)
        self.show_money()

    def show_money(self) -> None:
        money = self.money
        glance = at_a_glance(money.balance)
        gap = glance.gap_pence
        shown = {
            "costs": (
                say(glance.costs_label),
                QCoreApplication.translate("MoneySummary", "not given yet")
                if glance.costs_pence is None
                else format_money(glance.costs_pence),
            ),
            "asked": (self.tr("You ask for"), format_money(glance.requested_pence)),
            "other": (self.tr("Other money"), format_money(glance.other_pence)),
            "gap": (
                self.tr("The gap"),
                self.tr("{amount} short").format(amount=format_money(gap))
                if gap > 0
                else self.tr("{amount} too much").format(amount=format_money(-gap))
                if gap < 0
                else self.tr("None"),
            ),
        }
        for key, (name, figure) in shown.items():
            self.names[key].setText(name)
            self.figures[key].setText(figure)
            self.figures[key].setAccessibleName(f"{name}: {figure}")
        advice = say(glance.advice)
        if advice != self.advice.text() and self.advice.text() and self.isVisible():
            self._balance_news.say(advice)  # said as it changes, not when the page opens
        self.advice.setText(advice)
        styled(self.figures["gap"], problem_style if gap else "")
        styled(self.advice, "" if glance.balances else "font-weight: bold;")
        self.range_problem.say("\n".join(say(problem) for problem in money.range_problems))

    def has_content(self) -> bool:
        return False

    def needs_attention(self) -> bool:
        return False
