"""Building a budget and its match funding by keyboard, as a treasurer would."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import BudgetLine, BudgetModel, MatchFunding, MatchStatus, VatMode
from grantdesk.domain.funders import BudgetRules, Funder, FunderQuestion
from grantdesk.ui.common.text_size import set_text_size
from grantdesk.ui.money.budget_editor import BudgetEditor
from grantdesk.ui.money.match_editor import MatchEditor
from grantdesk.ui.money.money_summary import MoneySummary
from grantdesk.ui.preferences import Preferences
from tests.domain.test_paste import EXCEL, GOOGLE_SHEETS, LIBREOFFICE
from tests.keys import press, press_here, press_where_keys_go, type_here
from tests.ui.conftest import close_window, wait_until_saved

CTRL = Qt.KeyboardModifier.ControlModifier


def open_budget(window, **details) -> int:
    application_id = window.store.applications.create(
        ApplicationDetails(title="Friday Night Safe Space", **details)
    )
    window.open_application(application_id)
    window.application.go_to_page("budget")
    return application_id


def editor_of(window):
    """The budget or the other funding on the page shown."""
    page = window.application.current_page()
    return next(iter(page.findChildren(BudgetEditor) or page.findChildren(MatchEditor)))


def costs_in(window) -> str:
    """What the money at a glance says the project costs."""
    return summary_of(window).figures["costs"].text()


def summary_of(window) -> MoneySummary:
    [summary] = window.application.current_page().findChildren(MoneySummary)
    return summary


def test_a_three_year_budget_built_by_keyboard_is_all_there_after_reopening(open_window, qtbot):
    window = open_window()
    application_id = window.store.applications.create(ApplicationDetails(title="Three years"))
    window.open_application(application_id)
    details = window.application.current_page()
    details.start_field.line.setFocus()
    type_here("1/4/2027")
    press_here(Qt.Key.Key_Tab)
    type_here("31 March 2030")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_PageDown, CTRL)
    window.application.go_to_page("budget")
    budget = editor_of(window)
    assert not budget.table.isColumnHidden(6), "the year column shows for a three-year project"

    budget.table.setFocus()
    press_here(Qt.Key.Key_Return, CTRL)  # add the first line
    assert len(budget.model.rows) == 1
    for year_presses, description, cost in ((0, "Youth worker ŵ", "£75"), (2, "Hall hire", "25")):
        if year_presses:
            press(budget.table, Qt.Key.Key_Return, CTRL)
            budget.table.setCurrentIndex(budget.model.index(len(budget.model.rows) - 1, 0))
        type_here("Staff")
        press_here(Qt.Key.Key_Tab)
        type_here(description)
        press_here(Qt.Key.Key_Tab)
        type_here("40")
        press_here(Qt.Key.Key_Tab)
        type_here("sessions")
        press_here(Qt.Key.Key_Tab)
        type_here(cost)
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Down)  # VAT: add VAT to this price
        press_here(Qt.Key.Key_Tab)
        for _ in range(year_presses):
            press_here(Qt.Key.Key_Down)
        press_here(Qt.Key.Key_Return)
    assert budget.model.rows == (
        BudgetLine("Staff", "Youth worker ŵ", 4000, "sessions", 7500, VatMode.ADD_VAT, 1),
        BudgetLine("Staff", "Hall hire", 4000, "sessions", 2500, VatMode.ADD_VAT, 3),
    )
    assert budget.year_totals.text() == "Year 1: £3,600.00\nYear 3: £1,200.00"
    assert costs_in(window) == "£4,800.00"

    budget.vat_box.setFocus()
    press(budget.vat_box, Qt.Key.Key_Space)
    assert costs_in(window) == "£4,000.00"
    assert budget.vat_note.text().startswith("You can reclaim VAT")
    close_window(window, qtbot)

    reopened = open_window()
    reopened.open_application(application_id)
    reopened.application.go_to_page("budget")
    again = editor_of(reopened)
    assert again.model.rows[1].year == 3
    assert again.model.rows[0].description == "Youth worker ŵ"
    assert again.vat_box.isChecked()
    assert costs_in(reopened) == "£4,000.00"


def type_line(*cells: str) -> None:
    """A line typed cell by cell from its first, an empty cell passed over with Tab."""
    for text in cells:
        type_here(text)
        press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Return)


def test_a_new_line_keeps_the_heading_and_year_above_but_never_its_unit(window, qtbot):
    application_id = open_budget(
        window, project_start=date(2027, 4, 1), project_end=date(2029, 3, 31)
    )
    budget = editor_of(window)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_line("Staff", "Project co-ordinator", "2", "years", "£14,500", "", "Year 2")
    budget.table.setCurrentIndex(budget.model.index(0, 0))
    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_line("Equipment", "Sports kit", "1", "", "£6,850")
    press(budget.table, Qt.Key.Key_Return, CTRL)
    press_here(Qt.Key.Key_Tab)  # the heading above is kept
    type_line("Cooking equipment", "", "", "£300")

    assert [(line.category, line.unit, line.year) for line in budget.model.rows] == [
        ("Staff", "years", 2),
        ("Equipment", "", 2),
        ("Equipment", "", 2),
    ]
    wait_until_saved(window, qtbot)
    assert [line.unit for line in window.store.money.budget(application_id).lines] == [
        "years",
        "",
        "",
    ]


def suggestions_shown() -> list[str]:
    """The headings listed under the cell being typed in, as a person sees them."""
    listed = QApplication.activePopupWidget()
    if listed is None or not listed.isVisible():
        return []
    assert listed.viewport().width() >= listed.sizeHintForColumn(0), "a suggestion is cut"
    model = listed.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_heading_typed_is_kept_as_typed_and_a_suggestion_only_when_picked(window, qtbot):
    funder = Funder(name="Community Foundation", budget_rules=BudgetRules(headings=("Venue",)))
    application_id = open_for_funder(window, funder, 100000)
    budget = editor_of(window)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_here("Venue")
    assert suggestions_shown() == ["Venue", "Venue hire"]
    press_where_keys_go(Qt.Key.Key_Tab)
    assert budget.model.rows[0].category == "Venue"
    assert budget.table.currentIndex().column() == 1, "Tab went on to the description"
    type_here("Hall")
    press_here(Qt.Key.Key_Return)

    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_here("Sessional")
    assert suggestions_shown() == ["Sessional workers"]
    press_where_keys_go(Qt.Key.Key_Return)
    assert budget.model.rows[1].category == "Sessional"
    assert budget.table.currentIndex() == budget.model.index(1, 1), "Enter went on too"

    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_here("hire")
    assert suggestions_shown() == ["Venue hire"]
    press_where_keys_go(Qt.Key.Key_Down)
    press_where_keys_go(Qt.Key.Key_Return)  # takes the suggestion picked
    assert not suggestions_shown()
    press_where_keys_go(Qt.Key.Key_Return)
    assert budget.table.currentIndex() == budget.model.index(2, 1)

    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_here("trav")
    press_where_keys_go(Qt.Key.Key_Down)
    press_where_keys_go(Qt.Key.Key_Tab)  # takes the suggestion picked, and goes on
    assert budget.table.currentIndex() == budget.model.index(3, 1)
    expected = ["Venue", "Sessional", "Venue hire", "Travel"]
    assert [line.category for line in budget.model.rows] == expected
    wait_until_saved(window, qtbot)
    assert [line.category for line in window.store.money.budget(application_id).lines] == expected


def test_ctrl_enter_while_typing_in_a_cell_keeps_it_and_starts_the_new_line(window, qtbot):
    application_id = open_budget(window)
    budget = editor_of(window)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_here("Venue hire")
    press_here(Qt.Key.Key_Tab)
    type_here("Hall")
    press_here(Qt.Key.Key_Return, CTRL)  # the description is still being typed
    assert budget.table.currentIndex() == budget.model.index(1, 0)
    type_here("Travel")
    press_here(Qt.Key.Key_Tab)
    type_here("Minibus")
    press_here(Qt.Key.Key_Return)
    expected = [("Venue hire", "Hall"), ("Travel", "Minibus")]
    assert [(line.category, line.description) for line in budget.model.rows] == expected
    wait_until_saved(window, qtbot)
    saved = window.store.money.budget(application_id).lines
    assert [(line.category, line.description) for line in saved] == expected


def test_rows_pasted_from_a_spreadsheet_arrive_as_lines(window, qtbot):
    application_id = open_budget(window)
    budget = editor_of(window)
    QApplication.clipboard().setText(
        "Category\tItem\tQty\tUnit\tCost\n"
        "Venue hire\tTŷ’r Cwm hall\t40\tsessions\t£22.00\n"
        "Materials and consumables\tHot food\t40\tsessions\t12\n"
        "Equipment\tPool cues\tlots\titems\t£12\n"
    )
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_V, CTRL)
    assert [line.description for line in budget.model.rows] == ["Tŷ’r Cwm hall", "Hot food"]
    assert budget.problem.text() == (
        "2 lines were added.\nRow 1 was left out: it looks like column headings.\n"
        "Row 4 was not added: “lots” is not a quantity. Please type a "
        "number, for example 40 or 2.5."
    )
    assert costs_in(window) == "£1,360.00"
    wait_until_saved(window, qtbot)
    assert [line.unit_cost_pence for line in window.store.money.budget(application_id).lines] == [
        2200,
        1200,
    ]


def test_bad_amounts_are_explained_and_the_old_value_stays(window, qtbot):
    open_budget(window)
    budget = editor_of(window)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    budget.table.setCurrentIndex(budget.model.index(0, 4))
    type_here("£20")
    press_here(Qt.Key.Key_Return)
    assert budget.model.rows[0].unit_cost_pence == 2000
    for nonsense, says in (
        ("1.2.3", "is not an amount of money"),
        ("twelve", "is not an amount of money"),
        ("-5", "less than nothing"),
        ("£10,000,000,000", "far more than any grant application"),
    ):
        budget.table.setCurrentIndex(budget.model.index(0, 4))
        type_here(nonsense)
        press_here(Qt.Key.Key_Return)
        assert says in budget.problem.text()
        assert budget.problem.isVisible()
        assert budget.model.rows[0].unit_cost_pence == 2000
    budget.table.setCurrentIndex(budget.model.index(0, 2))
    type_here("two")
    press_here(Qt.Key.Key_Return)
    assert "is not a quantity" in budget.problem.text()
    budget.table.setCurrentIndex(budget.model.index(0, 4))
    type_here("1,234.5")
    press_here(Qt.Key.Key_Return)
    assert not budget.problem.isVisible()
    assert budget.model.rows[0].unit_cost_pence == 123450


def test_delete_removes_a_line_and_ctrl_z_brings_it_back(window, qtbot):
    application_id = open_budget(window)
    lines = (BudgetLine("Staff", "Keep me", unit_cost_pence=100), BudgetLine("Travel", "Me too"))
    budget = editor_of(window)
    budget.model.insert_rows(0, lines)
    budget.table.setFocus()
    budget.table.setCurrentIndex(budget.model.index(0, 1))
    press(budget.table, Qt.Key.Key_Delete)
    assert budget.model.rows == lines[1:]
    assert budget.undo_banner.isVisible()
    press(budget.table, Qt.Key.Key_Z, CTRL)
    assert budget.model.rows == lines
    assert not budget.undo_banner.isVisible()
    wait_until_saved(window, qtbot)
    assert window.store.money.budget(application_id).lines == lines


def test_overheads_as_a_percentage_of_direct_costs(window, qtbot):
    open_budget(window)
    budget = editor_of(window)
    budget.model.insert_rows(0, (BudgetLine("Staff", "Worker", 4000, "hours", 1545),))
    budget.overhead_box.setFocus()
    press(budget.overhead_box, Qt.Key.Key_Space)
    budget.overhead_field.line.setFocus()
    type_here("12.5%")
    press_here(Qt.Key.Key_Tab)
    assert budget.overhead_total.text() == "Overheads at 12.5% of direct costs: £77.25"
    assert costs_in(window) == "£695.25"


def test_match_funding_and_the_balance_said_in_words(window, qtbot):
    application_id = open_budget(window, amount_requested_pence=400000, funder_maximum_pence=300000)
    budget = editor_of(window)
    budget.model.insert_rows(0, (BudgetLine("Staff", "Worker", 100, "", 425000),))
    window.application.go_to_page("match_funding")
    match = editor_of(window)
    summary = summary_of(window)
    assert [summary.figures[key].text() for key in ("costs", "asked", "other", "gap")] == [
        "£4,250.00",
        "£4,000.00",
        "£0.00",
        "£250.00 short",
    ]
    assert summary.advice.text() == (
        "£250.00 is not covered yet: add other funding, or lower your costs."
    )
    assert summary.range_problem.text() == (
        "You are asking for £4,000.00, but this fund gives at most £3,000.00."
    )
    assert (
        window.application.steps.item(window.application.page_index("match_funding"))
        .text()
        .startswith("!")
    )

    match.table.setFocus()
    press(match.table, Qt.Key.Key_Return, CTRL)
    type_here("Town council – ‘small grants’")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Down)  # applied for
    press_here(Qt.Key.Key_Tab)
    type_here("£250")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    type_here("9/2/2027")
    press_here(Qt.Key.Key_Return)
    assert match.model.rows == (
        MatchFunding(
            "Town council – ‘small grants’", 25000, MatchStatus.APPLIED_FOR, "", date(2027, 2, 9)
        ),
    )
    assert summary.figures["gap"].text() == "None"
    assert summary.advice.text() == (
        "It balances, but £250.00 of the other money is applied for, not yet secured."
    )
    wait_until_saved(window, qtbot)
    assert window.store.money.match_funding(application_id) == match.model.rows


def test_a_decision_expected_at_the_end_of_a_month_is_its_last_day(window, qtbot):
    application_id = open_budget(window)
    window.application.go_to_page("match_funding")
    match = editor_of(window)
    match.table.setFocus()
    press(match.table, Qt.Key.Key_Return, CTRL)
    type_here("The National Lottery Community Fund")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Down)  # applied for
    press_here(Qt.Key.Key_Tab)
    type_here("£60,000")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    type_here("end of March")
    press_here(Qt.Key.Key_Return)
    expected = match.model.rows[0].decision_date
    assert (expected.month, expected.day) == (3, 31)
    assert abs((expected - date.today()).days) <= 183, "the end of March nearest today"
    assert not match.problem.isVisible()

    match.table.setCurrentIndex(match.model.index(0, 4))
    type_here("Mar 2027")
    press_here(Qt.Key.Key_Return)
    assert match.model.index(0, 4).data() == "31 March 2027"
    wait_until_saved(window, qtbot)
    assert window.store.money.match_funding(application_id)[0].decision_date == date(2027, 3, 31)


@pytest.mark.parametrize("clipboard", [EXCEL, LIBREOFFICE, GOOGLE_SHEETS])
def test_ctrl_v_reads_each_spreadsheets_clipboard_with_line_breaks_in_cells(
    window, qtbot, clipboard
):
    application_id = open_budget(window)
    budget = editor_of(window)
    QApplication.clipboard().setText(clipboard)
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_V, CTRL)
    assert [line.description for line in budget.model.rows] == [
        "Hall hire\nand kitchen",
        'Youth worker, "lead"\n(sessional)',
        '12" speaker',
    ]
    assert budget.problem.text() == (
        "3 lines were added.\n"
        "Row 1 was left out: it looks like column headings.\n"
        "Row 5 was left out: it looks like a total, and GrantDesk adds up the budget itself."
    )
    wait_until_saved(window, qtbot)
    saved = window.store.money.budget(application_id).lines
    assert [line.unit_cost_pence for line in saved] == [2500, 1550, 8999]


def open_for_funder(window, funder: Funder, requested: int) -> int:
    funder_id = window.store.funders.save(funder)
    application_id = window.store.applications.create(
        ApplicationDetails(title="Hall roof", amount_requested_pence=requested)
    )
    window.store.applications.set_funder(application_id, funder_id)
    window.open_application(application_id)
    window.application.go_to_page("budget")
    return application_id


ASKED_ONLY = Funder(
    name="Community Foundation",
    budget_model=BudgetModel.ASKED_COSTS,
    budget_rules=BudgetRules(max_lines=10, headings=("Equipment", "Management")),
    questions=(
        FunderQuestion("The costs you would like us to fund", covers=("budget",), key="costs"),
        FunderQuestion("Where is the rest coming from?", covers=("match_funding",), key="rest"),
    ),
)


def test_a_funder_that_asks_only_for_its_own_costs_and_the_total(window, qtbot):
    application_id = open_for_funder(window, ASKED_ONLY, 400000)
    budget = editor_of(window)
    assert budget.model_note.text().startswith("This funder asks only for the costs it would pay")
    assert budget.model.category_choices()[:3] == ["Equipment", "Management", "Staff"]
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_Return, CTRL)
    type_here("Equipment")
    press_here(Qt.Key.Key_Tab)
    type_here("Roof panels")
    press_here(Qt.Key.Key_Tab)
    type_here("10")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    type_here("£400")
    press_here(Qt.Key.Key_Return)
    summary = summary_of(window)
    assert summary.names["costs"].text() == "The whole project costs"
    assert costs_in(window) == "not given yet"
    assert summary.advice.text() == "Give the total cost of the whole project, below the lines."
    budget.whole_cost_field.line.setFocus()
    type_here("£12,000")
    press_here(Qt.Key.Key_Tab)
    assert costs_in(window) == "£12,000.00"
    assert summary.advice.text() == (
        "£8,000.00 is not covered yet: add other funding, or lower your costs."
    )
    assert not budget.rule_problems.isVisible()

    window.application.go_to_page("match_funding")
    match = editor_of(window)
    match.model.insert_rows(0, (MatchFunding("Town council", 800000, MatchStatus.APPLIED_FOR),))
    assert costs_in(window) == "£12,000.00"
    assert summary_of(window).advice.text().startswith("It balances, but £8,000.00")
    assert match.match_problems.text() == (
        "“Town council” is applied for, but there is no date for when you will hear. Please "
        "add when the decision is expected."
    )
    wait_until_saved(window, qtbot)
    assert window.store.money.budget(application_id).whole_project_cost_pence == 1200000


def test_lines_marked_as_paid_by_this_funder_or_by_others(window, qtbot):
    marked = Funder(name="PCC", budget_model=BudgetModel.PAID_BY)
    application_id = open_for_funder(window, marked, 300000)
    budget = editor_of(window)
    budget.model.insert_rows(
        0,
        (
            BudgetLine("Staff", "Youth worker", 100, "", 300000),
            BudgetLine("Venue hire", "Hall", 100, "", 88000),
        ),
    )
    paid_by = budget.model.columns.index(
        next(column for column in budget.model.columns if column.header == "Paid by")
    )
    budget.table.setFocus()
    budget.table.setCurrentIndex(budget.model.index(1, paid_by))
    press_here(Qt.Key.Key_F2)
    press_here(Qt.Key.Key_Down)  # other funding
    press_here(Qt.Key.Key_Return)
    assert budget.model.rows[1].paid_by_others
    summary = summary_of(window)
    assert [summary.figures[key].text() for key in ("costs", "asked", "gap")] == [
        "£3,880.00",
        "£3,000.00",
        "£880.00 short",  # the lines other funding pays for, with no other funding yet
    ]
    wait_until_saved(window, qtbot)
    assert [line.paid_by_others for line in window.store.money.budget(application_id).lines] == [
        False,
        True,
    ]


def shows_its_choice_whole(box: QComboBox) -> bool:
    """Whether a list to choose from has room for its choice beside its arrow."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width() >= box.fontMetrics().horizontalAdvance(box.currentText())


def test_the_vat_choice_shows_whole_with_large_text_on_a_small_screen(open_window, qtbot):
    Preferences().text_size = 150  # chosen in Settings, and kept for this start
    window = open_window()
    try:
        window.resize(1024, 768 - 80)
        open_budget(window)
        budget = editor_of(window)
        budget.model.insert_rows(0, (BudgetLine("Staff", "Youth worker", 4000, "sessions"),))
        budget.table.setFocus()
        budget.table.setCurrentIndex(budget.model.index(0, 5))
        press_here(Qt.Key.Key_F2)
        vat = QApplication.focusWidget()
        assert isinstance(vat, QComboBox) and vat.currentText() == "No VAT"
        assert shows_its_choice_whole(vat)
        press_here(Qt.Key.Key_Down)
        assert vat.currentText() == "Add VAT to this price"
        assert shows_its_choice_whole(vat)
        assert vat.geometry().right() < budget.table.viewport().width(), "inside the table"
        press_here(Qt.Key.Key_Return)
        assert budget.model.rows[0].vat is VatMode.ADD_VAT
    finally:
        set_text_size(100)


def test_one_pasted_row_is_one_line(window, qtbot):
    open_budget(window)
    budget = editor_of(window)
    QApplication.clipboard().setText("Hall hire\t£22.00\n")
    budget.table.setFocus()
    press(budget.table, Qt.Key.Key_V, CTRL)
    assert budget.problem.text() == "1 line was added."
