"""Saving never replaces what it did not read: an edit made elsewhere meanwhile is refused
(and said), edits of other fields and other lines made elsewhere are kept, and one budget
cell writes one line."""

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import event

from grantdesk.domain.application import ApplicationDetails, ApplicationStatus
from grantdesk.domain.budget import Budget, BudgetLine, VatMode
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.domain.exit import ExitPlan, ExitRoute, ExitRouteKind
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plan import Need, Outcome, Plan
from grantdesk.domain.wordcount import Limit
from grantdesk.store.database import DATABASE_FILE, open_database
from grantdesk.store.errors import FOLDER_GONE, ChangedElsewhere, StoreError
from grantdesk.store.repository import Store


@pytest.fixture
def elsewhere(data_dir: Path, store: Store) -> Store:
    """Another program on the same data folder: its own engine and connections."""
    other = open_database(data_dir)
    yield Store(other)
    other.dispose()


def lines(count: int) -> tuple[BudgetLine, ...]:
    return tuple(
        BudgetLine("Staff", f"Line {n} – ŵ", 100 + n, "hours", 1000 + n, VatMode.NO_VAT)
        for n in range(count)
    )


def statements(store: Store) -> list[str]:
    """Every statement SQLite runs from now on, its values filled in (as SQLite traces them:
    the saves made while typing go straight to the driver, past SQLAlchemy's events)."""
    seen: list[str] = []

    def trace(dbapi_connection, *_) -> None:
        dbapi_connection.set_trace_callback(lambda sql: seen.append(" ".join(sql.split())))

    event.listen(store.engine, "checkout", trace)
    return seen


def test_an_answer_changed_elsewhere_is_not_saved_over(store: Store, elsewhere: Store):
    application_id = store.applications.create(ApplicationDetails(title="Two places"))
    store.applications.save_answer(application_id, "project", "First words")
    elsewhere.applications.save_answer(application_id, "project", "Typed in the other window")

    with pytest.raises(ChangedElsewhere) as refused:
        store.applications.save_answer(
            application_id, "project", "First words, and more", base="First words"
        )
    assert refused.value.theirs == "Typed in the other window"
    assert store.applications.answers(application_id)["project"].text == (
        "Typed in the other window"
    )
    # Keeping one's own version is a save on top of what is there now.
    store.applications.save_answer(
        application_id, "project", "First words, and more", base=refused.value.theirs
    )
    assert elsewhere.applications.answers(application_id)["project"].text == (
        "First words, and more"
    )


def test_a_new_answer_starts_from_nothing_and_saving_the_same_twice_is_no_clash(store: Store):
    application_id = store.applications.create(ApplicationDetails(title="Fresh"))
    store.applications.save_answer(application_id, "project", "Hello", base="")
    store.applications.save_answer(application_id, "project", "Hello", base="")
    assert store.applications.answers(application_id)["project"].text == "Hello"


def test_details_changed_elsewhere_keep_both_edits_unless_the_same_field(
    store: Store, elsewhere: Store
):
    read = ApplicationDetails(title="Lunch club", amount_requested_pence=300_000)
    application_id = store.applications.create(read)
    elsewhere.applications.save_details(
        application_id, replace(read, closing_date=date(2027, 1, 15))
    )
    store.applications.save_details(
        application_id, replace(read, title="Lunch club for older people"), base=read
    )
    both = store.applications.summary(application_id).details
    assert (both.title, both.closing_date) == ("Lunch club for older people", date(2027, 1, 15))

    with pytest.raises(ChangedElsewhere) as refused:
        store.applications.save_details(
            application_id, replace(read, title="Lunch club (draft two)"), base=read
        )
    assert refused.value.theirs == both


def test_one_budget_cell_writes_that_line_and_nothing_else(store: Store, data_dir: Path):
    application_id = store.applications.create(ApplicationDetails(title="Big budget"))
    read = Budget(lines(500), overhead_basis_points=1000)
    store.money.save_budget(application_id, read)
    edited = replace(
        read,
        lines=tuple(
            replace(line, unit_cost_pence=2_000) if n == 321 else line
            for n, line in enumerate(read.lines)
        ),
    )
    seen = statements(store)
    store.money.save_budget(application_id, edited, base=read)

    # Checked as it is written: one statement for the line, one for the saved time.
    begin, line, application, commit = seen
    assert (begin, commit) == ("BEGIN IMMEDIATE", "COMMIT")
    assert line.startswith("UPDATE budget_line SET category=")
    assert "unit_cost_pence=2000," in line
    assert (
        f"WHERE budget_line.application_id = {application_id} AND budget_line.position = 321 AND"
        in line
    )
    assert application.startswith("UPDATE application SET updated_at='20")
    assert application.endswith(f"WHERE application.id = {application_id}")
    assert store.money.budget(application_id) == edited
    # Its time is stored as SQLAlchemy stores the time the application was made.
    with sqlite3.connect(data_dir / DATABASE_FILE) as raw:
        made, saved = raw.execute(
            "SELECT created_at, updated_at FROM application WHERE id = ?", (application_id,)
        ).fetchone()
    assert len(made) == len(saved) == len("2026-12-07 20:31:00.000000")
    assert made <= saved


def test_budget_lines_added_and_removed_in_the_middle(store: Store):
    application_id = store.applications.create(ApplicationDetails(title="Middle"))
    read = Budget(lines(6))
    store.money.save_budget(application_id, read)
    added = replace(read, lines=(*read.lines[:2], BudgetLine("Venue", "Hall"), *read.lines[2:]))
    store.money.save_budget(application_id, added, base=read)
    assert store.money.budget(application_id) == added
    removed = replace(added, lines=added.lines[:4] + added.lines[5:])
    store.money.save_budget(application_id, removed, base=added)
    assert store.money.budget(application_id) == removed


def test_budget_edits_of_other_lines_elsewhere_stay_and_a_clash_is_refused(
    store: Store, elsewhere: Store
):
    application_id = store.applications.create(ApplicationDetails(title="Shared budget"))
    read = Budget(lines(20), vat_recoverable=False)
    store.money.save_budget(application_id, read)
    theirs = replace(
        read,
        vat_recoverable=True,
        lines=tuple(
            replace(line, description="Changed over there") if n == 10 else line
            for n, line in enumerate(read.lines)
        ),
    )
    elsewhere.money.save_budget(application_id, theirs, base=read)

    mine = replace(
        read,
        lines=tuple(
            replace(line, description="Changed here") if n == 5 else line
            for n, line in enumerate(read.lines)
        ),
    )
    store.money.save_budget(application_id, mine, base=read)
    stored = store.money.budget(application_id)
    assert stored.vat_recoverable is True
    assert stored.lines[5].description == "Changed here"
    assert stored.lines[10].description == "Changed over there"

    clash = replace(
        read,
        lines=tuple(
            replace(line, description="Also changed here") if n == 10 else line
            for n, line in enumerate(read.lines)
        ),
    )
    with pytest.raises(ChangedElsewhere) as refused:
        store.money.save_budget(application_id, clash, base=read)
    assert refused.value.theirs == stored


def test_a_line_added_elsewhere_means_positions_no_longer_match(store: Store, elsewhere: Store):
    application_id = store.applications.create(ApplicationDetails(title="Positions"))
    read = Budget(lines(3))
    store.money.save_budget(application_id, read)
    elsewhere.money.save_budget(
        application_id, replace(read, lines=(BudgetLine("New"), *read.lines)), base=read
    )
    mine = replace(read, lines=(replace(read.lines[0], description="Edited"), *read.lines[1:]))
    with pytest.raises(ChangedElsewhere):
        store.money.save_budget(application_id, mine, base=read)
    assert store.money.budget(application_id).lines[1] == read.lines[0]


BUDGET_LINE = st.builds(
    BudgetLine,
    category=st.sampled_from(["Staff", "Venue", ""]),
    description=st.sampled_from(["Hall", "Tŷ", "Bus", ""]),
    quantity_hundredths=st.integers(0, 3),
    unit_cost_pence=st.integers(0, 3),
)


@hypothesis_settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.lists(BUDGET_LINE, max_size=8), after=st.lists(BUDGET_LINE, max_size=8))
def test_any_change_of_lines_is_saved_exactly(store: Store, before, after):
    application_id = store.applications.create(ApplicationDetails(title="Any"))
    read = Budget(tuple(before))
    store.money.save_budget(application_id, read)
    store.money.save_budget(application_id, Budget(tuple(after)), base=read)
    assert store.money.budget(application_id).lines == tuple(after)


def test_plan_exit_reports_and_match_funding_refuse_a_clash(store: Store, elsewhere: Store):
    application_id = store.applications.create(ApplicationDetails(title="Lists"))
    plan = Plan(needs=(Need(key="n1", problem="Isolation"),), outcomes=(Outcome("Less lonely"),))
    store.plan.save(application_id, plan)
    elsewhere.plan.save(
        application_id,
        replace(plan, outcomes=(Outcome("Fewer lonely"),)),
        base=plan,
    )
    # A change to another list of the plan is no clash...
    added_need = replace(plan, needs=(*plan.needs, Need(key="n2", problem="Hunger")))
    store.plan.save(application_id, added_need, base=plan)
    assert store.plan.get(application_id).outcomes == (Outcome("Fewer lonely"),)
    # ...a change to the same line is, and says the whole plan as it is now.
    with pytest.raises(ChangedElsewhere) as refused:
        store.plan.save(
            application_id, replace(added_need, outcomes=(Outcome("Happier"),)), base=added_need
        )
    assert refused.value.theirs == store.plan.get(application_id)

    routes = ExitPlan((ExitRoute(ExitRouteKind.VOLUNTEERS, "Volunteers run it"),), 3)
    store.plan.save_exit_plan(application_id, routes)
    elsewhere.plan.save_exit_plan(application_id, replace(routes, notice_months=6), base=routes)
    with pytest.raises(ChangedElsewhere):
        store.plan.save_exit_plan(application_id, replace(routes, notice_months=2), base=routes)

    reports = (ReportDue("End of grant", date(2028, 1, 1)),)
    store.decisions.save_reports(application_id, reports)
    elsewhere.decisions.save_reports(application_id, (replace(reports[0], done=True),))
    with pytest.raises(ChangedElsewhere):
        store.decisions.save_reports(application_id, (), base=reports)


def test_status_decision_limit_and_priorities_refuse_a_clash(store: Store, elsewhere: Store):
    application_id = store.applications.create(ApplicationDetails(title="Values"))
    elsewhere.decisions.set_status(application_id, ApplicationStatus.SUBMITTED)
    with pytest.raises(ChangedElsewhere):
        store.decisions.set_status(
            application_id, ApplicationStatus.WITHDRAWN, base=ApplicationStatus.DRAFT
        )
    store.decisions.set_status(
        application_id, ApplicationStatus.SUBMITTED, base=ApplicationStatus.DRAFT
    )

    elsewhere.decisions.save_decision(application_id, Decision(feedback="Too vague"))
    store.decisions.save_decision(application_id, Decision(lessons="Be specific"), base=Decision())
    both = store.decisions.decision(application_id)
    assert (both.feedback, both.lessons) == ("Too vague", "Be specific")

    elsewhere.applications.save_answer_limit(application_id, "project", Limit(300))
    with pytest.raises(ChangedElsewhere):
        store.applications.save_answer_limit(application_id, "project", Limit(200), base=None)

    elsewhere.applications.save_priorities_addressed(application_id, ("Safer streets",))
    with pytest.raises(ChangedElsewhere):
        store.applications.save_priorities_addressed(application_id, ("Youth",), base=())


def test_profile_and_funder_keep_other_fields_changed_elsewhere(store: Store, elsewhere: Store):
    read = Profile(name="Maes-y-Dŵr Youth Club")
    store.profile.save(read, base=Profile())
    elsewhere.profile.save(replace(read, contact_name="Siân"), base=read)
    store.profile.save(replace(read, address="1 Heol y Dŵr"), base=read)
    both = store.profile.get()
    assert (both.contact_name, both.address) == ("Siân", "1 Heol y Dŵr")
    with pytest.raises(ChangedElsewhere):
        store.profile.save(replace(read, contact_name="Gareth"), base=read)

    funder = Funder(name="Council", questions=(FunderQuestion("Why?", maximum=100),))
    funder = store.funders.get(store.funders.save(funder))
    elsewhere.funders.save(replace(funder, notes="Phone first"), base=funder)
    store.funders.save(replace(funder, fund="Small grants"), base=funder)
    saved = store.funders.get(funder.id)
    assert (saved.notes, saved.fund) == ("Phone first", "Small grants")
    with pytest.raises(ChangedElsewhere):
        store.funders.save(replace(funder, notes="Write first"), base=funder)


def test_reads_never_take_the_write_lock(store: Store):
    application_id = store.applications.create(ApplicationDetails(title="Locks"))
    seen = statements(store)
    store.applications.answers(application_id)
    store.applications.save_answer(application_id, "project", "Words")
    assert [sql for sql in seen if sql.startswith("BEGIN")] == ["BEGIN", "BEGIN IMMEDIATE"]


def test_nothing_is_written_while_the_data_folder_is_gone(store: Store, data_dir: Path):
    application_id = store.applications.create(ApplicationDetails(title="On a USB stick"))
    away = data_dir.with_name("unplugged")
    data_dir.rename(away)
    with pytest.raises(StoreError) as refused:
        store.applications.save_answer(application_id, "project", "Typed while unplugged")
    assert refused.value.template == FOLDER_GONE
    assert str(data_dir) in refused.value.message
    assert not data_dir.exists()

    away.rename(data_dir)
    store.applications.save_answer(application_id, "project", "Typed while unplugged")
    fresh = open_database(data_dir)
    assert Store(fresh).applications.answers(application_id)["project"].text == (
        "Typed while unplugged"
    )
    fresh.dispose()
    assert (data_dir / DATABASE_FILE).exists()
