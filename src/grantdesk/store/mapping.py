"""Rows to plain records and back. Every converter between the tables and the domain is here."""

from dataclasses import asdict, fields
from enum import Enum

from grantdesk.domain.application import (
    Answer,
    ApplicationDetails,
    ApplicationStatus,
    ApplicationSummary,
)
from grantdesk.domain.budget import BudgetLine, BudgetModel, MatchFunding
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.domain.exit import ExitRoute
from grantdesk.domain.funders import (
    AskedParts,
    BudgetRules,
    Eligibility,
    Funder,
    FunderQuestion,
    Requirement,
)
from grantdesk.domain.organisation import OrganisationKind, Profile
from grantdesk.domain.plan import Need, Outcome, PlanInput, PlanOutput
from grantdesk.domain.questions import FigureSource, QuestionKind
from grantdesk.domain.wordcount import CharacterRule, Limit, LimitUnit, WordRule
from grantdesk.store.models import (
    AnswerRow,
    ApplicationRow,
    BudgetLineRow,
    ExitRouteRow,
    FunderQuestionRow,
    FunderRequirementRow,
    FunderRow,
    MatchFundingRow,
    NeedRow,
    OrganisationRow,
    OutcomeRow,
    PlanInputRow,
    PlanOutputRow,
    ReportDueRow,
)
from grantdesk.store.unit_of_work import aware

DETAIL_FIELDS = tuple(field.name for field in fields(ApplicationDetails))
DECISION_FIELDS = tuple(field.name for field in fields(Decision))
BUDGET_RULE_FIELDS = tuple(field.name for field in fields(BudgetRules))
ELIGIBILITY_FIELDS = tuple(field.name for field in fields(Eligibility))
HEADING_FIELDS = ("headings", "management_headings", "other_headings")
"""Budget rules that are lists of headings, kept one a line."""
ASKED_PART_FIELDS = tuple(field.name for field in fields(AskedParts))
FUNDER_TEXT_FIELDS = (
    "name",
    "fund",
    "funds_what",
    "minimum_pence",
    "maximum_pence",
    "opens",
    "closes",
    "contact",
    "notes",
    "declaration",
    "signatories",
)

ITEM_LISTS = (
    ("budget_lines", BudgetLineRow, BudgetLine),
    ("match_funding", MatchFundingRow, MatchFunding),
    ("needs", NeedRow, Need),
    ("plan_inputs", PlanInputRow, PlanInput),
    ("plan_outputs", PlanOutputRow, PlanOutput),
    ("outcomes", OutcomeRow, Outcome),
    ("exit_routes", ExitRouteRow, ExitRoute),
    ("reports", ReportDueRow, ReportDue),
)
"""Each ordered list an application owns: its relationship, row class and domain class."""

SUMMARY_COLUMNS = (
    ApplicationRow.id,
    *(getattr(ApplicationRow, name) for name in DETAIL_FIELDS),
    ApplicationRow.status,
    ApplicationRow.created_at,
    ApplicationRow.updated_at,
    ApplicationRow.funder_id,
)
"""What the home screen lists: plain columns rather than whole rows."""


def profile_from(row: OrganisationRow) -> Profile:
    values = {field.name: getattr(row, field.name) for field in fields(Profile)}
    values["kind"] = OrganisationKind(row.kind) if row.kind else None
    return Profile(**values)


def fill_profile_row(row: OrganisationRow, profile: Profile) -> None:
    values = asdict(profile)
    values["kind"] = profile.kind.value if profile.kind else None
    for field, value in values.items():
        setattr(row, field, value)


def details_from(row: ApplicationRow) -> ApplicationDetails:
    return ApplicationDetails(**{name: getattr(row, name) for name in DETAIL_FIELDS})


def summary_from(row) -> ApplicationSummary:
    """From a whole application row or the SUMMARY_COLUMNS of one."""
    return ApplicationSummary(
        id=row.id,
        details=details_from(row),
        status=ApplicationStatus(row.status),
        created_at=aware(row.created_at),
        saved_at=aware(row.updated_at),
        funder_id=row.funder_id,
    )


def decision_from(row: ApplicationRow) -> Decision:
    return Decision(**{name: getattr(row, name) for name in DECISION_FIELDS})


def answer_from(row: AnswerRow) -> Answer:
    """An answer and its own limit, if it has one (a unit with no maximum is "no limit")."""
    limit = None
    if row.limit_unit is not None:
        limit = Limit(row.limit_maximum, LimitUnit(row.limit_unit), row.limit_minimum)
    return Answer(row.question_key, row.text, limit)


def items_from(rows: list, item_class: type) -> tuple:
    """Plain domain items from a list of rows with the same field names (enums by value)."""
    kinds = {field.name: field.type for field in fields(item_class)}
    return tuple(
        item_class(
            **{
                name: kind(getattr(row, name))
                if isinstance(kind, type) and issubclass(kind, Enum)
                else getattr(row, name)
                for name, kind in kinds.items()
            }
        )
        for row in rows
    )


def item_rows(row_class: type, items: tuple) -> list:
    return [
        row_class(position=position, **item_values(item)) for position, item in enumerate(items)
    ]


def item_values(item) -> dict:
    """An item's columns as stored (enums by value)."""
    return {field.name: _stored_value(getattr(item, field.name)) for field in fields(item)}


def _stored_value(value):
    return value.value if isinstance(value, Enum) else value


def _lines(values: tuple[str, ...]) -> str:
    return "\n".join(values)


def _from_lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line.strip())


def funder_from(row: FunderRow) -> Funder:
    rules = {name: getattr(row, name) for name in BUDGET_RULE_FIELDS}
    for name in HEADING_FIELDS:
        rules[name] = _from_lines(rules[name])
    return Funder(
        id=row.id,
        **{name: getattr(row, name) for name in FUNDER_TEXT_FIELDS},
        priorities=_from_lines(row.priorities),
        word_rule=WordRule(row.word_rule),
        character_rule=CharacterRule(row.character_rule),
        questions=tuple(
            FunderQuestion(
                text=question.text,
                guidance=question.guidance,
                maximum=question.maximum,
                minimum=question.minimum,
                unit=LimitUnit(question.unit),
                covers=tuple(question.covers.split()),
                kind=QuestionKind(question.kind),
                choices=_from_lines(question.choices),
                source=FigureSource(question.source),
                label=question.label,
                key=question.key,
            )
            for question in row.questions
        ),
        budget_model=BudgetModel(row.budget_model),
        budget_rules=BudgetRules(**rules),
        eligibility=Eligibility(**{name: getattr(row, name) for name in ELIGIBILITY_FIELDS}),
        asks=AskedParts(**{name: getattr(row, f"asks_{name}") for name in ASKED_PART_FIELDS}),
        requirements=items_from(row.requirements, Requirement),
    )


def fill_funder_row(row: FunderRow, funder: Funder) -> None:
    for name in FUNDER_TEXT_FIELDS:
        setattr(row, name, getattr(funder, name))
    row.priorities = _lines(funder.priorities)
    row.word_rule = funder.word_rule.value
    row.character_rule = funder.character_rule.value
    row.budget_model = funder.budget_model.value
    for name in BUDGET_RULE_FIELDS:
        value = getattr(funder.budget_rules, name)
        setattr(row, name, _lines(value) if name in HEADING_FIELDS else value)
    for name in ELIGIBILITY_FIELDS:
        setattr(row, name, getattr(funder.eligibility, name))
    for name in ASKED_PART_FIELDS:
        setattr(row, f"asks_{name}", getattr(funder.asks, name))
    row.questions = [
        FunderQuestionRow(
            position=position,
            key=question.key,
            text=question.text,
            guidance=question.guidance,
            maximum=question.maximum,
            minimum=question.minimum,
            unit=question.unit.value,
            covers=" ".join(question.covers),
            kind=question.kind.value,
            choices=_lines(question.choices),
            source=question.source.value,
            label=question.label,
        )
        for position, question in enumerate(funder.questions)
    ]
    row.requirements = item_rows(FunderRequirementRow, funder.requirements)
