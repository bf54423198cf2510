"""Earlier versions of answers, with a fixed clock: one kept every few minutes of steady typing
and one before any change made in one go, newest first, never the same text twice in a row."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.revisions import RevisionReason
from grantdesk.store import revisions as revisions_module
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def wait(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(data_dir: Path, clock: Clock):
    engine = open_database(data_dir)
    store = Store(engine, clock)
    application_id = store.applications.create(ApplicationDetails(title="Versions"))
    yield store, application_id
    engine.dispose()


def texts(store: Store, application_id: int, key: str = "project") -> list[tuple[str, str]]:
    return [
        (version.text, version.reason.value)
        for version in store.revisions.of_answer(application_id, key)
    ]


def test_steady_typing_keeps_a_version_every_five_minutes(timed, clock: Clock):
    store, application_id = timed
    typed = ""
    for second in range(0, 20 * 60, 2):  # twenty minutes, a save every two seconds
        typed += "w " if second % 10 else "ŵ "
        store.applications.save_answer(application_id, "project", typed)
        clock.wait(2 / 60)
    kept = store.revisions.of_answer(application_id, "project")
    assert [version.saved_at.strftime("%H:%M") for version in kept] == [
        "18:15",
        "18:10",
        "18:05",
        "18:00",
    ]
    assert all(version.reason is RevisionReason.TYPING for version in kept)
    assert all(typed.startswith(version.text) and version.text != typed for version in kept)
    assert kept[-1].text == "ŵ "  # the first save had nothing before it; the second kept it


def test_before_a_draft_goes_in_the_answer_is_kept_once(timed, clock: Clock):
    store, application_id = timed
    store.applications.save_answer(application_id, "project", "Our own words – ŷ")
    clock.wait(1)
    store.revisions.keep(application_id, "project", RevisionReason.BEFORE_DRAFT)
    store.revisions.keep(application_id, "project", RevisionReason.BEFORE_DRAFT)
    store.revisions.keep(application_id, "delivery", RevisionReason.BEFORE_DRAFT)  # none yet
    assert texts(store, application_id) == [("Our own words – ŷ", "before-draft")]
    assert store.revisions.of_answer(application_id, "delivery") == []
    clock.wait(10)
    store.applications.save_answer(application_id, "project", "A draft")
    assert texts(store, application_id) == [("Our own words – ŷ", "before-draft")]


def test_empty_answers_are_not_kept_and_other_answers_are_separate(timed, clock: Clock):
    store, application_id = timed
    store.applications.save_answer(application_id, "project", "   ")
    clock.wait(6)
    store.applications.save_answer(application_id, "project", "Words")
    store.applications.save_answer(application_id, "delivery", "Other")
    clock.wait(6)
    store.applications.save_answer(application_id, "delivery", "Other, longer")
    assert texts(store, application_id) == []
    assert texts(store, application_id, "delivery") == [("Other", "typing")]


def test_only_the_most_recent_few_hundred_are_kept(timed, clock: Clock, monkeypatch):
    store, application_id = timed
    monkeypatch.setattr(revisions_module, "MOST_KEPT", 3)
    for number in range(6):
        store.applications.save_answer(application_id, "project", f"Version {number}")
        clock.wait(6)
    store.applications.save_answer(application_id, "project", "Now")
    assert [text for text, _reason in texts(store, application_id)] == [
        "Version 5",
        "Version 4",
        "Version 3",
    ]
