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
    from grantdesk.store.sqlite_files import FirstLook

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
    start_logging(data_dir)
    from grantdesk.ui.groups.group_session import GroupSession

    if not GroupSession(data_dir, open_window).start():
        return 0
    return app.exec()


def open_window(folder: Path, key: str | None = None) -> MainWindow | None:
    """A window on one group's folder (with its data key when it is locked); None when that
    group is already open in another window, which comes forward instead."""
    claim = claim_data_folder(folder)
    if claim is None:
        return None
    window = MainWindow()
    window.show()
    claim.another_start.connect(window.come_forward)
    window.destroyed.connect(claim.release)
    QApplication.instance().aboutToQuit.connect(claim.release)
    # Painted before the database is opened on a worker thread, so that the worker's imports
    # do not hold the interpreter while the first frame is drawn.
    QApplication.processEvents()
    QTimer.singleShot(0, lambda: (claim.listen(), take_first_look(window, folder, key)))
    return window


def take_first_look(window: MainWindow, folder: Path, key: str | None = None) -> None:
    """List the applications as read with plain sqlite3 (a moment, after the start-up check),
    then open the store, whose database library takes several times as long to load. Anything
    that stops the first look (no data yet, damage) is met again, and dealt with, by
    open_store."""

    def shown(look: FirstLook | None) -> None:
        if look is not None:
            window.show_first_look(look)
        open_store(window, folder, key)

    run_in_background(
        window,
        lambda: _first_look(folder, key),
        shown,
        lambda _stopped: open_store(window, folder, key),
    )


def _first_look(folder: Path, key: str | None) -> FirstLook | None:
    """On a worker thread: the check and the list, and the home screen's module loaded for
    the window."""
    from grantdesk.store.layout import DATABASE_FILE
    from grantdesk.store.sqlite_files import first_look
    from grantdesk.ui.home import home_view  # noqa: F401  (loaded here, off the window's thread)

    return first_look(folder / DATABASE_FILE, key)


def open_store(
    window: MainWindow,
    data_dir: Path,
    key: str | None = None,
    attempt: int = 1,
    kept_aside: Path | None = None,
) -> None:
    """Open the group's database off the window's thread (loading the database library and
    checking the file take a moment), while the window paints the top of the home screen; the
    applications are listed once it is open. Damage is put right only as the person chooses
    (`kept_aside`: where damaged files were put, to be said once it is open)."""
    run_in_background(
        window,
        lambda: _opened_store(data_dir, key),
        lambda store: _show_store(window, store, kept_aside),
        lambda failure: _not_opened(window, data_dir, key, failure, attempt),
    )


def _opened_store(data_dir: Path, key: str | None) -> Store:
    """On a worker thread: the store, checked and brought up to date, with the example
    funders added on a first start; and the screens' modules loaded for the window."""
    from grantdesk.examples.funders import add_example_funders
    from grantdesk.store.workspaces import open_group_folder
    from grantdesk.ui import screens  # noqa: F401  (loaded here, off the window's thread)

    store = open_group_folder(data_dir, key)
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


def _not_opened(
    window: MainWindow, data_dir: Path, key: str | None, failure: Exception, attempt: int
) -> None:
    """Damage is put right as the person chooses, then the database opened again; any other
    failure is told, and GrantDesk closes."""
    from grantdesk.store.errors import DamagedDatabase

    if isinstance(failure, DamagedDatabase) and attempt < OPENING_ATTEMPTS:
        kept_aside = _put_right(window, data_dir, failure, key)
        if kept_aside is not None:
            open_store(window, data_dir, key, attempt + 1, kept_aside)
            return
    elif isinstance(failure, StoreError):
        QMessageBox.critical(
            window, QCoreApplication.translate("GrantDesk", "GrantDesk"), translated_error(failure)
        )
    else:
        _report_unexpected(type(failure), failure, failure.__traceback__)
    QApplication.exit(1)


def _put_right(
    window: MainWindow, data_dir: Path, damage: DamagedDatabase, key: str | None = None
) -> Path | None:
    """Ask what to do about damage found at start-up and do it. Returns where the damaged
    files were kept, or None to close GrantDesk."""
    from grantdesk.store.backups import DAMAGED_FOLDER, Backups
    from grantdesk.store.database import BACKUP_FOLDER
    from grantdesk.ui.files.backups_dialog import backup_text, contents_text
    from grantdesk.ui.files.damage_dialog import DamageChoice, ask_about_damage

    backups = Backups(damage.database, data_dir / BACKUP_FOLDER, key=key)
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
