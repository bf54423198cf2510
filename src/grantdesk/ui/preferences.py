"""The person's preferences, kept between starts: declared once here, with their kinds and
defaults, in the same per-person settings file as the window's place but apart from it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from grantdesk.ui.common.text_size import TEXT_SIZES
from grantdesk.ui.window_place import window_settings

TEXT_SIZE = "preferences/text_size"


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or window_settings()

    @property
    def text_size(self) -> int:
        """A percentage of the computer's own text size, one of TEXT_SIZES."""
        value = self._settings.value(TEXT_SIZE, 100)
        try:
            size = int(value)
        except (TypeError, ValueError):
            return 100
        return size if size in TEXT_SIZES else 100

    @text_size.setter
    def text_size(self, size: int) -> None:
        self._settings.setValue(TEXT_SIZE, size)
        self._settings.sync()
