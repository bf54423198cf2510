"""Several groups on one computer: each sees only its own work; a locked group shows nothing
but its lock screen until its passphrase (or recovery key) is typed, and locks itself when the
computer is left."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import isValid

from grantdesk import app
from grantdesk.ui.groups.group_dialogs import (
    ChooseGroupDialog,
    LockScreen,
    NewPassphraseDialog,
    RecoveryKeyDialog,
)
from grantdesk.ui.groups.group_session import GroupSession
from tests.keys import press, press_here, type_here, type_text
from tests.ui.conftest import close_window, reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier
PASSPHRASE = "Our kettle whistles in Welsh"
SECRET_TITLE = "Tŷ Hapus – home visits for Mrs Ŵyn"


@pytest.fixture
def quits(monkeypatch) -> list[int]:
    """GrantDesk ending, as the session asks Qt to: counted, so the test goes on."""
    ended = []
    monkeypatch.setattr(QApplication, "quit", lambda: ended.append(1))
    return ended


@pytest.fixture
def sessions(qtbot):
    started = []

    def start(data_dir: Path) -> GroupSession:
        session = GroupSession(data_dir, app.open_window)
        started.append(session)
        session.start()
        return session

    yield start
    for session in started:
        window = session.window
        if window is not None and isValid(window):
            window.saver.wait()
            close_window(window, qtbot)
        if session.dialog is not None and isValid(session.dialog):
            session.dialog.done(0)


def window_of(session: GroupSession, qtbot, leaving=None):
    qtbot.waitUntil(lambda: session.window is not None and session.window is not leaving)
    window = session.window
    qtbot.waitUntil(lambda: window.store is not None)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def dialog_of(session: GroupSession, kind, qtbot):
    qtbot.waitUntil(lambda: isinstance(session.dialog, kind) and session.dialog.isVisible())
    dialog = session.dialog
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def new_application(window, qtbot, title: str) -> None:
    def fill(dialog) -> None:
        type_text(dialog.title_field, title)
        press(dialog.title_field, Qt.Key.Key_Tab)
        press(dialog.funder_combo, Qt.Key.Key_End)  # not decided yet
        press(dialog.funder_combo, Qt.Key.Key_Return)

    when_dialog_opens(fill)
    press(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
    window.saver.wait()
    reactivate(window, qtbot)


def titles(window) -> list[str]:
    return [summary.details.title for summary in window.store.applications.summaries()]


def lock_the_group(session: GroupSession, qtbot) -> str:
    """Group ▸ Lock this group with a passphrase…; returns the recovery key it shows."""

    def choose(dialog: NewPassphraseDialog) -> None:
        type_text(dialog.passphrase, "short")
        press(dialog.passphrase, Qt.Key.Key_Tab)
        type_text(dialog.again, "short")
        press(dialog.again, Qt.Key.Key_Return)
        assert "at least 10 characters" in dialog.problem.text()
        dialog.passphrase.clear()
        dialog.again.clear()
        type_text(dialog.passphrase, PASSPHRASE)
        type_text(dialog.again, PASSPHRASE)
        press(dialog.again, Qt.Key.Key_Return)

    when_dialog_opens(choose, NewPassphraseDialog)
    session.lock_with_passphrase()
    shown = dialog_of(session, RecoveryKeyDialog, qtbot)
    press(shown, Qt.Key.Key_Escape)
    assert shown.isVisible(), "the key is shown once: it stays until kept"
    said = " ".join(label.text() for label in shown.findChildren(QLabel))
    assert "without the passphrase or this recovery key" in said.lower()
    assert "cannot be recovered" in said
    recovery_key = shown.recovery_key
    press(shown.kept, Qt.Key.Key_Space)
    press(shown.done_button, Qt.Key.Key_Space)
    return recovery_key


def test_two_groups_apart_one_locked_shows_only_its_lock_screen_after_a_restart(
    qtbot, data_dir: Path, sessions, quits
):
    session = sessions(data_dir)
    ours = window_of(session, qtbot)  # one group: no question first
    new_application(ours, qtbot, "Food bank’s bid")
    session.switch_group()
    chooser = dialog_of(session, ChooseGroupDialog, qtbot)
    type_text(chooser.new_name, "Tŷ Hapus Youth")
    press(chooser.new_name, Qt.Key.Key_Return)
    youth = window_of(session, qtbot, leaving=ours)
    assert titles(youth) == [], "no sight of the other group's work"
    new_application(youth, qtbot, SECRET_TITLE)
    recovery_key = lock_the_group(session, qtbot)
    youth = window_of(session, qtbot, leaving=youth)
    assert titles(youth) == [SECRET_TITLE]
    folder = youth.store.database.parent
    close_window(youth, qtbot)
    qtbot.waitUntil(lambda: quits == [1])  # closing the window ends GrantDesk

    for path in folder.rglob("*"):
        if path.is_file():
            assert "Ŵyn".encode() not in path.read_bytes(), path
            assert not path.read_bytes().startswith(b"SQLite format 3"), path

    # GrantDesk started again: which group?
    again = sessions(data_dir)
    chooser = dialog_of(again, ChooseGroupDialog, qtbot)
    shown = [chooser.list.item(row).text() for row in range(chooser.list.count())]
    assert shown == ["Our group", "Tŷ Hapus Youth (locked)"]
    press(chooser.list, Qt.Key.Key_Down)
    press(chooser.list, Qt.Key.Key_Return)
    lock_screen = dialog_of(again, LockScreen, qtbot)
    assert again.window is None, "nothing of the group shows before its passphrase"
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    for wrong in ("our kettle whistles in welsh", "guess"):
        type_text(lock_screen.words, wrong)
        press(lock_screen.words, Qt.Key.Key_Return)
        assert "does not open this group’s work" in lock_screen.problem.text()
        lock_screen.words.clear()
    assert {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()} == before
    assert again.window is None
    press(lock_screen.others_button, Qt.Key.Key_Space)
    chooser = dialog_of(again, ChooseGroupDialog, qtbot)
    press(chooser.list, Qt.Key.Key_Return)
    ours = window_of(again, qtbot)
    assert titles(ours) == ["Food bank’s bid"]
    assert ours.store.search.answers("Ŵyn") == []

    # The other group's volunteer arrives: the recovery key opens it too.
    again.switch_group()
    chooser = dialog_of(again, ChooseGroupDialog, qtbot)
    press(chooser.list, Qt.Key.Key_Down)
    press(chooser.list, Qt.Key.Key_Return)
    lock_screen = dialog_of(again, LockScreen, qtbot)
    press(lock_screen.switch_button, Qt.Key.Key_Space)
    type_text(lock_screen.words, recovery_key.lower().replace("-", " "))
    press(lock_screen.words, Qt.Key.Key_Return)
    youth = window_of(again, qtbot, leaving=ours)
    assert titles(youth) == [SECRET_TITLE]


def test_lock_now_and_leaving_the_computer_save_everything_then_show_the_lock_screen(
    qtbot, data_dir: Path, sessions, quits
):
    session = sessions(data_dir)
    window = window_of(session, qtbot)
    lock_the_group(session, qtbot)
    window = window_of(session, qtbot, leaving=window)
    new_application(window, qtbot, "Typed just before")
    type_here(" the volunteer left ŵ")  # into the title, and at once:
    press_here(Qt.Key.Key_L, CTRL)  # Group ▸ Lock now
    lock_screen = dialog_of(session, LockScreen, qtbot)
    assert session.window is None
    type_text(lock_screen.words, PASSPHRASE)
    press(lock_screen.words, Qt.Key.Key_Return)
    window = window_of(session, qtbot, leaving=window)
    assert titles(window) == ["Typed just before the volunteer left ŵ"]

    session.idle.timer.setInterval(200)  # as if the chosen quarter of an hour had passed
    session.idle.timer.start()
    lock_screen = dialog_of(session, LockScreen, qtbot)
    assert session.window is None
    assert quits == []


def test_changing_the_passphrase_then_unlocking_for_good_keeps_every_word(
    qtbot, data_dir: Path, sessions, quits
):
    from PySide6.QtWidgets import QMessageBox

    session = sessions(data_dir)
    window = window_of(session, qtbot)
    new_application(window, qtbot, SECRET_TITLE)
    lock_the_group(session, qtbot)
    window = window_of(session, qtbot, leaving=window)
    folder = window.store.database.parent

    def wrong_current(dialog: NewPassphraseDialog) -> None:
        type_text(dialog.current, "not the passphrase at all")
        type_text(dialog.passphrase, "A new year, a new passphrase ŵ")
        type_text(dialog.again, "A new year, a new passphrase ŵ")
        when_dialog_opens(right_current, NewPassphraseDialog)  # it stays, saying why
        press(dialog.again, Qt.Key.Key_Return)

    def right_current(dialog: NewPassphraseDialog) -> None:
        assert "does not open this group’s work" in dialog.problem.text()
        dialog.current.clear()
        type_text(dialog.current, PASSPHRASE)
        press(dialog.again, Qt.Key.Key_Return)

    when_dialog_opens(wrong_current, NewPassphraseDialog)
    session.change_passphrase()
    assert window.statusBar().currentMessage().startswith("The passphrase is changed.")
    assert session.groups.unlock(session.workspace, "A new year, a new passphrase ŵ")

    when_dialog_opens(lambda box: press(box, Qt.Key.Key_Y), QMessageBox)
    session.unlock_for_good()
    window = window_of(session, qtbot, leaving=window)
    assert titles(window) == [SECRET_TITLE]
    assert not (folder / "passphrase.key").exists()
    assert (folder / "grantdesk.sqlite3").read_bytes().startswith(b"SQLite format 3")
    assert (
        session.window.menuBar().actions()[-1].menu().actions()[0].text().startswith("&Lock this")
    )


def test_the_first_group_takes_its_profiles_name_so_the_next_group_can_tell_it_apart(
    qtbot, data_dir: Path, sessions, quits
):
    session = sessions(data_dir)
    first = window_of(session, qtbot)  # an empty computer: one group, made for it
    press(first.home.welcome_button, Qt.Key.Key_Space)  # start with the group's profile
    type_here("Clwb Ieuenctid Cwm Tawe")
    press(first.profile.home_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: first.home.heading.text().endswith("Clwb Ieuenctid Cwm Tawe"))

    session.switch_group()  # the next group's volunteer
    chooser = dialog_of(session, ChooseGroupDialog, qtbot)
    assert [chooser.list.item(row).text() for row in range(chooser.list.count())] == [
        "Clwb Ieuenctid Cwm Tawe"
    ]
    type_text(chooser.new_name, "Neighbourhood Watch")
    press(chooser.new_name, Qt.Key.Key_Return)
    second = window_of(session, qtbot, leaving=first)
    press(second.home.welcome_button, Qt.Key.Key_Space)
    type_here("Ystalyfera Neighbourhood Watch")  # its own name in its profile is kept apart
    press(second.profile.home_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: second.home.heading.text().endswith("Ystalyfera Neighbourhood Watch"))

    session.switch_group()
    chooser = dialog_of(session, ChooseGroupDialog, qtbot)
    assert sorted(chooser.list.item(row).text() for row in range(chooser.list.count())) == [
        "Clwb Ieuenctid Cwm Tawe",
        "Neighbourhood Watch",  # a name chosen for the group stays as chosen
    ]
