"""Earlier versions of answers: kept as typing goes on (at most every few minutes) and before
any change made in one go, listed newest first, and thinned to the most recent few hundred."""

from sqlalchemy import delete, select

from grantdesk.domain.revisions import MOST_KEPT, AnswerRevision, RevisionReason, due
from grantdesk.store.models import AnswerRevisionRow, AnswerRow
from grantdesk.store.unit_of_work import Transactions, UnitOfWork, aware


class RevisionsStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def of_answer(self, application_id: int, question_key: str) -> list[AnswerRevision]:
        """The answer's earlier versions, newest first."""
        with self._transactions.begin() as unit:
            unit.application(application_id)
            rows = unit.session.scalars(
                _versions(application_id, question_key).order_by(
                    AnswerRevisionRow.saved_at.desc(), AnswerRevisionRow.id.desc()
                )
            )
            return [
                AnswerRevision(
                    row.question_key, row.text, aware(row.saved_at), RevisionReason(row.reason)
                )
                for row in rows
            ]

    def keep(self, application_id: int, question_key: str, reason: RevisionReason) -> None:
        """Keep the answer as it is saved now, before a change made in one go."""
        with self._transactions.write() as unit:
            unit.application(application_id)
            answer = unit.session.get(AnswerRow, (application_id, question_key))
            if answer is not None:
                _keep(unit, answer, reason)


def keep_while_typing(unit: UnitOfWork, answer: AnswerRow, new_text: str) -> None:
    """Before an answer's text changes: keep it as it was, if the last version kept is more
    than a few minutes old (so steady typing leaves a trail of versions, not thousands)."""
    if answer.text == new_text:
        return
    newest = _newest(unit, answer)
    if newest is None or due(aware(newest.saved_at), aware(unit.now())):
        _keep(unit, answer, RevisionReason.TYPING, newest)


def _keep(
    unit: UnitOfWork,
    answer: AnswerRow,
    reason: RevisionReason,
    newest: AnswerRevisionRow | None = None,
) -> None:
    newest = newest or _newest(unit, answer)
    if not answer.text.strip() or (newest is not None and newest.text == answer.text):
        return
    unit.session.add(
        AnswerRevisionRow(
            application_id=answer.application_id,
            question_key=answer.question_key,
            text=answer.text,
            saved_at=unit.now(),
            reason=reason.value,
        )
    )
    unit.session.flush()
    beyond = (
        _versions(answer.application_id, answer.question_key)
        .with_only_columns(AnswerRevisionRow.id)
        .order_by(AnswerRevisionRow.saved_at.desc(), AnswerRevisionRow.id.desc())
        .offset(MOST_KEPT)
    )
    unit.session.execute(delete(AnswerRevisionRow).where(AnswerRevisionRow.id.in_(beyond)))


def _newest(unit: UnitOfWork, answer: AnswerRow) -> AnswerRevisionRow | None:
    return unit.session.scalars(
        _versions(answer.application_id, answer.question_key)
        .order_by(AnswerRevisionRow.saved_at.desc(), AnswerRevisionRow.id.desc())
        .limit(1)
    ).first()


def _versions(application_id: int, question_key: str):
    return select(AnswerRevisionRow).where(
        AnswerRevisionRow.application_id == application_id,
        AnswerRevisionRow.question_key == question_key,
    )
