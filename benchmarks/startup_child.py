"""One start of either GrantDesk or a bare PySide6 window painting the same frame.

Prints "painted" once the main window's first paint is done (the first turn of the event loop
after its first paint event, so the frame is drawn and flushed) and, for GrantDesk, "listed"
once the applications are listed in the window (or the welcome shown, when there are none) and
the window's thread is free to answer keys (a button pressed from then on does what it says,
at once or as soon as the data is open), then "open" once the data is open and every screen
built.

python startup_child.py grantdesk DATA_DIR   |   python startup_child.py bare
"""

import sys

if sys.argv[1] == "grantdesk":
    from grantdesk.cli import main  # the real entry point, imported first as `grantdesk` does
else:
    from bare_window import bare_frame

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

HOME_FRAME = ("Your applications", "F&unders", "Group &profile", "Opening your applications…")


class FirstPaint(QObject):
    """Says "painted" after the main window's first paint event has been handled."""

    def __init__(self):
        super().__init__()
        self.seen = False

    def eventFilter(self, watched, event) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, report_painted)
        return False


def report_painted() -> None:
    missing = [text for text in HOME_FRAME if text not in frame_texts(main_window())]
    if missing:
        print(f"the first paint lacks {missing}", flush=True)
        QApplication.exit(1)
        return
    print("painted", flush=True)
    if sys.argv[1] == "bare":
        QApplication.quit()
        return
    listed_check.start(1)


def frame_texts(window: QMainWindow) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    shown = {
        widget.text()
        for kind in (QLabel, QAbstractButton)
        for widget in window.findChildren(kind)
        if widget.isVisible()
    }
    return shown | {window.statusBar().currentMessage()}


def main_window() -> QMainWindow | None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    return windows[0] if windows and windows[0].isVisible() else None


def report_listed() -> None:
    window = main_window()
    home = getattr(window, "home", None)
    if not listed and home is not None and home.isVisible() and home.frame.opening.isHidden():
        listed.append(True)
        print("listed", flush=True)
    if listed and window.store is not None:
        listed_check.stop()
        print("open", flush=True)
        QApplication.quit()


listed: list[bool] = []


app = QApplication(sys.argv[:1])
first_paint = FirstPaint()
app.installEventFilter(first_paint)
listed_check = QTimer()
listed_check.timeout.connect(report_listed)
if sys.argv[1] == "bare":
    window = bare_frame()
    window.show()
    app.exec()
else:
    main(["--data-dir", sys.argv[2]])
