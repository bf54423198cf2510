"""One application's plan and exit strategy, shared by the pages that show them.

Like MoneyState: every change is saved through the AutoSaver and announced once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from grantdesk.domain.exit import ExitPlan, exit_weaknesses
from grantdesk.domain.plan import Plan, Weakness, plan_weaknesses
from grantdesk.ui.autosave import AutoSaver, application_edit

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
        unsaved = saver.unsaved_values()
        self.plan: Plan = unsaved.get(("plan", application_id), store.plan.get(application_id))
        self.exit: ExitPlan = unsaved.get(
            ("exit", application_id), store.plan.exit_plan(application_id)
        )

    def set_plan(self, plan: Plan) -> None:
        base, self.plan = self.plan, plan
        self._schedule(self._store.plan.save, "plan", "the plan", base, plan)

    def set_exit(self, exit_plan: ExitPlan) -> None:
        base, self.exit = self.exit, exit_plan
        self._schedule(
            self._store.plan.save_exit_plan, "exit", "the exit strategy", base, exit_plan
        )

    def _schedule(self, command, kind: str, what: str, base, value) -> None:
        what = QCoreApplication.translate("Saving", what)
        self._saver.schedule(
            application_edit(command, kind, what, base, value, self._application_id)
        )
        self.changed.emit()

    @property
    def plan_weaknesses(self) -> list[Weakness]:
        return plan_weaknesses(self.plan) if not self.plan.is_empty else []

    @property
    def exit_weaknesses(self) -> list[Weakness]:
        return exit_weaknesses(self.exit)
