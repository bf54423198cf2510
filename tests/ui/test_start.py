"""Starting the window: the top of the home screen is painted at once, and the data folder is
opened off the window's thread meanwhile."""

import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from grantdesk import app
from grantdesk.ui.main_window import MainWindow
from tests.keys import press
from tests.ui.conftest import open_data, when_dialog_opens


def opens_when_told(monkeypatch) -> threading.Event:
    """The database opens (on the worker) only once the returned event is set."""
    from grantdesk.store import database

    may_open = threading.Event()
    opening = database.open_database

    def open_when_told(folder: Path, key: str | None = None):
        assert may_open.wait(20), "the test never let the data open"
        return opening(folder, key)

    monkeypatch.setattr(database, "open_database", open_when_told)
    return may_open


def test_the_first_paint_shows_the_home_frame_before_the_data_is_open_and_the_list_follows(
    qtbot, data_dir: Path, monkeypatch
):
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.store import database
    from grantdesk.store.repository import Store

    engine = database.open_database(data_dir)
    Store(engine).applications.create(ApplicationDetails(title="Youth club ŵ"))
    engine.dispose()
    may_open = opens_when_told(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    first_paint = FirstPaint(window)
    window.show()
    app.open_store(window, data_dir)  # as app.run_window does once the window is shown
    qtbot.waitUntil(lambda: first_paint.shown is not None)
    assert window.store is None, "the window waited for the data before its first paint"
    assert {"Your applications", "F&unders", "Group &profile", "Opening your applications…"} <= (
        first_paint.shown
    )
    may_open.set()
    qtbot.waitUntil(lambda: window.store is not None)
    assert window.pages.currentWidget() is window.home
    home = window.home
    assert not home.frame.opening.isVisible()
    for widget in (home.heading, home.funders_button, home.profile_button):
        assert widget.isVisible() and widget.isEnabled()
    table = window.home.table
    assert table.hasFocus()
    assert table.currentIndex().data() == "Youth club ŵ"
    press(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.application
    qtbot.waitUntil(lambda: not window.backups.busy)
    assert len(window.store.backups.all()) == 1  # a backup each time GrantDesk starts
    window.store.engine.dispose()


def test_the_applications_are_listed_before_the_data_is_open_and_what_is_chosen_then_is_done(
    qtbot, data_dir: Path, monkeypatch
):
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.domain.organisation import Profile
    from grantdesk.store import database
    from grantdesk.store.repository import Store

    engine = database.open_database(data_dir)
    store = Store(engine)
    store.profile.save(Profile(name="Tŷ’r Cwm Residents’ Association"))
    store.applications.create(
        ApplicationDetails(title="Youth club ŵ", closing_date=date.today() + timedelta(days=10))
    )
    store.applications.create(
        ApplicationDetails(title="A hall for everyone in Tŷ’r Cwm, with a kitchen and a garden")
    )
    engine.dispose()
    may_open = opens_when_told(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    app.take_first_look(window, data_dir)  # as app.open_window does once the window is shown
    qtbot.waitUntil(lambda: window.home is not None and window.home.isVisible())
    home = window.home
    assert window.store is None
    assert home.heading.text() == "Applications for Tŷ’r Cwm Residents’ Association"
    assert not home.frame.opening.isVisible()
    assert home.coming_up.item(0).text().startswith("“Youth club ŵ” closes in 10 days")
    table = home.table
    qtbot.wait(50)  # the list laid out and painted (the data cannot open yet)
    top = table.mapTo(window, table.rect().topLeft())
    assert [table.model().index(row, 0).data() for row in range(2)] == [
        "A hall for everyone in Tŷ’r Cwm, with a kitchen and a garden",
        "Youth club ŵ",
    ]
    assert table.hasFocus()
    press(table, Qt.Key.Key_Down)
    assert table.currentIndex().data() == "Youth club ŵ"
    press(table, Qt.Key.Key_Return)  # chosen while the data is still opening
    assert window.pages.currentWidget() is home
    assert home.frame.opening.isVisible()
    may_open.set()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is getattr(window, "application", None))
    assert window.application.title_label.text() == "Youth club ŵ"
    assert QApplication.overrideCursor() is None
    assert not home.frame.opening.isVisible()
    assert table.mapTo(window, table.rect().topLeft()) == top, "the list stayed where it was"
    qtbot.waitUntil(lambda: not window.backups.busy)
    window.store.engine.dispose()


class FirstPaint(QObject):
    """The texts the window showed when it was first painted."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.shown: set[str] | None = None
        window.installEventFilter(self)

    def eventFilter(self, window, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.shown is None:
            self.shown = {
                widget.text()
                for kind in (QLabel, QAbstractButton)
                for widget in window.findChildren(kind)
                if widget.isVisible()
            }
        return False


def test_a_folder_that_cannot_be_used_is_explained_and_the_program_ends(
    qtbot, tmp_path: Path, monkeypatch
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    window, said, exits = _start_answering(qtbot, blocker, monkeypatch)
    assert [text for text, _buttons in said] == [
        f"GrantDesk cannot keep your work in {blocker}, because that folder cannot be written "
        "to. Please choose another folder, or ask whoever looks after this computer to check it."
    ]
    assert exits == [1]
    assert window.store is None


def _damaged_with_a_backup(data_dir: Path) -> None:
    """A data folder with one backup (of "Safe in the backup"), whose data file then has a page
    in its middle overwritten."""
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.store.database import DATABASE_FILE, open_database
    from grantdesk.store.repository import Store

    engine = open_database(data_dir)
    store = Store(engine)
    with store.transaction():
        for number in range(30):
            application_id = store.applications.create(
                ApplicationDetails(title=f"Safe in the backup {number}")
            )
            store.applications.save_answer(application_id, "project", "Words ŵ " * 300)
    store.backups.make()
    engine.dispose()
    database = data_dir / DATABASE_FILE
    with database.open("rb+") as file:
        file.seek(database.stat().st_size // 2 // 4096 * 4096)
        file.write(b"\xff" * 4096)


def _start_answering(qtbot, data_dir: Path, monkeypatch, button: str | None = None) -> tuple:
    """Start GrantDesk on data_dir and answer the message it shows: press the button with this
    text, or else Enter. Returns the window, what the messages said and the exit codes asked for.
    """
    exits = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    said = []

    def answer(box) -> None:
        said.append((box.text(), [b.text() for b in box.buttons()]))
        if button is None:
            press(box, Qt.Key.Key_Return)
            return
        [chosen] = [b for b in box.buttons() if b.text() == button]
        chosen.setFocus()
        press(chosen, Qt.Key.Key_Space)

    when_dialog_opens(answer)
    app.take_first_look(window, data_dir)  # which meets what is wrong, and hands it on
    qtbot.waitUntil(lambda: window.store is not None or bool(exits), timeout=20_000)
    return window, said, exits


def test_damage_found_at_start_is_explained_and_going_back_to_the_backup_works(
    qtbot, data_dir: Path, monkeypatch
):
    _damaged_with_a_backup(data_dir)
    damaged = (data_dir / "grantdesk.sqlite3").read_bytes()
    window, said, exits = _start_answering(qtbot, data_dir, monkeypatch, "&Go back to that backup")
    [(text, buttons)] = said
    assert text.startswith(f"GrantDesk’s data file ({data_dir / 'grantdesk.sqlite3'}) is damaged")
    assert "Nothing has been changed or deleted yet." in text
    assert "The newest good backup is from " in text and "30 applications" in text
    assert f"kept, never deleted, in {data_dir / 'damaged'}" in text
    assert buttons == ["&Go back to that backup", "C&lose GrantDesk"]
    assert exits == []
    assert window.home.model.rowCount() == 30
    [aside] = (data_dir / "damaged").iterdir()
    assert (aside / "grantdesk.sqlite3").read_bytes() == damaged
    assert window.statusBar().currentMessage() == f"The damaged files are kept in {aside}."
    qtbot.waitUntil(lambda: not window.backups.busy)
    window.store.engine.dispose()


def test_closing_at_the_damage_question_changes_nothing(qtbot, data_dir: Path, monkeypatch):
    _damaged_with_a_backup(data_dir)
    before = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    window, said, exits = _start_answering(qtbot, data_dir, monkeypatch, "C&lose GrantDesk")
    assert len(said) == 1
    assert exits == [1]
    assert window.store is None
    after = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    assert after == before
    assert not (data_dir / "damaged").exists()


def test_a_database_from_a_newer_grantdesk_is_refused_at_start(qtbot, data_dir, monkeypatch):
    import sqlite3
    from contextlib import closing

    from grantdesk.store.database import DATABASE_FILE, open_database

    open_database(data_dir).dispose()
    with closing(sqlite3.connect(data_dir / DATABASE_FILE)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0042_time_travel'")
        raw.execute("PRAGMA user_version = 3000000")
        raw.commit()
    before = (data_dir / DATABASE_FILE).read_bytes()
    window, said, exits = _start_answering(qtbot, data_dir, monkeypatch)
    said = [text for text, _buttons in said]
    assert window.store is None
    assert said == [
        "This data was saved by GrantDesk 3.0.0, which is newer than this GrantDesk (0.1.0). "
        "This GrantDesk has not opened it, so nothing in it has been changed. Please use "
        "GrantDesk 3.0.0 or later on this computer; whoever looks after it can install it."
    ]
    assert exits == [1]
    assert (data_dir / DATABASE_FILE).read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_an_empty_data_file_with_no_backup_can_start_again_and_is_kept(
    qtbot, data_dir: Path, monkeypatch
):
    data_dir.mkdir(parents=True)
    (data_dir / "grantdesk.sqlite3").write_bytes(b"")
    window, said, exits = _start_answering(qtbot, data_dir, monkeypatch, "&Start again")
    [(text, buttons)] = said
    assert "is empty: it holds nothing at all" in text
    assert "There is no backup to go back to." in text
    assert sorted(buttons) == ["&Start again", "C&lose GrantDesk"]
    assert exits == []
    assert window.home.model.rowCount() == 0
    [aside] = (data_dir / "damaged").iterdir()
    assert (aside / "grantdesk.sqlite3").read_bytes() == b""
    qtbot.waitUntil(lambda: not window.backups.busy)
    window.store.engine.dispose()


def test_damaged_recent_saves_can_be_carried_on_from_with_what_can_be_read(
    qtbot, tmp_path: Path, monkeypatch
):
    import os
    import shutil

    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store

    live = tmp_path / "live"
    engine = open_database(live)
    store = Store(engine)
    for number in range(5):
        store.applications.create(ApplicationDetails(title=f"Written {number}"))
        if number == 2:  # the first three tidied into the data file, as SQLite does now and then
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data_dir = tmp_path / "crashed"
    shutil.copytree(live, data_dir)  # as a crash leaves it, the saves still in the -wal
    engine.dispose()
    wal = data_dir / "grantdesk.sqlite3-wal"
    wal.write_bytes(os.urandom(wal.stat().st_size))
    window, said, exits = _start_answering(qtbot, data_dir, monkeypatch, "&Carry on")
    [(text, buttons)] = said
    assert "-wal) is damaged" in text
    assert "GrantDesk can carry on with what can still be read: 3 applications, last saved" in (
        text
    )
    assert sorted(buttons) == ["&Carry on", "C&lose GrantDesk"]  # no backup was made
    assert exits == []
    assert sorted(s.details.title for s in window.store.applications.summaries()) == [
        "Written 0",
        "Written 1",
        "Written 2",
    ]
    [aside] = (data_dir / "damaged").iterdir()
    assert {path.name for path in aside.iterdir()} == {
        "grantdesk.sqlite3",
        "grantdesk.sqlite3-wal",
        "grantdesk.sqlite3-shm",
    }
    qtbot.waitUntil(lambda: not window.backups.busy)
    window.store.engine.dispose()


def test_damaged_example_funders_never_stop_the_first_start(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
):
    from grantdesk.examples import funders as examples

    folder = tmp_path / "resources" / "funders"
    folder.mkdir(parents=True)
    (folder / "a-brace.json").write_text("{", "utf-8")
    (folder / "b-deep.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    (folder / "c-wrong.json").write_text(
        '{"grantdesk": "funder", "version": 1, "funder": {"name": "X", "maximum_pence": "lots"}}',
        "utf-8",
    )
    (folder / "d-good.json").write_text(
        '{"grantdesk": "funder", "version": 1, "funder": {"name": "Sound ŵ"}}', "utf-8"
    )
    monkeypatch.setattr(examples, "resources_dir", lambda: tmp_path / "resources")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    open_data(qtbot, window, data_dir)
    assert window.pages.currentWidget() is window.home
    assert [funder.name for funder in window.store.funders.all()] == ["Sound ŵ"]
    qtbot.waitUntil(lambda: not window.backups.busy)
    window.store.engine.dispose()
