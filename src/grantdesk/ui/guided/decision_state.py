"""After the decision: the application's status, the funder's answer and the reports due."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from grantdesk.domain.application import ApplicationStatus
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.ui.autosave import AutoSaver, application_edit

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class DecisionState:
    def __init__(self, store: Store, saver: AutoSaver, application_id: int):
        self._store = store
        self.saver = saver
        self.application_id = application_id
        with store.transaction():
            status = store.applications.summary(application_id).status
            decision = store.decisions.decision(application_id)
            reports = store.decisions.reports(application_id)
        unsaved = saver.unsaved_values()
        self.status: ApplicationStatus = unsaved.get(("status", application_id), status)
        self.decision: Decision = unsaved.get(("decision", application_id), decision)
        self.reports: tuple[ReportDue, ...] = unsaved.get(("reports", application_id), reports)

    def set_status(self, status: ApplicationStatus) -> None:
        base, self.status = self.status, status
        self._schedule(
            "status", "the application’s status", base, status, self._store.decisions.set_status
        )

    def set_decision(self, decision: Decision) -> None:
        base, self.decision = self.decision, decision
        self._schedule(
            "decision",
            "what the funder decided",
            base,
            decision,
            self._store.decisions.save_decision,
        )

    def set_reports(self, reports: tuple[ReportDue, ...]) -> None:
        base, self.reports = self.reports, reports
        self._schedule(
            "reports", "the reports due", base, reports, self._store.decisions.save_reports
        )

    def _schedule(
        self, kind: str, what: str, base: Any, value: Any, command: Callable[..., None]
    ) -> None:
        what = QCoreApplication.translate("Saving", what)
        self.saver.schedule(application_edit(command, kind, what, base, value, self.application_id))
