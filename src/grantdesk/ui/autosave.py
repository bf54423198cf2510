"""One path for every save: typing schedules it, a short pause or leaving a field sends it.

Writes wait in a queue keyed by what they save, so a burst of typing becomes one write.
A write that fails stays queued and is tried again, so nothing typed is dropped.
"""

from collections.abc import Callable, Hashable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from grantdesk.store.errors import StoreError

SAVE_DELAY_MS = 300
RETRY_DELAY_MS = 5000


class AutoSaver(QObject):
    state_changed = Signal()

    def __init__(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC), parent=None):
        super().__init__(parent)
        self._clock = clock
        self._pending: dict[Hashable, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.saved_at: datetime | None = None
        self.error: str | None = None

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: Hashable, write: Callable[[], None]) -> None:
        """Queue a write, replacing any earlier write of the same thing, and restart the pause."""
        self._pending[key] = write
        if self.error is None:
            self._timer.start(SAVE_DELAY_MS)
        self.state_changed.emit()

    def flush(self) -> bool:
        """Send every queued write now; True when all of them are on disk."""
        self._timer.stop()
        if not self._pending:
            return self.error is None
        while self._pending:
            key, write = next(iter(self._pending.items()))
            try:
                write()
            except StoreError as failure:
                self.error = failure.message
                self._timer.start(RETRY_DELAY_MS)
                self.state_changed.emit()
                return False
            if self._pending.get(key) is write:
                del self._pending[key]
        self.error = None
        self.saved_at = self._clock()
        self.state_changed.emit()
        return True

    def stop(self) -> None:
        self._timer.stop()
