"""Run the real GrantDesk window and type into one answer, as a person would.

Used by test_power_cut.py: python drive_window.py DATA_DIR APPLICATION_ID QUESTION_KEY TEXT
Prints "typed" once the last key is pressed, then leaves the program running until killed.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from grantdesk.app import create_qt_application, run_window
from tests.e2e.window_driver import when_window_is_ready
from tests.keys import type_text

data_dir, application_id, question_key, text = (
    sys.argv[1],
    int(sys.argv[2]),
    sys.argv[3],
    sys.argv[4],
)


def drive(window) -> None:
    window.open_application(int(application_id))
    window.application.go_to_page(question_key)
    type_text(window.application.current_page().editor, text)
    print("typed", flush=True)


create_qt_application(sys.argv[:1])
QTimer.singleShot(0, lambda: when_window_is_ready(drive))
sys.exit(run_window(Path(data_dir)))
