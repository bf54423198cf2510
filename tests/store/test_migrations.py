"""Upgrades are all or nothing: a kill at any moment of a migration leaves the old schema whole
or the new one, never half of each; and every migration is named after its revision."""

import ast
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from grantdesk.store.database import DATABASE_FILE, MIGRATIONS, SCHEMA_REVISION, open_database
from grantdesk.store.sqlite_files import KNOWN_REVISIONS

FIXTURES = Path(__file__).with_name("fixtures")
KILL_AT_STATEMENT = """
import os, signal, sys
from sqlalchemy import event
from grantdesk.store.database import create_sqlite_engine, migrate

engine = create_sqlite_engine(sys.argv[1])
statements = 0

def count_then_kill(*_arguments):
    global statements
    statements += 1
    if statements == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)

event.listen(engine, "before_cursor_execute", count_then_kill)
migrate(engine)
print(statements)
"""


def schema(database: Path) -> tuple[str | None, list[tuple]]:
    with closing(sqlite3.connect(database)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (revision,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        layout = raw.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    return revision, layout


def answers(database: Path) -> list[tuple]:
    with closing(sqlite3.connect(database)) as raw:
        return raw.execute(
            "SELECT application_id, question_key, text FROM answer ORDER BY 1, 2"
        ).fetchall()


def migrate_in_a_child(database: Path, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", KILL_AT_STATEMENT, str(database), str(kill_at)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.e2e
@pytest.mark.parametrize(
    "fixture", ["schema_0001_first_schema", "schema_0002_budget", "schema_0006_funder_forms"]
)
def test_a_kill_during_a_migration_leaves_the_old_schema_or_the_new(tmp_path: Path, fixture):
    original = FIXTURES / f"{fixture}.sqlite3"
    old = schema(original)
    kept = answers(original)

    finished = tmp_path / "finished.sqlite3"
    shutil.copy(original, finished)
    whole_run = migrate_in_a_child(finished, kill_at=0)
    assert whole_run.returncode == 0, whole_run.stderr
    statements = int(whole_run.stdout)
    new = schema(finished)
    assert new[0] == SCHEMA_REVISION

    kill_points = sorted({1, 2, statements // 3, statements // 2, statements - 2, statements})
    for kill_at in kill_points:
        database = tmp_path / f"killed-at-{kill_at}" / DATABASE_FILE
        database.parent.mkdir()
        shutil.copy(original, database)
        killed = migrate_in_a_child(database, kill_at)
        assert killed.returncode == -9, f"statement {kill_at} of {statements}: {killed.stderr}"
        assert schema(database) in (old, new), f"half a migration after statement {kill_at}"
        assert answers(database) == kept
        engine = open_database(database.parent)  # and the next start finishes the job
        engine.dispose()
        assert schema(database) == new
        assert answers(database) == kept


def test_every_migration_is_named_after_its_revision():
    for path in (MIGRATIONS / "versions").glob("*.py"):
        assignments = {
            node.targets[0].id: node.value.value
            for node in ast.parse(path.read_text("utf-8")).body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        }
        assert assignments["revision"] == path.stem
    assert SCHEMA_REVISION in KNOWN_REVISIONS
    assert len(KNOWN_REVISIONS) == len(list((MIGRATIONS / "versions").glob("*.py")))
