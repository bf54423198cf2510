from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from grantdesk.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, data_dir: Path) -> Callable[[], MainWindow]:
    """Open GrantDesk's window on the test's data folder, as a fresh start of the program would."""
    engines = []

    def opened() -> MainWindow:
        engine = open_database(data_dir)
        engines.append(engine)
        window = MainWindow(Store(engine))
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield opened
    for engine in engines:
        engine.dispose()


@pytest.fixture
def window(open_window) -> MainWindow:
    return open_window()


def when_dialog_opens(
    action: Callable[[QWidget], None], kind: type = QWidget, after: QWidget | None = None
) -> None:
    """Act on the next modal dialog (of this kind, and other than the one `after` which it
    opens) as soon as it is shown (it blocks the test until closed)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        waiting = dialog is None or dialog is after or not isinstance(dialog, kind)
        if waiting or not dialog.isActiveWindow():
            QTimer.singleShot(10, act)
            return
        try:
            action(dialog)
        except BaseException:
            dialog.done(0)  # a failed step must not leave the test waiting for ever
            raise

    QTimer.singleShot(0, act)


def reactivate(window: QWidget, qtbot) -> None:
    """Give the window the keyboard back after a dialog closes.

    A desktop's window manager does this by itself; the offscreen platform used in tests
    does not.
    """
    with qtbot.waitActive(window):
        window.activateWindow()


class Opened(QObject):
    """Stands in for the computer's PDF viewer and file manager: what GrantDesk asked to open."""

    def __init__(self):
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(Path(url.toLocalFile()))


@pytest.fixture
def opened():
    viewer = Opened()
    QDesktopServices.setUrlHandler("file", viewer, "open")
    yield viewer
    QDesktopServices.unsetUrlHandler("file")
