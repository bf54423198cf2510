"""Telling a screen reader what has changed on screen, politely: once the person pauses, and
only when the news is new (a count being typed is not read out at every key)."""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

PAUSE_MS = 1000
"""How long a message must stay the same before it is said: typing has paused."""


def announce(source: QObject, message: str) -> None:
    """Ask a screen reader to say `message` once it has finished what it is saying."""
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class Announcer(QObject):
    """Says a changing message (a problem, a count over its limit, the balance) once it has
    stayed the same for a moment, and only when it differs from what was said last. An empty
    message says nothing, and lets the next one be said even if it was said before."""

    def __init__(self, source: QObject):
        super().__init__(source)
        self._source = source
        self._waiting = ""
        self._said = ""
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._say)

    def say(self, message: str) -> None:
        self._waiting = message
        if not message:
            self._said = ""
            self._pause.stop()
        elif message != self._said:
            self._pause.start()

    def _say(self) -> None:
        if self._waiting and self._waiting != self._said:
            announce(self._source, self._waiting)
            self._said = self._waiting
