"""One start of either GrantDesk or a bare PySide6 window.

Prints "shown" once the main window is on screen and, for GrantDesk, "ready" once the
applications are listed and the window can be used.

python startup_child.py grantdesk DATA_DIR   |   python startup_child.py bare
"""

import sys

if sys.argv[1] == "grantdesk":
    from grantdesk.cli import main  # the real entry point, imported first as `grantdesk` does

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main_window() -> QMainWindow | None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    return windows[0] if windows and windows[0].isVisible() else None


def report_shown() -> None:
    assert main_window() is not None
    print("shown", flush=True)
    if sys.argv[1] == "bare":
        QApplication.quit()
        return
    ready_check.start(1)


def report_ready() -> None:
    window = main_window()
    if window is not None and window.store is not None and window.home.isVisible():
        ready_check.stop()
        print("ready", flush=True)
        QApplication.quit()


app = QApplication(sys.argv[:1])
ready_check = QTimer()
ready_check.timeout.connect(report_ready)
QTimer.singleShot(0, report_shown)
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.show()
    app.exec()
else:
    main(["--data-dir", sys.argv[2]])
