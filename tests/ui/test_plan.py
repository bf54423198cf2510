"""A group plans need → outputs → outcomes by keyboard, fixes what is weak, and drafts answers."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.exit import ExitRouteKind
from grantdesk.domain.plan import Direction
from tests.keys import press, press_here, press_where_keys_go, type_here
from tests.ui.conftest import close_window, reactivate, wait_until_saved, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier


def add_row(part, cells: list[str | int]) -> None:
    """Add a line with Ctrl+Enter and fill it cell by cell: text is typed, a number presses
    Down that many times in a list."""
    part.table.setFocus()
    press(part.table, Qt.Key.Key_Return, CTRL)
    row = part.table.currentIndex().row()
    for column, cell in enumerate(cells):
        part.table.setCurrentIndex(part.model.index(row, column))
        if isinstance(cell, int):
            press(part.table, Qt.Key.Key_F2)
            for _ in range(cell):
                press_here(Qt.Key.Key_Down)
        else:
            type_here(cell)
        press_here(Qt.Key.Key_Return)
        part.table.setFocus()


def fill_card(card, answers: list[str | int | None]) -> None:
    """Answer a card's questions in order, by Tab: text is typed, a number presses Down that
    many times in a list, None leaves the answer as it is."""
    card.first_field().setFocus()
    for answer in answers:
        if isinstance(answer, int):
            for _ in range(answer):
                press_here(Qt.Key.Key_Down)
        elif answer:
            type_here(answer)
        press_here(Qt.Key.Key_Tab)


def test_plan_by_keyboard_next_steps_drafts_and_reopening(open_window, qtbot):
    window = open_window()
    application_id = window.store.applications.create(ApplicationDetails(title="Safe Space"))
    window.open_application(application_id)
    view = window.application
    view.go_to_page("plan")
    plan_page = view.current_page()
    [first] = plan_page.need_cards  # an empty card to start on
    assert first.next_step.text() == "Next: Say what the problem is, in a sentence."
    assert window.application.work.plan.is_empty

    fill_card(
        first,
        [
            "Anti-social behaviour on Fridays",
            "young people 11–17",
            "63",
            "reports of anti-social behaviour",
            "Rising",
            "Police figures",
        ],
    )
    plan_page.add_need_button.setFocus()
    press(plan_page.add_need_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is plan_page.need_cards[1].problem
    fill_card(
        plan_page.need_cards[1],
        [
            "Feeling unsafe in town",
            "pupils at Ysgol y Cwm",
            "38",
            "per cent of pupils who feel safe",
        ],
    )
    assert plan_page.need_cards[1].next_step.text() == (
        "Next: Say how you know: local figures, a survey, what people have told you."
    )
    for output in (
        ["40", "Friday sessions"],
        ["25", "referrals to the youth service"],
        ["4", "volunteers trained"],
    ):
        add_row(plan_page.outputs, output)

    fill_card(
        plan_page.outcome_cards[0],
        [
            "Fewer reports on Friday nights",
            1,
            "reports of anti-social behaviour on Fridays",
            "63",
            "47",
        ],
    )
    card = plan_page.outcome_cards[0]
    assert card.direction_combo.currentText() == "Please choose…"  # never assumed
    assert card.next_step.text() == (
        "Next: For “Fewer reports on Friday nights”, say whether the number should go up or down."
    )
    fill_card(card, [None, None, None, None, None, 2, "Police or council figures", "Quarterly"])
    plan_page.add_outcome_button.setFocus()
    press(plan_page.add_outcome_button, Qt.Key.Key_Space)
    fill_card(
        plan_page.outcome_cards[1],
        [
            "Young people feel safer",
            2,
            "per cent who feel safe",
            "38%",
            "65%",
            1,
            "Before and after questionnaire",
            "Start and end",
        ],
    )
    plan_page.add_outcome_button.setFocus()
    press(plan_page.add_outcome_button, Qt.Key.Key_Space)
    third = plan_page.outcome_cards[2]
    fill_card(third, ["We run 40 sessions", 1, "sessions delivered", "0", "40"])

    plan = window.application.work.plan
    assert [need.how_many for need in plan.needs] == [63, 38]
    assert [output.summary for output in plan.outputs] == [
        "40 Friday sessions",
        "25 referrals to the youth service",
        "4 volunteers trained",
    ]
    assert plan.outcomes[0].need_key == plan.needs[0].key
    assert plan.outcomes[0].direction is Direction.LESS_IS_BETTER
    assert plan.outcomes[1].need_key == plan.needs[1].key
    assert plan.outcomes[1].direction is Direction.MORE_IS_BETTER
    assert third.next_step.text() == (
        "Next: “We run 40 sessions” says what you will do, not what will change for people. "
        "Say what will be different for them: feeling safer, finding work, fewer incidents."
    )
    shown = [card for card in plan_page.outcome_cards if card.next_step.isVisible()]
    assert shown == [third], "one gentle next step, beside what is being typed"
    assert view.steps.item(view.page_index("plan")).text().startswith("!")

    # Fix it: the third becomes a real change, counted as its need is, with stories.
    third.change.setFocus()
    third.change.selectAll()
    type_here("Fewer of our members get into trouble")
    third.indicator.setFocus()
    third.indicator.selectAll()
    type_here("reports of anti-social behaviour naming our members")
    fill_card(third, [None, None, None, None, None, 1, "Case studies", "At the end"])
    assert [card.step for card in plan_page.outcome_cards] == ["", "", ""]
    assert plan_page.weaknesses.isHidden(), plan_page.weaknesses.text()
    plan_page.tables_button.setFocus()
    press(plan_page.tables_button, Qt.Key.Key_Space)  # the same plan as tables
    assert plan_page.outcomes.model.rows == window.application.work.plan.outcomes
    assert plan_page.table.rowCount() == 3
    assert plan_page.table.item(0, 1).text().startswith("40 Friday sessions; 25 referrals")

    # Question 6: a draft goes in beside what was typed, never over it.
    view.go_to_page("difference")
    page = view.current_page()
    type_here("Our own opening words ŵ.")
    page.helper.write_button.setFocus()
    press(page.helper.write_button, Qt.Key.Key_Space)
    assert page.helper.draft.toPlainText().startswith("1. Fewer reports on Friday nights.")
    page.helper.append_button.setFocus()
    press(page.helper.append_button, Qt.Key.Key_Space)
    answer = page.editor.toPlainText()
    assert answer.startswith("Our own opening words ŵ.\n\n1. Fewer reports on Friday nights.")

    when_dialog_opens(lambda box: press(box, Qt.Key.Key_N))  # "No": keep my words
    page.helper.replace_button.setFocus()
    press(page.helper.replace_button, Qt.Key.Key_Space)
    assert page.editor.toPlainText() == answer
    reactivate(window, qtbot)

    # Question 11: the exit strategy, with a weakness that clears.
    view.go_to_page("exit_strategy")
    exit_editor = view.current_page().helper
    add_row(exit_editor, [1, "Tuck shop and a 50p meal charge", "£600", ""])
    assert "Plan to tell the people who use the service at least three months" in (
        exit_editor.weaknesses.text()
    )
    exit_editor.notice_field.line.setFocus()
    type_here("3")
    press_here(Qt.Key.Key_Tab)
    assert exit_editor.weaknesses.isHidden()
    final_plan = window.application.work.plan
    close_window(window, qtbot)

    reopened = open_window()
    plan_again = reopened.store.plan.get(application_id)
    assert plan_again == final_plan
    assert plan_again.outcomes[2].method == "Case studies"
    exit_again = reopened.store.plan.exit_plan(application_id)
    assert exit_again.routes[0].kind is ExitRouteKind.EARNED_INCOME
    assert exit_again.routes[0].amount_pence == 60000
    assert exit_again.notice_months == 3
    assert reopened.store.applications.answers(application_id)["difference"].text == answer


def test_a_route_by_a_month_and_year_is_by_the_end_of_that_month(window, qtbot):
    application_id = window.store.applications.create(ApplicationDetails(title="Youth club"))
    window.open_application(application_id)
    window.application.go_to_page("exit_strategy")
    exit_editor = window.application.current_page().helper
    add_row(exit_editor, [1, "Powys Youth Service takes on the sessions", "", "March 2029"])
    by_when = exit_editor.model.index(0, 3)
    assert by_when.data() == "31 March 2029"
    assert exit_editor.problem.isHidden()

    exit_editor.table.setCurrentIndex(by_when)
    type_here("when the grant ends")
    press_here(Qt.Key.Key_Return)
    assert exit_editor.problem.text() == (
        "“when the grant ends” is not a date GrantDesk can read. Please type the day, then the "
        "month, for example 15/01/2027 or 15 January 2027, or a month and year, for example "
        "March 2029."
    )
    assert by_when.data() == "31 March 2029", "what was there stays"
    wait_until_saved(window, qtbot)
    assert window.store.plan.exit_plan(application_id).routes[0].by_date == date(2029, 3, 31)


def test_a_way_to_find_out_typed_in_a_card_is_kept_as_typed(window, qtbot):
    application_id = window.store.applications.create(ApplicationDetails(title="Youth club"))
    window.open_application(application_id)
    window.application.go_to_page("plan")
    [card] = window.application.current_page().outcome_cards
    card.method_combo.setFocus()
    type_here("Interview")
    listed = QApplication.activePopupWidget()
    assert listed.model().index(0, 0).data() == "Interviews", "suggested, to pick from"
    press_where_keys_go(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.when, "Tab went on to the next question"
    wait_until_saved(window, qtbot)
    assert window.store.plan.get(application_id).outcomes[0].method == "Interview"
