from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from grantdesk.ui.main_window import MainWindow


def open_data(qtbot, window: MainWindow, data_dir: Path) -> None:
    """Open the data folder in the window as GrantDesk does at start (off the window's
    thread), and wait until its applications are listed."""
    from grantdesk import app

    app.open_store(window, data_dir)
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)


@pytest.fixture
def open_window(qtbot, data_dir: Path) -> Callable[[], MainWindow]:
    """Open GrantDesk's window on the test's data folder, as a fresh start of the program would."""
    engines = []
    windows = []

    def opened() -> MainWindow:
        engine = open_database(data_dir)
        engines.append(engine)
        window = MainWindow(Store(engine))
        windows.append(window)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield opened
    for window in windows:
        # Closing waits for what a test left being written, before the folder goes; a test
        # that failed with work unsaved must not leave the question "close anyway?" open.
        if isValid(window) and window.isVisible():
            window.saver.wait()
            if window.saver.error or window.saver.conflicts:  # closing will ask
                when_dialog_opens(lambda box: box.done(QMessageBox.StandardButton.Close))
            close_window(window, qtbot)
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


def save_pdf_after_the_check(
    window: QWidget, qtbot, monkeypatch, pdf: Path, read_check: Callable[[QWidget], None]
) -> None:
    """Print with Ctrl+P as a person does: `read_check` reads the check before printing, then
    Save as PDF (to `pdf`) is pressed and the note that it is ready closed with Escape."""
    from grantdesk.ui.printing.pdf_ready_dialog import PdfReadyDialog
    from grantdesk.ui.printing.print_dialog import PrintDialog
    from tests.keys import press

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(pdf), ""))
    ready = []

    def read_and_save(dialog) -> None:
        read_check(dialog)
        dialog.save_button.setFocus()
        press(dialog.save_button, Qt.Key.Key_Space)
        when_dialog_opens(close_ready, PdfReadyDialog)

    def close_ready(dialog) -> None:
        ready.append(dialog)
        press(dialog, Qt.Key.Key_Escape)

    reactivate(window, qtbot)
    when_dialog_opens(read_and_save, PrintDialog)
    press(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(ready))


def wait_until_saved(window: MainWindow, qtbot) -> None:
    """Send what is typed, and wait as a person would for the window to say it is saved."""
    window.saver.flush()
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved"))


def close_window(window: MainWindow, qtbot) -> None:
    """Close as a person does; the window goes once the last changes are on disk."""
    window.close()
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible())


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
