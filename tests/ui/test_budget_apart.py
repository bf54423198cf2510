"""A funder's form typed in with no question about costs (many ask for the budget in a table):
the application still has its budget and other funding, each a step of its own, checked
before printing and printed."""

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.ui.guided.part_page import PartPage
from grantdesk.ui.printing.print_dialog import PrintDialog
from tests.keys import press, press_here, type_here
from tests.ui.conftest import reactivate, save_pdf_after_the_check, when_dialog_opens
from tests.ui.test_form_entry import paste, start_for_a_funder_not_listed

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def type_in_a_form_asking_nothing_about_costs(window, qtbot) -> None:
    start_for_a_funder_not_listed(window, qtbot, "Cronfa Dim Cyllideb")
    entry = window.form_entry
    press(focused(), Qt.Key.Key_Return, CTRL)
    paste("Tell us about your group and what it does (max 200 words).")
    press_here(Qt.Key.Key_Return, CTRL)
    paste("Describe your project (max 400 words).")
    press_here(Qt.Key.Key_Return, CTRL)
    entry.last_button.click()  # the third was never typed in, so it goes
    entry.done_button.setFocus()
    press(entry.done_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.application


def test_a_form_with_no_costs_question_still_has_a_budget_checked_and_printed(
    window, qtbot, tmp_path, monkeypatch
):
    type_in_a_form_asking_nothing_about_costs(window, qtbot)
    view = window.application
    assert [view.steps.item(n).text() for n in range(view.steps.count())] == [
        "✓  About this application",
        "○  1. Tell us about your group and what it does.",
        "○  2. Describe your project.",
        "○  Your budget",
        "○  Other funding",
        "○  Your plan",
        "○  After you send it",
    ]

    seen: dict[str, list[str]] = {}

    def read_and_fix(dialog) -> None:
        seen["problems"] = [button.accessibleName() for button in dialog.problem_buttons]
        [no_budget] = [
            button
            for button in dialog.problem_buttons
            if button.accessibleName() == "There is no budget yet."
        ]
        press(no_budget, Qt.Key.Key_Return)

    reactivate(window, qtbot)
    when_dialog_opens(read_and_fix, PrintDialog)
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "problems" in seen)
    assert "There is no budget yet." in seen["problems"]

    reactivate(window, qtbot)
    page = view.current_page()
    assert isinstance(page, PartPage) and page.step_title() == "Your budget"
    budget = page.tables[0]
    assert focused() is budget.table
    press_here(Qt.Key.Key_Return, CTRL)  # add the first line
    type_here("Staff")
    press_here(Qt.Key.Key_Tab)
    type_here("Sessional youth worker ŵ")
    press_here(Qt.Key.Key_Tab)
    type_here("40")
    press_here(Qt.Key.Key_Tab)
    type_here("sessions")
    press_here(Qt.Key.Key_Tab)
    type_here("£120")
    press_here(Qt.Key.Key_Return)
    assert len(budget.model.rows) == 1
    assert view.steps.item(view.page_index("budget")).text() == "✓  Your budget"
    # The £4,800 asked for covers the costs: no other funding is needed, so none is to list.
    assert view.steps.item(view.page_index("match_funding")).text() == "✓  Other funding"

    press_here(Qt.Key.Key_PageDown, CTRL)
    other = view.current_page()
    assert other.step_title() == "Other funding"
    assert focused() is other.tables[0].table
    assert view.steps.item(view.page_index("match_funding")).text() == "✓  Other funding"
    press_here(Qt.Key.Key_PageUp, CTRL)
    assert focused() is view.current_page().tables[0].table
    press_here(Qt.Key.Key_Return, CTRL)  # a cost more, which the grant does not cover
    type_here("Equipment")
    press_here(Qt.Key.Key_Tab)
    type_here("Urn")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    type_here("£60")
    press_here(Qt.Key.Key_Return)
    assert view.steps.item(view.page_index("match_funding")).text() == "!  Other funding"
    press_here(Qt.Key.Key_Delete)
    assert view.steps.item(view.page_index("match_funding")).text() == "✓  Other funding"
    press_here(Qt.Key.Key_PageDown, CTRL)

    pdf = tmp_path / "Cronfa.pdf"

    def read_check(dialog) -> None:
        seen["problems"] = [button.accessibleName() for button in dialog.problem_buttons]

    save_pdf_after_the_check(window, qtbot, monkeypatch, pdf, read_check)
    assert "There is no budget yet." not in seen["problems"]
    assert not [problem for problem in seen["problems"] if "balance" in problem]

    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Further information" in text
    assert "Sessional youth worker ŵ" in text
    assert "£4,800.00" in text
    assert text.index("2. Describe your project") < text.index("Sessional youth worker ŵ")
