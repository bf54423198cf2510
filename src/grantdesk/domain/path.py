"""The steps of an application's guided path, worked out from the questions it follows: the
details, the form's questions in its order, the plan before the first question it feeds, and
what happens after the decision. Every application has a budget and other funding: where no
written question on the form carries them (many forms ask for the budget in a table), they are
steps of their own, where the common questions have them."""

from dataclasses import dataclass

from grantdesk.domain.drafts import draft_beneficiaries, draft_difference, draft_monitoring
from grantdesk.domain.questions import COMMON_QUESTIONS, Question, QuestionKind, question_by_key

HELPERS = ("budget", "match_funding", "priorities", "exit_strategy")
"""What can stand beside a written answer (the budget, other funding, the funder's priorities,
exit routes): each beside the first written question that asks it."""
DRAFTS = {
    "beneficiaries": draft_beneficiaries,
    "difference": draft_difference,
    "monitoring": draft_monitoring,
}
"""The answers GrantDesk can draft from the plan, by the common question they answer."""
PLAN_FEEDS = frozenset({"beneficiaries", "difference", "monitoring", "exit_strategy"})
"""The common questions the plan feeds: it comes just before the first question asking one."""
MONEY_PARTS = ("budget", "match_funding")
"""The parts every application has, whatever its form asks."""
ASKED_UP_TO_MONEY = frozenset(
    question.key
    for question in COMMON_QUESTIONS
    if question.number <= question_by_key("match_funding").number
)
"""The common questions asked before the money, and the money itself, in their usual order."""


@dataclass(frozen=True)
class PathStep:
    key: str
    """ "details", "plan", "decision", a question's key, or "budget" or "match_funding" for
    that part on a step of its own."""
    question: Question | None = None
    helpers: tuple[str, ...] = ()
    """What stands beside the question's written answer (keys of HELPERS)."""
    drafted: tuple[str, ...] = ()
    """The answers drafted from the plan for this question (keys of DRAFTS)."""


def parts_apart(form: tuple[Question, ...]) -> tuple[str, ...]:
    """The money parts (MONEY_PARTS) no written question on the form carries, so each is a
    step of its own."""
    written = [question for question in form if question.kind is QuestionKind.LONG_ANSWER]
    return tuple(
        key for key in MONEY_PARTS if not any(key in question.common_keys for question in written)
    )


def guided_path(form: tuple[Question, ...]) -> tuple[PathStep, ...]:
    """The steps in order. A part apart comes after the last question asking what the common
    questions ask up to the money (the project, who benefits, the funder's priorities, the
    other part of the money…), so before monitoring and the exit strategy; at the end of the
    questions on a form asking none of those."""
    carried: set[str] = set()  # each helper and draft once: they show one budget and one plan
    steps: list[PathStep] = []
    for question in form:
        written = question.kind is QuestionKind.LONG_ANSWER
        asks = [key for key in question.common_keys if written and key not in carried]
        helpers = tuple(key for key in asks if key in HELPERS)
        drafted = tuple(key for key in asks if key in DRAFTS)
        carried.update(helpers, drafted)
        steps.append(PathStep(question.key, question, helpers, drafted))
    up_to_money = [
        index
        for index, step in enumerate(steps)
        if ASKED_UP_TO_MONEY & set(step.question.common_keys)
    ]
    place = up_to_money[-1] + 1 if up_to_money else len(steps)
    steps[place:place] = [PathStep(key) for key in parts_apart(form)]
    feeding = [
        index
        for index, step in enumerate(steps)
        if step.question is not None and PLAN_FEEDS & set(step.question.common_keys)
    ]
    plan_place = feeding[0] if feeding else len(steps)
    steps.insert(plan_place, PathStep("plan"))
    return (PathStep("details"), *steps, PathStep("decision"))
