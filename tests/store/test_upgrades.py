"""Upgrades keep the data: a database from each earlier release, opened by this version, keeps
every row it had, every answer above all, and a copy of it is taken before anything changes.

The fixtures are databases made by each earlier release itself (its `grantdesk demo`, plus the
hard cases: long Welsh titles, emoji, tabs, a bell, a 3,000-word answer, over £100,000, an
application in the bin); tests/store/fixtures/make_fixture.py makes one from a past commit.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from grantdesk.store.database import (
    BACKUP_FOLDER,
    DATABASE_FILE,
    MIGRATIONS,
    SCHEMA_REVISION,
    integrity_problems,
    open_database,
    schema_revision,
)
from grantdesk.store.repository import Store

FIXTURES = Path(__file__).with_name("fixtures")


def earlier_revisions() -> list[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    return sorted(
        script.revision for script in scripts.walk_revisions() if script.revision != SCHEMA_REVISION
    )


def fixture(revision: str) -> Path:
    return FIXTURES / f"schema_{revision}.sqlite3"


def contents(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows (sorted), leaving out Alembic's and SQLite's own."""
    database = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in database.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
                "AND name NOT LIKE '%_fts_%'"
            )
        ]
        found = {}
        for table in tables:
            columns = [row[1] for row in database.execute(f'PRAGMA table_info("{table}")')]
            rows = database.execute(f'SELECT * FROM "{table}"').fetchall()
            found[table] = (columns, sorted(rows, key=repr))
        return found
    finally:
        database.close()


def only(table: tuple[list[str], list[tuple]], columns: list[str]) -> list[tuple]:
    names, rows = table
    positions = [names.index(column) for column in columns]
    return sorted((tuple(row[i] for i in positions) for row in rows), key=repr)


def test_every_earlier_schema_has_a_fixture():
    missing = [revision for revision in earlier_revisions() if not fixture(revision).exists()]
    assert not missing, (
        f"No fixture database for {missing}: make one with tests/store/fixtures/make_fixture.py"
    )


@pytest.mark.parametrize("revision", earlier_revisions())
def test_an_earlier_database_keeps_every_row_after_the_upgrade(revision: str, tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(fixture(revision), data_dir / DATABASE_FILE)
    before = contents(fixture(revision))
    assert len(before["answer"][1]) >= 14

    engine = open_database(data_dir)
    try:
        assert schema_revision(engine) == SCHEMA_REVISION
        assert integrity_problems(engine) == []
    finally:
        engine.dispose()

    after = contents(data_dir / DATABASE_FILE)
    for table, (columns, _) in before.items():
        assert table in after, f"{table} is gone"
        kept = [column for column in columns if column in after[table][0]]
        assert only(before[table], kept) == only(after[table], kept), f"rows of {table} changed"


@pytest.mark.parametrize("revision", earlier_revisions())
def test_every_answer_reads_back_through_the_store(revision: str, tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(fixture(revision), data_dir / DATABASE_FILE)
    raw = sqlite3.connect(fixture(revision))
    answers_before = sorted(
        raw.execute("SELECT application_id, question_key, text FROM answer").fetchall()
    )
    raw.close()

    engine = open_database(data_dir)
    try:
        store = Store(engine)
        applications = store.applications.summaries() + store.applications.binned()
        answers_after = sorted(
            (summary.id, key, answer.text)
            for summary in applications
            for key, answer in store.applications.answers(summary.id).items()
        )
    finally:
        engine.dispose()
    assert answers_after == answers_before


@pytest.mark.parametrize("revision", earlier_revisions())
def test_a_copy_is_taken_before_the_upgrade(revision: str, tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(fixture(revision), data_dir / DATABASE_FILE)
    open_database(data_dir).dispose()

    [backup] = (data_dir / BACKUP_FOLDER).glob(f"before-upgrade-from-{revision}-*.sqlite3")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    copy.close()
    assert contents(backup) == contents(fixture(revision))
