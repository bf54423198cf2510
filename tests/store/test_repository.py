from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from grantdesk.domain.application import ApplicationDetails, ApplicationStatus
from grantdesk.domain.organisation import OrganisationKind, Profile
from grantdesk.domain.wordcount import Limit, LimitUnit
from grantdesk.store.database import create_sqlite_engine, open_database
from grantdesk.store.errors import READ_ONLY, StoreError
from grantdesk.store.repository import Store

AWKWARD = "Tŷ Ŵyn – ‘Maes-y-Dŵr’ £4,000… “quoted” 😀👍🏽 Ŷ ŵ ŷ\tTab\r\nCRLF\x07bell\x00nul"


def full_profile(text: str = AWKWARD) -> Profile:
    return Profile(
        name=f"Group {text}",
        kind=OrganisationKind.COMPANY_LIMITED_BY_GUARANTEE,
        charity_number="1146382",
        company_number="07654321",
        address=f"Tŷ’r Cwm\nHeol y Nant\n{text}",
        contact_name="Siân Ŵyn",
        contact_role="Secretary – volunteer",
        contact_email="sian@example.org",
        contact_phone="01632 960482",
        activities=text * 3,
        year_founded=2011,
        volunteers=14,
        paid_staff=0,
        last_year_income_pence=1_845_001,
        has_bank_account=False,
    )


def test_every_profile_field_round_trips_unchanged(store: Store):
    assert store.profile.get() is None
    store.profile.save(full_profile())
    assert store.profile.get() == full_profile()
    emptied = Profile()
    store.profile.save(emptied)
    assert store.profile.get() == emptied


def test_application_details_and_answers_round_trip_unchanged(store: Store):
    details = ApplicationDetails(
        title=f"Title {AWKWARD}",
        funder="Morgannwg PCC – ‘Safer’",
        fund="Community Safety Fund",
        amount_requested_pence=400_001,
        closing_date=date(2027, 1, 15),
        funder_reference="PCC/2027/041 – ŵ",
    )
    application_id = store.applications.create(details)
    store.applications.save_answer(application_id, "project", AWKWARD)
    store.applications.save_answer_limit(
        application_id, "project", Limit(1500, LimitUnit.CHARACTERS, 20)
    )
    summary = store.applications.summary(application_id)
    assert summary.details == details
    assert summary.status is ApplicationStatus.DRAFT
    answer = store.applications.answers(application_id)["project"]
    assert answer.text == AWKWARD
    assert answer.limit == Limit(1500, LimitUnit.CHARACTERS, 20)
    store.applications.save_answer_limit(application_id, "project", None)
    assert store.applications.answers(application_id)["project"].limit is None


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_is_stored_exactly_as_typed(store: Store, text: str):
    application_id = store.applications.create(ApplicationDetails(title=text))
    store.applications.save_answer(application_id, "delivery", text)
    assert store.applications.answers(application_id)["delivery"].text == text
    assert store.applications.summary(application_id).details.title == text


def test_a_very_long_answer_is_kept_whole(store: Store):
    long_text = ("Pob lwc ŵ ŷ " * 20_000)[:200_000]
    application_id = store.applications.create(ApplicationDetails(title="Long"))
    store.applications.save_answer(application_id, "project", long_text)
    assert store.applications.answers(application_id)["project"].text == long_text


def test_saving_moves_last_saved_on(data_dir: Path):
    moments = iter(datetime(2026, 11, 22, 20, minute, tzinfo=UTC) for minute in range(60))
    store = Store(open_database(data_dir), clock=lambda: next(moments))
    application_id = store.applications.create(ApplicationDetails(title="Timed"))
    created = store.applications.summary(application_id).saved_at
    store.applications.save_answer(application_id, "project", "words")
    assert store.applications.summary(application_id).saved_at == created + timedelta(minutes=1)


def test_applications_are_listed_most_recently_saved_first(store: Store):
    older = store.applications.create(ApplicationDetails(title="Older"))
    newer = store.applications.create(ApplicationDetails(title="Newer"))
    assert [summary.id for summary in store.applications.summaries()] == [newer, older]
    store.applications.save_answer(older, "project", "edited")
    assert [summary.id for summary in store.applications.summaries()] == [older, newer]


def test_a_copy_is_a_new_draft_and_leaves_the_original_alone(store: Store):
    original = store.applications.create(
        ApplicationDetails(title="Friday Night", funder="PCC", amount_requested_pence=400000)
    )
    store.applications.save_answer(original, "project", "Original words ŵ")
    store.applications.save_answer_limit(original, "project", Limit(150))
    before = (store.applications.summary(original), store.applications.answers(original))

    copy = store.applications.copy(original)
    assert copy != original
    assert store.applications.summary(copy).details == replace(
        before[0].details, title="Copy of Friday Night"
    )
    assert store.applications.answers(copy) == before[1]
    store.applications.save_answer(copy, "project", "Changed in the copy")
    assert (store.applications.summary(original), store.applications.answers(original)) == before


def test_the_bin_keeps_an_application_until_it_is_restored(store: Store):
    kept = store.applications.create(ApplicationDetails(title="Kept"))
    slip = store.applications.create(ApplicationDetails(title="Deleted by a slip"))
    store.applications.save_answer(slip, "project", "Do not lose me")
    store.applications.move_to_bin(slip)
    assert [summary.id for summary in store.applications.summaries()] == [kept]
    assert [summary.id for summary in store.applications.binned()] == [slip]
    store.applications.restore_from_bin(slip)
    assert {summary.id for summary in store.applications.summaries()} == {kept, slip}
    assert store.applications.answers(slip)["project"].text == "Do not lose me"


def test_an_unknown_application_is_a_plain_message(store: Store):
    with pytest.raises(StoreError, match="There is no application number 99"):
        store.applications.answers(99)


def test_a_database_that_cannot_be_written_gives_a_plain_message(data_dir: Path):
    open_database(data_dir).dispose()
    engine = create_sqlite_engine(data_dir / "grantdesk.sqlite3")
    event.listen(
        engine, "connect", lambda connection, _: connection.execute("PRAGMA query_only=ON")
    )
    with pytest.raises(StoreError) as raised:
        Store(engine).applications.create(ApplicationDetails(title="Blocked"))
    assert raised.value.message == READ_ONLY


def test_how_far_each_application_has_got(store):
    from grantdesk.domain.budget import Budget, BudgetLine
    from grantdesk.domain.funders import Funder, FunderQuestion
    from grantdesk.domain.questions import FigureSource, QuestionKind

    common = store.applications.create(ApplicationDetails(title="Common"))
    store.applications.save_answer(common, "what_you_do", "We run a club ŵ")
    store.applications.save_answer(common, "project", "   ")  # spaces are not an answer
    store.money.save_budget(common, Budget((BudgetLine("Staff", "Worker", 100, "", 5000),)))
    funder_id = store.funders.save(
        Funder(
            name="Three questions",
            questions=(
                FunderQuestion("Tell us", key="tell"),
                FunderQuestion(
                    "Income?", kind=QuestionKind.MONEY, source=FigureSource.INCOME_LAST_YEAR
                ),
                FunderQuestion("Anything else?", key="else"),
            ),
        )
    )
    funded = store.applications.create(ApplicationDetails(title="Funded"))
    store.applications.set_funder(funded, funder_id)
    store.applications.save_answer(funded, "funder:tell", "Yes")
    binned = store.applications.create(ApplicationDetails(title="Binned"))
    store.applications.move_to_bin(binned)
    assert store.applications.progress() == {common: (2, 11), funded: (2, 3)}
