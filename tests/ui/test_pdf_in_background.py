"""A long PDF is made off the window's thread: the window can be used meanwhile, the status
bar shows how far it has got, and stopping it leaves no file behind."""

import subprocess
import sys
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from grantdesk.domain.application import ApplicationDetails
from grantdesk.ui.printing.print_dialog import PrintDialog
from grantdesk.ui.printing.print_flow import MakingPdf
from tests.keys import press, type_text
from tests.ui.conftest import when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier
LONG = "\n\n".join(f"Paragraph {n}: " + "gair ŵ " * 80 for n in range(300))


def test_the_window_is_used_while_a_long_pdf_is_made_and_stopping_it_leaves_no_file(
    window, qtbot, tmp_path, monkeypatch
):
    application_id = window.store.applications.create(ApplicationDetails(title="Long"))
    window.store.applications.save_answer(application_id, "project", LONG)
    window.open_application(application_id)
    view = window.application
    view.go_to_page("difference")
    page = view.current_page()
    folder = tmp_path / "PDFs"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(folder / "Long.pdf"), "")
    )
    halfway = threading.Event()
    may_go_on = threading.Event()
    follow = MakingPdf.follow

    def follow_then_hold_at_half_way(making, done: int, total: int) -> None:
        follow(making, done, total)
        if done * 2 >= total and not halfway.is_set():
            halfway.set()
            may_go_on.wait(20)  # the build is held here while the test uses the window

    monkeypatch.setattr(MakingPdf, "follow", follow_then_hold_at_half_way)
    when_dialog_opens(lambda dialog: press(dialog.save_button, Qt.Key.Key_Space), PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(halfway.is_set, timeout=30_000)

    making = window.print_flow.making
    qtbot.waitUntil(lambda: making.bar.value() >= 50)
    assert making.isVisible() and making.label.text() == "Making the PDF…"
    page.editor.setFocus()
    type_text(page.editor, "Typed while the PDF is made")
    assert page.editor.toPlainText() == "Typed while the PDF is made"
    window.saver.wait()
    assert window.store.applications.answers(application_id)["difference"].text == (
        "Typed while the PDF is made"
    )

    press(making.stop_button, Qt.Key.Key_Space)
    assert making.label.text() == "Stopping…"
    may_go_on.set()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Stopped making the PDF. Nothing was saved."
    )
    assert window.print_flow.making is None
    assert list(folder.iterdir()) == []


def test_a_finished_pdf_takes_the_place_of_an_earlier_one_only_when_whole(
    window, qtbot, tmp_path, monkeypatch
):
    application_id = window.store.applications.create(ApplicationDetails(title="Again"))
    window.open_application(application_id)
    folder = tmp_path / "PDFs"
    folder.mkdir()
    target = folder / "Again.pdf"
    target.write_bytes(b"the earlier PDF")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    ready = []

    def save(dialog) -> None:
        press(dialog.save_button, Qt.Key.Key_Space)
        when_dialog_opens(lambda done: (ready.append(done), press(done, Qt.Key.Key_Escape)))

    when_dialog_opens(save, PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(ready))
    assert target.read_bytes().startswith(b"%PDF")
    assert [path.name for path in folder.iterdir()] == ["Again.pdf"]
    assert target.stat().st_mode & 0o044  # readable as any saved file is


FIRST_PDF = """
import os, sys, threading
from datetime import date
from pathlib import Path

imported_on_the_window_thread = []


class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "reportlab":
            on_window = threading.current_thread() is threading.main_thread()
            imported_on_the_window_thread.append(on_window)


sys.meta_path.insert(0, Watch())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QFileDialog

from grantdesk.domain.application import ApplicationDetails
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.printing import print_flow

folder = Path(sys.argv[1])
app = QApplication([])
store = Store(open_database(folder / "data"))
application_id = store.applications.create(ApplicationDetails(title="First"))
window = MainWindow(store)
window.show()
QFileDialog.getSaveFileName = staticmethod(lambda *args: (str(folder / "First.pdf"), ""))
print_flow.PdfReadyDialog.exec = lambda dialog: app.quit() or 0
window.print_flow.save_pdf(store.printable(application_id), False, date.today())
app.exec()
print(imported_on_the_window_thread, (folder / "First.pdf").exists())
"""


def test_the_first_pdf_loads_reportlab_off_the_window_thread(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PDF, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.split("\n")[-2] == "[False] True"
