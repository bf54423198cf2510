"""A data folder nobody can write to (a locked-down PC, a write-protected USB stick): the group
can still read and print everything, and a save says plainly why it cannot happen."""

import shutil
from pathlib import Path

import pytest

from grantdesk.domain.application import ApplicationDetails
from grantdesk.examples.demo import write_demo
from grantdesk.store.database import CANNOT_WRITE_FOLDER, DATABASE_FILE, open_database
from grantdesk.store.errors import READ_ONLY_FOLDER, StoreError
from grantdesk.store.repository import Store
from grantdesk.store.sqlite_files import wal_path


def demo_folder(tmp_path: Path, crashed: bool = False) -> Path:
    live = tmp_path / "live"
    engine = open_database(live)
    write_demo(Store(engine))
    folder = tmp_path / "data"
    shutil.copytree(live, folder)  # while open: as a crash leaves it, with the recent saves
    engine.dispose()
    if not crashed:
        shutil.rmtree(folder)
        shutil.copytree(live, folder)
    return folder


@pytest.mark.parametrize("crashed", [False, True], ids=["closed properly", "after a crash"])
def test_everything_can_be_read_and_printed_but_nothing_saved(
    tmp_path: Path, make_read_only, crashed: bool
):
    folder = make_read_only(demo_folder(tmp_path, crashed))
    assert wal_path(folder / DATABASE_FILE).exists() is crashed
    engine = open_database(folder)
    store = Store(engine)
    assert store.read_only
    summaries = store.applications.summaries()
    assert [s.details.title for s in summaries] == [
        "Summer Residential 2027",
        "Friday Night Safe Space",
    ]
    printable = store.printable(summaries[-1].id)
    assert printable.budget.lines
    with pytest.raises(StoreError) as refused:
        store.applications.save_answer(summaries[0].id, "project", "Typed here")
    assert refused.value.template == READ_ONLY_FOLDER  # the real cause, named
    assert str(folder) in refused.value.message
    assert store.takeaway.export(summaries[0].id).application.details.title == (
        "Summer Residential 2027"
    )
    engine.dispose()


def test_a_read_only_folder_with_no_data_yet_says_so(tmp_path: Path, make_read_only):
    empty = tmp_path / "empty"
    empty.mkdir()
    folder = make_read_only(empty)
    with pytest.raises(StoreError) as refused:
        open_database(folder)
    assert refused.value.message == CANNOT_WRITE_FOLDER.format(folder=folder)


def test_an_older_schema_in_a_read_only_folder_is_not_half_upgraded(tmp_path: Path, make_read_only):
    folder = tmp_path / "old"
    folder.mkdir()
    fixture = Path(__file__).with_name("fixtures") / "schema_0001_first_schema.sqlite3"
    shutil.copy(fixture, folder / DATABASE_FILE)
    read_only = make_read_only(folder)
    with pytest.raises(StoreError, match="needs to update the way your work is kept, and cannot"):
        open_database(read_only)
    assert (read_only / DATABASE_FILE).read_bytes() == fixture.read_bytes()


def test_the_write_probe_is_what_decides(tmp_path: Path):
    """In a writable folder the store is never read-only."""
    engine = open_database(tmp_path / "data")
    store = Store(engine)
    assert not store.read_only
    store.applications.create(ApplicationDetails(title="Saved"))
    engine.dispose()
