"""A volunteer sets up the group, starts an application and writes, by keyboard alone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.organisation import OrganisationKind
from grantdesk.domain.questions import COMMON_QUESTIONS
from tests.keys import press, type_text
from tests.ui.conftest import close_window, reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier

ANSWERS = {
    1: "We run a youth club at Tŷ’r Cwm – Tuesdays and Thursdays, 6–9pm.",
    2: "A registered charity (1146382) with a bank account in the group’s name. 👍",
    3: "“Friday Night Safe Space”: 40 sessions for 11–17 year olds in Maes-y-Dŵr…\nSecond line.",
}


def focused():
    return QApplication.focusWidget()


def start_application(window, qtbot, title: str) -> None:
    def fill_in(dialog) -> None:
        type_text(dialog.title_field, title)
        press(dialog.title_field, Qt.Key.Key_Tab)
        press(focused(), Qt.Key.Key_End)  # no funder decided yet: the common questions
        press(focused(), Qt.Key.Key_Tab)
        type_text(focused(), "£4,000")
        press(focused(), Qt.Key.Key_Tab)
        type_text(focused(), "15/01/2027")
        press(focused(), Qt.Key.Key_Return)

    when_dialog_opens(fill_in)
    press(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
    reactivate(window, qtbot)
    assert focused() is window.application.current_page().first_field()


def test_profile_and_three_answers_are_all_there_after_closing_and_reopening(open_window, qtbot):
    window = open_window()
    assert window.home.welcome.isVisible()
    assert not window.home.open_button.isVisible(), "nothing to open yet, so no Open button"
    assert focused() is window.home.welcome_button
    assert window.home.welcome_button.text() == "Start with your group’s profile →"
    press(focused(), Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.profile
    assert focused() is window.profile.fields["name"]
    type_text(focused(), "Maes-y-Dŵr Youth Drop-In")
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is window.profile.kind_combo
    press(focused(), Qt.Key.Key_Down)  # the first kind: registered charity
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is window.profile.fields["charity_number"]
    type_text(focused(), "1146382")
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is window.profile.fields["address"]
    type_text(focused(), "Tŷ’r Cwm Community Centre\nHeol y Nant\nCF45 4ZZ")
    press(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "Carys Pritchard")
    window.profile.income_field.setFocus()
    type_text(focused(), "£18,450")
    press(focused(), Qt.Key.Key_Tab)
    assert window.profile.income_field.line.text() == "£18,450.00"

    press(window, Qt.Key.Key_Home, CTRL)
    assert window.pages.currentWidget() is window.home
    qtbot.waitUntil(lambda: not window.home.profile_banner.isVisible())  # once it is saved
    # The heading is read with the list, once what was typed is on disk.
    qtbot.waitUntil(lambda: "Maes-y-Dŵr" in window.home.heading.text())
    assert window.home.welcome_steps[0].text().startswith("✓")
    assert window.home.welcome_button.text() == "Start an application →"

    start_application(window, qtbot, "Friday Night Safe Space")
    view = window.application
    assert view.current_page().step_title() == "About this application"
    for number, text in ANSWERS.items():
        press(focused(), Qt.Key.Key_PageDown, CTRL)
        assert view.current_page().question.number == number
        assert focused() is view.current_page().editor
        type_text(focused(), text)
    press(focused(), Qt.Key.Key_PageUp, CTRL)
    view.back_button.setFocus()
    press(view.back_button, Qt.Key.Key_Space)
    assert view.current_page().question.number == 1
    view.next_button.setFocus()
    press(view.next_button, Qt.Key.Key_Space)
    assert view.current_page().question.number == 2
    assert view.steps.item(2).text().startswith("✓")
    assert view.steps.item(4).text().startswith("○")
    close_window(window, qtbot)

    reopened = open_window()
    profile = reopened.store.profile.get()
    assert profile.name == "Maes-y-Dŵr Youth Drop-In"
    assert profile.kind is OrganisationKind.REGISTERED_CHARITY
    assert profile.charity_number == "1146382"
    assert profile.address == "Tŷ’r Cwm Community Centre\nHeol y Nant\nCF45 4ZZ"
    assert profile.contact_name == "Carys Pritchard"
    assert profile.last_year_income_pence == 1_845_000
    [summary] = reopened.store.applications.summaries()
    assert summary.details.title == "Friday Night Safe Space"
    assert summary.details.amount_requested_pence == 400_000
    reopened.home.table.setFocus()
    press(reopened.home.table, Qt.Key.Key_Return)
    view = reopened.application
    for number, text in ANSWERS.items():
        assert view.page(number).editor.toPlainText() == text
    assert view.page(4).editor.toPlainText() == ""


def test_over_limit_is_said_in_words_and_goes_away_when_fixed(window, qtbot):
    start_application(window, qtbot, "Limits")
    view = window.application
    view.go_to(3)
    page = view.current_page()
    page.limit_spin.setFocus()
    page.limit_spin.selectAll()
    type_text(page.limit_spin, "5")
    assert page.count_label.text() == "0 of 5 words"
    page.editor.setFocus()
    type_text(page.editor, "one two three four five")
    assert page.count_label.text() == "5 of 5 words"
    assert not page.limit_problem.isVisible()
    type_text(page.editor, " six")
    assert page.limit_problem.isVisible()
    assert page.limit_problem.text() == "1 word over the limit. Please shorten your answer."
    assert view.steps.item(3).text().startswith("!")
    type_text(page.editor, " sëvën")
    assert page.limit_problem.text().startswith("2 words over the limit")
    for _ in range(len(" six sëvën")):
        press(page.editor, Qt.Key.Key_Backspace)
    assert not page.limit_problem.isVisible()
    assert view.steps.item(3).text().startswith("✓")

    page.unit_combo.setFocus()
    press(page.unit_combo, Qt.Key.Key_Down)  # characters
    assert page.count_label.text() == "23 of 5 characters"
    assert page.limit_problem.text().startswith("18 characters over the limit")


def test_the_window_says_when_it_saved_and_ctrl_s_confirms(window, qtbot):
    start_application(window, qtbot, "Status")
    window.application.go_to(1)
    editor = window.application.current_page().editor
    type_text(editor, "Saved by itself")
    assert window.save_status.text() == "Saving…"
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved at"))
    type_text(editor, ", and again")
    assert window.save_status.text() == "Saving…"
    press(editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Everything you have typed is saved."
    )
    assert window.save_status.text().startswith("All changes saved at")
    application_id = window.application.application_id
    assert (
        window.store.applications.answers(application_id)["what_you_do"].text
        == "Saved by itself, and again"
    )


def test_leaving_a_field_saves_at_once(window, qtbot):
    start_application(window, qtbot, "Focus")
    window.application.go_to(3)
    editor = window.application.current_page().editor
    type_text(editor, "Typed then left")
    assert window.saver.queued
    press(editor, Qt.Key.Key_Tab)
    assert not window.saver.queued, "leaving the field sends the typing, without the pause"
    qtbot.waitUntil(lambda: window.save_status.text().startswith("All changes saved"))
    application_id = window.application.application_id
    assert window.store.applications.answers(application_id)["project"].text == "Typed then left"


def test_every_common_question_has_a_page_with_guidance_and_an_example(window, qtbot):
    start_application(window, qtbot, "Pages")
    view = window.application
    assert len(view.path) == 3 + len(COMMON_QUESTIONS)  # details, plan, after sending
    for question in COMMON_QUESTIONS:
        view.go_to_page(question.key)
        page = view.current_page()
        assert page.question == question
        assert not page.example_label.isVisible()
        page.example_button.setFocus()
        press(page.example_button, Qt.Key.Key_Space)
        assert page.example_label.isVisible()
        assert page.example_label.text() == question.example


def test_coming_back_goes_back_to_the_step_and_an_application_reopens_where_it_was_left(
    open_window, qtbot
):
    from grantdesk.domain.application import ApplicationDetails

    window = open_window()
    application_id = window.store.applications.create(ApplicationDetails(title="Hall roof"))
    window.open_application(application_id)
    view = window.application
    view.go_to_page("organisation_type")
    page = view.current_page()
    page.profile_button.setFocus()
    press(page.profile_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.profile
    assert window.profile.home_button.text() == "← Back to the application"
    type_text(window.profile.fields["name"], "Garth Hall Committee")
    window.profile.kind_combo.setFocus()
    press(window.profile.kind_combo, Qt.Key.Key_Down)
    window.profile.home_button.setFocus()
    press(window.profile.home_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is view
    assert view.current_page().question.key == "organisation_type"
    assert view.current_page().profile_summary.text().startswith("Registered charity")

    press(window, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)  # the funders
    assert window.funders.home_button.text() == "← Back to the application"
    press(window.funders.home_button, Qt.Key.Key_Space)
    assert view.current_page().question.key == "organisation_type"

    view.go_to_page("budget")
    window.close()
    reopened = open_window()
    reopened.open_application(application_id)
    assert reopened.application.current_page().question.key == "budget"
    reopened.show_home()
    reopened.show_profile()
    assert reopened.profile.home_button.text() == "← All applications"


def test_changing_step_never_waits_for_the_disk_and_the_step_is_kept(
    open_window, qtbot, monkeypatch
):
    """Which step an application is at is written by the saver's writer, like any save: with
    that write held up (a slow disk), moving from step to step goes on at once."""
    import threading

    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.ui.guided import application_state
    from tests.ui.conftest import wait_until_saved

    disk = threading.Event()
    written: list[str] = []
    write_step = application_state.write_step

    def slow_write(steps, application_id: int, page: str) -> None:
        assert disk.wait(10), "the write was never let through"
        write_step(steps, application_id, page)
        written.append(page)

    monkeypatch.setattr(application_state, "write_step", slow_write)
    window = open_window()
    application_id = window.store.applications.create(ApplicationDetails(title="Hall roof"))
    window.open_application(application_id)
    view = window.application
    view.steps.setFocus()
    press(view.steps, Qt.Key.Key_Down)
    window.saver.flush()  # the writer now waits for the disk
    for _ in range(3):
        press(view.steps, Qt.Key.Key_Down)
    assert view.steps.currentRow() == 4
    assert written == []
    assert window.save_status.text() == "Saving…"

    disk.set()
    wait_until_saved(window, qtbot)
    assert written == [view.path[1].key, view.path[4].key]  # the steps between: not written
    close_window(window, qtbot)
    reopened = open_window()
    reopened.open_application(application_id)
    assert reopened.application.steps.currentRow() == 4


def test_a_step_that_cannot_be_kept_on_disk_is_kept_while_the_window_is_open(
    open_window, qtbot, data_dir
):
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.ui.guided.application_state import STEPS_FILE
    from tests.ui.conftest import wait_until_saved

    window = open_window()
    steps = window.store.database.with_name(STEPS_FILE)
    steps.mkdir()  # not a file that can be written
    application_id = window.store.applications.create(ApplicationDetails(title="Hall roof"))
    window.open_application(application_id)
    window.application.go_to_page("budget")
    wait_until_saved(window, qtbot)  # nothing the group wrote is at risk: nothing to say
    window.show_home()
    window.open_application(application_id)
    assert window.application.current_page().question.key == "budget"


def test_the_step_is_not_written_into_a_folder_that_has_gone(tmp_path, qtbot):
    """A data folder taken away (its USB stick) is not made again, empty, to hold the step."""
    from grantdesk.ui.guided.application_state import STEPS_FILE, write_step

    gone = tmp_path / "stick" / "group"
    write_step(gone / STEPS_FILE, 1, "budget")
    assert not gone.exists()

    here = tmp_path / "group"
    here.mkdir()
    write_step(here / STEPS_FILE, 1, "budget")
    assert (here / STEPS_FILE).read_text().split() == ["[left_at]", "1=budget"]
