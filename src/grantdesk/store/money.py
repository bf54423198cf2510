"""An application's budget and match funding."""

from dataclasses import replace

from grantdesk.domain.budget import Budget, BudgetLine, MatchFunding
from grantdesk.store.edits import UNCHECKED, merge_fields, part_of, save_items, theirs_whole
from grantdesk.store.mapping import items_from
from grantdesk.store.models import ApplicationRow, BudgetLineRow, MatchFundingRow
from grantdesk.store.unit_of_work import Transactions


def _settings(budget: Budget) -> Budget:
    return replace(budget, lines=())


class MoneyStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def budget(self, application_id: int) -> Budget:
        with self._transactions.begin() as unit:
            row = unit.application(application_id)
            return Budget(
                lines=items_from(row.budget_lines, BudgetLine),
                vat_recoverable=row.vat_recoverable,
                overhead_basis_points=row.overhead_basis_points,
                whole_project_cost_pence=row.whole_project_cost_pence,
            )

    def save_budget(self, application_id: int, budget: Budget, base=UNCHECKED) -> None:
        """Make the application's budget this one, writing only the lines and settings that
        differ from `base`, what the editor read (see edits.py)."""
        application = ApplicationRow.__table__.c
        settings = (
            application.vat_recoverable,
            application.overhead_basis_points,
            application.whole_project_cost_pence,
        )
        with self._transactions.write() as unit:
            with theirs_whole(lambda: self.budget(application_id)):
                save_items(
                    unit,
                    application_id,
                    BudgetLineRow,
                    BudgetLine,
                    budget.lines,
                    part_of(base, "lines"),
                )
            if base is not UNCHECKED and _settings(base) == _settings(budget):
                unit.touch_application(application_id)  # the lines alone (one cell) changed
                return
            stored = Budget((), *unit.application_columns(application_id, *settings))
            with theirs_whole(lambda: self.budget(application_id)):
                merged = merge_fields(stored, base, budget, leaving_out={"lines"})
            changed = {
                column.name: getattr(merged, column.name)
                for column in settings
                if getattr(merged, column.name) != getattr(stored, column.name)
            }
            unit.touch_application(application_id, **changed)

    def match_funding(self, application_id: int) -> tuple[MatchFunding, ...]:
        with self._transactions.begin() as unit:
            return items_from(unit.application(application_id).match_funding, MatchFunding)

    def save_match_funding(
        self, application_id: int, items: tuple[MatchFunding, ...], base=UNCHECKED
    ) -> None:
        with self._transactions.write() as unit:
            unit.touch_application(application_id)
            save_items(unit, application_id, MatchFundingRow, MatchFunding, items, base)
