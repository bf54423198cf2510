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
from grantdesk.ui.common.messages import translated_error
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.single_instance import claim_data_folder

if TYPE_CHECKING:
    from grantdesk.store.errors import DamagedDatabase

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
    # Paint the window now: otherwise the first paint waits for the database library, which
    # takes a moment to load (benchmarks/bundle_start.py: first paint 3.7x sooner).
    QApplication.processEvents()
    QTimer.singleShot(0, lambda: (claim.listen(), _open_store(window, folder, key)))
    return window


def _open_store(window: MainWindow, data_dir: Path, key: str | None = None) -> None:
    """Open the group's database once the window is up (loading the database library takes a
    moment): checked first, and if it is damaged, put right only as the person chooses."""
    from grantdesk.examples.funders import add_example_funders
    from grantdesk.store.errors import DamagedDatabase
    from grantdesk.store.workspaces import open_group_folder

    kept_aside = None
    for _attempt in range(3):
        try:
            store = open_group_folder(data_dir, key)
            break
        except DamagedDatabase as damage:
            kept_aside = _put_right(window, data_dir, damage, key)
            if kept_aside is None:
                QApplication.exit(1)
                return
        except StoreError as failure:
            log.error(
                "Could not open the data in %s: %s", data_dir, failure.message, exc_info=failure
            )
            QMessageBox.critical(window, _tr("GrantDesk"), translated_error(failure))
            QApplication.exit(1)
            return
    else:
        QApplication.exit(1)
        return
    try:
        if not store.read_only:
            add_example_funders(store)
    except Exception:  # the examples are a convenience: whatever is wrong, the window opens
        log.exception("The example funders could not be added")
    window.attach(store)
    window.start_automatic_backups()
    # What start-up made (libraries, screens) lives as long as the program: kept out of the
    # garbage collector's full sweeps, a sweep takes well under a millisecond instead of
    # pausing the window for 40 to 50 ms in the middle of typing.
    gc.freeze()
    if kept_aside is not None:
        window.statusBar().showMessage(
            _tr("The damaged files are kept in {folder}.").format(folder=kept_aside), 60000
        )


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
            _tr("GrantDesk"),
            _tr(
                "GrantDesk could not put its data right ({reason}). Nothing more has been "
                "changed; please ask whoever looks after this computer for help."
            ).format(reason=getattr(failure, "message", None) or failure),
        )
        return None
    return aside
