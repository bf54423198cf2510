"""Starting the window: Qt, the store, the main window, and a kind word if anything fails."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from grantdesk import __version__
from grantdesk.logs import start_logging
from grantdesk.paths import resources_dir
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.language import saved_language, use_language
from grantdesk.ui.common.messages import translated_error
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.single_instance import claim_data_folder
from grantdesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from grantdesk.store.errors import DamagedDatabase
    from grantdesk.store.repository import Store

log = logging.getLogger(__name__)

OPENING_ATTEMPTS = 3
"""Damage put right, and found again, this many times: GrantDesk gives up rather than loop."""


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
):
    """Anything unforeseen goes to the log, and the person gets a calm sentence instead."""
    log.error("Unexpected error", exc_info=(kind, error, trace))
    QMessageBox.warning(
        None,
        QCoreApplication.translate("GrantDesk", "GrantDesk"),
        QCoreApplication.translate(
            "GrantDesk",
            "Something went wrong in GrantDesk. Before you close it, check that the bottom of "
            "the window says your changes are saved. If this keeps happening, please tell "
            "whoever looks after this computer; the details are in the file grantdesk.log in "
            "GrantDesk’s data folder.",
        ),
    )


def create_qt_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("GrantDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("GrantDesk")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("grantdesk")  # matches the .deb's menu entry, for the dock's icon
    use_language(saved_language())
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
    claim = claim_data_folder(data_dir)
    if claim is None:
        return 0  # GrantDesk is already open on this folder, and has come forward instead
    window = MainWindow()
    window.show()
    start_logging(data_dir)
    claim.another_start.connect(window.come_forward)
    app.aboutToQuit.connect(claim.release)
    # Painted before the database is opened on a worker thread, so that the worker's imports
    # do not hold the interpreter while the first frame is drawn.
    app.processEvents()
    QTimer.singleShot(0, lambda: (claim.listen(), open_store(window, data_dir)))
    return app.exec()


def open_store(
    window: MainWindow, data_dir: Path, attempt: int = 1, kept_aside: Path | None = None
) -> None:
    """Open the database off the window's thread (loading the database library and checking
    the file take a moment), while the window paints the top of the home screen; the
    applications are listed once it is open. Damage is put right only as the person chooses
    (`kept_aside`: where damaged files were put, to be said once it is open)."""
    run_in_background(
        window,
        lambda: _opened_store(data_dir),
        lambda store: _show_store(window, store, kept_aside),
        lambda failure: _not_opened(window, data_dir, failure, attempt),
    )


def _opened_store(data_dir: Path) -> Store:
    """On a worker thread: the store, checked and brought up to date, with the example
    funders added on a first start; and the screens' modules loaded for the window."""
    from grantdesk.examples.funders import add_example_funders
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui import screens  # noqa: F401  (loaded here, off the window's thread)

    store = Store(open_database(data_dir))
    try:
        if not store.read_only:
            add_example_funders(store)
    except Exception:  # the examples are a convenience: whatever is wrong, the window opens
        log.exception("The example funders could not be added")
    return store


def _show_store(window: MainWindow, store: Store, kept_aside: Path | None) -> None:
    window.attach(store)
    window.start_automatic_backups()
    # What start-up made (libraries, screens) lives as long as the program: kept out of the
    # garbage collector's full sweeps, a sweep takes well under a millisecond instead of
    # pausing the window for 40 to 50 ms in the middle of typing.
    gc.freeze()
    if kept_aside is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "GrantDesk", "The damaged files are kept in {folder}."
            ).format(folder=kept_aside),
            60000,
        )


def _not_opened(window: MainWindow, data_dir: Path, failure: Exception, attempt: int) -> None:
    """Damage is put right as the person chooses, then the database opened again; any other
    failure is told, and GrantDesk closes."""
    from grantdesk.store.errors import DamagedDatabase

    if isinstance(failure, DamagedDatabase) and attempt < OPENING_ATTEMPTS:
        kept_aside = _put_right(window, data_dir, failure)
        if kept_aside is not None:
            open_store(window, data_dir, attempt + 1, kept_aside)
            return
    elif isinstance(failure, StoreError):
        QMessageBox.critical(
            window, QCoreApplication.translate("GrantDesk", "GrantDesk"), translated_error(failure)
        )
    else:
        _report_unexpected(type(failure), failure, failure.__traceback__)
    QApplication.exit(1)


def _put_right(window: MainWindow, data_dir: Path, damage: DamagedDatabase) -> Path | None:
    """Ask what to do about damage found at start-up and do it. Returns where the damaged
    files were kept, or None to close GrantDesk."""
    from grantdesk.store.backups import DAMAGED_FOLDER, Backups
    from grantdesk.store.database import BACKUP_FOLDER
    from grantdesk.ui.files.backups_dialog import backup_text, contents_text
    from grantdesk.ui.files.damage_dialog import DamageChoice, ask_about_damage

    backups = Backups(damage.database, data_dir / BACKUP_FOLDER)
    newest = backups.newest_good()
    readable = backups.readable_contents() if damage.damage.in_recent_saves else None
    choice = ask_about_damage(
        window,
        damage.message,
        contents_text(readable) if readable is not None else None,
        backup_text(newest, backups.contents(newest)) if newest is not None else None,
        data_dir / DAMAGED_FOLDER,
    )
    try:
        if choice is DamageChoice.CARRY_ON:
            aside = backups.carry_on()
        elif choice is DamageChoice.GO_BACK:
            aside = backups.recover(newest)
        elif choice is DamageChoice.START_AFRESH:
            aside = backups.recover(None)
        else:
            return None
    except (StoreError, OSError) as failure:
        log.exception("Putting the data right failed")
        QMessageBox.critical(
            window,
            QCoreApplication.translate("GrantDesk", "GrantDesk"),
            QCoreApplication.translate(
                "GrantDesk",
                "GrantDesk could not put its data right ({reason}). Nothing more has been "
                "changed; please ask whoever looks after this computer for help.",
            ).format(reason=getattr(failure, "message", None) or failure),
        )
        return None
    return aside
