"""Run the real GrantDesk window on a data folder, saying what it does, for tests to follow.

    python run_window.py DATA_DIR

Prints "ready" once the applications are listed, and "came forward" each time GrantDesk is
started again on the same folder. Runs until it is closed or killed.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from grantdesk.app import create_qt_application, run_window
from grantdesk.ui.single_instance import DataFolderClaim
from tests.e2e.window_driver import when_window_is_ready


def report(window) -> None:
    claim = QCoreApplication.instance().findChild(DataFolderClaim)
    claim.another_start.connect(lambda: print("came forward", flush=True))
    print("ready", flush=True)


create_qt_application(sys.argv[:1])
QTimer.singleShot(0, lambda: when_window_is_ready(report))
sys.exit(run_window(Path(sys.argv[1])))
