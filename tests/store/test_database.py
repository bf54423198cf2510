import os
import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from grantdesk.domain.application import ApplicationDetails
from grantdesk.store.backups import Backups
from grantdesk.store.database import (
    DATABASE_FILE,
    MIGRATIONS,
    SCHEMA_REVISION,
    integrity_problems,
    open_database,
    schema_revision,
)
from grantdesk.store.errors import StoreError
from grantdesk.store.repository import Store


def test_the_current_revision_is_the_newest_migration():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


def test_an_empty_folder_becomes_a_database_at_the_newest_schema(tmp_path: Path):
    folder = tmp_path / "new" / "nested"
    engine = open_database(folder)
    assert (folder / DATABASE_FILE).exists()
    assert schema_revision(engine) == SCHEMA_REVISION
    tables = {
        row[0]
        for row in sqlite3.connect(folder / DATABASE_FILE).execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    }
    assert {"organisation", "application", "answer", "alembic_version"} <= tables
    assert integrity_problems(engine) == []
    engine.dispose()


def test_connections_use_the_settings_that_survive_a_power_cut(store: Store, data_dir: Path):
    engine = store.engine
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_opening_again_keeps_everything(data_dir: Path):
    first = open_database(data_dir)
    Store(first).applications.save_answer(
        Store(first).applications.create(ApplicationDetails(title="Keep me")),
        "project",
        "Still here ŵ",
    )
    first.dispose()
    again = Store(open_database(data_dir))
    [summary] = again.applications.summaries()
    assert again.applications.answers(summary.id)["project"].text == "Still here ŵ"


def test_a_backup_is_a_complete_copy(store: Store, data_dir: Path):
    application_id = store.applications.create(ApplicationDetails(title="Backed up"))
    store.applications.save_answer(application_id, "project", "Copied safely – ŷ")
    made = Backups(data_dir / DATABASE_FILE, data_dir / "backups").make()
    row = sqlite3.connect(made.path).execute("SELECT text FROM answer").fetchone()
    assert row == ("Copied safely – ŷ",)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_folder_that_cannot_be_written_gets_a_plain_message(tmp_path: Path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="cannot be written to"):
            open_database(locked / "data")
    finally:
        locked.chmod(0o700)


def test_a_path_that_is_a_file_gets_a_plain_message(tmp_path: Path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot keep your work in"):
        open_database(not_a_folder)


def test_the_start_up_check_expects_every_table_of_the_models():
    from grantdesk.store.models import Base
    from grantdesk.store.sqlite_files import CURRENT_TABLES

    assert frozenset(Base.metadata.tables) | {"alembic_version", "answer_fts"} == CURRENT_TABLES


def test_the_list_read_with_plain_sqlite3_is_the_stores_list(store: Store, data_dir: Path):
    from datetime import date

    from grantdesk.domain.decision import ReportDue, upcoming_of
    from grantdesk.domain.organisation import Profile
    from grantdesk.store.sqlite_files import first_look

    kept = store.applications.create(
        ApplicationDetails(
            title="Tŷ’r Cwm youth club",
            funder="A funder",
            fund="Small grants",
            amount_requested_pence=123_456,
            closing_date=date(2027, 1, 15),
            project_start=date(2027, 4, 1),
            project_end=date(2028, 3, 31),
            funder_minimum_pence=50_000,
            funder_maximum_pence=500_000,
            funder_reference="PCC-7",
        )
    )
    store.applications.create(ApplicationDetails())
    binned = store.applications.create(ApplicationDetails(title="In the bin"))
    store.applications.move_to_bin(binned)
    store.applications.save_answer(kept, "project", "Saved last, so listed first")
    store.profile.save(Profile(name="  Tŷ’r Cwm Residents  "))
    store.decisions.save_reports(
        kept, (ReportDue("End of grant report", date(2028, 4, 30)), ReportDue("Photos", None, True))
    )
    look = first_look(data_dir / DATABASE_FILE)
    assert look.applications == store.applications.summaries()
    assert upcoming_of(look.applications, look.reports) == store.decisions.upcoming()
    assert [report.what for report in look.reports[kept]] == ["End of grant report", "Photos"]
    assert [summary.id for summary in look.applications] == [kept, 2]
    assert look.group == "Tŷ’r Cwm Residents"


def test_there_is_no_first_look_at_a_database_still_to_be_made(tmp_path: Path):
    from grantdesk.store.sqlite_files import first_look

    assert first_look(tmp_path / DATABASE_FILE) is None
