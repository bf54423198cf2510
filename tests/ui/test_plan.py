"""A group plans need → outputs → outcomes by keyboard, fixes what is weak, and drafts answers."""

from PySide6.QtCore import Qt

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.exit import ExitRouteKind
from grantdesk.domain.plan import Direction
from tests.keys import press, press_here, type_here
from tests.ui.conftest import reactivate, when_dialog_opens

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


def test_plan_by_keyboard_weaknesses_drafts_and_reopening(open_window, qtbot):
    window = open_window()
    application_id = window.store.applications.create(ApplicationDetails(title="Safe Space"))
    window.open_application(application_id)
    view = window.application
    view.go_to_page("plan")
    plan_page = view.current_page()
    assert plan_page.all_clear.text() == "Start with the need."

    add_row(
        plan_page.needs,
        [
            "Anti-social behaviour on Fridays",
            "young people 11–17",
            "63",
            "reports of anti-social behaviour",
            "Rising",
            "Police figures",
        ],
    )
    add_row(
        plan_page.needs,
        [
            "Feeling unsafe in town",
            "pupils at Ysgol y Cwm",
            "38",
            "per cent of pupils who feel safe",
            "",
            "Our survey",
        ],
    )
    for output in (
        ["40", "Friday sessions"],
        ["25", "referrals to the youth service"],
        ["4", "volunteers trained"],
    ):
        add_row(plan_page.outputs, output)
    add_row(
        plan_page.outcomes,
        [
            "Fewer reports on Friday nights",
            0,
            "reports of anti-social behaviour on Fridays",
            "63",
            "47",
            1,
            "Police or council figures",
            "Every three months",
        ],
    )
    add_row(
        plan_page.outcomes,
        [
            "Young people feel safer",
            1,
            "per cent of pupils who feel safe",
            "38%",
            "65%",
            0,
            "Before and after questionnaire",
            "Start and end",
        ],
    )
    add_row(plan_page.outcomes, ["We run 40 sessions", 0, "sessions delivered", "0", "40"])

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
    weak = plan_page.weaknesses.text()
    assert "“We run 40 sessions” counts what you will deliver (an output)" in weak
    assert "No case studies or other stories are planned." in weak
    assert view.steps.item(view.page_index("plan")).text().startswith("!")

    # Fix it: the third outcome becomes a real change, counted as its need is, with stories.
    outcomes = plan_page.outcomes
    for column, text in (
        (0, "Fewer of our members get into trouble"),
        (2, "reports of anti-social behaviour naming our members"),
        (6, "Case studies"),
    ):
        outcomes.table.setCurrentIndex(outcomes.model.index(2, column))
        outcomes.table.setFocus()
        type_here(text)  # typing on a cell replaces what was there
        press_here(Qt.Key.Key_Return)
    outcomes.table.setCurrentIndex(outcomes.model.index(2, 7))
    outcomes.table.setFocus()
    type_here("At the end")
    press_here(Qt.Key.Key_Return)
    assert plan_page.weaknesses.isHidden(), plan_page.weaknesses.text()
    assert plan_page.all_clear.text().startswith("Nothing to fix")
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
    window.close()

    reopened = open_window()
    plan_again = reopened.store.plan.get(application_id)
    assert plan_again == final_plan
    assert plan_again.outcomes[2].method == "Case studies"
    exit_again = reopened.store.plan.exit_plan(application_id)
    assert exit_again.routes[0].kind is ExitRouteKind.EARNED_INCOME
    assert exit_again.routes[0].amount_pence == 60000
    assert exit_again.notice_months == 3
    assert reopened.store.applications.answers(application_id)["difference"].text == answer
