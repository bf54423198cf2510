"""Take-away copies: the round trip is exact, adding never replaces anything, and a damaged or
hostile file is refused plainly with nothing changed, whatever is done to it."""

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grantdesk.domain.application import ApplicationStatus
from grantdesk.domain.budget import BudgetLine
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.domain.funders import Requirement
from grantdesk.domain.organisation import Profile
from grantdesk.domain.takeaway import FORMAT, LARGEST_FILE, ProfileOutcome, from_file, to_file
from grantdesk.domain.wordcount import Limit, LimitUnit
from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders
from grantdesk.store.database import open_database
from grantdesk.store.errors import PassphraseNeeded, StoreError, WrongPassphrase
from grantdesk.store.repository import Store
from grantdesk.store.takeaway import read_copy, write_copy
from tests.store.test_repository import AWKWARD


@pytest.fixture
def full(store: Store) -> tuple[Store, int]:
    """The demo group's first application with everything filled in: a funder's form, answers
    with their own limits, priorities, budget, match funding, plan, exit strategy, a decision
    and reports due."""
    add_example_funders(store)
    write_demo(store)
    application_id = store.applications.summaries()[-1].id
    funder = next(f for f in store.funders.all() if f.priorities)
    accounts = Requirement("A copy of your latest accounts", from_pence=100_000, key="accounts")
    store.funders.save(replace(funder, requirements=(*funder.requirements, accounts)))
    store.applications.set_funder(application_id, funder.id)
    store.applications.save_answer(application_id, "project", AWKWARD)
    store.applications.save_answer_limit(
        application_id, "project", Limit(1500, LimitUnit.CHARACTERS, 20)
    )
    store.applications.save_answer_limit(application_id, "delivery", Limit(None))  # no limit
    store.applications.save_priorities_addressed(application_id, funder.priorities[:2])
    store.applications.save_requirements_done(application_id, ("accounts",))
    budget = store.money.budget(application_id)
    store.money.save_budget(
        application_id,
        replace(
            budget,
            lines=(*budget.lines, BudgetLine("Venue hire", "Hall – ŵ", paid_by_others=True)),
            whole_project_cost_pence=1_234_567,
        ),
    )
    store.decisions.set_status(application_id, ApplicationStatus.SUCCESSFUL)
    store.decisions.save_decision(
        application_id,
        Decision(
            submitted_on=date(2027, 1, 10),
            feedback="Strong on outcomes – ŵ",
            lessons="Say more about volunteers",
            offer_date=date(2027, 2, 20),
            amount_awarded_pence=350_000,
            terms="Report quarterly",
            agreement_signed_on=date(2027, 3, 1),
        ),
    )
    store.decisions.save_reports(
        application_id,
        (ReportDue("First quarter", date(2027, 6, 30), True), ReportDue("End of grant", None)),
    )
    return store, application_id


def everything(store: Store, application_id: int) -> dict:
    """All of an application as the store reads it, without the numbers only one database
    knows (the application's and funder's ids)."""
    summary = store.applications.summary(application_id)
    funder = store.funders.get(summary.funder_id) if summary.funder_id else None
    return {
        "details": summary.details,
        "status": summary.status,
        "created": summary.created_at,
        "saved": summary.saved_at,
        "answers": store.applications.answers(application_id),
        "form": store.applications.form(application_id),
        "priorities": store.applications.priorities_addressed(application_id),
        "requirements": store.applications.requirements_done(application_id),
        "budget": store.money.budget(application_id),
        "match": store.money.match_funding(application_id),
        "plan": store.plan.get(application_id),
        "exit": store.plan.exit_plan(application_id),
        "decision": store.decisions.decision(application_id),
        "reports": store.decisions.reports(application_id),
        "funder": None if funder is None else (funder.name, funder.questions),
        "profile": store.profile.get(),
    }


def other_store(tmp_path: Path, name: str) -> Store:
    return Store(open_database(tmp_path / name))


def test_export_then_import_elsewhere_reproduces_the_application_exactly(full, tmp_path: Path):
    store, application_id = full
    path = tmp_path / "Friday Night Safe Space.grantdesk"
    write_copy(store.takeaway.export(application_id), path)
    assert json.loads(path.read_text("utf-8"))["format"] == FORMAT

    elsewhere = other_store(tmp_path, "elsewhere")
    added = elsewhere.takeaway.add(read_copy(path))
    assert added.profile is ProfileOutcome.ADDED
    assert added.funder_added is not None
    assert added.same_title == ()
    assert everything(elsewhere, added.application_id) == everything(store, application_id)

    # And back again: the second journey changes nothing either.
    write_copy(elsewhere.takeaway.export(added.application_id), tmp_path / "back.grantdesk")
    home = other_store(tmp_path, "home")
    back = home.takeaway.add(read_copy(tmp_path / "back.grantdesk"))
    assert everything(home, back.application_id) == everything(store, application_id)


def test_a_copy_protected_with_a_passphrase_holds_no_readable_text_and_opens_with_it(
    full, tmp_path: Path
):
    store, application_id = full
    path = tmp_path / "Private.grantdesk"
    write_copy(store.takeaway.export(application_id), path, passphrase="Ŵ is for Welsh water")
    raw = path.read_bytes()
    assert not raw.startswith(b"{") and not raw.startswith(b"SQLite format 3")
    title = store.applications.summary(application_id).details.title
    assert title.encode() not in raw
    with pytest.raises(PassphraseNeeded, match="protected with a passphrase"):
        read_copy(path)
    for wrong in ("w is for welsh water", "guess"):
        with pytest.raises(WrongPassphrase, match="does not open this copy"):
            read_copy(path, wrong)
    assert path.read_bytes() == raw
    elsewhere = other_store(tmp_path, "elsewhere")
    added = elsewhere.takeaway.add(read_copy(path, "Ŵ is for Welsh water"))
    assert everything(elsewhere, added.application_id) == everything(store, application_id)


def test_adding_a_copy_here_keeps_the_original_and_says_so(full, tmp_path: Path):
    store, application_id = full
    before = everything(store, application_id)
    funders_before = store.funders.all()
    copy = store.takeaway.export(application_id)
    added = store.takeaway.add(copy)
    assert added.application_id != application_id
    assert added.same_title == (application_id,)
    assert added.profile is ProfileOutcome.SAME
    assert added.funder_added is None  # the same form is already here
    assert store.funders.all() == funders_before
    assert everything(store, application_id) == before
    assert everything(store, added.application_id) == before


def test_a_different_profile_here_is_kept_and_a_changed_form_is_added_alongside(
    full, tmp_path: Path
):
    store, application_id = full
    elsewhere = other_store(tmp_path, "elsewhere")
    elsewhere.profile.save(Profile(name="Another group"))
    first = elsewhere.takeaway.add(store.takeaway.export(application_id))
    assert first.profile is ProfileOutcome.KEPT_OURS
    assert elsewhere.profile.get() == Profile(name="Another group")
    funder = store.funders.get(store.applications.summary(application_id).funder_id)
    assert first.funder_added == funder.display_name
    again = elsewhere.takeaway.add(store.takeaway.export(application_id))
    assert again.funder_added is None  # the same form is there now
    assert again.same_title == (first.application_id,)

    store.funders.save(replace(funder, notes="Changed here"))
    changed = elsewhere.takeaway.add(store.takeaway.export(application_id))
    assert changed.funder_added == funder.display_name
    assert [f.name for f in elsewhere.funders.all()] == [funder.name, funder.name]


def applications_in(store: Store) -> int:
    return len(store.applications.summaries())


@pytest.fixture
def good_bytes(full) -> bytes:
    store, application_id = full
    return to_file(store.takeaway.export(application_id))


HOSTILE = [
    ("cut short", lambda good: good[: len(good) // 2], "is damaged or cut short"),
    ("cut at the very start", lambda good: good[:1], "is not a GrantDesk copy of an application"),
    ("empty", lambda good: b"", "is not a GrantDesk copy of an application"),
    ("not UTF-8", lambda good: good.replace(b"\xc5\xb5", b"\xff\xfe", 1), "not text GrantDesk"),
    (
        "a newer version",
        lambda good: good.replace(b'"version": 1', b'"version": 7', 1),
        "saved by a newer GrantDesk (GrantDesk 0.1.0), in version 7 of the format",
    ),
    ("no version", lambda good: good.replace(b'"version": 1', b'"versio": 1', 1), "version"),
    ("another kind of file", lambda good: b"\x89PNG\r\n\x1a\n" + bytes(300), "not text"),
    ("a JSON list", lambda good: b"[1, 2, 3]", "not a GrantDesk copy of an application"),
    ("nested for ever", lambda good: b"[" * 100_000 + b"]" * 100_000, "not a GrantDesk copy"),
    (
        "a field of the wrong kind",
        lambda good: good.replace(b'"status": "successful"', b'"status": 12', 1),
        "is damaged (the copy: application: status cannot be 12)",
    ),
    (
        "money less than nothing",
        lambda good: good.replace(b'"amount_awarded_pence": 350000', b'"amount_awarded_pence": -5'),
        "an amount of money is out of range",
    ),
    (
        "half a character",
        lambda good: good.replace(b"Strong on outcomes", b"Strong \\ud800 outcomes", 1),
        "holds a broken character",
    ),
    (
        "thousands of figures",
        lambda good: good.replace(b"350000", b"9" * 5000, 1),
        "is damaged or cut short",
    ),
]


@pytest.mark.parametrize(("what", "damage", "says"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_damaged_or_hostile_file_is_refused_plainly_and_changes_nothing(
    full, good_bytes: bytes, tmp_path: Path, what, damage, says
):
    store, _application_id = full
    path = tmp_path / "copy.grantdesk"
    path.write_bytes(damage(good_bytes))
    count = applications_in(store)
    with pytest.raises(StoreError) as refused:
        read_copy(path)
    assert says in refused.value.message
    assert "Nothing has been changed." in refused.value.message
    assert applications_in(store) == count


def test_an_enormous_file_is_refused_without_reading_it_all(tmp_path: Path):
    path = tmp_path / "enormous.grantdesk"
    with path.open("wb") as file:
        file.truncate(LARGEST_FILE * 4)  # a sparse file: enormous, but quick to make
    with pytest.raises(StoreError, match="far too big to be a GrantDesk copy"):
        read_copy(path)


def test_a_missing_file_or_an_unwritable_place_is_a_plain_sentence(full, tmp_path: Path):
    store, application_id = full
    with pytest.raises(StoreError, match=r"GrantDesk could not open .* Nothing has been changed"):
        read_copy(tmp_path / "not-there.grantdesk")
    with pytest.raises(StoreError, match="Please choose another place, such as a USB stick"):
        write_copy(store.takeaway.export(application_id), tmp_path / "no" / "such" / "x.grantdesk")
    assert not list(tmp_path.glob("**/.*.partial"))


@settings(
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_whatever_is_done_to_a_copy_reading_and_adding_never_crash(full, good_bytes, data):
    store, _application_id = full
    damaged = bytearray(good_bytes)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, max(0, len(damaged) - 1)))
        how = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        if how == "cut":
            del damaged[at:]
        elif how == "flip" and damaged:
            damaged[at] ^= data.draw(st.integers(1, 255))
        elif how == "insert":
            damaged[at:at] = data.draw(st.binary(min_size=1, max_size=40))
        else:
            del damaged[at : at + data.draw(st.integers(1, 400))]
    count = applications_in(store)
    try:
        copy = from_file(bytes(damaged))
    except ValueError as refusal:  # TakeAwayError, with a sentence for people
        assert "Nothing has been changed" in str(refusal) or "not opened it" in str(refusal)
        assert applications_in(store) == count
        return
    try:
        store.takeaway.add(copy)
    except StoreError:
        assert applications_in(store) == count
    else:
        assert applications_in(store) == count + 1


def test_a_file_written_by_hand_from_the_documentation_is_read(store: Store, tmp_path: Path):
    """The smallest copy docs/file-format.md describes: another program can write one."""
    path = tmp_path / "by-hand.grantdesk"
    path.write_text(
        json.dumps(
            {
                "format": "grantdesk-application",
                "version": 1,
                "application": {
                    "details": {"title": "Written by another program", "closing_date": None},
                    "answers": [{"question_key": "project", "text": "Our project – ŷ"}],
                },
            }
        ),
        "utf-8",
    )
    added = store.takeaway.add(read_copy(path))
    assert added.title == "Written by another program"
    assert store.applications.answers(added.application_id)["project"].text == "Our project – ŷ"
    assert os.path.exists(path)


def test_docs_file_format_names_every_field_and_choice():
    from dataclasses import fields

    from grantdesk.domain.budget import MatchStatus, VatMode
    from grantdesk.domain.organisation import OrganisationKind
    from grantdesk.domain.questions import COMMON_QUESTIONS
    from grantdesk.domain.takeaway import TakeAway, TakeAwayApplication

    documented = (Path(__file__).parents[2] / "docs" / "file-format.md").read_text("utf-8")
    named = [field.name for record in (TakeAway, TakeAwayApplication) for field in fields(record)]
    named += [field.name for field in fields(Profile)]
    named += [choice.value for kind in (ApplicationStatus, VatMode, MatchStatus) for choice in kind]
    named += [kind.value for kind in OrganisationKind]
    named += [question.key for question in COMMON_QUESTIONS]
    assert [name for name in named if f"`{name}`" not in documented] == []
