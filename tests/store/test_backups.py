"""Backups of the live database: checked before they count, skipped when nothing changed, kept
in a rotation, listed with what they hold, put back undoably, and safe from a kill."""

import random
import shutil
import signal
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.backups import BackupReason
from grantdesk.domain.organisation import Profile
from grantdesk.store import backups as backups_module
from grantdesk.store.backups import Backups
from grantdesk.store.database import BACKUP_FOLDER, DATABASE_FILE, open_database
from grantdesk.store.errors import Damage, DamagedDatabase, StoreError
from grantdesk.store.locking import data_key, lock
from grantdesk.store.repository import Store
from grantdesk.store.sqlite_files import connect, verify_copy

FIXTURES = Path(__file__).with_name("fixtures")


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 1, 18, 0, tzinfo=UTC))


@pytest.fixture(params=["unlocked", "locked"])
def key(request, data_dir: Path) -> str | None:
    """Every guarantee of backups holds for a locked group too (its backups encrypted)."""
    return locked_key(data_dir) if request.param == "locked" else None


def locked_key(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    lock(folder, "our words are ours alone")
    return data_key(folder, "our words are ours alone")


@pytest.fixture
def timed_store(data_dir: Path, clock: Clock, key: str | None) -> Store:
    engine = open_database(data_dir, key)
    yield Store(engine, clock, key=key)
    engine.dispose()


def titles(store: Store) -> list[str]:
    return sorted(summary.details.title for summary in store.applications.summaries())


def test_a_backup_holds_everything_and_says_what(timed_store: Store, clock: Clock):
    store = timed_store
    store.profile.save(Profile(name="Maes-y-Dŵr Youth Drop-In"))
    for number in range(7):
        clock.now += timedelta(minutes=1)
        store.applications.create(ApplicationDetails(title=f"Application {number} – ŷ"))
    binned = store.applications.create(ApplicationDetails(title="In the bin"))
    store.applications.move_to_bin(binned)
    made = store.backups.make()
    assert made.reason is BackupReason.AUTOMATIC
    assert made.path.parent == store.database.parent / BACKUP_FOLDER
    assert verify_copy(made.path, store.backups.key)
    contents = store.backups.contents(made)
    assert contents.applications == 7
    assert contents.last_saved == clock.now.replace(microsecond=0)
    assert contents.titles == tuple(f"Application {n} – ŷ" for n in (6, 5, 4, 3, 2))
    assert "In the bin" not in contents.titles
    assert contents.group == "Maes-y-Dŵr Youth Drop-In"
    assert not list(made.path.parent.glob(".partial-*"))
    assert store.backups.all() == [made]


def test_nothing_changed_means_no_new_backup(timed_store: Store, clock: Clock):
    store = timed_store
    store.applications.create(ApplicationDetails(title="One"))
    first = store.backups.make()
    clock.now += timedelta(minutes=10)
    assert store.backups.make() is None
    assert store.backups.make(BackupReason.ON_REQUEST) is None
    store.applications.create(ApplicationDetails(title="Two"))
    clock.now += timedelta(minutes=10)
    second = store.backups.make()
    assert second is not None
    assert store.backups.all() == [second, first]


def test_with_a_fixed_clock_the_rotation_keeps_ten_and_one_a_day(timed_store: Store, clock):
    store = timed_store
    application_id = store.applications.create(ApplicationDetails(title="Growing"))
    made = []
    for day in range(35):
        for slot in range(3):  # an evening's work: three backups, ten minutes apart
            clock.now = datetime(2026, 11, 1, 18, 10 * slot, tzinfo=UTC) + timedelta(days=day)
            store.applications.save_answer(application_id, "project", f"Day {day} slot {slot}")
            made.append(store.backups.make())
    upgrade = store.backups.make_before_upgrade("0001_first_schema")
    kept = store.backups.all()
    names = {backup.path.name for backup in kept}
    newest_ten = {backup.path.name for backup in made[-10:]}
    # The last backups are on day 34, so a month back reaches day 4.
    last_of_each_day = {made[3 * day + 2].path.name for day in range(4, 35)}
    assert names == newest_ten | last_of_each_day | {upgrade.path.name}
    assert all(path.exists() for path in (backup.path for backup in kept))
    on_disk = {path.name for path in (store.database.parent / BACKUP_FOLDER).iterdir()}
    assert on_disk == names


def test_a_copy_that_fails_its_check_never_joins_the_rotation(timed_store: Store, monkeypatch):
    store = timed_store
    store.applications.create(ApplicationDetails(title="One"))
    good = store.backups.make()

    def fails(path: Path, key: str | None = None):
        raise DamagedDatabase(Damage.CUT_SHORT, path)

    monkeypatch.setattr(backups_module, "verify_copy", fails)
    store.applications.create(ApplicationDetails(title="Two"))
    with pytest.raises(StoreError, match="could not make a backup, because the copy"):
        store.backups.make()
    assert store.backups.all() == [good]
    assert list((store.database.parent / BACKUP_FOLDER).iterdir()) == [good.path]


def test_restoring_backs_up_first_so_it_can_be_undone(timed_store: Store, clock: Clock):
    store = timed_store
    store.applications.create(ApplicationDetails(title="Before"))
    earlier = store.backups.make()
    clock.now += timedelta(minutes=10)
    later_id = store.applications.create(ApplicationDetails(title="After"))
    store.applications.save_answer(later_id, "project", "Typed after the backup ŵ")

    undo = store.restore_backup(earlier)
    assert undo.reason is BackupReason.BEFORE_RESTORE
    assert titles(store) == ["Before"]
    assert store.search.answers("Typed") == []

    clock.now += timedelta(minutes=1)
    store.restore_backup(undo)
    assert titles(store) == ["After", "Before"]
    assert store.applications.answers(later_id)["project"].text == "Typed after the backup ŵ"
    assert [hit.application_id for hit in store.search.answers("Typed")] == [later_id]


def test_a_backup_from_before_an_upgrade_is_listed_and_restores_with_the_upgrade(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "schema_0001_first_schema.sqlite3", data_dir / DATABASE_FILE)
    engine = open_database(data_dir)
    store = Store(engine)
    original = titles(store)
    [upgrade] = store.backups.all()
    assert upgrade.reason is BackupReason.BEFORE_UPGRADE
    assert store.backups.contents(upgrade).applications == len(original)
    for summary in store.applications.summaries():
        store.applications.move_to_bin(summary.id)
    assert titles(store) == []
    store.restore_backup(upgrade)
    assert titles(store) == original
    store.money.budget(store.applications.summaries()[0].id)  # the newest tables are there
    engine.dispose()


def test_a_damaged_backup_is_refused_and_nothing_changes(timed_store: Store):
    store = timed_store
    store.applications.create(ApplicationDetails(title="Keep"))
    made = store.backups.make()
    with made.path.open("rb+") as file:
        file.write(b"garbage" * 20)
    with pytest.raises(StoreError, match="That backup cannot be used"):
        store.restore_backup(made)
    assert titles(store) == ["Keep"]
    assert store.backups.contents(made) is None
    assert store.backups.newest_good() is None


BACKING_UP_FOREVER = """
import sys
from pathlib import Path
from grantdesk.domain.application import ApplicationDetails
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store

key = sys.argv[2] if len(sys.argv) > 2 else None
store = Store(open_database(Path(sys.argv[1]), key), key=key)
number = 0
while True:
    number += 1
    store.applications.create(ApplicationDetails(title=f"Added {number}"))
    store.backups.make()
    print(number, flush=True)
"""


@pytest.mark.e2e
def test_a_kill_during_a_backup_leaves_every_earlier_backup_whole(data_dir: Path, key):
    engine = open_database(data_dir, key)
    store = Store(engine, key=key)
    with store.transaction():
        for number in range(300):
            application_id = store.applications.create(ApplicationDetails(title=f"App {number}"))
            store.applications.save_answer(application_id, "project", "Words ŵ " * 400)
    engine.dispose()
    chance = random.Random(12)
    for _ in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", BACKING_UP_FOREVER, str(data_dir), *([key] if key else [])],
            stdout=subprocess.PIPE,
            text=True,
        )
        child.stdout.readline()  # at least one backup finished
        time.sleep(chance.uniform(0.0, 0.3))  # then somewhere in the middle of another
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        backups = Backups(data_dir / DATABASE_FILE, data_dir / BACKUP_FOLDER, key=key).all()
        assert backups
        for backup in backups:
            assert verify_copy(backup.path, key)
            with closing(connect(backup.path, key=key)) as raw:
                assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    listed = {backup.path for backup in backups}
    leftovers = set((data_dir / BACKUP_FOLDER).iterdir()) - listed
    assert all(path.name.startswith(".partial-") for path in leftovers)
