"""An application's budget and match funding."""

from grantdesk.domain.budget import Budget, BudgetLine, MatchFunding
from grantdesk.store.mapping import item_rows, items_from
from grantdesk.store.models import BudgetLineRow, MatchFundingRow
from grantdesk.store.unit_of_work import Transactions


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

    def save_budget(self, application_id: int, budget: Budget) -> None:
        """Replace the application's budget with this one."""
        with self._transactions.begin() as unit:
            row = unit.changed_application(application_id)
            row.vat_recoverable = budget.vat_recoverable
            row.overhead_basis_points = budget.overhead_basis_points
            row.whole_project_cost_pence = budget.whole_project_cost_pence
            row.budget_lines = item_rows(BudgetLineRow, budget.lines)

    def match_funding(self, application_id: int) -> tuple[MatchFunding, ...]:
        with self._transactions.begin() as unit:
            return items_from(unit.application(application_id).match_funding, MatchFunding)

    def save_match_funding(self, application_id: int, items: tuple[MatchFunding, ...]) -> None:
        with self._transactions.begin() as unit:
            unit.changed_application(application_id).match_funding = item_rows(
                MatchFundingRow, items
            )
