"""An application's project plan (needs, inputs, outputs, outcomes) and its exit strategy."""

from grantdesk.domain.exit import ExitPlan, ExitRoute
from grantdesk.domain.plan import Need, Outcome, Plan, PlanInput, PlanOutput
from grantdesk.store.mapping import item_rows, items_from
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

    def save(self, application_id: int, plan: Plan) -> None:
        with self._transactions.begin() as unit:
            row = unit.changed_application(application_id)
            row.needs = item_rows(NeedRow, plan.needs)
            row.plan_inputs = item_rows(PlanInputRow, plan.inputs)
            row.plan_outputs = item_rows(PlanOutputRow, plan.outputs)
            row.outcomes = item_rows(OutcomeRow, plan.outcomes)

    def exit_plan(self, application_id: int) -> ExitPlan:
        with self._transactions.begin() as unit:
            row = unit.application(application_id)
            return ExitPlan(items_from(row.exit_routes, ExitRoute), row.exit_notice_months)

    def save_exit_plan(self, application_id: int, plan: ExitPlan) -> None:
        with self._transactions.begin() as unit:
            row = unit.changed_application(application_id)
            row.exit_routes = item_rows(ExitRouteRow, plan.routes)
            row.exit_notice_months = plan.notice_months
