"""Applications: their details, the funder's form they follow, their answers, copies and the bin."""

from dataclasses import asdict

from sqlalchemy import func, select

from grantdesk.domain.application import (
    Answer,
    ApplicationDetails,
    ApplicationStatus,
    ApplicationSummary,
    copy_title,
)
from grantdesk.domain.funders import answers_for_form, form_questions
from grantdesk.domain.questions import Question, answered_count
from grantdesk.domain.wordcount import Limit
from grantdesk.store.edits import UNCHECKED, check_value, merge_fields
from grantdesk.store.errors import StoreError
from grantdesk.store.funders import NO_SUCH_FUNDER, funder_of, funders_by_id
from grantdesk.store.mapping import (
    ITEM_LISTS,
    SUMMARY_COLUMNS,
    answer_from,
    details_from,
    item_rows,
    items_from,
    summary_from,
)
from grantdesk.store.models import (
    AnswerRow,
    ApplicationRow,
    BudgetLineRow,
    ExitRouteRow,
    MatchFundingRow,
)
from grantdesk.store.revisions import keep_while_typing
from grantdesk.store.unit_of_work import Transactions, UnitOfWork

STRUCTURED_ROWS = {
    "budget": BudgetLineRow,
    "match_funding": MatchFundingRow,
    "exit_strategy": ExitRouteRow,
}
"""The structured parts that answer a common question, by the rows that hold them."""


class ApplicationsStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def summaries(self) -> list[ApplicationSummary]:
        """Every application not in the bin, most recently saved first."""
        return self._summaries(ApplicationRow.deleted_at.is_(None))

    def has_binned(self) -> bool:
        with self._transactions.begin() as unit:
            found = select(ApplicationRow.id).where(ApplicationRow.deleted_at.is_not(None))
            return unit.session.execute(found.limit(1)).first() is not None

    def binned(self) -> list[ApplicationSummary]:
        return self._summaries(ApplicationRow.deleted_at.is_not(None))

    def _summaries(self, condition) -> list[ApplicationSummary]:
        with self._transactions.begin() as unit:
            rows = unit.session.execute(
                select(*SUMMARY_COLUMNS)
                .where(condition)
                .order_by(ApplicationRow.updated_at.desc(), ApplicationRow.id.desc())
            )
            return [summary_from(row) for row in rows]

    def progress(self) -> dict[int, tuple[int, int]]:
        """For each application not in the bin: how many of its form's questions are answered,
        and how many it has."""
        with self._transactions.begin() as unit:
            session = unit.session
            followed = dict(
                session.execute(
                    select(ApplicationRow.id, ApplicationRow.funder_id).where(
                        ApplicationRow.deleted_at.is_(None)
                    )
                ).all()
            )
            answered: dict[int, set[str]] = {}
            for application_id, key in session.execute(
                select(AnswerRow.application_id, AnswerRow.question_key).where(
                    func.trim(AnswerRow.text) != ""
                )
            ):
                answered.setdefault(application_id, set()).add(key)
            structured: dict[int, set[str]] = {}
            for name, row_class in STRUCTURED_ROWS.items():
                for (application_id,) in session.execute(
                    select(row_class.application_id).distinct()
                ):
                    structured.setdefault(application_id, set()).add(name)
            funders = funders_by_id(unit, filter(None, followed.values()))
            forms = {
                funder_id: form_questions(funders.get(funder_id))
                for funder_id in set(followed.values())
            }
            return {
                application_id: (
                    answered_count(
                        forms[funder_id],
                        answered.get(application_id, set()),
                        structured.get(application_id, set()),
                    ),
                    len(forms[funder_id]),
                )
                for application_id, funder_id in followed.items()
            }

    def summary(self, application_id: int) -> ApplicationSummary:
        with self._transactions.begin() as unit:
            return summary_from(unit.application(application_id))

    def create(self, details: ApplicationDetails) -> int:
        with self._transactions.write() as unit:
            now = unit.now()
            row = ApplicationRow(
                **asdict(details),
                status=ApplicationStatus.DRAFT.value,
                created_at=now,
                updated_at=now,
            )
            unit.session.add(row)
            unit.session.flush()
            return row.id

    def save_details(
        self, application_id: int, details: ApplicationDetails, base=UNCHECKED
    ) -> None:
        """Save the details; `base` is what the editor read (see edits.py)."""
        with self._transactions.write() as unit:
            row = unit.changed_application(application_id)
            merged = merge_fields(details_from(row), base, details)
            for field, value in asdict(merged).items():
                setattr(row, field, value)

    def copy(self, application_id: int) -> int:
        """A new draft with the same details, answers, budget and plan; the original is not
        touched."""
        with self._transactions.write() as unit:
            now = unit.now()
            original = unit.application(application_id)
            copy = ApplicationRow(
                **asdict(details_from(original)),
                status=ApplicationStatus.DRAFT.value,
                created_at=now,
                updated_at=now,
                vat_recoverable=original.vat_recoverable,
                overhead_basis_points=original.overhead_basis_points,
                whole_project_cost_pence=original.whole_project_cost_pence,
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
                    items = items_from(getattr(original, name), item_class)
                    setattr(copy, name, item_rows(row_class, items))
            unit.session.add(copy)
            unit.session.flush()
            return copy.id

    def copy_for_funder(self, application_id: int, funder_id: int | None) -> int:
        """A copy that follows another funder's form (or the common questions), each answer
        moved to the question that asks the same thing. The original is not touched, and a
        failure part-way leaves no copy at all."""
        with self._transactions.write() as unit:
            copy_id = self.copy(application_id)
            self.set_funder(copy_id, funder_id)
            row = unit.application(copy_id)
            on_form = {question.key for question in form_questions(funder_of(unit, funder_id))}
            row.answers = [answer for answer in row.answers if answer.question_key in on_form]
            row.priorities_addressed = ""
            return copy_id

    def set_funder(self, application_id: int, funder_id: int | None) -> None:
        """Follow this funder's form from now on (its name and fund fill the details; its
        grant range is read from the funder itself, so a later change to it counts).

        What was written moves onto the new form's questions by what they ask; answers already
        on the new form are left as they are, and nothing on the old form is removed, so
        switching back finds everything again.
        """
        with self._transactions.write() as unit:
            row = unit.changed_application(application_id)
            funder = funder_of(unit, funder_id)
            if funder_id is not None and funder is None:
                raise StoreError(NO_SUCH_FUNDER)
            old_form = form_questions(funder_of(unit, row.funder_id))
            texts = {answer.question_key: answer.text for answer in row.answers}
            moved = answers_for_form(texts, old_form, form_questions(funder))
            for key, text in moved.items():
                if not texts.get(key, "").strip():
                    _answer_row(unit, application_id, key).text = text
            row.funder_id = funder_id
            if funder is not None:
                row.funder, row.fund = funder.name, funder.fund
                row.closing_date = funder.closes or row.closing_date

    def move_to_bin(self, application_id: int) -> None:
        with self._transactions.write() as unit:
            unit.application(application_id).deleted_at = unit.now()

    def restore_from_bin(self, application_id: int) -> None:
        with self._transactions.write() as unit:
            unit.application(application_id).deleted_at = None

    def form(self, application_id: int) -> tuple[Question, ...]:
        """The questions this application answers: its funder's form, or the common ones."""
        with self._transactions.begin() as unit:
            row = unit.application(application_id)
            return form_questions(funder_of(unit, row.funder_id))

    def answers(self, application_id: int) -> dict[str, Answer]:
        with self._transactions.begin() as unit:
            unit.application(application_id)
            rows = unit.session.scalars(
                select(AnswerRow).where(AnswerRow.application_id == application_id)
            )
            return {row.question_key: answer_from(row) for row in rows}

    def save_answer(
        self, application_id: int, question_key: str, text: str, base=UNCHECKED
    ) -> None:
        with self._transactions.write() as unit:
            answer = _answer_row(unit, application_id, question_key)
            check_value(answer.text, base, text)
            keep_while_typing(unit, answer, text)
            answer.text = text

    def save_answer_limit(
        self, application_id: int, question_key: str, limit: Limit | None, base=UNCHECKED
    ) -> None:
        """Set this application's own limit for a question; None goes back to the usual one."""
        with self._transactions.write() as unit:
            row = _answer_row(unit, application_id, question_key)
            check_value(answer_from(row).limit, base, limit)
            row.limit_maximum = limit.maximum if limit else None
            row.limit_minimum = limit.minimum if limit else None
            row.limit_unit = limit.unit.value if limit else None

    def priorities_addressed(self, application_id: int) -> tuple[str, ...]:
        return self._ticked(application_id, "priorities_addressed")

    def save_priorities_addressed(
        self, application_id: int, ticked: tuple[str, ...], base=UNCHECKED
    ) -> None:
        self._tick(application_id, "priorities_addressed", ticked, base)

    def requirements_done(self, application_id: int) -> tuple[str, ...]:
        """The keys of the funder's requirements the group has ticked as done."""
        return self._ticked(application_id, "requirements_done")

    def save_requirements_done(
        self, application_id: int, done: tuple[str, ...], base=UNCHECKED
    ) -> None:
        self._tick(application_id, "requirements_done", done, base)

    def _ticked(self, application_id: int, column: str) -> tuple[str, ...]:
        """What is ticked in one of an application's checklists, kept one a line."""
        with self._transactions.begin() as unit:
            return _lines(getattr(unit.application(application_id), column))

    def _tick(self, application_id: int, column: str, ticked: tuple[str, ...], base) -> None:
        with self._transactions.write() as unit:
            row = unit.changed_application(application_id)
            check_value(_lines(getattr(row, column)), base, ticked)
            setattr(row, column, "\n".join(ticked))


def _answer_row(unit: UnitOfWork, application_id: int, question_key: str) -> AnswerRow:
    """The answer row to change, created if new; the application's saved time moves on."""
    row = unit.changed_application(application_id)
    answer = unit.session.get(AnswerRow, (application_id, question_key))
    if answer is None:
        answer = AnswerRow(application_id=application_id, question_key=question_key, text="")
        unit.session.add(answer)
    answer.updated_at = row.updated_at
    return answer


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line)
