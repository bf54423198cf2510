"""An answer pasted far beyond any funder's limit is kept whole, said plainly, and typing in it
neither waits for it to be read at every key nor loses a key."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store
from tests.keys import press, type_text
from tests.ui.conftest import close_window

CTRL = Qt.KeyboardModifier.ControlModifier
PASTED = "\n".join(" ".join(f"gair{n}ŵ" for n in range(line, line + 40)) for line in range(600))


def test_a_pasted_document_is_kept_said_plainly_and_every_key_typed_after_it_is_saved(
    window, qtbot, data_dir
):
    assert len(PASTED) > 100_000
    application_id = window.store.applications.create(ApplicationDetails(title="Pasted"))
    window.open_application(application_id)
    view = window.application
    view.go_to_page("project")
    page = view.current_page()
    assert not page.too_long_note.isVisible()

    QApplication.clipboard().setText(PASTED)
    press(page.editor, Qt.Key.Key_V, CTRL)
    qtbot.waitUntil(page.too_long_note.isVisible)
    assert f"This answer is {len(PASTED):,} characters long" in page.too_long_note.text()
    assert "All of it is kept" in page.too_long_note.text()
    assert page.count_label.text() == f"{PASTED.count('gair'):,} of 300 words"
    assert view.steps.item(view.page_index("project")).text().startswith("!")

    type_text(page.editor, " more")
    assert window.save_status.text() == "Saving…"
    close_window(window, qtbot)  # at once: the last keys are read and saved on the way out

    store = Store(open_database(data_dir))
    assert store.applications.answers(application_id)["project"].text == PASTED + " more"
    store.engine.dispose()


def test_cutting_a_long_answer_down_takes_the_note_away(window, qtbot):
    application_id = window.store.applications.create(ApplicationDetails(title="Cut"))
    window.store.applications.save_answer(application_id, "project", PASTED)
    window.open_application(application_id)
    view = window.application
    view.go_to_page("project")
    page = view.current_page()
    assert page.too_long_note.isVisible()
    page.editor.selectAll()
    type_text(page.editor, "Short now.")
    assert not page.too_long_note.isVisible()
    assert page.count_label.text() == "2 of 300 words"
    window.saver.wait()
    assert window.store.applications.answers(application_id)["project"].text == "Short now."
