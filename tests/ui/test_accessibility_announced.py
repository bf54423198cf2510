"""A screen reader is told what changes on screen, politely (once the person pauses, not at
every key): the save status, an answer over its limit, a problem with what was typed and the
budget's balance. What it is told is caught where GrantDesk hands it over, in
QAccessible.updateAccessibility."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import BudgetLine
from tests.keys import press, press_here, type_here, type_text
from tests.ui.conftest import wait_until_saved
from tests.ui.test_budget import editor_of, summary_of

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """Everything announced to a screen reader, in order (each said politely)."""
    announced: list[str] = []

    def update(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assert event.politeness() is QAccessible.AnnouncementPoliteness.Polite
            announced.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return announced


def open_at(window, page: str, **details) -> int:
    application_id = window.store.applications.create(
        ApplicationDetails(title="Friday Night Safe Space", **details)
    )
    window.open_application(application_id)
    window.application.go_to_page(page)
    return application_id


def test_a_save_that_fails_and_then_succeeds_is_said_and_typing_alone_says_nothing(
    window, qtbot, data_dir, said
):
    open_at(window, "project")
    type_here("We run a safe space on Friday nights.")
    wait_until_saved(window, qtbot)
    assert said == [], "saving as one types is not read out"

    window.saver.retry_delay_ms = 50
    away = data_dir.with_name("usb-stick-taken-out")
    data_dir.rename(away)
    type_here(" More")
    qtbot.waitUntil(lambda: len(said) == 1)
    assert f"cannot find the folder {data_dir} any more" in said[0]

    away.rename(data_dir)
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1].startswith("All changes saved at")

    press(window.focusWidget(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: len(said) == 3)
    assert said[2] == "Everything you have typed is saved."


def test_going_over_the_limit_is_said_once_typing_pauses(window, qtbot, said):
    open_at(window, "project")
    page = window.application.current_page()
    page.limit_spin.setFocus()
    page.limit_spin.selectAll()
    type_text(page.limit_spin, "5")
    press(page.limit_spin, Qt.Key.Key_Tab)
    page.editor.setFocus()
    type_here("one two three four five six seven eight")
    assert said == [], "nothing is said while the keys are still going"
    qtbot.waitUntil(lambda: said != [])
    assert said == ["3 words over the limit. Please shorten your answer."]
    assert page.count_label.text() == "8 of 5 words"  # the count says it in words too

    press_here(Qt.Key.Key_Backspace)  # still over, by the same three words: nothing new
    type_here("X")
    qtbot.wait(1500)
    assert len(said) == 1


def test_an_amount_that_cannot_be_read_is_said_on_leaving_the_box(window, qtbot, said):
    open_at(window, "details")
    page = window.application.current_page()
    page.amount_field.line.setFocus()
    type_here("1.2.3")
    press_here(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: said != [])
    assert said == [page.amount_field.problem.text()]
    assert page.amount_field.problem.isVisible()


def test_the_balance_is_said_when_it_changes(window, qtbot, said):
    open_at(window, "budget", amount_requested_pence=400000)
    editor_of(window).model.insert_rows(0, (BudgetLine("Staff", "Worker", 100, "", 425000),))
    qtbot.waitUntil(lambda: said != [])
    assert said == ["£250.00 is not covered yet: add other funding, or lower your costs."]

    window.application.go_to_page("match_funding")
    match = editor_of(window)
    match.table.setFocus()
    press(match.table, Qt.Key.Key_Return, CTRL)
    type_here("Town council")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    type_here("£250")
    press_here(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1] == summary_of(window).advice.text()
    assert said[1].startswith("It balances")


def test_the_charts_figures_are_reached_and_said_by_keyboard(window, qtbot, said):
    open_at(window, "budget", amount_requested_pence=400000)
    budget = editor_of(window)
    budget.model.insert_rows(
        0,
        (
            BudgetLine("Staff", "Worker", 100, "", 300000),
            BudgetLine("Equipment", "Games", 100, "", 50000),
        ),
    )
    budget.table.setFocus()
    for _ in range(60):  # Tab goes through the cells, then on until it reaches the chart
        if window.focusWidget() is budget.chart:
            break
        press_here(Qt.Key.Key_Tab)
    assert window.focusWidget() is budget.chart
    assert "Staff: £3,000.00" in budget.chart.accessibleDescription()
    said.clear()
    press_here(Qt.Key.Key_Down)
    assert said == ["Equipment: £500.00, 2 of 2"]
    press_here(Qt.Key.Key_Up)
    assert said[-1] == "Staff: £3,000.00, 1 of 2"
