"""Questions that want a single value, answered by keys: typed figures read the usual way and
explained when they cannot be, choices from a list, and a figure GrantDesk holds kept in step."""

from datetime import date

from PySide6.QtCore import Qt

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget, BudgetLine
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.printable import readiness_problems
from grantdesk.domain.questions import FigureSource, QuestionKind
from tests.keys import press, press_here, type_here
from tests.ui.conftest import wait_until_saved

CTRL = Qt.KeyboardModifier.ControlModifier
FORM = Funder(
    name="Council",
    questions=(
        FunderQuestion("How much do you hold in reserves?", kind=QuestionKind.MONEY, key="m"),
        FunderQuestion("Is your group run by volunteers?", kind=QuestionKind.YES_NO, key="y"),
        FunderQuestion(
            "Which ward?", kind=QuestionKind.CHOICE, choices=("North", "South ŵ"), key="c"
        ),
        FunderQuestion(
            "Total cost", kind=QuestionKind.MONEY, source=FigureSource.PROJECT_COST, key="t"
        ),
        FunderQuestion("Your budget", covers=("budget",), key="b"),
    ),
)


def test_values_typed_chosen_and_followed(window, qtbot):
    funder_id = window.store.funders.save(FORM)
    application_id = window.store.applications.create(ApplicationDetails(title="Ward"))
    window.store.applications.set_funder(application_id, funder_id)
    window.open_application(application_id)
    view = window.application

    view.go_to(1)
    money = view.current_page().value
    type_here("lots")
    press_here(Qt.Key.Key_Tab)
    assert money.problem.text() == (
        "Question 1 (How much do you hold in reserves?): “lots” is not an amount of money. "
        "Please type it in figures, for example £1,234.50."
    )
    assert view.steps.item(1).text().startswith("!")
    money.line.setFocus()
    money.line.selectAll()
    type_here("£1,250")
    press_here(Qt.Key.Key_Tab)
    assert not money.problem.isVisible()
    assert view.steps.item(1).text().startswith("✓")

    press(view.current_page().first_field(), Qt.Key.Key_PageDown, CTRL)
    press_here(Qt.Key.Key_Down)  # Yes
    press_here(Qt.Key.Key_PageDown, CTRL)
    press_here(Qt.Key.Key_Down)
    press_here(Qt.Key.Key_Down)  # South ŵ
    wait_until_saved(window, qtbot)
    answers = window.store.applications.answers(application_id)
    assert [answers[f"funder:{key}"].text for key in "myc"] == ["£1,250", "Yes", "South ŵ"]

    press_here(Qt.Key.Key_PageDown, CTRL)
    total = view.current_page().value
    assert total.held.text() == "Not given yet"
    assert view.steps.item(4).text().startswith("!")
    view.go_to_page("budget")
    view.money.set_budget(Budget((BudgetLine("Venue hire", "Hall", 100, "", 88000),)))
    assert total.held.text() == "£880.00"
    assert view.steps.item(4).text().startswith("✓")
    view.go_to(4)
    press(total.go_button, Qt.Key.Key_Space)
    assert view.current_page().question.key == "funder:b"
    wait_until_saved(window, qtbot)
    problems = readiness_problems(window.store.printable(application_id), date(2026, 11, 22))
    assert [problem.message for problem in problems] == [
        "Your group’s profile has no name yet.",
        "Your costs come to £880.00. You are asking for £0.00 and have £0.00 from elsewhere, so "
        "£880.00 is not covered.",
    ]
