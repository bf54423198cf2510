"""Earlier versions on a question page, by keyboard: versions kept while typing and before a
draft goes in, read whole, one put back, and that undone with Ctrl+Z."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from grantdesk.domain.application import ApplicationDetails
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from grantdesk.ui.common.wording import moment_text
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.plan.draft_panel import REPLACING
from tests.keys import press, type_text
from tests.ui.conftest import reactivate, wait_until_saved, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 22, 19, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_versions_kept_while_typing_are_read_and_one_put_back_then_undone(qtbot, data_dir):
    clock = Clock()
    engine = open_database(data_dir)
    store = Store(engine, clock)
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    application_id = store.applications.create(ApplicationDetails(title="Versions"))
    window.open_application(application_id)
    window.application.go_to(1)
    page = window.application.current_page()
    editor = page.editor

    type_text(editor, "First thoughts – ŵ.")
    press(editor, Qt.Key.Key_S, CTRL)
    wait_until_saved(window, qtbot)
    clock.now += timedelta(minutes=6)
    type_text(editor, " Second thoughts.")
    press(editor, Qt.Key.Key_S, CTRL)
    wait_until_saved(window, qtbot)
    clock.now += timedelta(minutes=6)
    type_text(editor, " Third.")
    press(editor, Qt.Key.Key_S, CTRL)
    wait_until_saved(window, qtbot)
    assert [v.text for v in store.revisions.of_answer(application_id, "what_you_do")] == [
        "First thoughts – ŵ. Second thoughts.",
        "First thoughts – ŵ.",
    ]

    seen = []

    def read_and_put_back(dialog) -> None:
        seen.append([dialog.list.item(row).text() for row in range(dialog.list.count())])
        press(dialog.list, Qt.Key.Key_Down)  # the older one
        seen.append(dialog.text.toPlainText())
        press(dialog, Qt.Key.Key_P, ALT)

    when_dialog_opens(read_and_put_back)
    press(editor, Qt.Key.Key_H, CTRL | SHIFT)
    [items, shown] = seen
    start = datetime(2026, 11, 22, 19, 0, tzinfo=UTC)
    assert items == [
        f"{moment_text(start + timedelta(minutes=12))}: 6 words, as it was while you were writing",
        f"{moment_text(start + timedelta(minutes=6))}: 4 words, as it was while you were writing",
    ]
    assert shown == "First thoughts – ŵ."
    reactivate(window, qtbot)
    assert editor.toPlainText() == "First thoughts – ŵ."
    press(editor, Qt.Key.Key_S, CTRL)
    wait_until_saved(window, qtbot)
    assert store.applications.answers(application_id)["what_you_do"].text == ("First thoughts – ŵ.")
    kept = store.revisions.of_answer(application_id, "what_you_do")
    assert kept[0].text == "First thoughts – ŵ. Second thoughts. Third."
    assert kept[0].reason.value == "before-restore"

    editor.setFocus()
    press(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "First thoughts – ŵ. Second thoughts. Third."
    engine.dispose()


def test_a_draft_put_in_place_of_an_answer_keeps_the_answer_first(window, qtbot):
    application_id = window.store.applications.create(ApplicationDetails(title="Drafts"))
    window.store.applications.save_answer(application_id, "project", "Words we wrote ourselves")
    window.open_application(application_id)
    window.application.go_to_page("project")
    page = window.application.current_page()
    when_dialog_opens(lambda box: press(box, Qt.Key.Key_Y), kind=QMessageBox)
    page.insert_draft("A draft from the plan", REPLACING)
    assert page.editor.toPlainText() == "A draft from the plan"
    [kept] = window.store.revisions.of_answer(application_id, "project")
    assert (kept.text, kept.reason.value) == ("Words we wrote ourselves", "before-draft")


def test_with_no_earlier_versions_the_dialog_says_so(window, qtbot):
    application_id = window.store.applications.create(ApplicationDetails(title="New"))
    window.open_application(application_id)
    window.application.go_to(1)
    said = []

    def read_and_close(dialog) -> None:
        said.append((dialog.list.count(), dialog.restore_button.isEnabled()))
        press(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(read_and_close)
    window.application.current_page().versions_button.click()
    assert said == [(0, False)]
