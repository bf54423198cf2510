"""From an empty data folder, by keys alone: a helper types in a real funder's form (a figure
taken from the profile, a one-line answer counted in characters, a question with no limit, a
signed paper copy and a requirement for larger grants); a group starts an application to it
and prints it. The check before printing and the PDF follow the form exactly."""

import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.questions import FigureSource, QuestionKind
from grantdesk.domain.wordcount import LimitUnit
from tests.keys import press, press_here, type_here, type_text
from tests.ui.conftest import (
    reactivate,
    save_pdf_after_the_check,
    wait_until_saved,
    when_dialog_opens,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
INCOME = "What was your organisation’s income in its last financial year?"
TOWNS = "Which towns or villages will the project serve?"
PROJECT = "Tell us about your project."
STORY = (
    "Friday Night Safe Space opens Tŷ’r Cwm hall every Friday, 6.30–9.30pm, for 11–17 year "
    "olds – with a hot meal, sport and music 🎶. "
) * 30  # 720 words: the funder sets no limit


def focused():
    return QApplication.focusWidget()


def type_question(table, number: str, text: str, kind_presses: int, most, **more) -> None:
    """One row of the form table, cell by cell: No., question, kind, at most, at least,
    counted in, guidance, common questions, choices, filled in from."""
    table.setFocus()
    press(table, Qt.Key.Key_Return, CTRL)
    type_here(number)
    press_here(Qt.Key.Key_Tab)
    type_here(text)
    press_here(Qt.Key.Key_Tab)
    for _ in range(kind_presses):
        press_here(Qt.Key.Key_Down)
    press_here(Qt.Key.Key_Tab)
    if most is None:
        pass  # keep the usual limit (a figure has none anyway)
    elif most:
        type_here(most)
    else:
        press_here(Qt.Key.Key_Backspace)  # no limit
    press_here(Qt.Key.Key_Tab)
    type_here(more.get("least", ""))
    press_here(Qt.Key.Key_Tab)
    for _ in range(more.get("unit_presses", 0)):
        press_here(Qt.Key.Key_Down)
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)  # no guidance note
    type_here(more.get("covers", ""))
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)  # no choices
    for _ in range(more.get("source_presses", 0)):
        press_here(Qt.Key.Key_Down)
    press_here(Qt.Key.Key_Return)


def type_funder(window, qtbot) -> None:
    press(window, Qt.Key.Key_F, CTRL | SHIFT)
    funders = window.funders
    funders.add_button.setFocus()
    press(funders.add_button, Qt.Key.Key_Space)
    editor = funders.editor
    assert focused() is editor.about.name_field
    type_here("Police and Crime Commissioner for Dyfed-Powys")
    press_here(Qt.Key.Key_Tab)
    type_here("Community Safety Fund")

    editor.about.maximum_field.line.setFocus()
    type_here("£5,000")
    press_here(Qt.Key.Key_Tab)
    editor.about.minimum_field.line.setFocus()
    type_here("£6,000")
    press_here(Qt.Key.Key_Tab)
    assert editor.about.minimum_field.problem.text() == (
        "The smallest grant cannot be more than the largest (£5,000.00)."
    )
    editor.about.minimum_field.line.setFocus()
    editor.about.minimum_field.line.selectAll()
    type_here("£500")
    press_here(Qt.Key.Key_Tab)
    assert not editor.about.minimum_field.problem.isVisible()

    table = editor.questions.table
    type_question(table, "Q6", INCOME, 2, None, source_presses=1)  # a sum, from the profile
    type_question(table, "Q7", TOWNS, 1, "100", unit_presses=1)  # one line, in characters
    type_question(table, "Q8", PROJECT, 0, "", covers="3, 4")  # no limit at all
    # A least above the most is refused in words, and the row keeps what it had.
    table.setCurrentIndex(editor.questions.model.index(1, 4))
    type_here("200")
    press_here(Qt.Key.Key_Return)
    assert editor.questions.problem.text() == (
        "The least cannot be more than the most (100). Please change the most first."
    )
    assert editor.questions.model.rows[1].minimum is None

    paper_copy = editor.rules.asked_boxes["paper_copy"]
    paper_copy.setFocus()
    press(paper_copy, Qt.Key.Key_Space)
    requirements = editor.rules.requirements.table
    requirements.setFocus()
    press(requirements, Qt.Key.Key_Return, CTRL)
    type_here("A copy of your latest accounts")
    press_here(Qt.Key.Key_Tab)
    type_here("£2,501")
    press_here(Qt.Key.Key_Return)
    window.save_everything()
    wait_until_saved(window, qtbot)

    [funder] = window.store.funders.all()
    assert [(q.label, q.kind, q.source, q.maximum, q.unit) for q in funder.questions] == [
        ("Q6", QuestionKind.MONEY, FigureSource.INCOME_LAST_YEAR, None, LimitUnit.WORDS),
        ("Q7", QuestionKind.ONE_LINE, FigureSource.TYPED, 100, LimitUnit.CHARACTERS),
        ("Q8", QuestionKind.LONG_ANSWER, FigureSource.TYPED, None, LimitUnit.WORDS),
    ]
    assert funder.questions[2].covers == ("project", "delivery")
    assert (funder.minimum_pence, funder.maximum_pence) == (50000, 500000)
    assert funder.asks.paper_copy and funder.asks.declaration and not funder.asks.plan
    assert [(r.text, r.from_pence) for r in funder.requirements] == [
        ("A copy of your latest accounts", 250100)
    ]


def start_application(window, qtbot) -> None:
    press(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)

    def fill_in(dialog) -> None:
        type_text(dialog.title_field, "Friday Night Safe Space")
        press(dialog.title_field, Qt.Key.Key_Tab)
        press(dialog.funder_combo, Qt.Key.Key_Down)  # the funder just typed in
        press(dialog.funder_combo, Qt.Key.Key_Return)

    when_dialog_opens(fill_in)
    press(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
    reactivate(window, qtbot)
    details = window.application.current_page()
    assert details.grant_range.text() == (
        "£500.00 to £5,000.00, from the funder’s record (change it on the Funders screen)"
    )
    assert not details.checklist_box.isHidden()
    assert [box.label.text() for box in details.checklist_boxes] == [
        "A signed paper copy",
        "A copy of your latest accounts (for grants of £2,501.00 or more)",
    ]
    details.amount_field.line.setFocus()
    type_here("£2,000")
    press_here(Qt.Key.Key_Tab)
    assert [box.label.text() for box in details.checklist_boxes] == ["A signed paper copy"]
    details.amount_field.line.setFocus()
    details.amount_field.line.selectAll()
    type_here("£4,000")
    press_here(Qt.Key.Key_Tab)
    assert len(details.checklist_boxes) == 2


def write_answers(window) -> None:
    view = window.application
    press(view.current_page().first_field(), Qt.Key.Key_PageDown, CTRL)
    income = view.current_page()
    assert income.question.label == "Q6"
    assert income.value.held.text() == "Not given yet"
    assert focused() is income.value.go_button  # "Open the group profile"

    press_here(Qt.Key.Key_PageDown, CTRL)
    towns = view.current_page()
    assert focused() is towns.editor
    type_here("Llandrindod Wells, Rhaeadr Gwy and Llanfair-ym-Muallt 📍")
    assert towns.count_label.text() == "56 of 100 characters"  # the pin is 2, as online

    press_here(Qt.Key.Key_PageDown, CTRL)
    project = view.current_page()
    type_text(project.editor, STORY)
    assert project.count_label.text() == "720 words"
    assert project.funder_limit_button.isVisible()  # the limit is the funder's to change
    assert [view.steps.item(n).text() for n in range(1, 4)] == [
        f"!  Q6. {income.question.short_title}",
        f"✓  Q7. {towns.question.short_title}",
        f"✓  Q8. {project.question.short_title}",
    ]


def test_a_real_funders_form_typed_in_then_written_to_and_printed(
    window, qtbot, tmp_path, monkeypatch
):
    type_funder(window, qtbot)
    start_application(window, qtbot)
    write_answers(window)

    seen: dict[str, list[str]] = {}

    def read_and_fix(dialog) -> None:
        seen["problems"] = [button.accessibleName() for button in dialog.problem_buttons]
        seen["checklist"] = [button.label.text() for button in dialog.checklist_buttons]
        press(dialog.problem_buttons[0], Qt.Key.Key_Return)

    when_dialog_opens(read_and_fix)
    press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "problems" in seen)  # the check opens once the typing is saved
    assert seen["problems"] == [
        "Your group’s profile has no name yet.",
        f"Q6 ({INCOME}) is taken from your group’s income last year, which GrantDesk does not "
        "have yet.",
        "There is no budget yet.",  # the form asks for it in a table, as most do
    ]
    assert seen["checklist"] == [
        "☐  A signed paper copy",
        "☐  A copy of your latest accounts (for grants of £2,501.00 or more)",
    ]

    assert window.pages.currentWidget() is window.profile  # Enter went to the first problem
    reactivate(window, qtbot)
    type_text(window.profile.fields["name"], "Maes-y-Dŵr Youth Drop-In")
    window.profile.income_field.line.setFocus()
    type_here("£23,456")
    press_here(Qt.Key.Key_Tab)
    press(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    window.saver.wait()  # the list is read once what was typed is on disk
    press(window.home.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.application
    view = window.application
    view.go_to_page("details")
    accounts = view.current_page().checklist_boxes[1]
    accounts.setFocus()
    press(accounts, Qt.Key.Key_Space)
    view.go_to(1)
    assert view.current_page().value.held.text() == "£23,456.00"
    view.go_to_page("budget")
    assert view.current_page().step_title() == "Your budget"
    press_here(Qt.Key.Key_Return, CTRL)  # the cursor is in the table: add a line
    type_here("Staff")
    press_here(Qt.Key.Key_Tab)
    type_here("Sessional youth worker")
    press_here(Qt.Key.Key_Tab)
    type_here("1")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    type_here("£4,000")
    press_here(Qt.Key.Key_Return)

    pdf = tmp_path / "Friday Night Safe Space.pdf"

    def read_check(dialog) -> None:
        seen["problems"] = [button.accessibleName() for button in dialog.problem_buttons]
        seen["checklist"] = [button.label.text() for button in dialog.checklist_buttons]
        assert not dialog.draft_box.isChecked()

    save_pdf_after_the_check(window, qtbot, monkeypatch, pdf, read_check)
    assert seen["problems"] == []  # no plan or exit strategy: this funder asks for neither
    assert seen["checklist"] == [
        "☐  A signed paper copy",
        "✓  A copy of your latest accounts (for grants of £2,501.00 or more)",
    ]
    [accounts_key] = [r.key for r in window.store.funders.all()[0].requirements]
    assert window.store.applications.requirements_done(view.application_id) == (accounts_key,)

    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "DRAFT" not in text
    assert f"Q6. {INCOME} £23,456.00" in text
    assert f"Q7. {TOWNS}" in text and "Llandrindod Wells, Rhaeadr Gwy" in text
    assert f"Q8. {PROJECT}" in text and "hot meal, sport and music" in text
    assert not re.search(r"[\d,]+ of [\d,]+ words", text), "a count where there is no limit"
    assert "Exit strategy" not in text
    assert "Declaration" in text
    assert "Sessional youth worker" in text and "£4,000.00" in text
    assert (
        text.index("Q6.")
        < text.index("Q7.")
        < text.index("Q8.")
        < text.index("Further information")
        < text.index("Sessional youth worker")
        < text.index("Declaration")
    )
