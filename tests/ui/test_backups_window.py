"""Backups through the window: one at start, more while people work (never making typing wait),
and Restore from a backup chosen from the File menu, undone with one button."""

import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.backups import BackupReason
from grantdesk.store.database import BACKUP_FOLDER
from grantdesk.ui.files.files_state import AUTOMATIC_EVERY_MS
from grantdesk.ui.main_window import MainWindow
from tests.keys import press, type_text
from tests.ui.conftest import open_data, reactivate, wait_until_saved, when_dialog_opens

ALT = Qt.KeyboardModifier.AltModifier


def started(qtbot, data_dir: Path) -> MainWindow:
    """GrantDesk started as the program starts it (app.run_window's steps, without exec)."""
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    open_data(qtbot, window, data_dir)
    qtbot.waitUntil(lambda: not window.backups.busy)
    return window


def titles(window: MainWindow) -> list[str]:
    return sorted(s.details.title for s in window.store.applications.summaries())


def choose_from_file_menu(window: MainWindow, letter: Qt.Key) -> None:
    press(window, Qt.Key.Key_F, ALT)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "the File menu did not open"
    press(menu, letter)


def test_a_backup_is_made_at_start_and_every_ten_minutes_of_work(qtbot, data_dir: Path):
    window = started(qtbot, data_dir)
    [first] = window.store.backups.all()
    assert first.reason is BackupReason.AUTOMATIC
    assert window.backups.timer.isActive()
    assert window.backups.timer.interval() == AUTOMATIC_EVERY_MS == 10 * 60 * 1000

    window.backups.timer.timeout.emit()  # ten minutes pass with nothing typed
    qtbot.waitUntil(lambda: not window.backups.busy)
    assert window.store.backups.all() == [first]

    application_id = window.store.applications.create(ApplicationDetails(title="Typed"))
    window.open_application(application_id)
    window.application.go_to(1)
    type_text(window.application.current_page().editor, "What we do ŵ")
    wait_until_saved(window, qtbot)
    with qtbot.waitSignal(window.backups.made) as made:
        window.backups.timer.timeout.emit()  # ten minutes of work
    assert made.args[0] is not None
    assert window.store.backups.contents(made.args[0]).titles == ("Typed",)
    window.store.engine.dispose()


def test_typing_goes_on_while_a_backup_is_being_made(qtbot, data_dir: Path, monkeypatch):
    window = started(qtbot, data_dir)
    application_id = window.store.applications.create(ApplicationDetails(title="Busy"))
    window.open_application(application_id)
    window.application.go_to(1)
    editor = window.application.current_page().editor

    copying = threading.Event()
    may_finish = threading.Event()
    real_make = window.store.backups.make
    threads = []

    def slow_make(*arguments):
        threads.append(threading.current_thread())
        copying.set()
        may_finish.wait(timeout=30)  # a very slow disk
        return real_make(*arguments)

    monkeypatch.setattr(window.store.backups, "make", slow_make)
    window.backups.back_up_in_background()
    assert copying.wait(timeout=10)
    type_text(editor, "Typed while the backup runs – ŷ")
    wait_until_saved(window, qtbot)
    saved = window.store.applications.answers(application_id)["what_you_do"].text
    assert saved == "Typed while the backup runs – ŷ"
    may_finish.set()
    qtbot.waitUntil(lambda: not window.backups.busy)
    assert threads and threads[0] is not threading.main_thread()
    window.store.engine.dispose()


def test_restore_from_a_backup_by_keyboard_then_undo(qtbot, data_dir: Path):
    window = started(qtbot, data_dir)
    store = window.store
    store.applications.create(ApplicationDetails(title="In the backup"))
    window.backups.back_up_in_background()
    qtbot.waitUntil(lambda: not window.backups.busy)
    later = store.applications.create(ApplicationDetails(title="Added after – ŵ"))
    window.open_application(later)
    window.application.go_to(1)
    type_text(window.application.current_page().editor, "Typed after the backup")
    assert titles(window) == ["Added after – ŵ", "In the backup"]

    shown = []

    def choose_the_backup(dialog) -> None:
        shown.append([dialog.list.item(n).text() for n in range(dialog.list.count())])
        shown.append(dialog.details.text())
        # "Go back to this backup?"
        when_dialog_opens(lambda box: press(box, Qt.Key.Key_Y), kind=QMessageBox)
        dialog.list.setFocus()
        press(dialog.list, Qt.Key.Key_Home)  # the newest is first
        press(dialog.list, Qt.Key.Key_R, ALT)

    when_dialog_opens(choose_the_backup)
    choose_from_file_menu(window, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: window.restore_banner.isVisible())
    [items, details] = shown
    assert len(items) == 2  # at start (empty) and after the first application
    assert items[0].split("\n")[1].startswith("1 application, last saved ")
    assert items[1].split("\n")[1] == "0 applications"
    assert details == "Most recently saved: In the backup"
    assert titles(window) == ["In the backup"]
    assert window.pages.currentWidget() is window.home
    assert window.home.model.rowCount() == 1
    assert window.restore_banner.label.text().startswith("Everything is as it was on ")

    reactivate(window, qtbot)
    press(window.restore_banner.button, Qt.Key.Key_Space)
    assert titles(window) == ["Added after – ŵ", "In the backup"]
    assert store.applications.answers(later)["what_you_do"].text == "Typed after the backup"
    assert window.restore_banner.label.text() == (
        "Everything is back as it was before you restored the backup."
    )
    reasons = [backup.reason for backup in store.backups.all()]
    assert reasons.count(BackupReason.BEFORE_RESTORE) == 2
    store.engine.dispose()


def test_with_no_backups_the_dialog_says_so_and_offers_nothing(window, qtbot):
    said = []

    def read_and_close(dialog) -> None:
        said.append((dialog.list.count(), dialog.restore_button.isEnabled()))
        press(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(read_and_close)
    window.restore_from_backup()
    assert said == [(0, False)]
    assert not (window.store.database.parent / BACKUP_FOLDER).exists()


def test_a_backup_that_cannot_be_read_is_listed_but_not_offered(window, qtbot):
    window.store.applications.create(ApplicationDetails(title="Kept"))
    made = window.store.backups.make()
    made.path.write_bytes(b"not a database at all" * 300)
    said = []

    def read_and_close(dialog) -> None:
        said.append((dialog.list.item(0).text(), dialog.restore_button.isEnabled()))
        press(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(read_and_close)
    window.restore_from_backup()
    [(text, offered)] = said
    assert text.endswith("\nit cannot be read")
    assert not offered
    assert datetime.now(UTC) >= made.taken_at
