"""Opening an application builds only the step shown; every other step is built when first
visited, and the step list marks it from the data just as its page would."""

from PySide6.QtCore import Qt

from grantdesk.domain.application import ApplicationDetails
from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders
from grantdesk.ui.money.budget_editor import BudgetEditor
from tests.keys import press, press_here, type_here

CTRL = Qt.KeyboardModifier.ControlModifier


def marks(view) -> list[str]:
    return [view.steps.item(index).text() for index in range(view.steps.count())]


def built(view) -> list[str]:
    return [step.key for step in view.path if step.page is not None]


def test_opening_builds_the_step_shown_and_each_step_is_marked_the_same_before_it_is_built(
    window, qtbot
):
    add_example_funders(window.store)
    write_demo(window.store)
    for summary in window.store.applications.summaries():
        window.open_application(summary.id)
        view = window.application
        assert built(view) == [view.path[view.steps.currentRow()].key]
        before = marks(view)
        for index in range(len(view.path)):
            view.go_to(index)
            assert view.current_page() is view.path[index].page
            assert view.stack.currentWidget() is view.path[index].shown
        assert marks(view) == before, summary.details.title
        assert len(built(view)) == len(view.path)


def test_a_step_not_built_yet_follows_the_money_typed_on_another(window, qtbot):
    application_id = window.store.applications.create(
        ApplicationDetails(title="Lunch club", amount_requested_pence=100_000)
    )
    window.open_application(application_id)
    view = window.application
    other_funding = view.page_index("match_funding")
    assert view.path[other_funding].page is None
    assert view.steps.item(other_funding).text().startswith("○")

    view.go_to_page("budget")
    [budget] = view.current_page().findChildren(BudgetEditor)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    for text in ("Food", "Ingredients", "48", "weeks", "£55"):
        type_here(text)
        press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Return)

    assert view.path[other_funding].page is None
    unbuilt_mark = view.steps.item(other_funding).text()
    assert unbuilt_mark.startswith("!")  # £2,640 of costs against £1,000 asked: no balance
    view.go_to(other_funding)
    assert view.path[other_funding].page is not None
    assert view.steps.item(other_funding).text() == unbuilt_mark
    window.saver.wait()
