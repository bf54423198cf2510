"""After the decision: status, the funder's answer, the reports due, and what is coming up."""

from sqlalchemy import select

from grantdesk.domain.application import ApplicationStatus
from grantdesk.domain.decision import Decision, ReportDue, Upcoming, upcoming_of
from grantdesk.store.edits import UNCHECKED, check_value, merge_fields, save_items
from grantdesk.store.mapping import (
    DECISION_FIELDS,
    SUMMARY_COLUMNS,
    decision_from,
    items_from,
    summary_from,
)
from grantdesk.store.models import ApplicationRow, ReportDueRow
from grantdesk.store.unit_of_work import Transactions


class DecisionsStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def set_status(self, application_id: int, status: ApplicationStatus, base=UNCHECKED) -> None:
        with self._transactions.write() as unit:
            row = unit.changed_application(application_id)
            check_value(ApplicationStatus(row.status), base, status)
            row.status = status.value

    def decision(self, application_id: int) -> Decision:
        with self._transactions.begin() as unit:
            return decision_from(unit.application(application_id))

    def save_decision(self, application_id: int, decision: Decision, base=UNCHECKED) -> None:
        with self._transactions.write() as unit:
            row = unit.changed_application(application_id)
            merged = merge_fields(decision_from(row), base, decision)
            for name in DECISION_FIELDS:
                setattr(row, name, getattr(merged, name))

    def reports(self, application_id: int) -> tuple[ReportDue, ...]:
        with self._transactions.begin() as unit:
            return items_from(unit.application(application_id).reports, ReportDue)

    def save_reports(
        self, application_id: int, reports: tuple[ReportDue, ...], base=UNCHECKED
    ) -> None:
        with self._transactions.write() as unit:
            unit.touch_application(application_id)
            save_items(unit, application_id, ReportDueRow, ReportDue, reports, base)

    def upcoming(self) -> list[Upcoming]:
        """Applications not in the bin with a closing date or reports, for the reminders."""
        with self._transactions.begin() as unit:
            reports: dict[int, list[ReportDue]] = {}
            for row in unit.session.execute(
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
            rows = unit.session.execute(
                select(*SUMMARY_COLUMNS)
                .where(ApplicationRow.deleted_at.is_(None))
                .where(ApplicationRow.closing_date.is_not(None) | ApplicationRow.id.in_(reports))
            )
            return upcoming_of((summary_from(row) for row in rows), reports)
