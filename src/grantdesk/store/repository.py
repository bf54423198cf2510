"""The commands the screens and the command line use; plain objects in, plain objects out.

Each command is one short transaction, so a save is on disk (not just in memory) when it
returns.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import UTC, datetime
from enum import Enum

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from grantdesk.domain.application import (
    Answer,
    ApplicationDetails,
    ApplicationStatus,
    ApplicationSummary,
    copy_title,
)
from grantdesk.domain.budget import Budget, BudgetLine, MatchFunding
from grantdesk.domain.exit import ExitPlan, ExitRoute
from grantdesk.domain.organisation import OrganisationKind, Profile
from grantdesk.domain.plan import Need, Outcome, Plan, PlanInput, PlanOutput
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer
from grantdesk.domain.questions import COMMON_QUESTIONS
from grantdesk.domain.wordcount import Limit, LimitUnit
from grantdesk.store.database import plain_errors
from grantdesk.store.errors import StoreError
from grantdesk.store.models import (
    AnswerRow,
    ApplicationRow,
    BudgetLineRow,
    ExitRouteRow,
    MatchFundingRow,
    NeedRow,
    OrganisationRow,
    OutcomeRow,
    PlanInputRow,
    PlanOutputRow,
)

Clock = Callable[[], datetime]

PROFILE_ID = 1
DETAIL_FIELDS = tuple(field.name for field in fields(ApplicationDetails))
NO_SUCH_APPLICATION = (
    "There is no application number {id}. Type 'grantdesk list' to see the applications."
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite keeps times without a zone; they are always stored in UTC."""
    return moment.replace(tzinfo=UTC)


def _stored(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


class Store:
    def __init__(self, engine: Engine, clock: Clock = utc_now):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._clock = clock

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with plain_errors(), self._sessions.begin() as session:
            yield session

    def _now(self) -> datetime:
        return _stored(self._clock())

    # The group's profile

    def profile(self) -> Profile | None:
        with self._session() as session:
            row = session.get(OrganisationRow, PROFILE_ID)
            return None if row is None else _profile_from(row)

    def save_profile(self, profile: Profile) -> None:
        with self._session() as session:
            row = session.get(OrganisationRow, PROFILE_ID) or OrganisationRow(id=PROFILE_ID)
            values = asdict(profile)
            values["kind"] = profile.kind.value if profile.kind else None
            for field, value in values.items():
                setattr(row, field, value)
            row.updated_at = self._now()
            session.add(row)

    # Applications

    def applications(self) -> list[ApplicationSummary]:
        """Every application not in the bin, most recently saved first."""
        return self._summaries(ApplicationRow.deleted_at.is_(None))

    def binned_applications(self) -> list[ApplicationSummary]:
        return self._summaries(ApplicationRow.deleted_at.is_not(None))

    def _summaries(self, condition) -> list[ApplicationSummary]:
        with self._session() as session:
            rows = session.scalars(
                select(ApplicationRow)
                .where(condition)
                .order_by(ApplicationRow.updated_at.desc(), ApplicationRow.id.desc())
            )
            return [_summary_from(row) for row in rows]

    def application(self, application_id: int) -> ApplicationSummary:
        with self._session() as session:
            return _summary_from(self._row(session, application_id))

    def create_application(self, details: ApplicationDetails) -> int:
        now = self._now()
        with self._session() as session:
            row = ApplicationRow(
                **asdict(details),
                status=ApplicationStatus.DRAFT.value,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return row.id

    def save_details(self, application_id: int, details: ApplicationDetails) -> None:
        with self._session() as session:
            row = self._row(session, application_id)
            for field, value in asdict(details).items():
                setattr(row, field, value)
            row.updated_at = self._now()

    def copy_application(self, application_id: int) -> int:
        """A new draft with the same details, answers, budget and plan; the original is not
        touched."""
        now = self._now()
        with self._session() as session:
            original = self._row(session, application_id)
            copy = ApplicationRow(
                **asdict(_details_from(original)),
                status=ApplicationStatus.DRAFT.value,
                created_at=now,
                updated_at=now,
                vat_recoverable=original.vat_recoverable,
                overhead_basis_points=original.overhead_basis_points,
                exit_notice_months=original.exit_notice_months,
            )
            copy.title = copy_title(original.title)
            copy.answers = [
                AnswerRow(
                    question_key=answer.question_key,
                    text=answer.text,
                    limit_maximum=answer.limit_maximum,
                    limit_minimum=answer.limit_minimum,
                    limit_unit=answer.limit_unit,
                    updated_at=now,
                )
                for answer in original.answers
            ]
            for name, row_class, item_class in ITEM_LISTS:
                items = _items_from(getattr(original, name), item_class)
                setattr(copy, name, _item_rows(row_class, items))
            session.add(copy)
            session.flush()
            return copy.id

    def move_to_bin(self, application_id: int) -> None:
        with self._session() as session:
            self._row(session, application_id).deleted_at = self._now()

    def restore_from_bin(self, application_id: int) -> None:
        with self._session() as session:
            self._row(session, application_id).deleted_at = None

    # The budget and match funding

    def budget(self, application_id: int) -> Budget:
        with self._session() as session:
            row = self._row(session, application_id)
            return Budget(
                lines=_items_from(row.budget_lines, BudgetLine),
                vat_recoverable=row.vat_recoverable,
                overhead_basis_points=row.overhead_basis_points,
            )

    def save_budget(self, application_id: int, budget: Budget) -> None:
        """Replace the application's budget with this one, in one transaction."""
        with self._session() as session:
            row = self._changed_row(session, application_id)
            row.vat_recoverable = budget.vat_recoverable
            row.overhead_basis_points = budget.overhead_basis_points
            row.budget_lines = _item_rows(BudgetLineRow, budget.lines)

    def match_funding(self, application_id: int) -> tuple[MatchFunding, ...]:
        with self._session() as session:
            return _items_from(self._row(session, application_id).match_funding, MatchFunding)

    def save_match_funding(self, application_id: int, items: tuple[MatchFunding, ...]) -> None:
        with self._session() as session:
            self._changed_row(session, application_id).match_funding = _item_rows(
                MatchFundingRow, items
            )

    # The project plan and the exit strategy

    def plan(self, application_id: int) -> Plan:
        with self._session() as session:
            row = self._row(session, application_id)
            return Plan(
                needs=_items_from(row.needs, Need),
                inputs=_items_from(row.plan_inputs, PlanInput),
                outputs=_items_from(row.plan_outputs, PlanOutput),
                outcomes=_items_from(row.outcomes, Outcome),
            )

    def save_plan(self, application_id: int, plan: Plan) -> None:
        with self._session() as session:
            row = self._changed_row(session, application_id)
            row.needs = _item_rows(NeedRow, plan.needs)
            row.plan_inputs = _item_rows(PlanInputRow, plan.inputs)
            row.plan_outputs = _item_rows(PlanOutputRow, plan.outputs)
            row.outcomes = _item_rows(OutcomeRow, plan.outcomes)

    def exit_plan(self, application_id: int) -> ExitPlan:
        with self._session() as session:
            row = self._row(session, application_id)
            return ExitPlan(_items_from(row.exit_routes, ExitRoute), row.exit_notice_months)

    def save_exit_plan(self, application_id: int, plan: ExitPlan) -> None:
        with self._session() as session:
            row = self._changed_row(session, application_id)
            row.exit_routes = _item_rows(ExitRouteRow, plan.routes)
            row.exit_notice_months = plan.notice_months

    def printable(self, application_id: int) -> PrintableApplication:
        """Everything the printed application shows, loaded at once into plain objects."""
        answers = self.answers(application_id)
        return PrintableApplication(
            summary=self.application(application_id),
            profile=self.profile() or Profile(),
            answers=tuple(
                QuestionAnswer(question, answers.get(question.key, Answer(question.key)))
                for question in COMMON_QUESTIONS
            ),
            budget=self.budget(application_id),
            match=self.match_funding(application_id),
            plan=self.plan(application_id),
            exit=self.exit_plan(application_id),
        )

    # Answers

    def answers(self, application_id: int) -> dict[str, Answer]:
        with self._session() as session:
            self._row(session, application_id)
            rows = session.scalars(
                select(AnswerRow).where(AnswerRow.application_id == application_id)
            )
            return {row.question_key: _answer_from(row) for row in rows}

    def save_answer(self, application_id: int, question_key: str, text: str) -> None:
        with self._session() as session:
            row = self._answer_row(session, application_id, question_key)
            row.text = text

    def save_answer_limit(
        self, application_id: int, question_key: str, limit: Limit | None
    ) -> None:
        """Set this application's own limit for a question; None goes back to the usual one."""
        with self._session() as session:
            row = self._answer_row(session, application_id, question_key)
            row.limit_maximum = limit.maximum if limit else None
            row.limit_minimum = limit.minimum if limit else None
            row.limit_unit = limit.unit.value if limit else None

    def _answer_row(self, session: Session, application_id: int, question_key: str) -> AnswerRow:
        """The answer row to change, created if new; the application's saved time moves on."""
        now = self._now()
        self._row(session, application_id).updated_at = now
        row = session.get(AnswerRow, (application_id, question_key))
        if row is None:
            row = AnswerRow(application_id=application_id, question_key=question_key, text="")
            session.add(row)
        row.updated_at = now
        return row

    def _changed_row(self, session: Session, application_id: int) -> ApplicationRow:
        """The application's row, its last-saved time moved on for the change being made."""
        row = self._row(session, application_id)
        row.updated_at = self._now()
        return row

    @staticmethod
    def _row(session: Session, application_id: int) -> ApplicationRow:
        row = session.get(ApplicationRow, application_id)
        if row is None:
            raise StoreError(NO_SUCH_APPLICATION.format(id=application_id))
        return row


def _profile_from(row: OrganisationRow) -> Profile:
    return Profile(
        name=row.name,
        kind=OrganisationKind(row.kind) if row.kind else None,
        charity_number=row.charity_number,
        company_number=row.company_number,
        address=row.address,
        contact_name=row.contact_name,
        contact_role=row.contact_role,
        contact_email=row.contact_email,
        contact_phone=row.contact_phone,
        activities=row.activities,
        year_founded=row.year_founded,
        volunteers=row.volunteers,
        paid_staff=row.paid_staff,
        last_year_income_pence=row.last_year_income_pence,
        has_bank_account=row.has_bank_account,
    )


def _details_from(row: ApplicationRow) -> ApplicationDetails:
    return ApplicationDetails(**{name: getattr(row, name) for name in DETAIL_FIELDS})


def _items_from(rows: list, item_class: type) -> tuple:
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


def _item_rows(row_class: type, items: tuple) -> list:
    return [
        row_class(
            position=position,
            **{
                name: value.value if isinstance(value, Enum) else value
                for name, value in (
                    (field.name, getattr(item, field.name)) for field in fields(item)
                )
            },
        )
        for position, item in enumerate(items)
    ]


ITEM_LISTS = (
    ("budget_lines", BudgetLineRow, BudgetLine),
    ("match_funding", MatchFundingRow, MatchFunding),
    ("needs", NeedRow, Need),
    ("plan_inputs", PlanInputRow, PlanInput),
    ("plan_outputs", PlanOutputRow, PlanOutput),
    ("outcomes", OutcomeRow, Outcome),
    ("exit_routes", ExitRouteRow, ExitRoute),
)
"""Each ordered list an application owns: its relationship, row class and domain class."""


def _summary_from(row: ApplicationRow) -> ApplicationSummary:
    return ApplicationSummary(
        id=row.id,
        details=_details_from(row),
        status=ApplicationStatus(row.status),
        created_at=_aware(row.created_at),
        saved_at=_aware(row.updated_at),
    )


def _answer_from(row: AnswerRow) -> Answer:
    limit = None
    if row.limit_maximum is not None and row.limit_unit is not None:
        limit = Limit(row.limit_maximum, LimitUnit(row.limit_unit), row.limit_minimum)
    return Answer(row.question_key, row.text, limit)
