"""A locked group's work is unreadable without its passphrase or recovery key, not merely hidden:
wrong words change nothing, the files hold no typed text, and changing the passphrase or
unlocking keeps every character."""

import hashlib
import os
from pathlib import Path

import pytest

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.organisation import Profile
from grantdesk.store import locking
from grantdesk.store.backups import Backups
from grantdesk.store.database import DATABASE_FILE
from grantdesk.store.errors import Damage, DamagedDatabase, StoreError, WrongPassphrase
from grantdesk.store.locking import (
    change_passphrase,
    data_key,
    lock,
    settle,
    unlock_permanently,
)
from grantdesk.store.repository import Store
from grantdesk.store.sqlite_files import connect, is_plain_sqlite, wal_path
from grantdesk.store.workspaces import Workspace, Workspaces, open_workspace

PASSPHRASE = "Our tea urn is older than the hall"
TYPED = "Mrs Gwenllïan Ŷwain, 12 Heol y Dŵr, born 03/04/1961 – sort code 40-11-62 “private”"
SECRET_WORDS = ("Gwenll", "Heol y D", "40-11-62", "private")


def every_file(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def everything_in(store: Store) -> list:
    """Every application's details and answers, the profile and funders, as plain values."""
    applications = store.applications.summaries()
    return [
        store.profile.get(),
        [(summary.details, store.applications.answers(summary.id)) for summary in applications],
        store.funders.all(),
    ]


def write_private_details(store: Store) -> int:
    store.profile.save(Profile(name="Maes-y-Dŵr Youth Drop-In", address=TYPED))
    application_id = store.applications.create(ApplicationDetails(title="Bid ŵ " + TYPED))
    store.applications.save_answer(application_id, "project", TYPED * 3)
    return application_id


@pytest.fixture
def group(tmp_path: Path) -> Workspace:
    return Workspaces(tmp_path / "data").add("Maes-y-Dŵr Youth Drop-In")


def test_many_wrong_passphrases_change_no_file_and_the_right_one_opens(group: Workspace):
    store = open_workspace(group)
    write_private_details(store)
    store.backups.make()
    store.engine.dispose()
    recovery_key = lock(group.folder, PASSPHRASE)
    before = every_file(group.folder)
    for wrong in ["", "our tea urn is older than the hall", PASSPHRASE + " ", "x' OR 1=1 --", "ŵ"]:
        with pytest.raises(WrongPassphrase, match="does not open this group’s work"):
            data_key(group.folder, wrong)
    for wrong in ["AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", recovery_key[:-1]]:
        with pytest.raises(WrongPassphrase, match="That recovery key does not open"):
            data_key(group.folder, recovery_key=wrong)
    assert every_file(group.folder) == before
    key = data_key(group.folder, PASSPHRASE)
    # The recovery key opens it too, however it is typed from the paper.
    assert data_key(group.folder, recovery_key=recovery_key.lower().replace("-", " ")) == key
    store = open_workspace(group, key)
    assert store.profile.get().address == TYPED
    store.engine.dispose()


def test_a_locked_group_has_no_readable_header_and_no_typed_text_anywhere(group: Workspace):
    group.folder.mkdir(exist_ok=True)
    lock(group.folder, PASSPHRASE)
    key = data_key(group.folder, PASSPHRASE)
    store = open_workspace(group, key)
    write_private_details(store)
    store.backups.make()
    # While it is open, the recent saves sit in the -wal: encrypted too.
    wal = wal_path(store.database)
    assert wal.stat().st_size > 0
    raw_files = [store.database, wal, *[backup.path for backup in store.backups.all()]]
    for path in raw_files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), path
        for words in SECRET_WORDS:
            assert words.encode("utf-8") not in data, (path, words)
            assert words.encode("utf-16-le") not in data, (path, words)
    store.engine.dispose()
    for path in group.folder.rglob("*"):
        if path.is_file() and path.name != "group.json":
            assert b"Gwenll" not in path.read_bytes(), path
    # Without the key, SQLite cannot read it at all.
    with pytest.raises(Exception, match="not a database"):
        connect(group.database).execute("SELECT * FROM sqlite_master").fetchall()


def test_locking_an_existing_group_encrypts_its_database_and_backups_keeping_everything(
    group: Workspace,
):
    store = open_workspace(group)
    write_private_details(store)
    store.backups.make()
    before = everything_in(store)
    store.engine.dispose()
    lock(group.folder, PASSPHRASE)
    assert not any(is_plain_sqlite(path) for path in group.folder.rglob("*.sqlite3")), (
        "every file locked"
    )
    key = data_key(group.folder, PASSPHRASE)
    store = open_workspace(group, key)
    assert everything_in(store) == before
    [backup] = store.backups.all()
    assert store.backups.contents(backup).group == "Maes-y-Dŵr Youth Drop-In"
    store.engine.dispose()


def test_changing_the_passphrase_keeps_every_character_and_only_the_new_one_opens(
    group: Workspace,
):
    group.folder.mkdir(exist_ok=True)
    recovery_key = lock(group.folder, PASSPHRASE)
    key = data_key(group.folder, PASSPHRASE)
    store = open_workspace(group, key)
    write_private_details(store)
    before = everything_in(store)
    store.engine.dispose()
    database_before = every_file(group.folder)[DATABASE_FILE]
    change_passphrase(group.folder, key, "A new sentence for a new year ŵ")
    with pytest.raises(WrongPassphrase):
        data_key(group.folder, PASSPHRASE)
    assert data_key(group.folder, "A new sentence for a new year ŵ") == key
    assert data_key(group.folder, recovery_key=recovery_key) == key
    assert every_file(group.folder)[DATABASE_FILE] == database_before, "only the key file"
    store = open_workspace(group, key)
    assert everything_in(store) == before
    store.engine.dispose()


def test_unlocking_for_good_keeps_every_character_and_leaves_plain_files(group: Workspace):
    group.folder.mkdir(exist_ok=True)
    lock(group.folder, PASSPHRASE)
    key = data_key(group.folder, PASSPHRASE)
    store = open_workspace(group, key)
    application_id = write_private_details(store)
    store.backups.make()
    before = everything_in(store)
    found_before = store.search.answers("Gwenllïan")
    store.engine.dispose()
    unlock_permanently(group.folder, key)
    assert not group.locked
    assert all(is_plain_sqlite(path) for path in group.folder.rglob("*.sqlite3"))
    store = open_workspace(group)
    assert everything_in(store) == before
    assert store.search.answers("Gwenllïan") == found_before
    assert store.applications.answers(application_id)["project"].text == TYPED * 3
    assert all(store.backups.is_good(backup) for backup in store.backups.all())
    store.engine.dispose()


def test_a_lock_cut_short_is_finished_when_the_group_is_next_opened(group: Workspace, monkeypatch):
    store = open_workspace(group)
    write_private_details(store)
    store.backups.make()
    before = everything_in(store)
    store.engine.dispose()

    def power_cut(path, from_key, to_key):
        raise StoreError("the power went")

    monkeypatch.setattr(locking, "_convert", power_cut)
    with pytest.raises(StoreError):
        lock(group.folder, PASSPHRASE)
    monkeypatch.undo()
    assert group.locked and is_plain_sqlite(group.database)
    store = open_workspace(group, data_key(group.folder, PASSPHRASE))
    assert not is_plain_sqlite(group.database)
    assert not any(is_plain_sqlite(path) for path in group.folder.rglob("*.sqlite3"))
    assert everything_in(store) == before
    store.engine.dispose()


def test_a_conversion_that_fails_its_check_leaves_the_file_as_it_was(group: Workspace, monkeypatch):
    store = open_workspace(group)
    write_private_details(store)
    store.engine.dispose()
    before = every_file(group.folder)
    key = "ab" * 32

    def damaged(path, key=None):
        raise DamagedDatabase(Damage.DAMAGED_INSIDE, path)

    monkeypatch.setattr(locking, "check_database", damaged)
    with pytest.raises(StoreError, match="could not finish locking"):
        settle(group.folder, key)
    assert every_file(group.folder) == before


def test_damage_to_a_locked_group_is_found_and_a_backup_brings_it_back(group: Workspace):
    group.folder.mkdir(exist_ok=True)
    lock(group.folder, PASSPHRASE)
    key = data_key(group.folder, PASSPHRASE)
    store = open_workspace(group, key)
    write_private_details(store)
    for number in range(30):
        store.applications.create(ApplicationDetails(title=f"Filler {number} " + "ŵ" * 2000))
    store.backups.make()
    store.engine.dispose()
    database = group.database
    middle = database.stat().st_size // 4096 // 2 * 4096
    with database.open("rb+") as file:
        file.seek(middle)
        file.write(os.urandom(4096))
    with pytest.raises(DamagedDatabase) as raised:
        open_workspace(group, key)
    assert raised.value.damage is Damage.DAMAGED_INSIDE
    backups = Backups(database, group.folder / "backups", key=key)
    backups.recover(backups.newest_good())
    store = open_workspace(group, key)
    assert store.profile.get().address == TYPED
    store.engine.dispose()


def test_a_locked_group_cut_short_is_found_by_its_size(group: Workspace):
    group.folder.mkdir(exist_ok=True)
    lock(group.folder, PASSPHRASE)
    key = data_key(group.folder, PASSPHRASE)
    open_workspace(group, key).engine.dispose()
    os.truncate(group.database, group.database.stat().st_size - 100)
    with pytest.raises(DamagedDatabase) as raised:
        open_workspace(group, key)
    assert raised.value.damage is Damage.CUT_SHORT
