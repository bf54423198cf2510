"""Everything about one application that the printed version needs, in one plain object,
and what must be put right before it is ready to send."""

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from grantdesk.domain.answers import answer_value, problem_page, value_problem
from grantdesk.domain.application import Answer, ApplicationSummary, display_title
from grantdesk.domain.budget import (
    Balance,
    Budget,
    BudgetTotals,
    MatchFunding,
    balance_statement,
)
from grantdesk.domain.dates import closing_date_problem
from grantdesk.domain.exit import ExitPlan
from grantdesk.domain.finances import Finances
from grantdesk.domain.funders import (
    COMMON_FORM_ASKS,
    AskedParts,
    ChecklistItem,
    Funder,
    checklist,
    project_length_problem,
)
from grantdesk.domain.messages import QT_TRANSLATE_NOOP, Message, say
from grantdesk.domain.organisation import Profile
from grantdesk.domain.path import parts_apart
from grantdesk.domain.plan import Plan, plan_weaknesses
from grantdesk.domain.questions import FigureSource, Question, form_asks
from grantdesk.domain.wordcount import Limit, LimitCheck, LimitUnit, check_limit


def answer_limit(question: Question, answer: Answer) -> Limit:
    """The limit an answer is held to: a funder's own, which changes only on its form; on the
    common questions, the one the group set for this application, if it set one."""
    return (answer.limit or question.limit) if question.is_common else question.limit


@dataclass(frozen=True)
class QuestionAnswer:
    question: Question
    answer: Answer

    @property
    def limit(self) -> Limit:
        return answer_limit(self.question, self.answer)

    @property
    def check(self) -> LimitCheck:
        """Counted the way the funder counts."""
        return check_limit(self.answer.text, self.limit, self.question.counting)


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
    requirements_done: tuple[str, ...] = ()
    """The keys of the funder's checklist items the group has ticked."""

    @property
    def title(self) -> str:
        return display_title(self.summary.details.title)

    @cached_property
    def finances(self) -> Finances:
        return Finances(
            self.budget,
            self.match,
            self.summary.details,
            self.funder,
            form_asks(tuple(item.question for item in self.answers), "match_funding"),
        )

    @property
    def asks(self) -> AskedParts:
        """What the funder asks for beyond its questions."""
        return self.funder.asks if self.funder else COMMON_FORM_ASKS

    def checklist(self) -> list[ChecklistItem]:
        """What the funder asks for that no check can see (a paper copy, its own
        requirements for this amount), ticked or not. Shown before printing; it never makes a
        copy a draft, since some of it is done after printing."""
        return checklist(
            self.funder, self.summary.details.amount_requested_pence, self.requirements_done
        )

    @property
    def totals(self) -> BudgetTotals:
        return self.finances.totals

    @property
    def balance(self) -> Balance:
        return self.finances.balance


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
    message: Message | str
    """A sentence from GrantDesk (a Message or marked Template) or a funder's own rule."""
    page: str
    """Where to put it right: "details", "profile", "plan" or a question's key."""


PRINT_NEEDS = {"outcomes", "baseline", "target"}
"""Where the funder asks for a plan, what its printed table cannot do without."""

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
    """What is missing or wrong, each with the page to fix it, in the order of the form. Only
    what the funder asks for is looked for: the plan and the exit strategy only where it asks
    for them; a budget always, as every application has one (on a step of its own where no
    written question carries it)."""
    problems: list[ReadinessProblem] = []
    details = application.summary.details
    if not details.title.strip():
        problems.append(
            ReadinessProblem(
                QT_TRANSLATE_NOOP("Readiness", "The application has no title."), "details"
            )
        )
    if not application.profile.name.strip():
        problems.append(
            ReadinessProblem(
                QT_TRANSLATE_NOOP("Readiness", "Your group’s profile has no name yet."), "profile"
            )
        )
    closing = closing_date_problem(details.closing_date, today)
    if closing:
        problems.append(ReadinessProblem(closing, "details"))
    if application.funder is not None:
        length = project_length_problem(
            application.funder, details.project_start, details.project_end
        )
        if length:
            problems.append(ReadinessProblem(length, "details"))
    for item in application.answers:
        problems.extend(_answer_problems(application, item))
    form = tuple(item.question for item in application.answers)
    if "budget" in parts_apart(form) and not application.budget.lines:
        problems.append(
            ReadinessProblem(QT_TRANSLATE_NOOP("Readiness", "There is no budget yet."), "budget")
        )
    finances = application.finances
    if application.budget.lines and not finances.balance.balances:
        problems.append(ReadinessProblem(balance_statement(finances.balance), "match_funding"))
    problems.extend(ReadinessProblem(problem, "details") for problem in finances.range_problems())
    problems.extend(ReadinessProblem(problem, "budget") for problem in finances.rule_problems())
    problems.extend(
        ReadinessProblem(problem, "match_funding") for problem in finances.match_problems()
    )
    if application.asks.plan:
        problems.extend(
            ReadinessProblem(weakness.message, "plan")
            for weakness in plan_weaknesses(application.plan)
            if weakness.field in PRINT_NEEDS
        )
    if _exit_strategy_missing(application):
        problems.append(
            ReadinessProblem(
                QT_TRANSLATE_NOOP("Readiness", "There is no exit strategy yet."), "exit_strategy"
            )
        )
    return problems


def _exit_strategy_missing(application: PrintableApplication) -> bool:
    """Asked for, and neither planned nor answered in words."""
    return (
        application.asks.exit_strategy
        and not application.exit.routes
        and not any(
            item.answer.is_answered
            for item in application.answers
            if "exit_strategy" in item.question.common_keys
        )
    )


def _answer_problems(application: PrintableApplication, item: QuestionAnswer):
    question = item.question
    name = question_name(question)
    if not question.kind.is_text:
        return _value_problems(application, item)
    if not item.answer.is_answered:
        structured = set(question.common_keys) & STRUCTURED_ANSWERS
        if any(_has_structured_answer(application, key) for key in structured):
            return []
        if question.common_keys == ("exit_strategy",) and _exit_strategy_missing(application):
            return []  # said once, below, as "no exit strategy"
        return [ReadinessProblem(say(NO_ANSWER, name=name), question.key)]
    check = item.check
    if check.over_by:
        return [
            ReadinessProblem(
                say(
                    QT_TRANSLATE_NOOP("Readiness", "{name} is %n word(s) over the limit.")
                    if item.limit.unit is LimitUnit.WORDS
                    else QT_TRANSLATE_NOOP(
                        "Readiness", "{name} is %n character(s) over the limit."
                    ),
                    check.over_by,
                    name=name,
                ),
                question.key,
            )
        ]
    if check.under_by:
        return [
            ReadinessProblem(
                say(
                    QT_TRANSLATE_NOOP("Readiness", "{name} is %n word(s) short of the minimum.")
                    if item.limit.unit is LimitUnit.WORDS
                    else QT_TRANSLATE_NOOP(
                        "Readiness", "{name} is %n character(s) short of the minimum."
                    ),
                    check.under_by,
                    name=name,
                ),
                question.key,
            )
        ]
    return []


NO_ANSWER = QT_TRANSLATE_NOOP("Readiness", "{name} has no answer yet.")


def question_name(question: Question) -> Message:
    """How a message names a question: "Question 6 (Who will benefit)", or "Q6 (…)" with the
    funder's own number."""
    number = question.shown_number
    if number[0].isdigit():
        template = QT_TRANSLATE_NOOP("Readiness", "Question {number} ({title})")
    else:
        template = QT_TRANSLATE_NOOP("Readiness", "{number} ({title})")
    return say(template, number=number, title=question.short_title)


def _value_problems(application: PrintableApplication, item: QuestionAnswer):
    question, text = item.question, item.answer.text
    if question.source is FigureSource.TYPED and not text.strip():
        return [ReadinessProblem(say(NO_ANSWER, name=question_name(question)), question.key)]
    problem = value_problem(question, text, application.profile, application.finances)
    return [ReadinessProblem(problem, problem_page(question))] if problem else []


def printed_value(application: PrintableApplication, item: QuestionAnswer) -> str:
    """A question that wants a single value, as the funder's copy prints it."""
    return answer_value(item.question, item.answer.text, application.profile, application.finances)


STRUCTURED_SECTIONS = ("budget", "match_funding", "monitoring", "exit_strategy")
"""The tables and plans printed beside the questions that ask for them."""


def section_places(
    application: PrintableApplication,
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Where the budget, other funding, plan and exit strategy print: each once, beside the
    first question that asks for it (by question key); those no question asks go under
    Further information: the budget and other funding always, the plan and exit strategy only
    where the funder asks for them."""
    beside: dict[str, tuple[str, ...]] = {}
    placed: set[str] = set()
    for item in application.answers:
        keys = tuple(
            key
            for key in item.question.common_keys
            if key in STRUCTURED_SECTIONS and key not in placed
        )
        if keys:
            beside[item.question.key] = keys
            placed.update(keys)
    wanted = {
        "budget": True,
        "match_funding": True,
        "monitoring": application.asks.plan,
        "exit_strategy": application.asks.exit_strategy,
    }
    further = tuple(key for key in STRUCTURED_SECTIONS if key not in placed and wanted[key])
    return beside, further
