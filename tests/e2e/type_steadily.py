"""Run the real GrantDesk window and type into one answer steadily until killed.

    python type_steadily.py DATA_DIR APPLICATION_ID QUESTION_KEY SEED

Types kills.TEXT (round and round) at the end of the answer with real key events, at random
intervals of 40 to 250 ms (never a pause as long as the autosave's), and prints
"key COUNT MONOTONIC_TIME" after each key is in the editor.
"""

import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from grantdesk.app import create_qt_application, run_window
from tests.e2e.kills import typed_text
from tests.e2e.window_driver import when_window_is_ready
from tests.keys import type_text

data_dir, application_id, question_key, seed = sys.argv[1:5]
pace = random.Random(int(seed) + 1)


def start_typing(window) -> None:
    window.open_application(int(application_id))
    window.application.go_to_page(question_key)
    editor = window.application.current_page().editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    count = 0

    def next_key() -> None:
        nonlocal count
        count += 1
        type_text(editor, typed_text(count)[-1])
        print(f"key {count} {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(pace.randint(40, 250), next_key)

    next_key()


create_qt_application(sys.argv[:1])
QTimer.singleShot(0, lambda: when_window_is_ready(start_typing))
sys.exit(run_window(Path(data_dir)))
