"""An application's project plan (needs, inputs, outputs, outcomes) and its exit strategy."""

from grantdesk.domain.exit import ExitPlan, ExitRoute
from grantdesk.domain.plan import Need, Outcome, Plan, PlanInput, PlanOutput
from grantdesk.store.edits import UNCHECKED, check_value, part_of, save_items, theirs_whole
from grantdesk.store.mapping import items_from
from grantdesk.store.models import ExitRouteRow, NeedRow, OutcomeRow, PlanInputRow, PlanOutputRow
from grantdesk.store.unit_of_work import Transactions


class PlanStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def get(self, application_id: int) -> Plan:
        with self._transactions.begin() as unit:
            row = unit.application(application_id)
            return Plan(
                needs=items_from(row.needs, Need),
                inputs=items_from(row.plan_inputs, PlanInput),
                outputs=items_from(row.plan_outputs, PlanOutput),
                outcomes=items_from(row.outcomes, Outcome),
            )

    def save(self, application_id: int, plan: Plan, base=UNCHECKED) -> None:
        """Save the plan, writing only the lines that differ from `base` (see edits.py)."""
        with self._transactions.write() as unit:
            unit.touch_application(application_id)
            with theirs_whole(lambda: self.get(application_id)):
                for name, row_class, item_class in (
                    ("needs", NeedRow, Need),
                    ("inputs", PlanInputRow, PlanInput),
                    ("outputs", PlanOutputRow, PlanOutput),
                    ("outcomes", OutcomeRow, Outcome),
                ):
                    save_items(
                        unit,
                        application_id,
                        row_class,
                        item_class,
                        getattr(plan, name),
                        part_of(base, name),
                    )

    def exit_plan(self, application_id: int) -> ExitPlan:
        with self._transactions.begin() as unit:
            row = unit.application(application_id)
            return ExitPlan(items_from(row.exit_routes, ExitRoute), row.exit_notice_months)

    def save_exit_plan(self, application_id: int, plan: ExitPlan, base=UNCHECKED) -> None:
        with self._transactions.write() as unit:
            row = unit.changed_application(application_id)
            with theirs_whole(lambda: self.exit_plan(application_id)):
                check_value(
                    row.exit_notice_months, part_of(base, "notice_months"), plan.notice_months
                )
                save_items(
                    unit,
                    application_id,
                    ExitRouteRow,
                    ExitRoute,
                    plan.routes,
                    part_of(base, "routes"),
                )
            row.exit_notice_months = plan.notice_months
