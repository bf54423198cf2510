"""The project's logic: the need, what goes in, what is delivered, and the change it makes.

Follows the monitoring and evaluation guidance: inputs (resources), needs (what problem and
how severe), outputs (what is delivered) and outcomes (the change in people's lives). Needs and
outcomes are measured the same way: need = people experiencing homelessness, outcome = people
who secure suitable accommodation. Case studies add qualitative evidence to the numbers.
"""

import re
import uuid
from dataclasses import dataclass, field, replace
from enum import Enum
from fractions import Fraction

from grantdesk.domain.messages import QT_TRANSLATE_NOOP


def new_key() -> str:
    return uuid.uuid4().hex[:12]


class InputKind(Enum):
    MONEY = "money"
    STAFF_TIME = "staff_time"
    VOLUNTEERS = "volunteers"
    EXPERTISE = "expertise"
    PREMISES_AND_EQUIPMENT = "premises_and_equipment"

    @property
    def label(self) -> str:
        return {
            "money": QT_TRANSLATE_NOOP("InputKind", "Money"),
            "staff_time": QT_TRANSLATE_NOOP("InputKind", "Staff time"),
            "volunteers": QT_TRANSLATE_NOOP("InputKind", "Volunteers"),
            "expertise": QT_TRANSLATE_NOOP("InputKind", "Expertise"),
            "premises_and_equipment": QT_TRANSLATE_NOOP("InputKind", "Premises and equipment"),
        }[self.value]


class Direction(Enum):
    """Which way an outcome's number should go. Never assumed: until the group says, it is
    NOT_SAID, and nothing is written as if it rose or fell."""

    NOT_SAID = ""
    MORE_IS_BETTER = "more"
    LESS_IS_BETTER = "less"

    @property
    def label(self) -> str:
        return {
            Direction.NOT_SAID: QT_TRANSLATE_NOOP("Direction", "Not said yet"),
            Direction.MORE_IS_BETTER: QT_TRANSLATE_NOOP("Direction", "Up: more is better"),
            Direction.LESS_IS_BETTER: QT_TRANSLATE_NOOP("Direction", "Down: fewer is better"),
        }[self]


@dataclass(frozen=True)
class Need:
    problem: str = ""
    """What the problem is."""
    who: str = ""
    """Who has it."""
    how_many: int | None = None
    measure: str = ""
    """What is counted: "families in temporary housing". Outcomes should count the same."""
    severity: str = ""
    evidence: str = ""
    key: str = field(default_factory=new_key)

    @property
    def counted(self) -> str:
        """ "30 families in temporary housing"."""
        number = f"{self.how_many:,} " if self.how_many is not None else ""
        return f"{number}{self.measure}".strip()


@dataclass(frozen=True)
class PlanInput:
    description: str = ""
    kind: InputKind = InputKind.MONEY
    budget_category: str = ""
    """The budget category it is paid from, where it costs money."""


@dataclass(frozen=True)
class PlanOutput:
    quantity: int | None = None
    description: str = ""

    @property
    def summary(self) -> str:
        """ "40 weekly sessions"."""
        number = f"{self.quantity:,} " if self.quantity is not None else ""
        return f"{number}{self.description}".strip()


@dataclass(frozen=True)
class Outcome:
    change: str = ""
    """The change in people's lives."""
    need_key: str = ""
    indicator: str = ""
    """What will be counted to show the change."""
    baseline: str = ""
    target: str = ""
    direction: Direction = Direction.NOT_SAID
    method: str = ""
    """How it will be measured: attendance register, before and after questionnaire…"""
    when: str = ""


METHODS = (
    QT_TRANSLATE_NOOP("Method", "Attendance register"),
    QT_TRANSLATE_NOOP("Method", "Before and after questionnaire"),
    QT_TRANSLATE_NOOP("Method", "Referral records"),
    QT_TRANSLATE_NOOP("Method", "Case studies"),
    QT_TRANSLATE_NOOP("Method", "Interviews"),
    QT_TRANSLATE_NOOP("Method", "Police or council figures"),
    QT_TRANSLATE_NOOP("Method", "Photos and diaries"),
)


@dataclass(frozen=True)
class Plan:
    needs: tuple[Need, ...] = ()
    inputs: tuple[PlanInput, ...] = ()
    outputs: tuple[PlanOutput, ...] = ()
    outcomes: tuple[Outcome, ...] = ()

    def need(self, key: str) -> Need | None:
        return next((need for need in self.needs if need.key == key), None)

    @property
    def is_empty(self) -> bool:
        return not (self.needs or self.inputs or self.outputs or self.outcomes)


@dataclass(frozen=True)
class Weakness:
    message: str
    section: str
    """Which part of the plan to fix: "needs", "outcomes", "exit"."""
    row: int | None = None
    field: str = ""
    """Which answer on the card to give or change: "baseline", "target", "direction"…"""


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def leading_number(text: str) -> Fraction | None:
    """The first figure in "38%", "63 reports" or "£1,200"; None when there is none."""
    match = _NUMBER.search(text)
    return Fraction(match[0].replace(",", "")) if match else None


_STOP_WORDS = {
    "the",
    "and",
    "who",
    "with",
    "for",
    "from",
    "that",
    "their",
    "they",
    "them",
    "this",
    "have",
    "has",
    "are",
    "were",
    "been",
    "into",
    "onto",
    "than",
    "more",
    "less",
    "fewer",
    "number",
    "numbers",
    "people",
    "aged",
    "year",
    "years",
    "old",
    "per",
    "cent",
    "percent",
}
_ACTIVITY_WORDS = {
    "session",
    "sessions",
    "workshop",
    "workshops",
    "deliver",
    "delivered",
    "delivering",
    "run",
    "held",
    "hold",
    "attend",
    "attended",
    "attending",
    "attendance",
    "attendances",
    "leaflet",
    "leaflets",
    "activity",
    "activities",
    "meeting",
    "meetings",
    "class",
    "classes",
    "course",
    "courses",
    "event",
    "events",
    "visit",
    "visits",
    "place",
    "places",
    "trip",
    "trips",
    "hours",
    "opened",
    "provided",
    "distributed",
}
_CHANGE_STEMS = (
    "feel",
    "felt",
    "improv",
    "reduc",
    "increas",
    "fewer",
    "less",
    "better",
    "safer",
    "safe",
    "confiden",
    "secure",
    "gain",
    "stop",
    "find",
    "found",
    "able",
    "chang",
    "wellbeing",
    "skill",
    "job",
    "employ",
    "health",
    "lower",
    "higher",
    "trust",
    "lonel",
    "isolat",
    "happ",
    "calm",
    "settled",
    "move",
    "moved",
    "return",
    "keep",
    "kept",
    "avoid",
    "cut",
    "rise",
    "grow",
    "learn",
    "understand",
    "know",
)
_QUALITATIVE_STEMS = (
    "case stud",
    "interview",
    "stor",
    "quote",
    "diar",
    "film",
    "photo",
    "focus group",
    "testimon",
)


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _words(text: str) -> set[str]:
    return {
        _stem(word)
        for word in re.findall(r"[^\W\d_]+", text.casefold())
        if len(word) > 2 and word not in _STOP_WORDS
    }


def measured_like(need: Need, outcome: Outcome) -> bool:
    """Whether the outcome counts the same people or things as the need it answers."""
    counted = _words(need.measure or need.who)
    return not counted or bool(counted & _words(f"{outcome.indicator} {outcome.change}"))


def counts_only_activity(outcome: Outcome, outputs: tuple[PlanOutput, ...] = ()) -> bool:
    """An "outcome" that only counts what is delivered: an output in disguise."""
    text = f"{outcome.change} {outcome.indicator}".casefold()
    if not text.strip():
        return False
    words = set(re.findall(r"[^\W\d_]+", text))
    says_change = any(word.startswith(_CHANGE_STEMS) for word in words)
    copies_an_output = any(
        output.description.strip()
        and output.description.casefold().strip() in outcome.indicator.casefold()
        for output in outputs
    )
    return not says_change and (bool(words & _ACTIVITY_WORDS) or copies_an_output)


def plan_weaknesses(plan: Plan) -> list[Weakness]:
    """Where the plan is weak, in plain words, each with the answer that would put it right."""
    found: list[Weakness] = []
    if not plan.outcomes:
        found.append(
            Weakness(
                "Nothing yet about what will change for people. Add one change you hope to "
                "see, for example “young people feel safer in the town centre”.",
                "outcomes",
                field="outcomes",
            )
        )
    for row, outcome in enumerate(plan.outcomes):
        name = f"“{outcome.change.strip() or f'Change {row + 1}'}”"
        found.extend(
            Weakness(message, "outcomes", row, field)
            for field, message in _outcome_problems(plan, outcome, name)
        )
    if plan.outcomes and not any(
        any(stem in outcome.method.casefold() for stem in _QUALITATIVE_STEMS)
        for outcome in plan.outcomes
    ):
        found.append(
            Weakness(
                "No stories are planned yet. Funders value two or three real stories beside "
                "the numbers: choose “Case studies” as how you will find out, for one change.",
                "outcomes",
                field="method",
            )
        )
    return found


def _outcome_problems(plan: Plan, outcome: Outcome, name: str) -> list[tuple[str, str]]:
    """(the answer to give or change, what to say), in the order the card asks them."""
    problems = []
    if counts_only_activity(outcome, plan.outputs):
        problems.append(
            (
                "change",
                f"{name} says what you will do, not what will change for people. Say what "
                "will be different for them: feeling safer, finding work, fewer incidents.",
            )
        )
    need = plan.need(outcome.need_key)
    if need is None:
        problems.append(("need", f"For {name}, choose the need it answers."))
    elif not measured_like(need, outcome):
        problems.append(
            (
                "indicator",
                f"{name} is not counted the same way as the need it answers "
                f"(“{need.counted or need.problem}”). Count the same people or things, so the "
                "change shows.",
            )
        )
    if not outcome.baseline.strip():
        problems.append(("baseline", f"For {name}, say how it is now, so the change can be seen."))
    if not outcome.target.strip():
        problems.append(("target", f"For {name}, say what you hope for by the end of the project."))
    baseline, target = leading_number(outcome.baseline), leading_number(outcome.target)
    if outcome.baseline.strip() and outcome.target.strip():
        if outcome.direction is Direction.NOT_SAID:
            problems.append(
                ("direction", f"For {name}, say whether the number should go up or down.")
            )
        elif baseline is not None and target is not None:
            up = outcome.direction is Direction.MORE_IS_BETTER
            if (up and target < baseline) or (not up and target > baseline):
                problems.append(
                    (
                        "direction",
                        f"For {name}, what you hope for ({outcome.target.strip()}) is "
                        f"{'lower' if up else 'higher'} than how it is now "
                        f"({outcome.baseline.strip()}), but you said it should go "
                        f"{'up' if up else 'down'}. Check the figures, or say it should go "
                        f"{'down' if up else 'up'}.",
                    )
                )
    if not outcome.method.strip():
        problems.append(
            (
                "method",
                f"For {name}, say how you will find out: a register, a short survey, figures "
                "from a partner.",
            )
        )
    return problems


def need_next_step(need: Need) -> str:
    """One gentle next step for a need, or empty once it says what a funder looks for."""
    if not need.problem.strip():
        return "Say what the problem is, in a sentence."
    if not need.who.strip():
        return "Say who has this problem."
    if need.how_many is None or not need.measure.strip():
        return "Say how many, and what you count: “63 reports of anti-social behaviour”."
    if not need.evidence.strip():
        return "Say how you know: local figures, a survey, what people have told you."
    return ""


def outcome_next_step(plan: Plan, row: int) -> str:
    """The first thing to do for one change the group hopes for, or empty if nothing is."""
    steps = [w.message for w in plan_weaknesses(plan) if w.section == "outcomes" and w.row == row]
    return steps[0] if steps else ""


@dataclass(frozen=True)
class PlanTableRow:
    need: str
    outputs: str
    outcome: str
    indicator: str
    baseline: str
    target: str
    method: str
    when: str


PLAN_TABLE_HEADINGS = (
    QT_TRANSLATE_NOOP("PlanTable", "Need"),
    QT_TRANSLATE_NOOP("PlanTable", "Outputs"),
    QT_TRANSLATE_NOOP("PlanTable", "Outcome"),
    QT_TRANSLATE_NOOP("PlanTable", "Indicator"),
    QT_TRANSLATE_NOOP("PlanTable", "Baseline"),
    QT_TRANSLATE_NOOP("PlanTable", "Target"),
    QT_TRANSLATE_NOOP("PlanTable", "Method"),
    QT_TRANSLATE_NOOP("PlanTable", "When"),
)


def plan_table(plan: Plan) -> list[PlanTableRow]:
    """The plan as one table, need → outputs → outcomes, as the screen and the print show it.

    Each outcome is a row beside the need it answers; a need with no outcome still has a row.
    The outputs stand beside the first row, as they serve the whole project.
    """
    outputs = "; ".join(output.summary for output in plan.outputs if output.summary)
    rows: list[PlanTableRow] = []
    answered = set()
    for outcome in plan.outcomes:
        need = plan.need(outcome.need_key)
        if need is not None:
            answered.add(need.key)
        rows.append(
            PlanTableRow(
                need=(need.counted or need.problem) if need else "",
                outputs="",
                outcome=outcome.change,
                indicator=outcome.indicator,
                baseline=outcome.baseline,
                target=outcome.target,
                method=outcome.method,
                when=outcome.when,
            )
        )
    for need in plan.needs:
        if need.key not in answered and (need.counted or need.problem):
            rows.append(PlanTableRow(need.counted or need.problem, "", "", "", "", "", "", ""))
    if outputs:
        if rows:
            rows[0] = replace(rows[0], outputs=outputs)
        else:
            rows.append(PlanTableRow("", outputs, "", "", "", "", "", ""))
    return rows
