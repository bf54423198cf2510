"""Starting the window: Qt, the store, the main window, and a kind word if anything fails."""

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from grantdesk import __version__
from grantdesk.logs import start_logging
from grantdesk.paths import resources_dir
from grantdesk.store.errors import StoreError
from grantdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GrantDesk", text)


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
):
    """Anything unforeseen goes to the log, and the person gets a calm sentence instead."""
    log.error("Unexpected error", exc_info=(kind, error, trace))
    QMessageBox.warning(
        None,
        _tr("GrantDesk"),
        _tr(
            "Something went wrong in GrantDesk. Before you close it, check that the bottom of "
            "the window says your changes are saved. If this keeps happening, please tell "
            "whoever looks after this computer; the details are in the file grantdesk.log in "
            "GrantDesk’s data folder."
        ),
    )


def create_qt_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("GrantDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("GrantDesk")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("grantdesk")  # matches the .deb's menu entry, for the dock's icon
    return app


def application_icon() -> QIcon:
    """GrantDesk's icon in every size drawn (by installer/make_icons.py), for the taskbar."""
    icon = QIcon()
    for picture in (resources_dir() / "icons").glob("grantdesk-*.png"):
        icon.addFile(str(picture))
    return icon


def run_window(data_dir: Path) -> int:
    app = create_qt_application(sys.argv[:1])
    sys.excepthook = _report_unexpected
    window = MainWindow()
    window.show()
    start_logging(data_dir)
    # Paint the window now: otherwise the first paint waits for the database library, which
    # takes a moment to load (benchmarks/bundle_start.py: first paint 3.7x sooner).
    app.processEvents()
    QTimer.singleShot(0, lambda: _open_store(window, data_dir))
    return app.exec()


def _open_store(window: MainWindow, data_dir: Path) -> None:
    """Open the database once the window is up (loading the database library takes a moment)."""
    from grantdesk.examples.funders import add_example_funders
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store

    try:
        store = Store(open_database(data_dir))
    except StoreError as failure:
        QMessageBox.critical(
            window, _tr("GrantDesk"), QCoreApplication.translate("StoreError", failure.message)
        )
        QApplication.exit(1)
        return
    try:
        add_example_funders(store)
    except Exception:  # the examples are a convenience: whatever is wrong, the window opens
        log.exception("The example funders could not be added")
    window.attach(store)
