"""The window's size and place: kept between starts, and always on a screen that is there."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, QTimer
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1100, 760)
FRAME = QSize(16, 40)
"""Room for the title bar and borders, which a window's size leaves out."""
SAVED_PLACE = "window/geometry"


def window_settings() -> QSettings:
    """The window's own settings, one file per person on the computer (on Windows in their
    AppData\\Roaming\\GrantDesk folder), apart from the groups' data."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "GrantDesk", "GrantDesk"
    )


def first_place(work_area: QRect) -> QRect:
    """Where the window, with its frame, goes on its first start: its preferred size, made
    smaller where the screen's work area (the screen less the taskbar) is too small for it,
    in the middle."""
    place = QRect(QPoint(), (PREFERRED_SIZE + FRAME).boundedTo(work_area.size()))
    place.moveCenter(work_area.center())
    return place


class WindowPlace(QObject):
    """Puts the window where it was last time, and saves its size and place a moment after
    each change and on closing (a PC switched off at the wall never closes it).

    Qt's restoreGeometry brings a window that would be off every screen now (a second monitor
    gone, a smaller screen) back onto one.
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._settings = window_settings()
        saved = self._settings.value(SAVED_PLACE)
        if not (isinstance(saved, QByteArray) and window.restoreGeometry(saved)):
            place = first_place(window.screen().availableGeometry())
            window.resize(place.size() - FRAME)
            window.move(place.topLeft())  # a window's position is that of its frame
        self._save_soon = QTimer(self)
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(1000)
        self._save_soon.timeout.connect(self.save)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.save()
        elif event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._save_soon.start()
        return False

    def save(self) -> None:
        self._save_soon.stop()
        self._settings.setValue(SAVED_PLACE, self._window.saveGeometry())
        self._settings.sync()
