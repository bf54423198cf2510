"""Save a copy to take away and Open a copy, from the File menu by keyboard: the copy carries
the application to another data folder, a title already there is asked about, and a damaged
file is refused in words."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from grantdesk.examples.demo import write_demo
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from grantdesk.ui.main_window import MainWindow
from tests.keys import press
from tests.ui.conftest import reactivate, when_dialog_opens

ALT = Qt.KeyboardModifier.AltModifier


def from_file_menu(window: MainWindow, letter: Qt.Key) -> None:
    press(window, Qt.Key.Key_F, ALT)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "the File menu did not open"
    press(menu, letter)


def read_and_press(said: list, key: Qt.Key = Qt.Key.Key_Return):
    def act(box) -> None:
        said.append(box.text())
        press(box, key)

    return act


def titles(window: MainWindow) -> list[str]:
    return [summary.details.title for summary in window.store.applications.summaries()]


def test_a_copy_saved_here_opens_in_another_data_folder(window, qtbot, tmp_path: Path, monkeypatch):
    write_demo(window.store)
    window.show_home()
    assert window.home.selected_id() is not None
    chosen = window.home.selected_id()
    title = window.store.applications.summary(chosen).details.title
    usb = tmp_path / "usb"
    usb.mkdir()
    suggested = []

    def save_as(_parent, _caption, proposed, _filters):
        suggested.append(Path(proposed).name)
        return str(usb / "For home"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    said = []
    when_dialog_opens(read_and_press(said))
    from_file_menu(window, Qt.Key.Key_A)
    assert suggested == [f"{title}.grantdesk"]
    saved = usb / "For home.grantdesk"
    assert saved.exists()
    [message] = said
    assert message.startswith(f"A copy of “{title}” is saved as {saved}.")
    assert "copying the file grantdesk.sqlite3 itself while GrantDesk is open can miss" in message

    engine = open_database(tmp_path / "at home")
    elsewhere = MainWindow(Store(engine))
    qtbot.addWidget(elsewhere)
    with qtbot.waitActive(elsewhere):
        elsewhere.show()
        elsewhere.activateWindow()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(saved), ""))
    said.clear()
    when_dialog_opens(read_and_press(said))
    from_file_menu(elsewhere, Qt.Key.Key_O)
    assert said == [
        f"“{title}” is added.\n\nThe group profile in the copy is now your group’s profile."
    ]
    assert titles(elsewhere) == [title]
    assert elsewhere.pages.currentWidget() is elsewhere.home
    added = elsewhere.home.selected_id()
    assert elsewhere.store.applications.answers(added) == window.store.applications.answers(chosen)
    engine.dispose()


def test_a_title_already_here_is_asked_about_and_no_adds_nothing(
    window, qtbot, tmp_path: Path, monkeypatch
):
    write_demo(window.store)
    window.show_home()
    chosen = window.home.selected_id()
    title = window.store.applications.summary(chosen).details.title
    copy = tmp_path / "copy.grantdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(copy), ""))
    when_dialog_opens(read_and_press([]))
    window.save_copy_to_take_away()
    reactivate(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(copy), ""))
    before = titles(window)

    asked = []
    when_dialog_opens(read_and_press(asked, Qt.Key.Key_N), kind=QMessageBox)
    from_file_menu(window, Qt.Key.Key_O)
    [question] = asked
    assert question.startswith(f"You already have “{title}” here (last saved ")
    assert "Nothing is replaced" in question
    assert titles(window) == before

    said = []

    def yes_then_read(box) -> None:
        said.append(box.text())
        when_dialog_opens(read_and_press(said), kind=QMessageBox, after=box)
        press(box, Qt.Key.Key_Y)

    when_dialog_opens(yes_then_read, kind=QMessageBox)
    window.open_copy()
    assert said[1] == f"“{title}” is added."
    assert sorted(titles(window)) == sorted([*before, title])
    assert window.home.selected_id() not in (None, chosen)


def test_a_damaged_copy_is_refused_in_words_and_nothing_is_added(
    window, qtbot, tmp_path: Path, monkeypatch
):
    damaged = tmp_path / "damaged.grantdesk"
    damaged.write_bytes(b'{"format": "grantdesk-application", "version": 1, "applica')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(damaged), ""))
    said = []
    when_dialog_opens(read_and_press(said))
    window.open_copy()
    assert said == [
        "This GrantDesk copy is damaged or cut short, so GrantDesk has not opened it. Nothing "
        "has been changed. If you can, save the copy again on the computer it came from."
    ]
    assert titles(window) == []


def test_saving_a_copy_with_nothing_chosen_says_what_to_do(window, qtbot):
    window.show_home()
    window.save_copy_to_take_away()
    assert window.statusBar().currentMessage() == (
        "Choose or open an application first, then save a copy of it."
    )


def test_a_locked_groups_copy_can_be_protected_and_opens_only_with_its_passphrase(
    qtbot, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from grantdesk.store.locking import data_key, lock
    from grantdesk.ui.groups.group_dialogs import NewPassphraseDialog
    from tests.keys import type_text

    locked = tmp_path / "locked group"
    locked.mkdir()
    lock(locked, "The hall key is under the mat")
    key = data_key(locked, "The hall key is under the mat")
    engine = open_database(locked, key)
    window = MainWindow(Store(engine, key=key))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    write_demo(window.store)
    window.show_home()
    title = window.store.applications.summary(window.home.selected_id()).details.title
    saved = tmp_path / "Private.grantdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(saved), ""))

    def choose_passphrase(dialog: NewPassphraseDialog) -> None:
        type_text(dialog.passphrase, "Copy for the treasurer ŵ")
        type_text(dialog.again, "Copy for the treasurer ŵ")
        when_dialog_opens(read_and_press([]), QMessageBox, after=dialog)  # "Copy saved"
        press(dialog.again, Qt.Key.Key_Return)

    def protect(box: QMessageBox) -> None:
        assert "This group is locked. Protect the copy with a passphrase" in box.text()
        when_dialog_opens(choose_passphrase, NewPassphraseDialog, after=box)
        press(box, Qt.Key.Key_Y)

    when_dialog_opens(protect, QMessageBox)
    from_file_menu(window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: saved.exists())
    assert title.encode() not in saved.read_bytes()
    window.saver.wait()
    window.close()
    engine.dispose()

    home_engine = open_database(tmp_path / "treasurer")
    elsewhere = MainWindow(Store(home_engine))
    qtbot.addWidget(elsewhere)
    with qtbot.waitActive(elsewhere):
        elsewhere.show()
        elsewhere.activateWindow()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(saved), ""))
    answers = iter([("a guess", True), ("Copy for the treasurer ŵ", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: next(answers))
    said = []

    def wrong_then_added(box: QMessageBox) -> None:
        said.append(box.text())
        when_dialog_opens(read_and_press(said), QMessageBox, after=box)  # "Copy added"
        press(box, Qt.Key.Key_Return)

    when_dialog_opens(wrong_then_added, QMessageBox)
    from_file_menu(elsewhere, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: titles(elsewhere) == [title])
    assert said[0].startswith("That passphrase does not open this copy.")
    elsewhere.saver.wait()
    elsewhere.close()
    home_engine.dispose()
