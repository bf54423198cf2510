"""Funders, their forms and their rules: what they ask, how they count, what they allow.

A funder's form is a list of its own questions, each mapped to the common questions it asks
(one, several or none), so answers move between funders by what they are about.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from grantdesk.domain.budget import (
    BASIS_POINTS,
    OTHER,
    OVERHEADS,
    Balance,
    Budget,
    BudgetModel,
    BudgetTotals,
    format_percent,
    paid_by_others,
    round_half_up,
)
from grantdesk.domain.dates import add_months
from grantdesk.domain.money import PENCE_PER_POUND, format_money
from grantdesk.domain.months import format_date
from grantdesk.domain.plan import new_key
from grantdesk.domain.question_match import limit_in
from grantdesk.domain.questions import (
    COMMON_QUESTIONS,
    FigureSource,
    Question,
    QuestionKind,
    question_by_key,
)
from grantdesk.domain.wordcount import (
    USUAL_COUNTING,
    CharacterRule,
    Counting,
    Limit,
    LimitUnit,
    WordRule,
    check_limit,
    count_characters,
    unit_words,
)


@dataclass(frozen=True)
class FunderQuestion:
    text: str = ""
    guidance: str = ""
    maximum: int | None = 250
    """None where the funder sets no limit."""
    minimum: int | None = None
    unit: LimitUnit = LimitUnit.WORDS
    covers: tuple[str, ...] = ()
    """The common questions this asks, by key."""
    kind: QuestionKind = QuestionKind.LONG_ANSWER
    choices: tuple[str, ...] = ()
    """For a choice: the funder's choices, in its order."""
    source: FigureSource = FigureSource.TYPED
    """For a figure, a date or a percentage: typed, or taken from what GrantDesk holds."""
    label: str = ""
    """The funder's own number for it (6, Q6, 3b); empty to number the questions in order."""
    key: str = field(default_factory=new_key)

    @property
    def limit(self) -> Limit:
        if not self.kind.is_text:
            return Limit(None, self.unit)
        return Limit(self.maximum, self.unit, self.minimum)


DEFAULT_MANAGEMENT_HEADINGS = (OVERHEADS, "Management", "Management costs", "Overheads")
DEFAULT_OTHER_HEADINGS = (OTHER, "Other costs", "Other expenses")


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
    headings: tuple[str, ...] = ()
    """The funder's own budget headings, offered first for each line's category."""
    management_headings: tuple[str, ...] = DEFAULT_MANAGEMENT_HEADINGS
    """The headings the cap on management costs covers (worked-out overheads always count)."""
    other_headings: tuple[str, ...] = DEFAULT_OTHER_HEADINGS
    """The headings the cap on "other" costs covers."""
    max_item_characters: int | None = None
    """The longest description of one line, in characters counted the funder's way."""


@dataclass(frozen=True)
class Eligibility:
    one_grant_at_a_time: bool = False
    report_before_reapplying: bool = False
    max_project_months: int | None = None


@dataclass(frozen=True)
class AskedParts:
    """The parts of an application, beyond its questions, that a funder asks for."""

    plan: bool = False
    """A plan of needs and outcomes, each outcome with a baseline and a target."""
    exit_strategy: bool = False
    declaration: bool = True
    """A declaration to sign at the end of the printed application."""
    paper_copy: bool = False
    """A signed paper copy, as well as the form sent online."""


COMMON_FORM_ASKS = AskedParts(plan=True, exit_strategy=True)
"""What an application on the eleven common questions (no funder's form) is checked for."""


@dataclass(frozen=True)
class Requirement:
    """Something a funder asks for that no rule in GrantDesk captures ("a copy of your latest
    accounts"), kept as a checklist; it may apply only to grants within a range."""

    text: str = ""
    from_pence: int | None = None
    to_pence: int | None = None
    key: str = field(default_factory=new_key)

    def applies_to(self, requested_pence: int | None) -> bool:
        """Whether it applies to a request of this amount (every requirement does while the
        amount is not known)."""
        if requested_pence is None:
            return True
        low_enough = self.from_pence is None or requested_pence >= self.from_pence
        return low_enough and (self.to_pence is None or requested_pence <= self.to_pence)


PAPER_COPY = "paper_copy"
"""The key of the paper-copy item on an application's checklist."""


@dataclass(frozen=True)
class ChecklistItem:
    """Something the funder asks for that no check in GrantDesk can see, ticked when done."""

    key: str
    text: str
    done: bool


def amount_condition(requirement: Requirement) -> str:
    """ "for grants of £2,501.00 to £25,000.00", "… of £2,501.00 or more", "… up to £500.00",
    or empty where it applies to any grant."""
    low, high = requirement.from_pence, requirement.to_pence
    if low is not None and high is not None:
        return f"for grants of {format_money(low)} to {format_money(high)}"
    if low is not None:
        return f"for grants of {format_money(low)} or more"
    return f"for grants up to {format_money(high)}" if high is not None else ""


def funder_display_name(name: str, fund: str) -> str:
    return " – ".join(part for part in (name.strip(), fund.strip()) if part)


@dataclass(frozen=True)
class FunderName:
    """A funder as a list of them names it, without its form and rules."""

    id: int
    name: str
    fund: str = ""

    @property
    def display_name(self) -> str:
        return funder_display_name(self.name, self.fund)


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
    character_rule: CharacterRule = CharacterRule.WEB_FORM
    questions: tuple[FunderQuestion, ...] = ()
    budget_model: BudgetModel = BudgetModel.WHOLE_PROJECT
    budget_rules: BudgetRules = BudgetRules()
    eligibility: Eligibility = Eligibility()
    asks: AskedParts = AskedParts()
    requirements: tuple[Requirement, ...] = ()
    declaration: str = ""
    """The funder's own declaration, as its form words it; empty for the usual one."""
    signatories: int = 1
    """How many people sign the declaration: one, or two where the funder asks."""
    id: int | None = None

    @property
    def display_name(self) -> str:
        return funder_display_name(self.name, self.fund)

    @property
    def counting(self) -> Counting:
        return Counting(self.word_rule, self.character_rule)


def funder_problems(funder: Funder) -> list[str]:
    """What makes a funder's record contradict itself, in words (empty when it is sound):
    the screens refuse these as they are typed; a funder file holding one is refused."""
    problems = []
    figures = [
        funder.minimum_pence,
        funder.maximum_pence,
        funder.eligibility.max_project_months,
        *(getattr(funder.budget_rules, name) for name in _RULE_FIGURES),
        *(r.from_pence for r in funder.requirements),
        *(r.to_pence for r in funder.requirements),
    ]
    if any(figure is not None and figure < 0 for figure in figures):
        problems.append("A figure in it is less than nothing.")
    if _above(funder.minimum_pence, funder.maximum_pence):
        problems.append("Its smallest grant is more than its largest.")
    for number, question in enumerate(funder.questions, start=1):
        if question.maximum is not None and question.maximum < 1:
            problems.append(f"Question {number}’s limit is less than one.")
        if (question.minimum or 0) < 0 or _above(question.minimum, question.maximum):
            problems.append(f"Question {number}’s least is more than its most.")
        if question.source.kind not in (None, question.kind):
            problems.append(f"Question {number} is filled in from a figure of another kind.")
    for requirement in funder.requirements:
        if _above(requirement.from_pence, requirement.to_pence):
            problems.append(
                f"The requirement “{requirement.text}” is for grants from more than it is up to."
            )
    if funder.signatories not in (1, 2):
        problems.append("It must be signed by one person or two.")
    return problems


_RULE_FIGURES = (
    "max_lines",
    "management_cap_pence",
    "management_cap_basis_points",
    "other_cap_pence",
    "other_cap_basis_points",
    "max_grant_share_basis_points",
    "max_item_characters",
)


def _above(low: int | None, high: int | None) -> bool:
    return low is not None and high is not None and low > high


def checklist(
    funder: Funder | None, requested_pence: int | None, done: tuple[str, ...]
) -> list[ChecklistItem]:
    """The funder's checklist for a request of this amount: a signed paper copy where it asks
    for one, and each of its requirements that applies to the amount."""
    if funder is None:
        return []
    items = []
    if funder.asks.paper_copy:
        items.append(ChecklistItem(PAPER_COPY, "A signed paper copy", PAPER_COPY in done))
    for requirement in funder.requirements:
        if requirement.text.strip() and requirement.applies_to(requested_pence):
            condition = amount_condition(requirement)
            text = requirement.text.strip() + (f" ({condition})" if condition else "")
            items.append(ChecklistItem(requirement.key, text, requirement.key in done))
    return items


def describe_grant_range(minimum_pence: int | None, maximum_pence: int | None) -> str:
    """ "£500.00 to £5,000.00", "up to £3,000.00", "from £10,000.00", or empty."""
    low = format_money(minimum_pence) if minimum_pence else None
    high = format_money(maximum_pence) if maximum_pence is not None else None
    if low and high:
        return f"{low} to {high}"
    if high:
        return f"up to {high}"
    return f"from {low}" if low else ""


def form_questions(funder: Funder | None) -> tuple[Question, ...]:
    """The questions the guided path asks: the funder's own, in its order and wording, or the
    eleven common questions where there is no funder (or it has not typed its form in)."""
    if funder is None or not funder.questions:
        return COMMON_QUESTIONS
    questions = []
    for number, asked in enumerate(funder.questions, start=1):
        common = [question_by_key(key) for key in asked.covers] if asked.kind.is_text else []
        questions.append(
            Question(
                key=f"funder:{asked.key}",
                number=number,
                short_title=question_title(asked.text) or f"Question {number}",
                question=asked.text,
                guidance=asked.guidance,
                example="\n\n".join(question.example for question in common),
                limit=asked.limit,
                covers=tuple(question.key for question in common),
                counting=funder.counting,
                kind=asked.kind,
                choices=asked.choices,
                source=asked.source,
                label=asked.label,
                tips="\n".join(question.guidance for question in common),
            )
        )
    return tuple(questions)


def question_title(text: str) -> str:
    """A funder's question named in full wherever it is listed: its first sentence (later
    sentences say what to include), never cut mid-word, without a limit in brackets at its
    end ("(max 200 words)": the limit is shown beside the answer)."""
    text = " ".join(text.split())
    first = re.match(r"(.+?[.?!])\s+[A-Z“‘\"'(]", text)
    title = first[1] if first else text
    bracketed = re.fullmatch(r"(.+?)\s*(\([^()]*\))([.?!]?)", title)
    if bracketed and limit_in(bracketed[2]) is not None:
        return bracketed[1] + bracketed[3]
    return title


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
        name = self.question.name
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
        check = check_limit(answers.get(question.key, ""), question.limit, question.counting)
        if not check.within:
            breaches.append(LimitBreach(question, check.count, check.over_by, check.under_by))
    return breaches


def same_heading(first: str, second: str) -> bool:
    """Budget headings match whatever their capitals and spacing."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def budget_rule_problems(
    rules: BudgetRules,
    budget: Budget,
    totals: BudgetTotals,
    balance: Balance,
    counting: Counting = USUAL_COUNTING,
) -> list[str]:
    """The funder's budget rules that this budget breaks, said in words. Caps on management
    and "other" costs apply to the costs this funder is asked to pay, under whichever of its
    headings they are listed."""
    problems = []
    grant = balance.requested_pence
    if rules.max_lines is not None and len(budget.lines) > rules.max_lines:
        problems.append(
            f"This funder allows at most {rules.max_lines} budget lines; you have "
            f"{len(budget.lines)}. Group similar costs under one heading."
        )
    if rules.max_item_characters is not None:
        most = rules.max_item_characters
        for number, line in enumerate(budget.lines, start=1):
            over = count_characters(line.description, counting.characters) - most
            if over > 0:
                problems.append(
                    f"The description of budget line {number} is {over:,} "
                    f"{unit_words(LimitUnit.CHARACTERS, over)} over this funder’s limit of "
                    f"{most:,}. Please shorten it."
                )
    figures = [
        *(line.unit_cost_pence for line in budget.lines),
        *totals.line_costs,
        *(row.pence for row in totals.overhead_rows),
    ]
    if rules.whole_pounds and any(pence % PENCE_PER_POUND for pence in figures):
        problems.append("This funder wants whole pounds only: round each cost to the pound.")
    asked = [
        (line.category_name, cost)
        for line, cost in zip(budget.lines, totals.line_costs, strict=True)
        if not paid_by_others(line, balance.model)
    ]
    worked_out = sum(row.pence for row in totals.overhead_rows if not row.paid_by_others)
    for name, headings, extra, cap_pence, cap_points in (
        (
            "management costs",
            rules.management_headings,
            worked_out,
            rules.management_cap_pence,
            rules.management_cap_basis_points,
        ),
        (
            "“other” costs",
            rules.other_headings,
            0,
            rules.other_cap_pence,
            rules.other_cap_basis_points,
        ),
    ):
        spent = extra + sum(
            cost
            for category, cost in asked
            if any(same_heading(category, heading) for heading in headings)
        )
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
    project_cost = balance.total_project_cost_pence
    if rules.max_grant_share_basis_points is not None and project_cost is not None:
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
    length = project_length_problem(funder, project_start, project_end)
    if length:
        problems.append(length)
    return problems


def project_length_problem(funder: Funder, start: date | None, end: date | None) -> str:
    """Said when the project runs longer than the funder allows; empty otherwise. A project
    may end on the same day so many months after it starts, and no later."""
    most = funder.eligibility.max_project_months
    if most is None or start is None or end is None:
        return ""
    latest = add_months(start, most)
    if end <= latest:
        return ""
    name = funder.display_name or "this funder"
    return (
        f"{name} funds projects of up to {most} months: starting on {format_date(start)}, the "
        f"project must end by {format_date(latest)}, but it ends on {format_date(end)}. Please "
        "change the project’s dates."
    )
