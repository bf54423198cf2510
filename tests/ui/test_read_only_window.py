"""A data folder nobody can write to, through the window: it says so above every screen, the
applications can still be opened and printed, and a copy can be taken away to work on."""

import shutil
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from grantdesk.examples.demo import write_demo
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from grantdesk.store.takeaway import read_copy
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.printing.pdf_ready_dialog import PdfReadyDialog
from grantdesk.ui.printing.print_dialog import PrintDialog
from tests.keys import press
from tests.ui.conftest import open_data, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier


def test_read_and_print_and_take_a_copy_away(qtbot, tmp_path: Path, make_read_only, monkeypatch):
    live = tmp_path / "live"
    engine = open_database(live)
    write_demo(Store(engine))
    engine.dispose()
    folder = tmp_path / "data"
    shutil.copytree(live, folder)
    folder = make_read_only(folder)

    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    open_data(qtbot, window, folder)
    assert window.store.read_only
    assert window.read_only_notice.isVisible()
    assert window.read_only_notice.label.text().startswith(
        f"Changes cannot be saved here: the folder GrantDesk keeps your work in ({folder}) "
        "cannot be written to. You can still read and print everything."
    )
    assert not window.backups.timer.isActive()  # nowhere to put a backup
    assert window.home.model.rowCount() == 2

    friday = next(
        s.id for s in window.store.applications.summaries() if s.details.title.startswith("Fri")
    )
    window.open_application(friday)
    assert window.application.application_id == friday
    pdf = tmp_path / "friday.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(pdf), ""))
    ready = []

    def save_then_close(dialog) -> None:
        dialog.save_button.setFocus()
        press(dialog.save_button, Qt.Key.Key_Space)
        when_dialog_opens(
            lambda box: (ready.append(box), press(box, Qt.Key.Key_Escape)), PdfReadyDialog
        )

    when_dialog_opens(save_then_close, PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(ready))
    assert "Friday Night Safe Space" in PdfReader(pdf).pages[0].extract_text()

    copy = tmp_path / "friday.grantdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(copy), ""))
    when_dialog_opens(lambda box: press(box, Qt.Key.Key_Return))
    window.read_only_notice.button.setFocus()
    press(window.read_only_notice.button, Qt.Key.Key_Space)
    assert read_copy(copy).application.details.title == "Friday Night Safe Space"
    window.store.engine.dispose()


def test_a_writable_folder_shows_no_notice(window):
    assert not hasattr(window, "read_only_notice")
