"""Awkward input gets a plain answer or just works; what was typed always stays."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails
from tests.faults import DiskFaults
from tests.keys import press, type_text
from tests.ui.conftest import when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier


def open_new(window, title="Awkward", amount=None) -> int:
    application_id = window.store.applications.create(
        ApplicationDetails(title=title, amount_requested_pence=amount)
    )
    window.open_application(application_id)
    return application_id


def test_a_bad_amount_is_explained_and_the_old_one_kept(window, qtbot):
    application_id = open_new(window, amount=400_000)
    field = window.application.current_page().amount_field
    field.line.setFocus()
    field.line.selectAll()
    type_text(field.line, "1.2.3")
    press(field.line, Qt.Key.Key_Tab)
    assert field.problem.isVisible()
    assert "“1.2.3” is not an amount of money" in field.problem.text()
    assert field.line.text() == "1.2.3"
    window.saver.wait()
    assert window.save_status.text().startswith("Not saved: “1.2.3”")
    assert (
        window.store.applications.summary(application_id).details.amount_requested_pence == 400_000
    )

    for nonsense, says in (
        ("twelve", "not an amount"),
        ("-5", "less than nothing"),
        ("£10,000,000,000", "far more than"),
    ):
        field.line.setFocus()
        field.line.selectAll()
        type_text(field.line, nonsense)
        press(field.line, Qt.Key.Key_Tab)
        assert says in field.problem.text()

    field.line.setFocus()
    field.line.selectAll()
    type_text(field.line, "£1,234.5")
    press(field.line, Qt.Key.Key_Tab)
    assert not field.problem.isVisible()
    assert field.line.text() == "£1,234.50"
    window.saver.wait()
    assert (
        window.store.applications.summary(application_id).details.amount_requested_pence == 123_450
    )


def test_a_bad_closing_date_is_explained(window, qtbot):
    application_id = open_new(window)
    field = window.application.current_page().closing_field
    field.line.setFocus()
    type_text(field.line, "31/02/2027")
    press(field.line, Qt.Key.Key_Tab)
    assert "not a real date" in field.problem.text()
    field.line.setFocus()
    field.line.selectAll()
    type_text(field.line, "15/1/27")
    press(field.line, Qt.Key.Key_Tab)
    assert field.line.text() == "15 January 2027"
    window.saver.wait()
    assert (
        str(window.store.applications.summary(application_id).details.closing_date) == "2027-01-15"
    )


def test_clearing_the_title_is_explained_but_nothing_is_lost(window, qtbot):
    application_id = open_new(window, title="Short")
    page = window.application.current_page()
    page.title_field.setFocus()
    page.title_field.selectAll()
    press(page.title_field, Qt.Key.Key_Backspace)
    assert page.title_problem.isVisible()
    assert window.application.title_label.text() == "Untitled application"
    type_text(page.title_field, "Longer ŵ")
    assert not page.title_problem.isVisible()
    press(page.title_field, Qt.Key.Key_Tab)
    window.saver.wait()
    assert window.store.applications.summary(application_id).details.title == "Longer ŵ"


def test_a_huge_paste_with_emoji_welsh_and_control_characters_is_kept(window, qtbot):
    application_id = open_new(window)
    window.application.go_to(3)
    page = window.application.current_page()
    assert QApplication.focusWidget() is page.editor
    huge = ("Mae’r ŵyn yn y cae ger Tŷ Ŷ – “dyfyniad” 😀\x07\x0b " * 5000)[:200_000]
    QApplication.clipboard().setText(huge)
    press(page.editor, Qt.Key.Key_V, CTRL)
    assert page.editor.toPlainText() == huge
    qtbot.waitUntil(page.limit_problem.isVisible)  # so long an answer is counted at a pause
    assert page.limit_problem.text().endswith("words over the limit. Please shorten your answer.")
    type_text(page.editor, " 👍🏽 ŷ")
    press(page.editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Everything you have typed is saved."
    )
    stored = window.store.applications.answers(application_id)["project"].text
    assert stored == page.editor.toPlainText()
    assert stored.endswith(" 👍🏽 ŷ")


def test_when_saving_fails_the_text_stays_and_is_saved_once_it_can_be(window, qtbot):
    application_id = open_new(window)
    window.application.go_to(1)
    editor = window.application.current_page().editor
    disk = DiskFaults(window.store.engine)
    disk.read_only()
    window.saver.retry_delay_ms = 50
    type_text(editor, "Precious words ŵ")
    press(editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.save_status.text() == "Not saved yet")
    assert "cannot be written to" in window.save_problem.text()
    assert editor.toPlainText() == "Precious words ŵ"

    asked = []
    when_dialog_opens(lambda box: (asked.append(box.windowTitle()), press(box, Qt.Key.Key_Escape)))
    window.close()
    qtbot.waitUntil(lambda: asked == ["Your latest changes are not saved"])
    assert window.isVisible(), "closing asks first when work is not saved, and Escape stays"

    disk.clear()
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved"))
    assert (
        window.store.applications.answers(application_id)["what_you_do"].text == "Precious words ŵ"
    )


def test_a_missing_table_on_opening_an_application_is_told_as_a_failed_read(window, qtbot):
    import sqlite3

    from grantdesk.store.database import DATABASE_FILE

    application_id = window.store.applications.create(ApplicationDetails(title="Safe Space"))
    window.show_home()
    database = window.store.engine.url.database
    assert database.endswith(DATABASE_FILE)
    with sqlite3.connect(database) as raw:
        raw.execute("DROP TABLE answer")
    told = []

    def read_and_close(box) -> None:
        told.append(box.text())
        press(box, Qt.Key.Key_Return)

    when_dialog_opens(read_and_close)
    window.open_application(application_id)
    [message] = told
    assert message.startswith("GrantDesk could not read its data, because part of its data file")
    assert "answer" in message
    assert "save" not in message and "on screen" not in message
    assert window.pages.currentWidget() is window.home


def test_none_is_nought_and_the_status_never_says_saved_over_text_it_cannot_read(window, qtbot):
    window.show_profile()
    staff = window.profile.staff_field
    staff.line.setFocus()
    type_text(staff.line, "none")
    press(staff.line, Qt.Key.Key_Tab)
    assert staff.line.text() == "0"
    window.saver.wait()
    assert window.store.profile.get().paid_staff == 0

    volunteers = window.profile.volunteers_field
    volunteers.line.setFocus()
    type_text(volunteers.line, "about a dozen")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Not saved"))
    press(volunteers.line, Qt.Key.Key_Tab)
    assert window.save_status.text() == (
        "Not saved: “about a dozen” in Number of volunteers. Please correct it."
    )
    assert volunteers.line.text() == "about a dozen"
    press(window, Qt.Key.Key_S, CTRL)
    assert "saved" not in window.save_status.text().replace("Not saved", "")

    volunteers.line.setFocus()
    volunteers.line.selectAll()
    type_text(volunteers.line, "12")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved"))
    assert window.store.profile.get().volunteers == 12
