"""Funders and their forms, and what the group's history with a funder says."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from grantdesk.domain.application import ApplicationStatus, display_title
from grantdesk.domain.decision import Decision
from grantdesk.domain.funders import Funder, FunderName, PastGrant
from grantdesk.store.edits import UNCHECKED, merge_fields
from grantdesk.store.errors import StoreError
from grantdesk.store.mapping import decision_from, fill_funder_row, funder_from
from grantdesk.store.models import ApplicationRow, FunderRow
from grantdesk.store.unit_of_work import Transactions, UnitOfWork

NO_SUCH_FUNDER = "That funder is no longer in GrantDesk. Please choose another."


WITH_FORMS = (selectinload(FunderRow.questions), selectinload(FunderRow.requirements))
"""Funders' questions and requirements read with them: a query for each kind, however many
funders, rather than two for each funder."""


def funder_of(unit: UnitOfWork, funder_id: int | None) -> Funder | None:
    row = (
        unit.session.get(FunderRow, funder_id, options=WITH_FORMS)
        if funder_id is not None
        else None
    )
    return None if row is None else funder_from(row)


def funders_by_id(unit: UnitOfWork, funder_ids: Iterable[int]) -> dict[int, Funder]:
    """These funders (removed or not), with their forms, in three queries."""
    rows = unit.session.scalars(
        select(FunderRow).where(FunderRow.id.in_(set(funder_ids))).options(*WITH_FORMS)
    )
    return {row.id: funder_from(row) for row in rows}


class FundersStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def all(self) -> list[Funder]:
        """Every funder not removed, by name."""
        with self._transactions.begin() as unit:
            rows = unit.session.scalars(
                select(FunderRow)
                .where(FunderRow.deleted_at.is_(None))
                .order_by(FunderRow.name)
                .options(*WITH_FORMS)
            )
            return [funder_from(row) for row in rows]

    def names(self) -> list[FunderName]:
        """Every funder not removed, by name: only what a list of them shows, in one query."""
        with self._transactions.begin() as unit:
            rows = unit.session.execute(
                select(FunderRow.id, FunderRow.name, FunderRow.fund)
                .where(FunderRow.deleted_at.is_(None))
                .order_by(FunderRow.name)
            )
            return [FunderName(id, name, fund) for id, name, fund in rows]

    def get(self, funder_id: int) -> Funder:
        with self._transactions.begin() as unit:
            funder = funder_of(unit, funder_id)
            if funder is None:
                raise StoreError(NO_SUCH_FUNDER)
            return funder

    def has_ever_had_any(self) -> bool:
        with self._transactions.begin() as unit:
            return unit.session.scalar(select(FunderRow.id).limit(1)) is not None

    def save(self, funder: Funder, base=UNCHECKED) -> int:
        """Add a funder (when it has no id) or change one; returns its id. `base` is what the
        editor read (see edits.py)."""
        with self._transactions.write() as unit:
            row = FunderRow() if funder.id is None else unit.session.get(FunderRow, funder.id)
            if row is None:
                raise StoreError(NO_SUCH_FUNDER)
            if funder.id is not None:
                funder = merge_fields(funder_from(row), base, funder)
            fill_funder_row(row, funder)
            unit.session.add(row)
            unit.session.flush()
            return row.id

    def remove(self, funder_id: int) -> None:
        """Hide a funder; applications written for it keep their answers."""
        with self._transactions.write() as unit:
            row = unit.session.get(FunderRow, funder_id)
            if row is None:
                raise StoreError(NO_SUCH_FUNDER)
            row.deleted_at = unit.now()

    def history_with(self, funder_id: int, leaving_out: int) -> list[PastGrant]:
        """The group's earlier applications to this funder, for its eligibility rules."""
        with self._transactions.begin() as unit:
            rows = unit.session.scalars(
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
        with self._transactions.begin() as unit:
            row = unit.session.scalars(
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
            return decision_from(row)
