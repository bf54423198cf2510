"""Answers that are not prose: a sum of money, a percentage, a date, yes or no, or one of the
funder's choices; typed by the group, or taken from what GrantDesk already holds, which the
answer then follows wherever it changes."""

from dataclasses import dataclass

from grantdesk.domain.budget import (
    BASIS_POINTS,
    BudgetModel,
    format_percent,
    parse_percent,
    round_half_up,
)
from grantdesk.domain.dates import parse_date
from grantdesk.domain.finances import Finances
from grantdesk.domain.money import format_money, parse_money
from grantdesk.domain.months import format_date
from grantdesk.domain.organisation import Profile
from grantdesk.domain.questions import FigureSource, Question, QuestionKind

YES, NO = "Yes", "No"


@dataclass(frozen=True)
class Holding:
    """Where GrantDesk keeps what a figure is taken from: said in words, and the page."""

    what: str
    page: str


HOLDINGS = {
    FigureSource.INCOME_LAST_YEAR: Holding("your group’s income last year", "profile"),
    FigureSource.AMOUNT_REQUESTED: Holding("the amount you are asking for", "details"),
    FigureSource.PROJECT_COST: Holding("the total cost of the project", "budget"),
    FigureSource.OTHER_FUNDING: Holding("your other funding", "match_funding"),
    FigureSource.GRANT_SHARE: Holding(
        "the amount you are asking for and the total cost of the project", "budget"
    ),
    FigureSource.PROJECT_START: Holding("the date the project starts", "details"),
    FigureSource.PROJECT_END: Holding("the date the project ends", "details"),
}


def held_value(source: FigureSource, profile: Profile | None, finances: Finances) -> str:
    """What GrantDesk holds for this source, written as the form wants it; empty when it does
    not hold it yet."""
    details = finances.details
    if source is FigureSource.INCOME_LAST_YEAR:
        income = profile.last_year_income_pence if profile else None
        return "" if income is None else format_money(income)
    if source is FigureSource.AMOUNT_REQUESTED:
        requested = details.amount_requested_pence
        return "" if requested is None else format_money(requested)
    if source is FigureSource.OTHER_FUNDING:
        return format_money(finances.balance.match_pence)
    if source is FigureSource.PROJECT_START:
        return format_date(details.project_start) if details.project_start else ""
    if source is FigureSource.PROJECT_END:
        return format_date(details.project_end) if details.project_end else ""
    total = _project_cost(finances)
    if source is FigureSource.PROJECT_COST:
        return "" if total is None else format_money(total)
    requested = details.amount_requested_pence
    if not total or requested is None:
        return ""
    return format_percent(round_half_up(requested * BASIS_POINTS, total))


def _project_cost(finances: Finances) -> int | None:
    """The project's total cost once there is one: costs listed, or the total given."""
    if finances.model is BudgetModel.ASKED_COSTS or finances.budget.lines:
        return finances.balance.total_project_cost_pence
    return None


def typed_value(kind: QuestionKind, text: str) -> str:
    """A typed answer written the usual way (£1,234.00, 12.5%, 1 June 2027); raises
    ValueError, with a plain message, when it cannot be read; empty when nothing is typed."""
    cleaned = text.strip()
    if not cleaned:
        return ""
    if kind is QuestionKind.MONEY:
        return format_money(parse_money(cleaned) or 0)
    if kind is QuestionKind.PERCENT:
        return format_percent(parse_percent(cleaned) or 0)
    if kind is QuestionKind.DATE:
        return format_date(parse_date(cleaned))
    return cleaned


def answer_value(question: Question, text: str, profile: Profile | None, finances: Finances) -> str:
    """The answer to a question that wants a single value, as it is shown and printed; empty
    when there is none yet (or what was typed cannot be read)."""
    if question.source is not FigureSource.TYPED:
        return held_value(question.source, profile, finances)
    try:
        return typed_value(question.kind, text)
    except ValueError:
        return ""


def value_problem(
    question: Question, text: str, profile: Profile | None, finances: Finances
) -> str:
    """What is wrong with a value answer, in words; empty when nothing is (an empty typed
    answer is for the caller to say)."""
    if question.source is not FigureSource.TYPED:
        if held_value(question.source, profile, finances):
            return ""
        holding = HOLDINGS[question.source]
        return f"{question.name} is taken from {holding.what}, which GrantDesk does not have yet."
    if question.kind is QuestionKind.CHOICE and text.strip() and text not in question.choices:
        return f"{question.name}: “{text}” is not one of the funder’s choices. Please choose again."
    try:
        typed_value(question.kind, text)
    except ValueError as error:
        return f"{question.name}: {error}"
    return ""


def problem_page(question: Question) -> str:
    """Where to put a value answer right: where GrantDesk holds it, or the question itself."""
    holding = HOLDINGS.get(question.source)
    return holding.page if holding else question.key
