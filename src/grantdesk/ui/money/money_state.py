"""One application's budget and match funding, shared by the pages that show them.

Every change goes through here: it is saved through the AutoSaver, the totals are worked
out once by the domain, and every view that shows them is told.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import (
    Balance,
    Budget,
    BudgetModel,
    BudgetTotals,
    MatchFunding,
    project_years,
)
from grantdesk.domain.finances import Finances
from grantdesk.domain.funders import Funder
from grantdesk.ui.autosave import AutoSaver, application_edit

if TYPE_CHECKING:
    from grantdesk.domain.messages import Message
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
        other_funding_asked: bool = True,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.funder = funder
        self._other_funding_asked = other_funding_asked
        self._application_id = application_id
        self._store = store
        self._saver = saver
        self.details = details
        unsaved = saver.unsaved_values()
        self.budget: Budget = unsaved.get(
            ("budget", application_id), store.money.budget(application_id)
        )
        self.match: tuple[MatchFunding, ...] = unsaved.get(
            ("match", application_id), store.money.match_funding(application_id)
        )
        self._reckon(None)

    def _reckon(self, before: Finances | None) -> None:
        """Work the figures out again; from `before`'s, when given, for the lines that
        changed since."""
        self.finances = Finances(
            self.budget,
            self.match,
            self.details,
            self.funder,
            self._other_funding_asked,
            earlier=None if before is None else (before.budget, before.totals),
        )

    def set_budget(self, budget: Budget) -> None:
        base, self.budget = self.budget, budget
        self._schedule(self._store.money.save_budget, "budget", "the budget", base, budget)

    def set_match(self, match: tuple[MatchFunding, ...]) -> None:
        base, self.match = self.match, match
        self._schedule(
            self._store.money.save_match_funding,
            "match",
            "the other funding (match funding)",
            base,
            match,
        )

    def _schedule(self, command, kind: str, what: str, base, value) -> None:
        self._reckon(self.finances)
        what = QCoreApplication.translate("Saving", what)
        self._saver.schedule(
            application_edit(command, kind, what, base, value, self._application_id)
        )
        self.changed.emit()

    def set_vat_recoverable(self, recoverable: bool) -> None:
        self.set_budget(replace(self.budget, vat_recoverable=recoverable))

    def set_overhead(self, basis_points: int | None) -> None:
        self.set_budget(replace(self.budget, overhead_basis_points=basis_points))

    def set_whole_project_cost(self, pence: int | None) -> None:
        self.set_budget(replace(self.budget, whole_project_cost_pence=pence))

    def set_details(self, details: ApplicationDetails) -> None:
        """The details page saves these itself; the money pages only need to know."""
        self.details = details
        self._reckon(self.finances)
        self.changed.emit()

    @property
    def model(self) -> BudgetModel:
        return self.finances.model

    @property
    def years(self) -> int:
        return project_years(self.details.project_start, self.details.project_end)

    @property
    def totals(self) -> BudgetTotals:
        return self.finances.totals

    @property
    def balance(self) -> Balance:
        return self.finances.balance

    @property
    def range_problems(self) -> list[Message]:
        return self.finances.range_problems()

    @property
    def rule_problems(self) -> list[str]:
        """Lines under £1, and the funder's budget rules this budget breaks."""
        return self.finances.rule_problems()
