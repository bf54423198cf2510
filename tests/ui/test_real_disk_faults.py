"""Faults from the kernel itself, where the tests may mount a file system (as root on Linux):
the data folder on a tiny RAM disk that fills up. (tests/faults.py makes the same faults in
SQLite itself, everywhere.)"""

import errno
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from grantdesk.ui.main_window import MainWindow
from tests.keys import press, type_here

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MB file system of its own (tmpfs), or a skip where mounting is not allowed."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0 or shutil.which("umount") is None:
        pytest.skip("this machine does not let the tests mount a small disk")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_up(disk: Path) -> Path:
    filler = disk / "someone-elses-big-file"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def test_a_really_full_disk_is_said_the_text_kept_and_saved_once_there_is_room(qtbot, small_disk):
    data_dir = small_disk / "GrantDesk"
    engine = open_database(data_dir)
    window = MainWindow(Store(engine))
    qtbot.addWidget(window)
    window.saver.retry_delay_ms = 50
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    application_id = window.store.applications.create(ApplicationDetails(title="Full disk"))
    window.open_application(application_id)
    window.application.go_to_page("project")
    editor = window.application.current_page().editor
    filler = fill_up(small_disk)

    draft = "Tŷ’r Cwm youth drop-in – ŵ ŷ “quoted” 😀 " * 2500  # more than the disk has left
    QApplication.clipboard().setText(draft)
    press(editor, Qt.Key.Key_V, CTRL)
    type_here(" ŵ")
    qtbot.waitUntil(lambda: window.save_status.text() == "Not saved yet", timeout=10_000)
    assert f"the disk that holds {data_dir} is full" in window.save_problem.text()
    assert editor.toPlainText() == draft + " ŵ"

    filler.unlink()
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved"))
    assert window.store.applications.answers(application_id)["project"].text == draft + " ŵ"
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    engine.dispose()
