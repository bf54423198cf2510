"""One application's budget and match funding, shared by the pages that show them.

Every change goes through here: it is saved through the AutoSaver, the totals are worked
out once by the domain, and every view that shows them is told.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import (
    Balance,
    Budget,
    BudgetTotals,
    MatchFunding,
    balance_of,
    budget_totals,
    grant_range_problem,
    project_years,
)
from grantdesk.domain.funders import Funder, budget_rule_problems
from grantdesk.ui.autosave import AutoSaver

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class MoneyState(QObject):
    changed = Signal()

    def __init__(
        self,
        store: Store,
        saver: AutoSaver,
        application_id: int,
        details: ApplicationDetails,
        funder: Funder | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.funder = funder
        self._application_id = application_id
        self._store = store
        self._saver = saver
        self.details = details
        self.budget = store.money.budget(application_id)
        self.match: tuple[MatchFunding, ...] = store.money.match_funding(application_id)
        self.totals: BudgetTotals = budget_totals(self.budget)

    def set_budget(self, budget: Budget) -> None:
        self.budget = budget
        self.totals = budget_totals(budget)
        application_id = self._application_id
        self._saver.schedule(
            ("budget", application_id),
            lambda: self._store.money.save_budget(application_id, budget),
        )
        self.changed.emit()

    def set_match(self, match: tuple[MatchFunding, ...]) -> None:
        self.match = match
        application_id = self._application_id
        self._saver.schedule(
            ("match", application_id),
            lambda: self._store.money.save_match_funding(application_id, match),
        )
        self.changed.emit()

    def set_vat_recoverable(self, recoverable: bool) -> None:
        self.set_budget(replace(self.budget, vat_recoverable=recoverable))

    def set_overhead(self, basis_points: int | None) -> None:
        self.set_budget(replace(self.budget, overhead_basis_points=basis_points))

    def set_details(self, details: ApplicationDetails) -> None:
        """The details page saves these itself; the money pages only need to know."""
        self.details = details
        self.changed.emit()

    @property
    def years(self) -> int:
        return project_years(self.details.project_start, self.details.project_end)

    @property
    def balance(self) -> Balance:
        return balance_of(self.totals, self.details.amount_requested_pence, self.match)

    @property
    def range_problem(self) -> str:
        return grant_range_problem(
            self.details.amount_requested_pence,
            self.details.funder_minimum_pence,
            self.details.funder_maximum_pence,
        )

    @property
    def rule_problems(self) -> list[str]:
        """The funder's budget rules this budget breaks."""
        if self.funder is None:
            return []
        return budget_rule_problems(
            self.funder.budget_rules,
            self.budget,
            self.totals,
            self.details.amount_requested_pence,
            self.match,
        )
