"""Which group's window is open, and what happens around it: choosing a group (when there are
several), the lock screen of a locked group, and the Group menu: lock now, lock after a while
without use, lock with a passphrase, change it, unlock for good, rename, switch group.

A group's window is closed (everything saved first: closing waits for the saver) before its
files are locked, unlocked or left behind a lock screen; GrantDesk ends when the person closes
the window, the lock screen or the list of groups.

The dialogs are loaded only when one is needed, and Qt's large `Qt` namespace only once a window
or dialog shows (see main_window.py): a computer with one unlocked group goes straight to its
window, as fast as before groups.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QMessageBox, QWidget

from grantdesk.store.errors import StoreError
from grantdesk.ui.common.messages import tell, translated_error
from grantdesk.ui.groups.groups_state import GroupsState
from grantdesk.ui.groups.idle_lock import IdleLock

log = logging.getLogger(__name__)

OpenWindow = Callable[[Path, "str | None"], "QMainWindow | None"]
"""Opens a group's window (ui/main_window.py's, with its `saver`) on its folder, with its data
key when locked; None when that group is already open in another window, which has come forward
instead."""

LOCK_AFTER_CHOICES = ((5, "5 minutes"), (15, "15 minutes"), (30, "30 minutes"), (60, "1 hour"))


class GroupSession(QObject):
    def __init__(self, data_dir: Path, open_window: OpenWindow):
        super().__init__(QApplication.instance())
        self.groups = GroupsState(data_dir)
        self._open_window = open_window
        self.window: QMainWindow | None = None
        self.workspace = None
        self._key: str | None = None
        self.dialog: QWidget | None = None
        """The list of groups or the lock screen, while one is showing."""
        self._after_closing: Callable[[], None] | None = None
        self.idle = IdleLock(self)
        self.idle.idle.connect(self.lock_now)

    def start(self) -> bool:
        """Show the group's window, or what must come before it. False when GrantDesk should end
        at once (the group is already open elsewhere, or its folder cannot be used)."""
        QApplication.instance().setQuitOnLastWindowClosed(False)
        try:
            self.groups.prepare()
            groups = self.groups.all()
            only = self.groups.first() if len(groups) <= 1 else None
        except (StoreError, OSError) as failure:
            log.exception("The groups in this data folder cannot be used")
            self._say_cannot_start(failure)
            return False
        if only is None:
            self.choose_group()
            return True
        return self._enter(only)

    def choose_group(self) -> None:
        from PySide6.QtCore import Qt

        from grantdesk.ui.groups.group_dialogs import ChooseGroupDialog

        dialog = ChooseGroupDialog(self.groups.all(), self.groups.add)
        # Once the dialog's own key press is over: opening the window paints it at once, which
        # would delete the dialog (it deletes itself on closing) in the middle of that key press.
        dialog.chosen.connect(self._enter, Qt.ConnectionType.QueuedConnection)
        self._show_first(dialog)

    def _enter(self, workspace) -> bool:
        self.workspace = workspace
        if workspace.locked:
            from PySide6.QtCore import Qt

            from grantdesk.ui.groups.group_dialogs import LockScreen

            dialog = LockScreen(
                workspace.name,
                lambda passphrase, recovery: self.groups.unlock(workspace, passphrase, recovery),
                others=len(self.groups.all()) > 1,
            )
            # As in choose_group; to methods, not lambdas, which would go with the dialog.
            after_its_key_press = Qt.ConnectionType.QueuedConnection
            dialog.unlocked.connect(self._open_unlocked, after_its_key_press)
            dialog.another_group.connect(self.choose_group, after_its_key_press)
            self._show_first(dialog)
            return True
        return self._open(workspace, None)

    def _open_unlocked(self, key: str) -> None:
        self._open(self.workspace, key)

    def _show_first(self, dialog: QWidget) -> None:
        """A dialog before any window; closing it (not choosing) ends GrantDesk."""
        from PySide6.QtCore import Qt

        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rejected.connect(QApplication.quit)
        # Let go of it only once its own key press is over: the last reference gone would
        # delete it in the middle of handling the Return that chose.
        dialog.finished.connect(lambda _result: QTimer.singleShot(0, lambda: self._forget(dialog)))
        dialog.show()
        dialog.activateWindow()

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _open(self, workspace, key: str | None) -> bool:
        from PySide6.QtCore import Qt

        self.workspace, self._key = workspace, key
        window = self._open_window(workspace.folder, key)
        if window is None:
            QTimer.singleShot(0, QApplication.quit)
            return False
        self.window = window
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(self._window_closed)
        window.setWindowTitle(self.tr("{name} – GrantDesk").format(name=workspace.name))
        window.group_named.connect(self._named_in_profile)
        self._add_menu(window)
        if key is not None and workspace.lock_after_minutes:
            self.idle.start(workspace.lock_after_minutes)
        return True

    def _add_menu(self, window: QMainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("G&roup"))
        locked = self._key is not None

        def item(text: str, slot, shortcut: str | None = None) -> QAction:
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
            return action

        if locked:
            item(self.tr("&Lock now"), self.lock_now, "Ctrl+L")
            item(self.tr("Lock &automatically after…"), self.choose_lock_after)
            item(self.tr("&Change the passphrase…"), self.change_passphrase)
            item(self.tr("&Unlock for good…"), self.unlock_for_good)
        else:
            item(self.tr("&Lock this group with a passphrase…"), self.lock_with_passphrase)
        menu.addSeparator()
        item(self.tr("&Rename this group…"), self.rename)
        item(self.tr("&Switch to another group…"), self.switch_group)

    def _close_then(self, then: Callable[[], None]) -> None:
        """Close the window (it saves everything first), then do `then`."""
        if self.window is None:
            return
        self._after_closing = then
        self.window.saver.wait()
        self.window.close()

    def _window_closed(self) -> None:
        self.idle.stop()
        self.window = None
        # A backup still being made in the background finishes before the group's files are
        # locked, unlocked or left behind the lock screen.
        QThreadPool.globalInstance().waitForDone()
        then, self._after_closing = self._after_closing, None
        if then is None:
            QApplication.quit()
        else:
            QTimer.singleShot(0, then)

    def lock_now(self) -> None:
        """Leave the PC: save everything, close the window and show the lock screen."""
        workspace = self.workspace
        self._key = None
        self._close_then(lambda: self._enter(workspace))

    def switch_group(self) -> None:
        self._key = None
        self._close_then(self.choose_group)

    def lock_with_passphrase(self) -> None:
        from grantdesk.ui.groups.group_dialogs import NewPassphraseDialog

        dialog = NewPassphraseDialog(
            self.window,
            self.tr("Lock this group"),
            self.tr(
                "Locking keeps {name}'s work encrypted on this computer: without the passphrase "
                "nobody can read it, with GrantDesk or any other program. Choose a passphrase "
                "of at least 10 characters that the group will remember. Next you will be "
                "given a recovery key to print."
            ).format(name=self.workspace.name),
        )
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase.text()
        workspace = self.workspace
        self._close_then(lambda: self._lock(workspace, passphrase))

    def _lock(self, workspace, passphrase: str) -> None:
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            recovery_key = self.groups.lock(workspace, passphrase)
            key = self.groups.unlock(workspace, passphrase)
        except StoreError as failure:
            QApplication.restoreOverrideCursor()
            self._tell(failure)
            self._enter(workspace)
            return
        QApplication.restoreOverrideCursor()
        from grantdesk.ui.groups.group_dialogs import RecoveryKeyDialog

        self.dialog = RecoveryKeyDialog(workspace.name, recovery_key)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(lambda _result: self._open(workspace, key))
        self.dialog.show()

    def change_passphrase(self) -> None:
        from grantdesk.ui.groups.group_dialogs import NewPassphraseDialog

        dialog = NewPassphraseDialog(
            self.window,
            self.tr("Change the passphrase"),
            self.tr(
                "The group’s work stays as it is, and so does the recovery key: only the "
                "passphrase that opens it changes."
            ),
            current=True,
        )
        while dialog.exec() == NewPassphraseDialog.DialogCode.Accepted:
            try:
                self.groups.unlock(self.workspace, dialog.current.text())  # the right one?
                self.groups.change_passphrase(self.workspace, self._key, dialog.passphrase.text())
            except StoreError as failure:
                dialog.say(failure.message)
                continue
            self.window.statusBar().showMessage(
                self.tr("The passphrase is changed. The recovery key is the same as before."),
                15000,
            )
            return

    def unlock_for_good(self) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Unlock for good?"),
            self.tr(
                "Unlocking {name} for good takes the encryption off its work and its backups. "
                "Anyone using this computer could then read it. The window closes for a moment "
                "while GrantDesk does this.\n\nUnlock for good?"
            ).format(name=self.workspace.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace, key = self.workspace, self._key
        self._close_then(lambda: self._unlock_for_good(workspace, key))

    def _unlock_for_good(self, workspace, key: str) -> None:
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.groups.unlock_for_good(workspace, key)
        except StoreError as failure:
            QApplication.restoreOverrideCursor()
            self._tell(failure)
            self._open(workspace, key)
            return
        QApplication.restoreOverrideCursor()
        self._open(workspace, None)

    def choose_lock_after(self) -> None:
        labels = [self.tr(label) for _minutes, label in LOCK_AFTER_CHOICES] + [self.tr("Never")]
        minutes = [value for value, _label in LOCK_AFTER_CHOICES] + [None]
        current = self.workspace.lock_after_minutes
        chosen, ok = QInputDialog.getItem(
            self.window,
            self.tr("Lock automatically"),
            self.tr("Lock the group when nobody has used GrantDesk for:"),
            labels,
            minutes.index(current) if current in minutes else 1,
            False,
        )
        if not ok:
            return
        wanted = minutes[labels.index(chosen)]
        try:
            self.workspace = self.groups.set_lock_after(self.workspace, wanted)
        except (StoreError, OSError) as failure:
            self._tell(failure)
            return
        self.idle.stop()
        if wanted:
            self.idle.start(wanted)

    def rename(self) -> None:
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Rename this group"),
            self.tr("The group’s name, as the list of groups shows it:"),
            text=self.workspace.name,
        )
        if not ok:
            return
        try:
            self.workspace = self.groups.rename(self.workspace, name)
        except StoreError as failure:
            self._tell(failure)
            return
        self.window.setWindowTitle(self.tr("{name} – GrantDesk").format(name=self.workspace.name))

    def _named_in_profile(self, name: str) -> None:
        try:
            self.workspace = self.groups.named_after_profile(self.workspace, name)
        except (StoreError, OSError):  # a folder that cannot be written to, or a name taken
            log.exception("The group could not take its profile's name")
            self.window.group_named.disconnect(self._named_in_profile)  # the old name serves

    def _tell(self, failure: BaseException) -> None:
        if isinstance(failure, StoreError):
            tell(self.window, failure)
        else:
            QMessageBox.warning(self.window, self.tr("GrantDesk"), str(failure))

    def _say_cannot_start(self, failure: BaseException) -> None:
        QMessageBox.critical(
            None,
            self.tr("GrantDesk"),
            translated_error(failure)
            if isinstance(failure, StoreError)
            else self.tr(
                "GrantDesk could not use its data folder ({reason}). Please ask whoever "
                "looks after this computer to check it."
            ).format(reason=getattr(failure, "strerror", None) or failure),
        )
