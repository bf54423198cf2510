import shutil
from datetime import date
from pathlib import Path

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget
from grantdesk.domain.exit import ExitPlan, ExitRoute, ExitRouteKind
from grantdesk.domain.plan import (
    Direction,
    InputKind,
    Need,
    Outcome,
    Plan,
    PlanInput,
    PlanOutput,
)
from grantdesk.store.database import (
    BACKUP_FOLDER,
    DATABASE_FILE,
    SCHEMA_REVISION,
    integrity_problems,
    open_database,
    schema_revision,
)
from grantdesk.store.repository import Store

FIXTURES = Path(__file__).with_name("fixtures")

PLAN = Plan(
    needs=(
        Need(
            "Anti-social behaviour – Friday nights",
            "young people 11–17 ŵ",
            63,
            "reports of anti-social behaviour",
            "Rising for two years",
            "Police figures 2026",
            key="safety",
        ),
        Need(key="empty"),
    ),
    inputs=(
        PlanInput("Youth worker time", InputKind.STAFF_TIME, "Sessional workers"),
        PlanInput("Hall 😀", InputKind.PREMISES_AND_EQUIPMENT),
    ),
    outputs=(PlanOutput(40, "Friday sessions"), PlanOutput(None, "")),
    outcomes=(
        Outcome(
            "Fewer reports on Friday nights",
            "safety",
            "reports on Fridays",
            "63",
            "47",
            Direction.LESS_IS_BETTER,
            "Police figures; case studies",
            "quarterly",
        ),
    ),
)
EXIT = ExitPlan(
    routes=(
        ExitRoute(
            ExitRouteKind.OTHER_FUNDERS,
            "Community Foundation – ‘main grants’",
            by_date=date(2028, 1, 31),
        ),
        ExitRoute(ExitRouteKind.EARNED_INCOME, "Tuck shop", 120000),
    ),
    notice_months=3,
)


def test_every_field_of_the_plan_and_exit_strategy_round_trips(store: Store):
    application_id = store.applications.create(ApplicationDetails(title="Plan"))
    assert store.plan.get(application_id) == Plan()
    assert store.plan.exit_plan(application_id) == ExitPlan()
    store.plan.save(application_id, PLAN)
    store.plan.save_exit_plan(application_id, EXIT)
    assert store.plan.get(application_id) == PLAN
    assert store.plan.exit_plan(application_id) == EXIT
    copy = store.applications.copy(application_id)
    assert store.plan.get(copy) == PLAN
    assert store.plan.exit_plan(copy) == EXIT
    store.plan.save(copy, Plan())
    assert store.plan.get(application_id) == PLAN


def test_a_database_with_budgets_is_upgraded_keeping_them(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "schema_0002_budget.sqlite3", data_dir / DATABASE_FILE)
    engine = open_database(data_dir)
    store = Store(engine)
    assert integrity_problems(engine) == []
    friday = next(
        s.id for s in store.applications.summaries() if s.details.title.startswith("Friday")
    )
    budget = store.money.budget(friday)
    assert len(budget.lines) == 11 and budget != Budget()
    assert len(store.money.match_funding(friday)) == 4
    store.plan.save(friday, PLAN)
    assert store.plan.get(friday) == PLAN
    assert list((data_dir / BACKUP_FOLDER).glob("before-upgrade-from-0002_budget-*"))
    assert schema_revision(engine) == SCHEMA_REVISION
    engine.dispose()
