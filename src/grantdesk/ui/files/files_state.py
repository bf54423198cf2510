"""Backups as the window uses them: one when GrantDesk starts and every ten minutes after (each
made off the window's thread, so typing never waits), the list to choose from, and putting one
back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from grantdesk.domain.backups import Backup, BackupContents
from grantdesk.store.errors import StoreError
from grantdesk.ui.autosave import AutoSaver
from grantdesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from grantdesk.store.repository import Store

AUTOMATIC_EVERY_MS = 10 * 60 * 1000
BACKUP_FAILED = (
    "GrantDesk could not make its automatic backup. Your work itself is saved; the details are "
    "in the log file in GrantDesk’s data folder."
)


class BackupsState(QObject):
    made = Signal(object)
    """A backup finished: the Backup, or None when nothing had changed since the last one."""
    problem = Signal(str)

    def __init__(self, store: Store, saver: AutoSaver, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self.saver = saver
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOMATIC_EVERY_MS)
        self.timer.timeout.connect(self.back_up_in_background)
        self.busy = False

    def start_automatic(self) -> None:
        """Back up now and every ten minutes (skipped while nothing changes)."""
        if self._store.read_only:
            return
        self.back_up_in_background()
        self.timer.start()

    def back_up_in_background(self) -> None:
        if self.busy:
            return
        self.busy = True
        run_in_background(self, self._store.backups.make, self._finished, self._failed)

    def _finished(self, backup: Backup | None) -> None:
        self.busy = False
        self.made.emit(backup)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.problem.emit(error.message if isinstance(error, StoreError) else BACKUP_FAILED)

    def listed(self) -> list[tuple[Backup, BackupContents | None]]:
        """Every backup, newest first, with what it holds (None where it cannot be read)."""
        backups = self._store.backups
        return [(backup, backups.contents(backup)) for backup in backups.all()]

    def restore(self, backup: Backup) -> Backup:
        """Put a backup back after saving everything typed and backing up what is here now;
        returns that backup, which restoring undoes this. Raises StoreError."""
        return self.saver.run_now(lambda: self._store.restore_backup(backup))
