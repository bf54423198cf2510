"""Nothing typed is lost: not when saving fails and the person moves on, not when they switch
screens a moment after typing, not when they close with a table cell still open."""

from PySide6.QtCore import Qt

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.wordcount import Limit
from grantdesk.store.errors import DISK_FULL, StoreError
from grantdesk.ui.money.budget_editor import BudgetEditor
from tests.keys import press, press_here, type_here
from tests.ui.conftest import reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_while_saving_fails_the_window_stays_on_the_page_with_the_text(window, qtbot, monkeypatch):
    application_id = window.store.applications.create(ApplicationDetails(title="Full disk"))
    window.open_application(application_id)
    window.application.go_to_page("project")
    editor = window.application.current_page().editor
    real_save = window.store.applications.save_answer

    def disk_full(*args):
        raise StoreError(DISK_FULL)

    monkeypatch.setattr(window.store.applications, "save_answer", disk_full)
    type_here("Words that must not be lost ŵ")
    said = []
    when_dialog_opens(lambda box: (said.append(box.windowTitle()), press(box, Qt.Key.Key_Escape)))
    press(editor, Qt.Key.Key_Home, ALT)  # all applications, from inside the answer
    assert said == ["Your latest changes are not saved yet"]
    assert window.pages.currentWidget() is window.application
    assert editor.toPlainText() == "Words that must not be lost ŵ"

    monkeypatch.setattr(window.store.applications, "save_answer", real_save)
    reactivate(window, qtbot)
    press(window, Qt.Key.Key_Home, CTRL)
    assert window.pages.currentWidget() is window.home
    assert (
        window.store.applications.answers(application_id)["project"].text
        == "Words that must not be lost ŵ"
    )


def test_switching_screens_straight_after_typing_keeps_the_typing(window, qtbot):
    window.show_profile()
    type_here("Grŵp Newydd")
    press(window, Qt.Key.Key_P, CTRL | SHIFT)  # the profile again, before the pause
    assert window.profile.fields["name"].text() == "Grŵp Newydd"
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
    window.close()
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

    assert len(window.application.findChildren(BudgetEditor)) == 1


def test_a_funders_limit_is_changed_only_on_its_form_and_keeps_its_minimum(window, qtbot):
    funder_id = window.store.funders.save(
        Funder(name="Minimums", questions=(FunderQuestion("Tell us", maximum=300, minimum=50),))
    )
    application_id = window.store.applications.create(ApplicationDetails(title="Limits"))
    window.store.applications.set_funder(application_id, funder_id)
    window.open_application(application_id)
    page = window.application.pages[1]
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
