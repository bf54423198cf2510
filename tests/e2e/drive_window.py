"""Run the real GrantDesk window and type into one answer, as a person would.

Used by test_power_cut.py: python drive_window.py DATA_DIR APPLICATION_ID QUESTION_KEY TEXT
[PASSPHRASE]. With a passphrase, types it on the group's lock screen first. Prints "typed" once
the last key is pressed, then leaves the program running until killed.
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from grantdesk.app import create_qt_application, run_window
from tests.e2e.window_driver import when_window_is_ready
from tests.keys import press, type_text

data_dir, application_id, question_key, text = (
    sys.argv[1],
    int(sys.argv[2]),
    sys.argv[3],
    sys.argv[4],
)
passphrase = sys.argv[5] if len(sys.argv) > 5 else None


def unlock() -> None:
    from grantdesk.ui.groups.group_dialogs import LockScreen

    screens = [w for w in QApplication.topLevelWidgets() if isinstance(w, LockScreen)]
    if not screens or not screens[0].isVisible():
        QTimer.singleShot(20, unlock)
        return
    type_text(screens[0].words, passphrase)
    press(screens[0].words, Qt.Key.Key_Return)


def drive(window) -> None:
    window.open_application(int(application_id))
    window.application.go_to_page(question_key)
    type_text(window.application.current_page().editor, text)
    print("typed", flush=True)


create_qt_application(sys.argv[:1])
if passphrase is not None:
    QTimer.singleShot(0, unlock)
QTimer.singleShot(0, lambda: when_window_is_ready(drive))
sys.exit(run_window(Path(data_dir)))
