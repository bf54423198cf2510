import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget, BudgetLine, MatchFunding, MatchStatus, VatMode
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

BUDGET = Budget(
    lines=(
        BudgetLine("Staff", "Youth worker – Friday nights", 4000, "sessions", 7500, VatMode.NO_VAT),
        BudgetLine("Venue hire", "Tŷ’r Cwm hall ŵ", 4000, "sessions", 2500, VatMode.NO_VAT, 2),
        BudgetLine("Equipment", "Pool table 🎱", 100, "items", 49999, VatMode.INCLUDES_VAT, 1),
        BudgetLine("Our own heading", "Leaflets", 50000, "items", 24, VatMode.ADD_VAT, 3),
        BudgetLine("", "", 250, "", 0, VatMode.NO_VAT, 1),
    ),
    vat_recoverable=True,
    overhead_basis_points=1250,
)
MATCH = (
    MatchFunding("Town council – ‘Small grants’", 50000, MatchStatus.SECURED),
    MatchFunding("Community foundation", 120000, MatchStatus.APPLIED_FOR, "", date(2027, 2, 1)),
    MatchFunding("Volunteers", 86400, MatchStatus.IN_KIND, "Volunteer time: 144 hours at £6"),
)
DETAILS = ApplicationDetails(
    title="Friday Night Safe Space",
    amount_requested_pence=400000,
    project_start=date(2027, 4, 1),
    project_end=date(2030, 3, 31),
    funder_minimum_pence=100000,
    funder_maximum_pence=500000,
)


def test_budget_lines_and_match_funding_round_trip_exactly(store: Store):
    application_id = store.applications.create(DETAILS)
    assert store.money.budget(application_id) == Budget()
    assert store.money.match_funding(application_id) == ()
    store.money.save_budget(application_id, BUDGET)
    store.money.save_match_funding(application_id, MATCH)
    assert store.money.budget(application_id) == BUDGET
    assert store.money.match_funding(application_id) == MATCH
    assert store.applications.summary(application_id).details == DETAILS

    shorter = replace(BUDGET, lines=BUDGET.lines[1:2], vat_recoverable=False)
    store.money.save_budget(application_id, shorter)
    store.money.save_match_funding(application_id, MATCH[:1])
    assert store.money.budget(application_id) == shorter
    assert store.money.match_funding(application_id) == MATCH[:1]


def test_a_copy_carries_the_budget_and_match_funding(store: Store):
    original = store.applications.create(DETAILS)
    store.money.save_budget(original, BUDGET)
    store.money.save_match_funding(original, MATCH)
    copy = store.applications.copy(original)
    assert store.money.budget(copy) == BUDGET
    assert store.money.match_funding(copy) == MATCH
    store.money.save_budget(copy, Budget())
    assert store.money.budget(original) == BUDGET


def test_a_database_from_the_first_release_is_upgraded_with_a_backup_first(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "schema_0001_first_schema.sqlite3", data_dir / DATABASE_FILE)
    before = sqlite3.connect(data_dir / DATABASE_FILE)
    answers_before = before.execute(
        "SELECT application_id, question_key, text FROM answer ORDER BY 1, 2"
    ).fetchall()
    profile_before = before.execute("SELECT name, address FROM organisation").fetchall()
    before.close()
    assert len(answers_before) == 14

    engine = open_database(data_dir)
    assert schema_revision(engine) == SCHEMA_REVISION
    assert integrity_problems(engine) == []
    store = Store(engine)
    answers_after = [
        (summary.id, key, answer.text)
        for summary in sorted(store.applications.summaries(), key=lambda summary: summary.id)
        for key, answer in sorted(store.applications.answers(summary.id).items())
    ]
    assert answers_after == answers_before
    assert [(store.profile.get().name, store.profile.get().address)] == profile_before
    first = min(summary.id for summary in store.applications.summaries())
    assert store.money.budget(first) == Budget()
    store.money.save_budget(first, BUDGET)
    assert store.money.budget(first) == BUDGET

    [backup] = (data_dir / BACKUP_FOLDER).glob("before-upgrade-from-0001_first_schema-*.sqlite3")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0001_first_schema",
    )
    assert copy.execute("SELECT count(*) FROM answer").fetchone() == (14,)
    copy.close()
    engine.dispose()
