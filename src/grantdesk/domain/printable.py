"""Everything about one application that the printed version needs, in one plain object,
and what must be put right before it is ready to send."""

from dataclasses import dataclass
from datetime import date

from grantdesk.domain.application import Answer, ApplicationSummary, display_title
from grantdesk.domain.budget import (
    Balance,
    Budget,
    BudgetTotals,
    MatchFunding,
    balance_of,
    balance_statement,
    budget_totals,
    grant_range_problem,
)
from grantdesk.domain.dates import format_date
from grantdesk.domain.exit import ExitPlan
from grantdesk.domain.funders import Funder, budget_rule_problems
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plan import Plan, plan_weaknesses
from grantdesk.domain.questions import Question
from grantdesk.domain.wordcount import Limit, LimitCheck, check_limit, unit_words


@dataclass(frozen=True)
class QuestionAnswer:
    question: Question
    answer: Answer

    @property
    def limit(self) -> Limit:
        return self.answer.limit or self.question.limit

    @property
    def check(self) -> LimitCheck:
        """Counted the way the funder counts."""
        return check_limit(self.answer.text, self.limit, self.question.word_rule)


@dataclass(frozen=True)
class PrintableApplication:
    summary: ApplicationSummary
    profile: Profile
    answers: tuple[QuestionAnswer, ...]
    budget: Budget
    match: tuple[MatchFunding, ...]
    plan: Plan
    exit: ExitPlan
    funder: Funder | None = None

    @property
    def title(self) -> str:
        return display_title(self.summary.details.title)

    @property
    def totals(self) -> BudgetTotals:
        return budget_totals(self.budget)

    @property
    def balance(self) -> Balance:
        return balance_of(self.totals, self.summary.details.amount_requested_pence, self.match)


WELSH_WORDS = frozenset(
    "yn yr mae ac ein eu ei sy sydd gyda bod wedi fydd byddwn rydym ydym hefyd hyn hwn hon "
    "gan oedd nid nad ond neu drwy trwy dros pan iawn gall gallu bydd ni chi nhw".split()
)
ENGLISH_WORDS = frozenset(
    "the and of to is are for we our with that this will be on it they their have has from "
    "was were by not but or who which when".split()
)


def written_language(application: PrintableApplication) -> str:
    """The language the group wrote the application in, as a language tag: "cy" when its
    answers and title use more of Welsh's commonest small words than of English's, else
    "en-GB". Welsh place and group names in an English answer leave it English."""
    text = " ".join(
        [application.summary.details.title, *(item.answer.text for item in application.answers)]
    )
    words = [word.strip(".,;:!?()“”‘’\"'").casefold() for word in text.split()]
    welsh = sum(word in WELSH_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    return "cy" if welsh > english else "en-GB"


@dataclass(frozen=True)
class ReadinessProblem:
    message: str
    page: str
    """Where to put it right: "details", "profile", "plan" or a question's key."""


STRUCTURED_ANSWERS = {"budget", "match_funding", "exit_strategy"}
"""Questions whose structured editor can stand as the answer without any words."""


def _has_structured_answer(application: PrintableApplication, key: str) -> bool:
    if key == "budget":
        return bool(application.budget.lines)
    if key == "match_funding":
        return bool(application.match) or (
            bool(application.budget.lines) and application.balance.balances
        )
    return bool(application.exit.routes)


def readiness_problems(application: PrintableApplication, today: date) -> list[ReadinessProblem]:
    """What is missing or wrong, each with the page to fix it, in the order of the form."""
    problems: list[ReadinessProblem] = []
    details = application.summary.details
    if not details.title.strip():
        problems.append(ReadinessProblem("The application has no title.", "details"))
    if not application.profile.name.strip():
        problems.append(ReadinessProblem("Your group’s profile has no name yet.", "profile"))
    if details.closing_date is not None:
        if details.closing_date < today:
            problems.append(
                ReadinessProblem(
                    f"The closing date, {format_date(details.closing_date)}, has passed.",
                    "details",
                )
            )
        elif details.closing_date == today:
            problems.append(ReadinessProblem("The closing date is today.", "details"))
    for item in application.answers:
        problems.extend(_answer_problems(application, item))
    balance = application.balance
    if application.budget.lines and not balance.balances:
        problems.append(ReadinessProblem(balance_statement(balance), "match_funding"))
    range_problem = grant_range_problem(
        details.amount_requested_pence, details.funder_minimum_pence, details.funder_maximum_pence
    )
    if range_problem:
        problems.append(ReadinessProblem(range_problem, "details"))
    if application.funder is not None:
        problems.extend(
            ReadinessProblem(problem, "budget")
            for problem in budget_rule_problems(
                application.funder.budget_rules,
                application.budget,
                application.totals,
                details.amount_requested_pence,
                application.match,
            )
        )
    problems.extend(
        ReadinessProblem(weakness.message, "plan")
        for weakness in plan_weaknesses(application.plan)
        if "baseline" in weakness.message
        or "target" in weakness.message
        or weakness.message.startswith("There are no outcomes")
    )
    if not application.exit.routes and not _answers_exit(application):
        problems.append(ReadinessProblem("There is no exit strategy yet.", "exit_strategy"))
    return problems


def _answers_exit(application: PrintableApplication) -> bool:
    return any(
        item.answer.is_answered
        for item in application.answers
        if "exit_strategy" in item.question.common_keys
    )


def _answer_problems(application: PrintableApplication, item: QuestionAnswer):
    question = item.question
    name = f"Question {question.number} ({question.short_title})"
    if not item.answer.is_answered:
        structured = set(question.common_keys) & STRUCTURED_ANSWERS
        if any(_has_structured_answer(application, key) for key in structured):
            return []
        if question.common_keys == ("exit_strategy",):
            return []  # said once, below, as "no exit strategy"
        return [ReadinessProblem(f"{name} has no answer yet.", question.key)]
    check = item.check
    if check.over_by:
        return [
            ReadinessProblem(
                f"{name} is {check.over_by:,} {unit_words(item.limit.unit, check.over_by)} "
                "over the limit.",
                question.key,
            )
        ]
    if check.under_by:
        return [
            ReadinessProblem(
                f"{name} is {check.under_by:,} {unit_words(item.limit.unit, check.under_by)} "
                "short of the minimum.",
                question.key,
            )
        ]
    return []
