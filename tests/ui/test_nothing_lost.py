"""Nothing typed is lost: not when saving fails and the person moves on, not when they switch
screens a moment after typing, not when they close with a table cell still open."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget, BudgetLine
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.wordcount import Limit
from grantdesk.ui.money.budget_editor import UNIT_COST, BudgetEditor
from tests.faults import DiskFaults
from tests.keys import press, press_here, type_here
from tests.ui.conftest import close_window, wait_until_saved

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_with_the_disk_full_the_text_is_kept_and_saved_by_itself_once_there_is_room(
    window, qtbot, data_dir, caplog
):
    application_id = window.store.applications.create(ApplicationDetails(title="Full disk"))
    window.open_application(application_id)
    window.application.go_to_page("project")
    editor = window.application.current_page().editor
    disk = DiskFaults(window.store.engine)
    disk.full()
    window.saver.retry_delay_ms = 50
    draft = "Tŷ’r Cwm youth drop-in – ŵ ŷ “quoted” 😀 " * 150  # needs new pages on disk
    QApplication.clipboard().setText(draft)
    press(editor, Qt.Key.Key_V, CTRL)
    type_here("and the last words ŵ")
    typed = draft + "and the last words ŵ"
    qtbot.waitUntil(lambda: window.save_status.text() == "Not saved yet")
    assert f"the disk that holds {data_dir} is full" in window.save_problem.text()
    assert editor.toPlainText() == typed
    qtbot.waitUntil(lambda: disk.refused >= 3)  # it keeps trying...
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Saving failed")]
    assert len(said) == 1, "...and the log says so once"

    # Moving on is allowed; the words come back with the page.
    press(editor, Qt.Key.Key_Home, ALT)
    assert window.pages.currentWidget() is window.home
    window.open_application(application_id)
    window.application.go_to_page("project")
    assert window.application.current_page().editor.toPlainText() == typed

    disk.clear()
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved"))
    assert not window.save_problem.isVisible()
    assert window.store.applications.answers(application_id)["project"].text == typed


def test_a_budget_cell_that_cannot_be_saved_stays_and_is_saved_once_it_can(window, qtbot):
    """A cell's save runs its statements straight on SQLite's driver: a write SQLite refuses
    there is said, kept and tried again, as for an answer."""
    application_id = window.store.applications.create(ApplicationDetails(title="Refused"))
    line = BudgetLine(category="Venue", description="Hall hire", unit_cost_pence=12_000_000)
    window.store.money.save_budget(application_id, Budget((line,)))
    window.open_application(application_id)
    window.application.go_to_page("budget")
    [budget] = window.application.current_page().findChildren(BudgetEditor)
    disk = DiskFaults(window.store.engine)
    disk.read_only()
    window.saver.retry_delay_ms = 50
    budget.table.setFocus()
    budget.table.setCurrentIndex(budget.model.index(0, UNIT_COST))
    type_here("125000")
    press_here(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_status.text() == "Not saved yet")
    assert "could not save" in window.save_problem.text()
    assert "still on screen" in window.save_problem.text()
    assert budget.model.index(0, UNIT_COST).data() == "£125,000.00"

    disk.clear()
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved"))
    assert window.store.money.budget(application_id).lines[0].unit_cost_pence == 12_500_000


def test_switching_screens_straight_after_typing_keeps_the_typing(window, qtbot):
    window.show_profile()
    type_here("Grŵp Newydd")
    press(window, Qt.Key.Key_P, CTRL | SHIFT)  # the profile again, before the pause
    assert window.profile.fields["name"].text() == "Grŵp Newydd"
    wait_until_saved(window, qtbot)
    assert window.store.profile.get().name == "Grŵp Newydd"


def test_closing_with_a_budget_cell_still_open_saves_it(open_window, qtbot):
    window = open_window()
    application_id = window.store.applications.create(ApplicationDetails(title="Cells"))
    window.open_application(application_id)
    window.application.go_to_page("budget")
    [budget] = window.application.current_page().findChildren(BudgetEditor)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    budget.table.setCurrentIndex(budget.model.index(0, 1))
    type_here("Hall hire – typed, not yet entered")
    assert budget.table.is_editing()
    close_window(window, qtbot)
    assert window.store.money.budget(application_id).lines[0].description == (
        "Hall hire – typed, not yet entered"
    )


def test_one_budget_editor_even_when_two_questions_ask_about_money(window, qtbot):
    funder_id = window.store.funders.save(
        Funder(
            name="Two money questions",
            questions=(
                FunderQuestion("Costs", maximum=100, covers=("budget",)),
                FunderQuestion(
                    "Costs and other funding", maximum=100, covers=("budget", "match_funding")
                ),
            ),
        )
    )
    application_id = window.store.applications.create(ApplicationDetails(title="Money"))
    window.store.applications.set_funder(application_id, funder_id)
    window.open_application(application_id)
    from grantdesk.ui.money.budget_editor import BudgetEditor

    view = window.application
    for index in range(len(view.path)):
        view.go_to(index)
    assert len(view.findChildren(BudgetEditor)) == 1


def test_a_funders_limit_is_changed_only_on_its_form_and_keeps_its_minimum(window, qtbot):
    funder_id = window.store.funders.save(
        Funder(name="Minimums", questions=(FunderQuestion("Tell us", maximum=300, minimum=50),))
    )
    application_id = window.store.applications.create(ApplicationDetails(title="Limits"))
    window.store.applications.set_funder(application_id, funder_id)
    window.open_application(application_id)
    page = window.application.page(1)
    assert not hasattr(page, "limit_spin")  # nothing on the page to change it by a slip
    page.funder_limit_button.click()
    assert window.pages.currentWidget() is window.form_entry
    entry = window.form_entry.entry
    assert entry.title.text() == "Question 1 of 1"
    entry.most_field.line.setFocus()
    entry.most_field.line.selectAll()
    type_here("301")
    press_here(Qt.Key.Key_Tab)
    window.form_entry.back_button.click()

    assert window.pages.currentWidget() is window.application
    page = window.application.current_page()
    assert page.question.limit == Limit(301, minimum=50)
    page.editor.setFocus()
    type_here("just a few words")
    assert page.limit_problem.text().startswith("46 words short of the minimum")
