"""Funders, their forms and their rules: what they ask, how they count, what they allow.

A funder's form is a list of its own questions, each mapped to the common questions it asks
(one, several or none), so answers move between funders by what they are about.
"""

from dataclasses import dataclass, field
from datetime import date

from grantdesk.domain.budget import (
    BASIS_POINTS,
    OTHER,
    OVERHEADS,
    Budget,
    BudgetTotals,
    MatchFunding,
    format_percent,
    round_half_up,
)
from grantdesk.domain.dates import format_date, months_spanned
from grantdesk.domain.money import PENCE_PER_POUND, format_money
from grantdesk.domain.plan import new_key
from grantdesk.domain.questions import COMMON_QUESTIONS, Question, question_by_key
from grantdesk.domain.wordcount import Limit, LimitUnit, WordRule, check_limit, unit_words


@dataclass(frozen=True)
class FunderQuestion:
    text: str = ""
    guidance: str = ""
    maximum: int = 250
    minimum: int | None = None
    unit: LimitUnit = LimitUnit.WORDS
    covers: tuple[str, ...] = ()
    """The common questions this asks, by key."""
    key: str = field(default_factory=new_key)

    @property
    def limit(self) -> Limit:
        return Limit(self.maximum, self.unit, self.minimum)


@dataclass(frozen=True)
class BudgetRules:
    max_lines: int | None = None
    whole_pounds: bool = False
    management_cap_pence: int | None = None
    management_cap_basis_points: int | None = None
    """Management (overheads) at most this share of the grant."""
    other_cap_pence: int | None = None
    other_cap_basis_points: int | None = None
    max_grant_share_basis_points: int | None = None
    """The most of the total project cost the grant may cover."""


@dataclass(frozen=True)
class Eligibility:
    one_grant_at_a_time: bool = False
    report_before_reapplying: bool = False
    max_project_months: int | None = None


@dataclass(frozen=True)
class Funder:
    name: str = ""
    fund: str = ""
    funds_what: str = ""
    priorities: tuple[str, ...] = ()
    minimum_pence: int | None = None
    maximum_pence: int | None = None
    opens: date | None = None
    closes: date | None = None
    contact: str = ""
    notes: str = ""
    word_rule: WordRule = WordRule.WHITESPACE
    questions: tuple[FunderQuestion, ...] = ()
    budget_rules: BudgetRules = BudgetRules()
    eligibility: Eligibility = Eligibility()
    declaration: str = ""
    """The funder's own declaration, as its form words it; empty for the usual one."""
    signatories: int = 1
    """How many people sign the declaration: one, or two where the funder asks."""
    id: int | None = None

    @property
    def display_name(self) -> str:
        return " – ".join(part for part in (self.name.strip(), self.fund.strip()) if part)


def form_questions(funder: Funder | None) -> tuple[Question, ...]:
    """The questions the guided path asks: the funder's own, in its order and wording, or the
    eleven common questions where there is no funder (or it has not typed its form in)."""
    if funder is None or not funder.questions:
        return COMMON_QUESTIONS
    questions = []
    for number, asked in enumerate(funder.questions, start=1):
        common = [question_by_key(key) for key in asked.covers]
        questions.append(
            Question(
                key=f"funder:{asked.key}",
                number=number,
                short_title=_short(asked.text) or f"Question {number}",
                question=asked.text,
                guidance=asked.guidance or "\n".join(question.guidance for question in common),
                example="\n\n".join(question.example for question in common),
                limit=asked.limit,
                covers=asked.covers,
                word_rule=funder.word_rule,
            )
        )
    return tuple(questions)


def _short(text: str, most: int = 30) -> str:
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    return text[: most - 1].rsplit(" ", 1)[0] + "…"


def answers_for_form(
    answers: dict[str, str], source: tuple[Question, ...], target: tuple[Question, ...]
) -> dict[str, str]:
    """Carry answers from one form to another by the common questions they ask.

    A target question gets the text of every source question that asks any of the same
    common questions, in the source's order, joined by a blank line.
    """
    moved: dict[str, str] = {}
    for question in target:
        wanted = set(question.common_keys)
        texts = [
            answers[asked.key]
            for asked in source
            if wanted & set(asked.common_keys) and answers.get(asked.key, "").strip()
        ]
        if texts:
            moved[question.key] = "\n\n".join(texts)
    return moved


@dataclass(frozen=True)
class LimitBreach:
    question: Question
    count: int
    over_by: int
    under_by: int

    @property
    def message(self) -> str:
        unit = self.question.limit.unit
        name = f"Question {self.question.number} ({self.question.short_title})"
        if self.over_by:
            return (
                f"{name} is {self.over_by:,} {unit_words(unit, self.over_by)} over this "
                f"funder’s limit of {self.question.limit.maximum:,}."
            )
        return (
            f"{name} is {self.under_by:,} {unit_words(unit, self.under_by)} short of this "
            f"funder’s minimum of {self.question.limit.minimum:,}."
        )


def limit_breaches(answers: dict[str, str], form: tuple[Question, ...]) -> list[LimitBreach]:
    """Each answer that breaks its question's limit on this form, counted the funder's way."""
    breaches = []
    for question in form:
        check = check_limit(answers.get(question.key, ""), question.limit, question.word_rule)
        if not check.within:
            breaches.append(LimitBreach(question, check.count, check.over_by, check.under_by))
    return breaches


def budget_rule_problems(
    rules: BudgetRules,
    budget: Budget,
    totals: BudgetTotals,
    requested_pence: int | None,
    match: tuple[MatchFunding, ...],
) -> list[str]:
    """The funder's budget rules that this budget breaks, said in words."""
    problems = []
    grant = requested_pence or 0
    if rules.max_lines is not None and len(budget.lines) > rules.max_lines:
        problems.append(
            f"This funder allows at most {rules.max_lines} budget lines; you have "
            f"{len(budget.lines)}. Group similar costs under one heading."
        )
    figures = [
        *(line.unit_cost_pence for line in budget.lines),
        *totals.line_costs,
        *totals.overhead_by_year.values(),
    ]
    if rules.whole_pounds and any(pence % PENCE_PER_POUND for pence in figures):
        problems.append("This funder wants whole pounds only: round each cost to the pound.")
    for name, category, cap_pence, cap_points in (
        (
            "management costs",
            OVERHEADS,
            rules.management_cap_pence,
            rules.management_cap_basis_points,
        ),
        ("“other” costs", OTHER, rules.other_cap_pence, rules.other_cap_basis_points),
    ):
        spent = totals.by_category.get(category, 0)
        caps = []
        if cap_pence is not None:
            caps.append((cap_pence, format_money(cap_pence)))
        if cap_points is not None:
            caps.append(
                (
                    round_half_up(grant * cap_points, BASIS_POINTS),
                    f"{format_percent(cap_points)} of the grant",
                )
            )
        for cap, said in caps:
            if spent > cap:
                problems.append(
                    f"Your {name} come to {format_money(spent)}; this funder allows at most "
                    f"{said} ({format_money(cap)})."
                )
    if rules.max_grant_share_basis_points is not None:
        project_cost = grant + sum(item.amount_pence for item in match)
        allowed = round_half_up(project_cost * rules.max_grant_share_basis_points, BASIS_POINTS)
        if grant > allowed:
            problems.append(
                "This funder will cover at most "
                f"{format_percent(rules.max_grant_share_basis_points)} of the total project cost "
                f"({format_money(allowed)} of "
                f"{format_money(project_cost)}); you are asking for {format_money(grant)}."
            )
    return problems


@dataclass(frozen=True)
class PastGrant:
    """What the group's history with a funder says, for the eligibility checks."""

    title: str
    successful: bool
    reports_outstanding: int
    final_report_due: date | None


def eligibility_problems(
    funder: Funder,
    history: list[PastGrant],
    project_start: date | None,
    project_end: date | None,
) -> list[str]:
    """The funder's eligibility rules this application would break, given the group's history."""
    problems = []
    rules = funder.eligibility
    name = funder.display_name or "this funder"
    if rules.one_grant_at_a_time:
        for grant in history:
            if grant.successful and grant.reports_outstanding:
                problems.append(
                    f"{name} gives one grant at a time, and your grant for “{grant.title}” is "
                    "still running (it has reports still to send)."
                )
    if rules.report_before_reapplying:
        for grant in history:
            if grant.successful and grant.reports_outstanding:
                due = (
                    f", due {format_date(grant.final_report_due)}" if grant.final_report_due else ""
                )
                problems.append(
                    f"{name} wants the end-of-grant report for “{grant.title}”{due} before "
                    "you apply again."
                )
    if rules.max_project_months is not None and project_start and project_end:
        months = months_spanned(project_start, project_end)
        if months > rules.max_project_months:
            problems.append(
                f"{name} funds projects of up to {rules.max_project_months} months; yours runs "
                f"for {months}."
            )
    return problems
