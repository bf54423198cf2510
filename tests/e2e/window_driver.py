"""Shared by the scripts that drive the real program: wait for its window to be ready."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from grantdesk.ui.main_window import MainWindow


def when_window_is_ready(then: Callable[[MainWindow], None]) -> None:
    """Call `then(window)` once GrantDesk's window has opened its data."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].store is None:
        QTimer.singleShot(20, lambda: when_window_is_ready(then))
        return
    then(windows[0])
