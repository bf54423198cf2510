"""The commands the screens and the command line use; plain objects in, plain objects out.

Each command is one short transaction, so a save is on disk (not just in memory) when it
returns.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
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
    display_title,
)
from grantdesk.domain.budget import Budget, BudgetLine, MatchFunding
from grantdesk.domain.decision import Decision, ReportDue, Upcoming
from grantdesk.domain.exit import ExitPlan, ExitRoute
from grantdesk.domain.funders import (
    BudgetRules,
    Eligibility,
    Funder,
    FunderQuestion,
    PastGrant,
    answers_for_form,
    form_questions,
)
from grantdesk.domain.organisation import OrganisationKind, Profile
from grantdesk.domain.plan import Need, Outcome, Plan, PlanInput, PlanOutput
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer
from grantdesk.domain.questions import Question
from grantdesk.domain.wordcount import Limit, LimitUnit, WordRule
from grantdesk.store.database import plain_errors, search_answers
from grantdesk.store.errors import StoreError
from grantdesk.store.models import (
    AnswerRow,
    ApplicationRow,
    BudgetLineRow,
    ExitRouteRow,
    FunderQuestionRow,
    FunderRow,
    MatchFundingRow,
    NeedRow,
    OrganisationRow,
    OutcomeRow,
    PlanInputRow,
    PlanOutputRow,
    ReportDueRow,
)

Clock = Callable[[], datetime]

PROFILE_ID = 1
DETAIL_FIELDS = tuple(field.name for field in fields(ApplicationDetails))
NO_SUCH_FUNDER = "That funder is no longer in GrantDesk. Please choose another."
DECISION_FIELDS = tuple(field.name for field in fields(Decision))
NO_SUCH_APPLICATION = (
    "There is no application number {id}. Type 'grantdesk list' to see the applications."
)


@dataclass(frozen=True)
class SearchHit:
    application_id: int
    application_title: str
    question_key: str
    question_title: str
    snippet: str
    text: str


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
        # Plain columns rather than whole rows: the home screen lists every application.
        with self._session() as session:
            rows = session.execute(
                select(*SUMMARY_COLUMNS)
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
                funder_id=original.funder_id,
                priorities_addressed=original.priorities_addressed,
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
                if name != "reports":
                    items = _items_from(getattr(original, name), item_class)
                    setattr(copy, name, _item_rows(row_class, items))
            session.add(copy)
            session.flush()
            return copy.id

    def copy_for_funder(self, application_id: int, funder_id: int | None) -> int:
        """A copy that follows another funder's form (or the common questions), each answer
        moved to the question that asks the same thing. The original is not touched."""
        copy_id = self.copy_application(application_id)
        self.set_funder(copy_id, funder_id)
        with self._session() as session:
            row = self._row(session, copy_id)
            on_form = {
                question.key for question in form_questions(self._funder_of(session, funder_id))
            }
            row.answers = [answer for answer in row.answers if answer.question_key in on_form]
            row.priorities_addressed = ""
        return copy_id

    def set_funder(self, application_id: int, funder_id: int | None) -> None:
        """Follow this funder's form from now on (its name and fund fill the details).

        What was written moves onto the new form's questions by what they ask; answers already
        on the new form are left as they are, and nothing on the old form is removed, so
        switching back finds everything again.
        """
        with self._session() as session:
            row = self._changed_row(session, application_id)
            funder = self._funder_of(session, funder_id)
            if funder_id is not None and funder is None:
                raise StoreError(NO_SUCH_FUNDER)
            old_form = form_questions(self._funder_of(session, row.funder_id))
            texts = {answer.question_key: answer.text for answer in row.answers}
            moved = answers_for_form(texts, old_form, form_questions(funder))
            for key, text in moved.items():
                if not texts.get(key, "").strip():
                    self._answer_row(session, application_id, key).text = text
            row.funder_id = funder_id
            if funder is not None:
                row.funder, row.fund = funder.name, funder.fund
                row.funder_minimum_pence = funder.minimum_pence
                row.funder_maximum_pence = funder.maximum_pence
                row.closing_date = funder.closes or row.closing_date

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

    # Funders

    def funders(self) -> list[Funder]:
        with self._session() as session:
            rows = session.scalars(
                select(FunderRow).where(FunderRow.deleted_at.is_(None)).order_by(FunderRow.name)
            )
            return [_funder_from(row) for row in rows]

    def funder(self, funder_id: int) -> Funder:
        with self._session() as session:
            funder = self._funder_of(session, funder_id)
            if funder is None:
                raise StoreError(NO_SUCH_FUNDER)
            return funder

    def has_ever_had_funders(self) -> bool:
        with self._session() as session:
            return session.scalar(select(FunderRow.id).limit(1)) is not None

    def save_funder(self, funder: Funder) -> int:
        """Add a funder (when it has no id) or replace one; returns its id."""
        with self._session() as session:
            row = FunderRow() if funder.id is None else session.get(FunderRow, funder.id)
            if row is None:
                raise StoreError(NO_SUCH_FUNDER)
            _fill_funder_row(row, funder)
            session.add(row)
            session.flush()
            return row.id

    def remove_funder(self, funder_id: int) -> None:
        """Hide a funder; applications written for it keep their answers."""
        with self._session() as session:
            row = session.get(FunderRow, funder_id)
            if row is None:
                raise StoreError(NO_SUCH_FUNDER)
            row.deleted_at = self._now()

    @staticmethod
    def _funder_of(session: Session, funder_id: int | None) -> Funder | None:
        row = session.get(FunderRow, funder_id) if funder_id is not None else None
        return None if row is None else _funder_from(row)

    def form(self, application_id: int) -> tuple[Question, ...]:
        """The questions this application answers: its funder's form, or the common ones."""
        with self._session() as session:
            row = self._row(session, application_id)
            return form_questions(self._funder_of(session, row.funder_id))

    def priorities_addressed(self, application_id: int) -> tuple[str, ...]:
        with self._session() as session:
            text = self._row(session, application_id).priorities_addressed
            return tuple(line for line in text.split("\n") if line)

    def save_priorities_addressed(self, application_id: int, ticked: tuple[str, ...]) -> None:
        with self._session() as session:
            self._changed_row(session, application_id).priorities_addressed = "\n".join(ticked)

    # After the decision

    def set_status(self, application_id: int, status: ApplicationStatus) -> None:
        with self._session() as session:
            self._changed_row(session, application_id).status = status.value

    def decision(self, application_id: int) -> Decision:
        with self._session() as session:
            row = self._row(session, application_id)
            return Decision(**{name: getattr(row, name) for name in DECISION_FIELDS})

    def save_decision(self, application_id: int, decision: Decision) -> None:
        with self._session() as session:
            row = self._changed_row(session, application_id)
            for name in DECISION_FIELDS:
                setattr(row, name, getattr(decision, name))

    def reports(self, application_id: int) -> tuple[ReportDue, ...]:
        with self._session() as session:
            return _items_from(self._row(session, application_id).reports, ReportDue)

    def save_reports(self, application_id: int, reports: tuple[ReportDue, ...]) -> None:
        with self._session() as session:
            self._changed_row(session, application_id).reports = _item_rows(ReportDueRow, reports)

    def upcoming(self) -> list[Upcoming]:
        """Applications not in the bin with a closing date or reports, for the reminders."""
        with self._session() as session:
            reports: dict[int, list[ReportDue]] = {}
            for row in session.execute(
                select(
                    ReportDueRow.application_id,
                    ReportDueRow.what,
                    ReportDueRow.due,
                    ReportDueRow.done,
                ).order_by(ReportDueRow.position)
            ):
                reports.setdefault(row.application_id, []).append(
                    ReportDue(row.what, row.due, row.done)
                )
            rows = session.execute(
                select(
                    ApplicationRow.id,
                    ApplicationRow.title,
                    ApplicationRow.funder,
                    ApplicationRow.fund,
                    ApplicationRow.status,
                    ApplicationRow.closing_date,
                )
                .where(ApplicationRow.deleted_at.is_(None))
                .where(ApplicationRow.closing_date.is_not(None) | ApplicationRow.id.in_(reports))
            )
            return [
                Upcoming(
                    application_id=row.id,
                    title=display_title(row.title),
                    funder=row.funder or row.fund,
                    status=ApplicationStatus(row.status),
                    closing_date=row.closing_date,
                    reports=tuple(reports.get(row.id, ())),
                )
                for row in rows
            ]

    def history_with(self, funder_id: int, leaving_out: int) -> list[PastGrant]:
        """The group's earlier applications to this funder, for its eligibility rules."""
        with self._session() as session:
            rows = session.scalars(
                select(ApplicationRow).where(
                    ApplicationRow.funder_id == funder_id,
                    ApplicationRow.id != leaving_out,
                    ApplicationRow.deleted_at.is_(None),
                )
            )
            history = []
            for row in rows:
                outstanding = [report for report in row.reports if not report.done]
                dues = [report.due for report in outstanding if report.due]
                history.append(
                    PastGrant(
                        title=display_title(row.title),
                        successful=row.status == ApplicationStatus.SUCCESSFUL.value,
                        reports_outstanding=len(outstanding),
                        final_report_due=max(dues) if dues else None,
                    )
                )
            return history

    def last_feedback_from(self, funder_id: int, leaving_out: int) -> Decision | None:
        """What this funder said the last time it turned the group down, if it did."""
        with self._session() as session:
            row = session.scalars(
                select(ApplicationRow)
                .where(
                    ApplicationRow.funder_id == funder_id,
                    ApplicationRow.id != leaving_out,
                    ApplicationRow.status == ApplicationStatus.UNSUCCESSFUL.value,
                )
                .order_by(ApplicationRow.updated_at.desc())
                .limit(1)
            ).first()
            if row is None or not (row.feedback.strip() or row.lessons.strip()):
                return None
            return Decision(**{name: getattr(row, name) for name in DECISION_FIELDS})

    # Search

    def search(self, words: str, limit: int = 50) -> list[SearchHit]:
        """Everything written before that contains these words, best matches first."""
        with plain_errors():
            rows = search_answers(self.engine, words, limit)
        forms: dict[int | None, dict[str, Question]] = {}
        hits = []
        for application_id, title, funder_id, key, snippet, text in rows:
            if funder_id not in forms:
                funder = self.funder(funder_id) if funder_id is not None else None
                forms[funder_id] = {q.key: q for q in form_questions(funder)}
            question = forms[funder_id].get(key)
            hits.append(
                SearchHit(
                    application_id=application_id,
                    application_title=display_title(title),
                    question_key=key,
                    question_title=(
                        f"{question.number}. {question.short_title}" if question else ""
                    ),
                    snippet=snippet,
                    text=text,
                )
            )
        return hits

    def printable(self, application_id: int) -> PrintableApplication:
        """Everything the printed application shows, loaded at once into plain objects."""
        answers = self.answers(application_id)
        summary = self.application(application_id)
        return PrintableApplication(
            summary=summary,
            profile=self.profile() or Profile(),
            answers=tuple(
                QuestionAnswer(question, answers.get(question.key, Answer(question.key)))
                for question in self.form(application_id)
            ),
            budget=self.budget(application_id),
            match=self.match_funding(application_id),
            plan=self.plan(application_id),
            exit=self.exit_plan(application_id),
            funder=self.funder(summary.funder_id) if summary.funder_id else None,
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


def _summary_from(row) -> ApplicationSummary:
    """From a whole application row or the SUMMARY_COLUMNS of one."""
    return ApplicationSummary(
        id=row.id,
        details=_details_from(row),
        status=ApplicationStatus(row.status),
        created_at=_aware(row.created_at),
        saved_at=_aware(row.updated_at),
        funder_id=row.funder_id,
    )


def _answer_from(row: AnswerRow) -> Answer:
    limit = None
    if row.limit_maximum is not None and row.limit_unit is not None:
        limit = Limit(row.limit_maximum, LimitUnit(row.limit_unit), row.limit_minimum)
    return Answer(row.question_key, row.text, limit)


def _funder_from(row: FunderRow) -> Funder:
    return Funder(
        id=row.id,
        name=row.name,
        fund=row.fund,
        funds_what=row.funds_what,
        priorities=tuple(line for line in row.priorities.split("\n") if line.strip()),
        minimum_pence=row.minimum_pence,
        maximum_pence=row.maximum_pence,
        opens=row.opens,
        closes=row.closes,
        contact=row.contact,
        notes=row.notes,
        word_rule=WordRule(row.word_rule),
        questions=tuple(
            FunderQuestion(
                text=question.text,
                guidance=question.guidance,
                maximum=question.maximum,
                minimum=question.minimum,
                unit=LimitUnit(question.unit),
                covers=tuple(question.covers.split()),
                key=question.key,
            )
            for question in row.questions
        ),
        budget_rules=BudgetRules(**{name: getattr(row, name) for name in BUDGET_RULE_FIELDS}),
        eligibility=Eligibility(**{name: getattr(row, name) for name in ELIGIBILITY_FIELDS}),
    )


BUDGET_RULE_FIELDS = tuple(field.name for field in fields(BudgetRules))
ELIGIBILITY_FIELDS = tuple(field.name for field in fields(Eligibility))


def _fill_funder_row(row: FunderRow, funder: Funder) -> None:
    for name in (
        "name",
        "fund",
        "funds_what",
        "minimum_pence",
        "maximum_pence",
        "opens",
        "closes",
        "contact",
        "notes",
    ):
        setattr(row, name, getattr(funder, name))
    row.priorities = "\n".join(funder.priorities)
    row.word_rule = funder.word_rule.value
    for name in BUDGET_RULE_FIELDS:
        setattr(row, name, getattr(funder.budget_rules, name))
    for name in ELIGIBILITY_FIELDS:
        setattr(row, name, getattr(funder.eligibility, name))
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
        )
        for position, question in enumerate(funder.questions)
    ]
