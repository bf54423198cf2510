"""The groups on one computer: each its own folder, database and backups; a data folder from
before groups becomes the first group, backed up first, losing nothing."""

import shutil
from pathlib import Path

import pytest

from grantdesk.domain.application import ApplicationDetails
from grantdesk.store import workspaces as workspaces_module
from grantdesk.store.database import BACKUP_FOLDER, DATABASE_FILE, open_database
from grantdesk.store.errors import StoreError
from grantdesk.store.repository import Store
from grantdesk.store.sqlite_files import contents_of, wal_path
from grantdesk.store.workspaces import MOVING_NOTE, Workspaces, open_workspace

FIXTURES = Path(__file__).with_name("fixtures")
SCHEMAS = sorted(FIXTURES.glob("schema_*.sqlite3"))


def titles(store: Store) -> list[str]:
    return sorted(summary.details.title for summary in store.applications.summaries())


def test_groups_are_added_found_and_renamed_each_in_a_folder_of_its_own(tmp_path: Path):
    workspaces = Workspaces(tmp_path)
    assert workspaces.all() == []
    youth = workspaces.add("Maes-y-Dŵr  Youth Drop-In ")
    watch = workspaces.add("Neighbourhood Watch")
    assert youth.name == "Maes-y-Dŵr Youth Drop-In"
    assert youth.folder == tmp_path / "groups" / "maes-y-dwr-youth-drop-in"
    assert [w.name for w in workspaces.all()] == ["Maes-y-Dŵr Youth Drop-In", "Neighbourhood Watch"]
    assert workspaces.find("neighbourhood watch") == watch
    assert workspaces.find("maes-y-dwr-youth-drop-in") == youth
    with pytest.raises(StoreError, match="already a group called “Neighbourhood Watch”"):
        workspaces.add("NEIGHBOURHOOD WATCH")
    with pytest.raises(StoreError, match="type the group’s name"):
        workspaces.add("   ")
    with pytest.raises(StoreError, match=r"no group called “Food bank”.*“Neighbourhood Watch”"):
        workspaces.find("Food bank")
    renamed = workspaces.rename(watch, "Pentre Neighbourhood Watch")
    assert renamed.folder == watch.folder
    assert workspaces.find("Pentre Neighbourhood Watch").lock_after_minutes == 15
    assert workspaces.set_lock_after(renamed, 5).lock_after_minutes == 5
    assert workspaces.find("Pentre Neighbourhood Watch").lock_after_minutes == 5


def test_each_group_sees_only_its_own_work(tmp_path: Path):
    workspaces = Workspaces(tmp_path)
    first, second = workspaces.add("First"), workspaces.add("Second")
    one = open_workspace(first)
    one.applications.create(ApplicationDetails(title="First's bid"))
    two = open_workspace(second)
    two.applications.create(ApplicationDetails(title="Second's bid"))
    assert titles(one) == ["First's bid"]
    assert titles(two) == ["Second's bid"]
    assert one.backups.make().path.parent == first.folder / BACKUP_FOLDER
    assert two.search.answers("First") == []
    one.engine.dispose()
    two.engine.dispose()


def every_word(store: Store) -> list:
    return [
        (summary.details, store.applications.answers(summary.id))
        for summary in store.applications.summaries()
    ] + [store.profile.get(), store.funders.all()]


def everything_in(schema: Path, folder: Path) -> list:
    """What a copy of the fixture holds once opened (and upgraded) by itself."""
    folder.mkdir()
    shutil.copy(schema, folder / DATABASE_FILE)
    engine = open_database(folder)
    try:
        return every_word(Store(engine))
    finally:
        engine.dispose()


def old_data_folder(tmp_path: Path, schema: Path) -> Path:
    """An installation from before groups: the database and its backups in the folder itself."""
    folder = tmp_path / "data"
    (folder / BACKUP_FOLDER).mkdir(parents=True)
    shutil.copy(schema, folder / DATABASE_FILE)
    shutil.copy(schema, folder / BACKUP_FOLDER / "on-request-20261101-180000.sqlite3")
    return folder


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda path: path.stem)
def test_an_old_data_folder_becomes_the_first_group_backed_up_first_losing_nothing(
    tmp_path: Path, schema: Path
):
    folder = old_data_folder(tmp_path, schema)
    before = contents_of(folder / DATABASE_FILE)
    expected = everything_in(schema, tmp_path / "as-it-was")
    old_backups = sorted(path.name for path in (folder / BACKUP_FOLDER).iterdir())
    workspaces = Workspaces(folder)
    group = workspaces.move_single_database()
    assert group.name == (before.group or "Our group")
    assert not (folder / DATABASE_FILE).exists() and not (folder / BACKUP_FOLDER).exists()
    moved = sorted(path.name for path in (group.folder / BACKUP_FOLDER).iterdir())
    assert set(old_backups) < set(moved)
    [taken_first] = [name for name in moved if name.startswith("before-upgrade-from-")]
    assert contents_of(group.folder / BACKUP_FOLDER / taken_first) == before
    store = open_workspace(group)
    assert every_word(store) == expected
    store.engine.dispose()
    assert workspaces.move_single_database() is None, "only once"
    assert [w.folder for w in workspaces.all()] == [group.folder]


def test_a_move_cut_short_carries_on_at_the_next_start(tmp_path: Path, monkeypatch):
    folder = old_data_folder(tmp_path, SCHEMAS[-1])
    engine = open_database(folder)  # the GrantDesk before groups, at work
    store = Store(engine)
    store.applications.create(ApplicationDetails(title="Only in the recent saves ŵ"))
    shutil.copytree(folder, tmp_path / "crashed")  # as a power cut leaves it, -wal and all
    engine.dispose()
    folder = tmp_path / "crashed"
    assert wal_path(folder / DATABASE_FILE).exists()
    moves = []
    real_move = workspaces_module._move

    def cut_after_the_wal(source: Path, target: Path) -> None:
        moves.append(source.name)
        if source.name == DATABASE_FILE:
            raise OSError("the power went")
        real_move(source, target)

    monkeypatch.setattr(workspaces_module, "_move", cut_after_the_wal)
    with pytest.raises(OSError):
        Workspaces(folder).move_single_database()
    monkeypatch.undo()
    assert (folder / "groups" / MOVING_NOTE).exists()
    group = Workspaces(folder).move_single_database()
    assert not (folder / "groups" / MOVING_NOTE).exists()
    store = open_workspace(group)
    assert "Only in the recent saves ŵ" in titles(store)
    store.engine.dispose()


def test_an_old_data_folder_that_cannot_be_written_is_read_where_it_is(
    tmp_path: Path, make_read_only
):
    folder = tmp_path / "data"
    engine = open_database(folder)  # as the GrantDesk before groups left it
    Store(engine).applications.create(ApplicationDetails(title="On a write-protected stick ŵ"))
    engine.dispose()
    folder = make_read_only(folder)
    workspaces = Workspaces(folder)
    assert workspaces.move_single_database() is None
    [group] = workspaces.all()
    assert group.folder == folder
    store = open_workspace(group)
    assert store.read_only
    assert titles(store) == ["On a write-protected stick ŵ"]
    store.engine.dispose()
