"""When typing reaches the disk, and what the window says meanwhile: steady typing is saved
within two seconds though it never pauses; a slow disk holds up neither typing nor pages;
closing waits for the last write and says so; an edit made elsewhere is never saved over;
a data folder on a USB stick taken out and put back."""

import sqlite3
import time
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget, BudgetLine
from grantdesk.store.database import DATABASE_FILE, open_database
from grantdesk.store.repository import Store
from grantdesk.ui.autosave import SAVE_DELAY_MS
from tests.faults import DiskFaults
from tests.keys import press, press_here, type_here, type_text
from tests.ui.conftest import reactivate, when_dialog_opens
from tests.ui.test_budget import editor_of

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SAVED = "All changes saved at"


def open_at(window, page: str, title: str = "Friday Night Safe Space") -> int:
    application_id = window.store.applications.create(ApplicationDetails(title=title))
    window.open_application(application_id)
    window.application.go_to_page(page)
    return application_id


def status(window) -> str:
    return window.save_status.text()


def on_disk(data_dir: Path, application_id: int, question_key: str) -> str:
    """What another program would read from the file now."""
    with sqlite3.connect(f"file:{data_dir / DATABASE_FILE}?mode=ro", uri=True) as reader:
        row = reader.execute(
            "SELECT text FROM answer WHERE application_id = ? AND question_key = ?",
            (application_id, question_key),
        ).fetchone()
    return row[0] if row else ""


def test_steady_typing_is_on_disk_within_two_seconds_though_it_never_pauses(
    window, qtbot, data_dir
):
    application_id = open_at(window, "project")
    editor = window.application.current_page().editor
    text = "Mae’r clwb ar agor nos Wener ŵ"
    typed_at: list[float] = []
    checks: list[tuple[int, int]] = []  # (characters typed 2 s ago or more, characters on disk)

    def next_key() -> None:
        type_text(editor, text[len(typed_at)])
        typed_at.append(time.monotonic())
        saved = on_disk(data_dir, application_id, "project")
        assert text.startswith(saved)
        due = sum(1 for moment in typed_at if moment <= time.monotonic() - 2.0)
        checks.append((due, len(saved)))
        if len(typed_at) == len(text):
            keys.stop()

    keys = QTimer()
    keys.setInterval(SAVE_DELAY_MS // 3)  # never a pause long enough to save by itself
    keys.timeout.connect(next_key)
    keys.start()
    qtbot.waitUntil(lambda: len(typed_at) == len(text), timeout=20_000)

    assert any(due for due, _ in checks), "typing went on for more than two seconds"
    assert all(saved >= due for due, saved in checks), checks
    assert any(saved for _, saved in checks), "saved while the typing went on"


def test_a_slow_disk_holds_up_neither_typing_nor_pages_and_the_status_bar_says_so(window, qtbot):
    application_id = open_at(window, "what_you_do")
    disk = DiskFaults(window.store.engine)
    disk.hold()  # every write waits at its COMMIT until released, as on a very slow disk
    type_here("First words ŵ")
    press_here(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: disk.held == 1)
    assert status(window) == "Saving…"

    # While that write is stuck at the disk: more typing, other pages, another screen.
    type_here(", and more")
    press_here(Qt.Key.Key_PageDown, CTRL)
    assert window.application.current_page().question.key == "organisation_type"
    type_here("Second answer – Tŷ")
    press_here(Qt.Key.Key_PageDown, CTRL)
    type_here("Third")
    press(window, Qt.Key.Key_Home, ALT)
    assert window.pages.currentWidget() is window.home
    window.open_application(application_id)
    view = window.application
    assert view.page(1).editor.toPlainText() == "First words ŵ, and more"
    assert view.page(2).editor.toPlainText() == "Second answer – Tŷ"
    assert disk.held == 1, "all of that happened while the first write was at the disk"
    assert status(window) == "Saving…"

    disk.release()
    qtbot.waitUntil(lambda: status(window).startswith(SAVED))

    # Closing waits for the writer, and says so when that takes more than a moment.
    disk.hold()
    view.go_to_page("beneficiaries")
    type_here("Last words before closing")
    window.close()
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saving your last"))
    assert status(window) == "Saving…"
    disk.release()
    qtbot.waitUntil(lambda: not window.isVisible())

    answers = window.store.applications.answers(application_id)
    assert answers["what_you_do"].text == "First words ŵ, and more"
    assert answers["organisation_type"].text == "Second answer – Tŷ"
    assert answers["project"].text == "Third"
    assert answers["beneficiaries"].text == "Last words before closing"
    # In the order typed: each answer's writes only ever grow it, never put back older text.
    for final in ("First words ŵ, and more", "Second answer – Tŷ", "Last words before closing"):
        writes = [
            value
            for _sql, values in disk.written
            for value in (values if isinstance(values, tuple) else ())
            if isinstance(value, str) and value[:5] == final[:5]
        ]
        assert writes[-1] == final
        assert all(later.startswith(earlier) for earlier, later in pairwise(writes))


def test_an_answer_changed_elsewhere_is_asked_about_and_the_choice_kept(window, qtbot, data_dir):
    application_id = open_at(window, "project")
    editor = window.application.current_page().editor
    elsewhere_engine = open_database(data_dir)
    elsewhere = Store(elsewhere_engine)  # another GrantDesk, or a command, on the same folder
    elsewhere.applications.save_answer(application_id, "project", "Written elsewhere")

    asked = []

    def keep_mine(box) -> None:
        asked.append(box.text())
        press(box, Qt.Key.Key_K, ALT)

    when_dialog_opens(keep_mine)
    type_here("Mine ŵ")
    qtbot.waitUntil(lambda: bool(asked))
    assert "the answer to “What the project is”" in asked[0]
    assert "changed somewhere else" in asked[0]
    reactivate(window, qtbot)
    qtbot.waitUntil(lambda: status(window).startswith(SAVED))
    assert elsewhere.applications.answers(application_id)["project"].text == "Mine ŵ"

    # Again, and this time the other version is chosen: mine goes to the clipboard.
    elsewhere.applications.save_answer(application_id, "project", "Changed again elsewhere")
    asked.clear()

    def use_theirs(box) -> None:
        asked.append(box.text())
        press(box, Qt.Key.Key_U, ALT)

    when_dialog_opens(use_theirs)
    editor = window.application.current_page().editor
    editor.setFocus()
    type_here(" and more")
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.waitUntil(
        lambda: window.application.current_page().editor.toPlainText() == "Changed again elsewhere"
    )
    assert QApplication.clipboard().text() == "Mine ŵ and more"
    assert not window.saver.unsaved
    assert window.store.applications.answers(application_id)["project"].text == (
        "Changed again elsewhere"
    )
    elsewhere_engine.dispose()


def test_budget_lines_changed_elsewhere_stay_beside_the_ones_typed_here(window, qtbot, data_dir):
    application_id = window.store.applications.create(ApplicationDetails(title="Shared budget"))
    lines = tuple(BudgetLine("Staff", f"Line {n}", 100, "hours", 1000) for n in range(3))
    window.store.money.save_budget(application_id, Budget(lines))
    window.open_application(application_id)
    window.application.go_to_page("budget")
    budget = editor_of(window)
    elsewhere_engine = open_database(data_dir)
    elsewhere = Store(elsewhere_engine)
    theirs = replace(lines[2], description="Changed elsewhere")
    elsewhere.money.save_budget(application_id, Budget((*lines[:2], theirs)), base=Budget(lines))

    budget.table.setFocus()
    budget.table.setCurrentIndex(budget.model.index(0, 1))
    type_here("Youth worker – ŵ")
    press_here(Qt.Key.Key_Return)
    window.saver.wait()
    qtbot.waitUntil(lambda: status(window).startswith(SAVED))
    stored = elsewhere.money.budget(application_id).lines
    assert [line.description for line in stored] == [
        "Youth worker – ŵ",
        "Line 1",
        "Changed elsewhere",
    ]
    elsewhere_engine.dispose()


def test_a_data_folder_taken_away_and_put_back(window, qtbot, data_dir):
    application_id = open_at(window, "project")
    window.saver.retry_delay_ms = 50
    away = data_dir.with_name("usb-stick-taken-out")
    data_dir.rename(away)
    type_here("Typed while the stick was out ŵ")
    qtbot.waitUntil(lambda: status(window) == "Not saved yet")
    assert f"cannot find the folder {data_dir} any more" in window.save_problem.text()
    assert "USB stick" in window.save_problem.text()
    assert not data_dir.exists(), "nothing was written anywhere else meanwhile"

    away.rename(data_dir)
    qtbot.waitUntil(lambda: status(window).startswith(SAVED))
    assert on_disk(data_dir, application_id, "project") == "Typed while the stick was out ŵ"


def test_typing_in_a_table_cell_is_saved_as_it_goes_and_escape_puts_it_back(window, qtbot):
    application_id = open_at(window, "budget")
    budget = editor_of(window)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    budget.table.setCurrentIndex(budget.model.index(0, 1))
    type_here("Hall hire – not entered yet ŵ")
    assert budget.table.is_editing()
    assert status(window) == "Saving…"
    qtbot.waitUntil(lambda: status(window).startswith(SAVED))
    assert budget.table.is_editing(), "saved while the cell is still being typed in"
    [line] = window.store.money.budget(application_id).lines
    assert line.description == "Hall hire – not entered yet ŵ"

    press_here(Qt.Key.Key_Escape)
    assert budget.model.rows[0].description == ""
    qtbot.waitUntil(lambda: status(window).startswith(SAVED))
    assert window.store.money.budget(application_id).lines[0].description == ""
