"""Failures are told by their real cause, with the right verb: reading is not saving."""

import sqlite3
from pathlib import Path

import pytest

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget
from grantdesk.store.database import DATABASE_FILE
from grantdesk.store.errors import StoreError, message_for
from grantdesk.store.repository import Store


def drop_table(data_dir: Path, table: str) -> None:
    with sqlite3.connect(data_dir / DATABASE_FILE) as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(f"DROP TABLE {table}")


def test_a_missing_table_while_reading_says_reading_and_names_what_is_missing(
    store: Store, data_dir: Path
):
    application_id = store.applications.create(ApplicationDetails(title="Safe Space"))
    drop_table(data_dir, "answer")
    with pytest.raises(StoreError) as raised:
        store.applications.answers(application_id)
    message = raised.value.message
    assert message.startswith("GrantDesk could not read its data, because part of its data file")
    assert "the table “answer”" in message
    assert "save" not in message
    assert "on screen" not in message
    with pytest.raises(StoreError) as printing:
        store.printable(application_id)
    assert printing.value.message == message


def test_a_missing_table_while_saving_says_saving(store: Store, data_dir: Path):
    application_id = store.applications.create(ApplicationDetails(title="Safe Space"))
    store.applications.answers(application_id)
    drop_table(data_dir, "budget_line")
    with pytest.raises(StoreError) as raised:
        store.money.save_budget(application_id, Budget())
    message = raised.value.message
    assert "the table “budget_line”" in message
    assert message.startswith("GrantDesk could not") and "save" in message.split(",")[0]


@pytest.mark.parametrize(
    ("error", "reading", "starts"),
    [
        ("database disk image is malformed", True, "GrantDesk could not read its data file"),
        ("database disk image is malformed", False, "GrantDesk could not save, because its"),
        ("file is not a database", True, "GrantDesk could not read its data file, because"),
        ("database is locked", True, "GrantDesk could not read its data just now, because"),
        ("database is locked", False, "GrantDesk could not save just now, because another"),
        ("attempt to write a readonly database", False, "GrantDesk could not save, because the"),
        ("unable to open database file", True, "GrantDesk could not read its data file, because"),
        ("database or disk is full", False, "GrantDesk could not save, because this computer"),
        ("something nobody expected", True, "GrantDesk could not read its data just now. "),
        ("something nobody expected", False, "GrantDesk could not save just now. "),
    ],
)
def test_each_cause_has_its_own_sentence(error: str, reading: bool, starts: str):
    message = message_for(sqlite3.OperationalError(error), reading).message
    assert message.startswith(starts)
    if reading:
        assert "save" not in message and "on screen" not in message
