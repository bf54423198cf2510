"""An application's budget and other funding seen the way its funder asks for them: the totals,
whether they balance, the funder's range and rules, and the tables its copy prints. The budget
page, the other-funding page, the check before printing and the PDF all read this one view."""

from dataclasses import dataclass, field
from functools import cached_property

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import (
    Balance,
    Budget,
    BudgetModel,
    BudgetTotals,
    CostTable,
    MatchFunding,
    balance_of,
    budget_totals,
    cost_tables,
    grant_range_problem,
    line_problems,
    match_problems,
)
from grantdesk.domain.funders import Funder, budget_rule_problems
from grantdesk.domain.messages import QT_TRANSLATE_NOOP, Message


def grant_range(
    details: ApplicationDetails, funder: Funder | None
) -> tuple[int | None, int | None]:
    """The smallest and largest grant: the funder's own, read afresh each time so a later
    change to the funder reaches every application to it; typed on the application where it
    follows no funder's form."""
    if funder is not None:
        return funder.minimum_pence, funder.maximum_pence
    return details.funder_minimum_pence, details.funder_maximum_pence


@dataclass(frozen=True)
class Finances:
    budget: Budget
    match: tuple[MatchFunding, ...]
    details: ApplicationDetails
    funder: Funder | None = None
    other_funding_asked: bool = True
    """Whether the form asks where the rest of the money comes from."""
    earlier: tuple[Budget, BudgetTotals] | None = field(default=None, compare=False, repr=False)
    """The budget before the latest change and its totals, when known: after one cell is
    edited the totals are worked out from the lines that changed."""

    @property
    def model(self) -> BudgetModel:
        return self.funder.budget_model if self.funder else BudgetModel.WHOLE_PROJECT

    @cached_property
    def totals(self) -> BudgetTotals:
        return budget_totals(self.budget, self.model, self.earlier)

    @cached_property
    def balance(self) -> Balance:
        return balance_of(
            self.totals,
            self.details.amount_requested_pence,
            self.match,
            self.model,
            self.budget.whole_project_cost_pence,
            self.other_funding_asked,
        )

    def range_problems(self) -> list[Message]:
        """The amount asked, and the costs listed for this funder where it asks only for
        those, each checked against the funder's smallest and largest grant."""
        minimum, maximum = grant_range(self.details, self.funder)
        requested = self.details.amount_requested_pence
        problems = [grant_range_problem(requested, minimum, maximum)]
        asked = self.totals.asked_pence
        if self.model is not BudgetModel.WHOLE_PROJECT and self.budget.lines and asked != requested:
            problems.append(
                grant_range_problem(
                    asked,
                    minimum,
                    maximum,
                    QT_TRANSLATE_NOOP("Balance", "The costs you list for this funder come to"),
                )
            )
        return [problem for problem in problems if problem]

    def rule_problems(self) -> list[str]:
        """Lines under £1, and the funder's own budget rules this budget breaks."""
        return list(self._rule_problems)

    @cached_property
    def _rule_problems(self) -> tuple[str, ...]:
        # Asked for by several views after each edit: worked out once.
        problems = line_problems(self.budget, self.totals)
        if self.funder is not None:
            problems += budget_rule_problems(
                self.funder.budget_rules,
                self.budget,
                self.totals,
                self.balance,
                self.funder.counting,
            )
        return tuple(problems)

    def match_problems(self) -> list[str]:
        return match_problems(self.match)

    def cost_tables(self) -> list[CostTable]:
        return cost_tables(self.budget, self.totals, self.model)
