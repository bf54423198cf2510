"""One application's plan and exit strategy, shared by the pages that show them.

Like MoneyState: every change is saved through the AutoSaver and announced once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from grantdesk.domain.exit import ExitPlan, exit_weaknesses
from grantdesk.domain.plan import Plan, Weakness, plan_weaknesses
from grantdesk.ui.autosave import AutoSaver

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class PlanState(QObject):
    changed = Signal()

    def __init__(
        self, store: Store, saver: AutoSaver, application_id: int, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._application_id = application_id
        self._store = store
        self._saver = saver
        self.plan = store.plan.get(application_id)
        self.exit = store.plan.exit_plan(application_id)

    def set_plan(self, plan: Plan) -> None:
        self.plan = plan
        application_id = self._application_id
        self._saver.schedule(
            ("plan", application_id), lambda: self._store.plan.save(application_id, plan)
        )
        self.changed.emit()

    def set_exit(self, exit_plan: ExitPlan) -> None:
        self.exit = exit_plan
        application_id = self._application_id
        self._saver.schedule(
            ("exit", application_id),
            lambda: self._store.plan.save_exit_plan(application_id, exit_plan),
        )
        self.changed.emit()

    @property
    def plan_weaknesses(self) -> list[Weakness]:
        return plan_weaknesses(self.plan) if not self.plan.is_empty else []

    @property
    def exit_weaknesses(self) -> list[Weakness]:
        return exit_weaknesses(self.exit)
