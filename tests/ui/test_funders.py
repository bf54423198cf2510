"""A volunteer types in a new funder's form, writes to it, reuses an earlier answer, and
records a successful grant whose report then shows on the home screen."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails, ApplicationStatus
from grantdesk.domain.dates import format_short_date
from grantdesk.domain.wordcount import LimitUnit
from tests.keys import press, press_here, type_here
from tests.ui.conftest import reactivate, wait_until_saved, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
EARLIER = "Our youth club meets at Tŷ’r Cwm every Friday – volunteers run it."


def focused():
    return QApplication.focusWidget()


def test_new_funder_form_search_and_a_report_reminder(window, qtbot):
    earlier = window.store.applications.create(ApplicationDetails(title="Last year"))
    window.store.applications.save_answer(earlier, "what_you_do", EARLIER)

    press(window, Qt.Key.Key_F, CTRL | SHIFT)
    funders = window.funders
    assert window.pages.currentWidget() is funders
    funders.add_button.setFocus()
    press(funders.add_button, Qt.Key.Key_Space)
    editor = funders.editor
    assert focused() is editor.about.name_field
    type_here("Cronfa Leol")
    press_here(Qt.Key.Key_Tab)
    type_here("Grantiau Bach ŵ")
    questions = editor.questions
    for number, text, most, unit_presses, covers in (
        ("", "Tell us about your group", "150", 0, "1, 2"),
        ("Q2", "What will you do?", "1,500", 1, "3"),
        ("", "Anything else?", "100", 0, ""),
    ):
        questions.table.setFocus()
        press(questions.table, Qt.Key.Key_Return, CTRL)
        type_here(number)  # the funder's own number, if it has one
        press_here(Qt.Key.Key_Tab)
        type_here(text)
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Tab)  # a long answer
        type_here(most)
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Tab)  # no minimum
        for _ in range(unit_presses):
            press_here(Qt.Key.Key_Down)
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Tab)  # no guidance note
        if covers:
            type_here(covers)
        press_here(Qt.Key.Key_Return)
    wait_until_saved(window, qtbot)
    [funder] = window.store.funders.all()
    assert funder.display_name == "Cronfa Leol – Grantiau Bach ŵ"
    assert [(q.label, q.text, q.maximum, q.unit, q.covers) for q in funder.questions] == [
        (
            "",
            "Tell us about your group",
            150,
            LimitUnit.WORDS,
            ("what_you_do", "organisation_type"),
        ),
        ("Q2", "What will you do?", 1500, LimitUnit.CHARACTERS, ("project",)),
        ("", "Anything else?", 100, LimitUnit.WORDS, ()),
    ]

    press(window, Qt.Key.Key_Home, CTRL)

    def start(dialog) -> None:
        type_here("Friday Night for Cronfa")
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Down)  # the one funder on this PC
        press_here(Qt.Key.Key_Return)

    when_dialog_opens(start)
    press(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
    reactivate(window, qtbot)
    view = window.application
    application_id = view.application_id
    assert window.store.applications.summary(application_id).funder_id == funder.id
    first = view.page(1)
    assert first.question.question == "Tell us about your group"
    assert first.count_label.text() == "0 of 150 words"
    assert view.page(2).count_label.text() == "0 of 1,500 characters"

    view.go_to(1)

    def reuse(dialog) -> None:
        type_here("Cwm")
        dialog.search()
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        assert "Last year" in dialog.results.item(0).text()
        dialog.append_button.setFocus()
        press(dialog.append_button, Qt.Key.Key_Space)

    when_dialog_opens(reuse)
    press(first.editor, Qt.Key.Key_F, CTRL)  # find earlier answers
    assert first.editor.toPlainText() == EARLIER
    reactivate(window, qtbot)

    view.go_to_page("decision")
    decision = view.current_page()
    assert focused() is decision.status_combo
    press_here(Qt.Key.Key_Down)
    press_here(Qt.Key.Key_Down)  # submitted
    decision.submitted_field.line.setFocus()
    type_here(format_short_date(date.today() - timedelta(days=60)))
    press_here(Qt.Key.Key_Tab)
    decision.status_combo.setFocus()
    press_here(Qt.Key.Key_Down)  # successful
    assert decision.successful_box.isVisible()
    decision.awarded_field.line.setFocus()
    type_here("£2,500")
    press_here(Qt.Key.Key_Tab)
    reports = decision.reports
    reports.table.setFocus()
    press(reports.table, Qt.Key.Key_Return, CTRL)
    type_here("Mid-year report")
    press_here(Qt.Key.Key_Tab)
    type_here(format_short_date(date.today() - timedelta(days=3)))
    press_here(Qt.Key.Key_Return)

    press(window, Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: window.home.coming_up.count() == 1)  # once the changes are saved
    assert window.store.applications.summary(application_id).status is ApplicationStatus.SUCCESSFUL
    assert window.store.decisions.decision(application_id).amount_awarded_pence == 250000
    texts = [window.home.coming_up.item(row).text() for row in range(window.home.coming_up.count())]
    assert texts == [
        "Overdue: Report to Cronfa Leol was due 3 days ago (Mid-year report), for "
        "“Friday Night for Cronfa”."
    ]


def test_a_funder_saved_to_a_file_and_added_from_one_on_the_funders_screen(
    window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from grantdesk.examples.funders import add_example_funders

    add_example_funders(window.store)
    press(window, Qt.Key.Key_F, CTRL | SHIFT)
    funders = window.funders
    pcc = next(
        row for row in range(funders.list.count()) if "Police" in funders.list.item(row).text()
    )
    funders.list.setCurrentRow(pcc)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "for groups"), "")
    )
    said = []

    def read_and_close(box) -> None:
        said.append(box.text())
        press(box, Qt.Key.Key_Return)

    when_dialog_opens(read_and_close)
    funders.export_button.setFocus()
    press(funders.export_button, Qt.Key.Key_Space)
    saved = tmp_path / "for groups.grantdesk-funder.json"
    assert said[-1] == (
        "Saved “Police and Crime Commissioner (example) – Community Safety Fund” to "
        f"{saved}. Give this file to anyone who applies to it."
    )
    reactivate(window, qtbot)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(saved), ""))
    funders.import_button.setFocus()
    press(funders.import_button, Qt.Key.Key_Space)
    assert funders.list.count() == 5
    assert funders.editor.funder.display_name.startswith("Police and Crime Commissioner")
    assert funders.editor.funder.id != funders.list.item(pcc).data(Qt.ItemDataRole.UserRole)

    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"grantdesk": "funder", "version": 1, "funder": {"priorities": "x"}}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(damaged), ""))
    when_dialog_opens(read_and_close)
    press(funders.import_button, Qt.Key.Key_Space)
    assert said[-1] == (
        "GrantDesk cannot use “damaged.json”: The funder: priorities should be a list. Nothing "
        "was added; please ask whoever made the file to put it right."
    )
    assert funders.list.count() == 5


def test_how_a_funder_counts_asks_for_the_budget_and_is_signed_are_typed_in(window, qtbot):
    from grantdesk.domain.budget import BudgetModel
    from grantdesk.domain.wordcount import CharacterRule

    press(window, Qt.Key.Key_F, CTRL | SHIFT)
    funders = window.funders
    funders.add_button.setFocus()
    press(funders.add_button, Qt.Key.Key_Space)
    editor = funders.editor
    assert not editor.rules.model_combo.isVisible()  # the optional rules start folded away
    editor.rules.more.button.setFocus()
    press_here(Qt.Key.Key_Space)
    for field, keys in (
        (editor.rules.characters_combo, [Qt.Key.Key_Down]),  # each letter once
        (editor.rules.model_combo, [Qt.Key.Key_Down]),  # only the costs it would pay
        (editor.rules.signatories_combo, [Qt.Key.Key_Down]),  # two people sign
    ):
        field.setFocus()
        for key in keys:
            press_here(key)
    for field, text in (
        (editor.rules.headings_field, "Staff; Management; Other expenses"),
        (editor.rules.management_headings_field, "Management"),
        (editor.rules.other_headings_field, "Other expenses; Sundries"),
        (editor.rules.item_length_field.line, "60"),
        (editor.rules.management_share_field.line, "10%"),
    ):
        field.setFocus()
        field.selectAll()
        type_here(text)
        press_here(Qt.Key.Key_Tab)
    editor.rules.declaration_field.setFocus()
    type_here("We declare that the Commissioner’s terms – all of them – are agreed.")
    press_here(Qt.Key.Key_Tab)
    window.save_everything()
    wait_until_saved(window, qtbot)
    [funder] = window.store.funders.all()
    assert funder.character_rule is CharacterRule.EACH_CHARACTER
    assert funder.budget_model is BudgetModel.ASKED_COSTS
    assert funder.signatories == 2
    assert funder.declaration.startswith("We declare that the Commissioner’s")
    rules = funder.budget_rules
    assert rules.headings == ("Staff", "Management", "Other expenses")
    assert rules.management_headings == ("Management",)
    assert rules.other_headings == ("Other expenses", "Sundries")
    assert (rules.max_item_characters, rules.management_cap_basis_points) == (60, 1000)
