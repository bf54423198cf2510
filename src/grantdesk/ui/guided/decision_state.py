"""After the decision: the application's status, the funder's answer and the reports due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantdesk.domain.application import ApplicationStatus
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.ui.autosave import AutoSaver

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class DecisionState:
    def __init__(self, store: Store, saver: AutoSaver, application_id: int):
        self._store = store
        self.saver = saver
        self.application_id = application_id
        with store.transaction():
            self.status = store.applications.summary(application_id).status
            self.decision = store.decisions.decision(application_id)
            self.reports = store.decisions.reports(application_id)

    def set_status(self, status: ApplicationStatus) -> None:
        self.status = status
        application_id = self.application_id
        self.saver.schedule(
            ("status", application_id),
            lambda: self._store.decisions.set_status(application_id, status),
        )

    def set_decision(self, decision: Decision) -> None:
        self.decision = decision
        application_id = self.application_id
        self.saver.schedule(
            ("decision", application_id),
            lambda: self._store.decisions.save_decision(application_id, decision),
        )

    def set_reports(self, reports: tuple[ReportDue, ...]) -> None:
        self.reports = reports
        application_id = self.application_id
        self.saver.schedule(
            ("reports", application_id),
            lambda: self._store.decisions.save_reports(application_id, reports),
        )
