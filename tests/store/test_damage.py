"""The start-up check: each kind of damage is found and named, nothing is changed until the
person chooses, the damaged files are kept aside (never deleted), and a checked backup brings
the work back."""

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.backups import BackupReason
from grantdesk.store.backups import Backups
from grantdesk.store.database import BACKUP_FOLDER, DATABASE_FILE, open_database
from grantdesk.store.errors import Damage, DamagedDatabase, NewerDatabase
from grantdesk.store.repository import Store
from grantdesk.store.sqlite_files import shm_path, version_number, wal_path

BACKED_UP = [f"Backed up {number} – ŵ" for number in range(40)]
AFTER_BACKUP = "Written after the backup"


def fill(store: Store, titles: list[str]) -> None:
    with store.transaction():
        for title in titles:
            application_id = store.applications.create(ApplicationDetails(title=title))
            for key in ("project", "delivery", "outcomes"):
                store.applications.save_answer(application_id, key, f"{title} {key} " * 80)


def titles_in(data_dir: Path) -> set[str]:
    engine = open_database(data_dir)
    try:
        return {summary.details.title for summary in Store(engine).applications.summaries()}
    finally:
        engine.dispose()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    """A data folder as a crash leaves it: applications in a backup, one more saved since (still
    in the file of recent saves, -wal), and the -wal and -shm beside the data file."""
    live = tmp_path / "live"
    engine = open_database(live)
    store = Store(engine)
    fill(store, BACKED_UP)
    assert store.backups.make() is not None
    with engine.connect() as connection:  # as SQLite does by itself every thousand pages
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for number in range(30):  # several saves, each its own commit in the -wal
        fill(store, [f"{AFTER_BACKUP} {number}"])
    crashed = tmp_path / "crashed"
    shutil.copytree(live, crashed)  # copied while open: exactly what a power cut leaves
    engine.dispose()
    assert wal_path(crashed / DATABASE_FILE).stat().st_size > 0
    return crashed


@pytest.fixture
def closed(crashed: Path) -> Path:
    """The same folder after GrantDesk closed properly: one data file, no -wal."""
    titles_in(crashed)
    assert not wal_path(crashed / DATABASE_FILE).exists()
    return crashed


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("rb+") as file:
        file.seek(offset)
        file.write(data)


def middle_page(path: Path, page_size: int = 4096) -> int:
    return (path.stat().st_size // page_size // 2) * page_size


def empty(folder: Path) -> None:
    (folder / DATABASE_FILE).write_bytes(b"")


def truncated(folder: Path) -> None:
    database = folder / DATABASE_FILE
    os.truncate(database, database.stat().st_size // 2)


def garbage_first_page(folder: Path) -> None:
    overwrite(folder / DATABASE_FILE, 0, os.urandom(4096))


def flipped_mid_file(folder: Path) -> None:
    database = folder / DATABASE_FILE
    start = middle_page(database)
    page = bytearray(database.read_bytes()[start : start + 4096])
    overwrite(database, start, bytes(byte ^ 0xFF for byte in page))


def missing_table(folder: Path) -> None:
    with sqlite3.connect(folder / DATABASE_FILE) as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("DROP TABLE budget_line")


def garbage_wal(folder: Path) -> None:
    wal = wal_path(folder / DATABASE_FILE)
    wal.write_bytes(os.urandom(wal.stat().st_size))


def garbage_mid_wal(folder: Path) -> None:
    wal = wal_path(folder / DATABASE_FILE)
    overwrite(wal, wal.stat().st_size // 2, os.urandom(8192))


def garbage_mid_wal_without_shm(folder: Path) -> None:
    garbage_mid_wal(folder)
    shm_path(folder / DATABASE_FILE).unlink()


def deleted_wal(folder: Path) -> None:
    wal_path(folder / DATABASE_FILE).unlink()


IN_THE_DATA_FILE = [
    (empty, Damage.EMPTY, "is empty: it holds nothing at all"),
    (truncated, Damage.CUT_SHORT, "is shorter than it should be"),
    (garbage_first_page, Damage.NOT_A_DATABASE, "does not begin the way"),
    (flipped_mid_file, Damage.DAMAGED_INSIDE, "is damaged inside"),
    (missing_table, Damage.TABLES_MISSING, "(the table “budget_line”)"),
]
IN_THE_RECENT_SAVES = [
    (garbage_wal, Damage.RECENT_SAVES_DAMAGED, "-wal) is damaged"),
    (garbage_mid_wal, Damage.RECENT_SAVES_DAMAGED, "-wal) is damaged"),
    (garbage_mid_wal_without_shm, Damage.RECENT_SAVES_DAMAGED, "-wal) is damaged"),
    (deleted_wal, Damage.RECENT_SAVES_MISSING, "-wal) is missing"),
]


def found_damage(folder: Path, kind: Damage, says: str) -> DamagedDatabase:
    before = fingerprint(folder)
    with pytest.raises(DamagedDatabase) as raised:
        open_database(folder)
    assert raised.value.damage is kind
    assert str(folder / DATABASE_FILE) in raised.value.message
    assert says in raised.value.message
    assert data_of(fingerprint(folder)) == data_of(before), "the check must change nothing"
    return raised.value


def data_of(files: dict[str, str]) -> dict[str, str]:
    """The data file and its recent saves; the -shm is only SQLite's index of the -wal, which
    SQLite rebuilds as it reads."""
    return {name: digest for name, digest in files.items() if not name.endswith("-shm")}


@pytest.mark.parametrize(("damage", "kind", "says"), IN_THE_DATA_FILE)
def test_damage_in_the_data_file_is_found_kept_aside_and_a_backup_restores(
    closed: Path, damage, kind: Damage, says: str
):
    damage(closed)
    damaged = fingerprint(closed)
    found_damage(closed, kind, says)

    backups = Backups(closed / DATABASE_FILE, closed / BACKUP_FOLDER)
    newest = backups.newest_good()
    assert newest is not None and newest.reason is BackupReason.AUTOMATIC
    aside = backups.recover(newest)
    assert aside.parent == closed / "damaged"
    assert data_of(fingerprint(aside)) == data_of(damaged), "kept exactly as it was"
    assert titles_in(closed) == set(BACKED_UP)


@pytest.mark.parametrize(("damage", "kind", "says"), IN_THE_RECENT_SAVES)
def test_damage_in_the_recent_saves_is_found_and_either_way_back_works(
    crashed: Path, tmp_path: Path, damage, kind: Damage, says: str
):
    damage(crashed)
    found_damage(crashed, kind, says)
    assert kind.in_recent_saves
    before = data_of(fingerprint(crashed))
    assert Backups(crashed / DATABASE_FILE, crashed / BACKUP_FOLDER).readable_contents()
    assert data_of(fingerprint(crashed)) == before, "working out what can be read changes nothing"
    second = tmp_path / "second"
    shutil.copytree(crashed, second)
    damaged = fingerprint(crashed)

    # Carry on with what can be read: copies of every file go aside first.
    backups = Backups(crashed / DATABASE_FILE, crashed / BACKUP_FOLDER)
    aside = backups.carry_on()
    assert data_of(fingerprint(aside)) == data_of(damaged)
    expected = backups.readable_contents()
    readable = titles_in(crashed)
    assert set(BACKED_UP) <= readable
    assert expected.applications == len(readable)
    assert not wal_path(crashed / DATABASE_FILE).exists()

    # Or go back to the newest backup.
    other = Backups(second / DATABASE_FILE, second / BACKUP_FOLDER)
    other.recover(other.newest_good())
    assert titles_in(second) == set(BACKED_UP)


def test_a_crash_leaves_nothing_the_check_calls_damage(crashed: Path):
    titles = titles_in(crashed)
    assert titles == set(BACKED_UP) | {f"{AFTER_BACKUP} {number}" for number in range(30)}


def test_a_save_cut_off_by_a_power_cut_is_not_damage(crashed: Path):
    """The last save half-written as the power went: SQLite ignores it; so does the check."""
    wal = wal_path(crashed / DATABASE_FILE)
    shm_path(crashed / DATABASE_FILE).unlink()
    os.truncate(wal, wal.stat().st_size - 1000)
    assert set(BACKED_UP) <= titles_in(crashed)


def test_an_empty_file_is_never_taken_for_a_new_database(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    empty(folder)
    found_damage(folder, Damage.EMPTY, "is empty")
    assert (folder / DATABASE_FILE).stat().st_size == 0


def test_another_programs_database_is_not_taken_for_grantdesks(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(folder / DATABASE_FILE) as raw:
        raw.execute("CREATE TABLE recipes (name TEXT)")
    found_damage(folder, Damage.NOT_GRANTDESK, "holds something else")


def test_a_database_from_a_newer_grantdesk_is_refused_untouched_with_no_copy(closed: Path):
    with sqlite3.connect(closed / DATABASE_FILE) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0042_time_travel'")
        raw.execute(f"PRAGMA user_version = {version_number('2.3.0')}")
    before = data_of(fingerprint(closed))
    backups_before = fingerprint(closed / BACKUP_FOLDER)
    for _ in range(3):  # every start, not only the first
        with pytest.raises(NewerDatabase) as raised:
            open_database(closed)
        assert raised.value.message.startswith(
            "This data was saved by GrantDesk 2.3.0, which is newer than this GrantDesk (0.1.0)."
        )
        assert "nothing in it has been changed" in raised.value.message
    assert data_of(fingerprint(closed)) == before
    assert fingerprint(closed / BACKUP_FOLDER) == backups_before


def test_a_newer_database_with_no_version_recorded_is_still_refused_plainly(closed: Path):
    with sqlite3.connect(closed / DATABASE_FILE) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0042_time_travel'")
        raw.execute("PRAGMA user_version = 0")
    with pytest.raises(NewerDatabase) as raised:
        open_database(closed)
    assert raised.value.message.startswith(
        "This data was saved by a newer version of GrantDesk than this one (0.1.0)."
    )
