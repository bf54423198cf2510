"""A funder not listed: its form typed in from the new application, one question at a time,
by pasting each question; the limit and the common question it is like are read from its words."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.wordcount import LimitUnit
from grantdesk.ui.common.text_size import set_text_size
from tests.keys import press, press_here, type_here, type_text
from tests.ui.conftest import reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def paste(text: str) -> None:
    QApplication.clipboard().setText(text)
    press_here(Qt.Key.Key_V, CTRL)


def start_for_a_funder_not_listed(window, qtbot, funder_name: str) -> None:
    def fill_in(dialog) -> None:
        type_text(dialog.title_field, "Lunch Club for Over-60s")
        press(dialog.title_field, Qt.Key.Key_Tab)
        assert focused() is dialog.funder_combo
        dialog.funder_combo.setCurrentIndex(dialog.funder_combo.count() - 2)
        assert dialog.start_button.text() == "&Next: type in its form"
        press_here(Qt.Key.Key_Tab)
        assert focused() is dialog.name_field
        type_here(funder_name)
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Tab)  # no fund name
        type_here("£4,800")
        press_here(Qt.Key.Key_Return)

    when_dialog_opens(fill_in)
    press(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.form_entry)
    reactivate(window, qtbot)


def test_a_funder_not_listed_has_its_form_pasted_in_question_by_question(window, qtbot):
    start_for_a_funder_not_listed(window, qtbot, "Dyffryn Community Foundation")
    entry = window.form_entry
    assert entry.title.text() == "The form of Dyffryn Community Foundation"
    assert focused() is entry.about.name_field
    entry.about.maximum_field.line.setFocus()
    type_here("£5,000")
    press_here(Qt.Key.Key_Return, CTRL)

    question = entry.entry
    assert focused() is question.text_field
    assert question.title.text() == "Question 1 of 1"
    paste("Tell us about your group and what it does (max 200 words).")
    assert question.most_field.line.text() == "200"
    assert question.unit_combo.currentText() == "words"
    assert question.like_combo.currentText() == "1. What your group does"
    press_here(Qt.Key.Key_Return, CTRL)

    assert question.title.text() == "Question 2 of 2"
    paste("Who will benefit, and how?")
    assert question.like_combo.currentText() == "5. Who will benefit"
    question.most_field.line.setFocus()
    type_here("1,500 characters")
    press_here(Qt.Key.Key_Tab)
    assert question.unit_combo.currentText() == "characters"
    question.like_combo.setFocus()
    press_here(Qt.Key.Key_Down)  # the person knows better: it is about the difference
    press_here(Qt.Key.Key_Return, CTRL)

    paste("Is there anything else you would like to tell us?")
    assert question.like_combo.currentText() == "None of these: a question of its own"
    assert question.most_field.line.text() == ""  # no limit
    press_here(Qt.Key.Key_Return, CTRL)
    assert question.title.text() == "Question 4 of 4"
    entry.last_button.click()  # the fourth was never typed in, so it goes
    assert entry.steps.count() == 5
    plan = entry.rules.asked_boxes["plan"]
    plan.setFocus()
    press(plan, Qt.Key.Key_Space)
    assert not entry.rules.model_combo.isVisible()  # the optional rules stay folded away
    entry.done_button.setFocus()
    press(entry.done_button, Qt.Key.Key_Space)

    assert window.pages.currentWidget() is window.application
    view = window.application
    assert view.page_keys[0] == "details"
    [funder] = window.store.funders.all()
    assert funder.name == "Dyffryn Community Foundation"
    assert funder.maximum_pence == 500_000
    assert funder.asks.plan
    assert [(q.text, q.maximum, q.unit, q.covers) for q in funder.questions] == [
        (
            "Tell us about your group and what it does (max 200 words).",
            200,
            LimitUnit.WORDS,
            ("what_you_do",),
        ),
        ("Who will benefit, and how?", 1500, LimitUnit.CHARACTERS, ("difference",)),
        ("Is there anything else you would like to tell us?", None, LimitUnit.WORDS, ()),
    ]
    [summary] = window.store.applications.summaries()
    assert summary.funder_id == funder.id
    assert summary.details.funder == "Dyffryn Community Foundation"
    assert summary.details.amount_requested_pence == 480_000
    titles = [step.title for step in view.path]
    assert titles[1].startswith("1. Tell us about your group")
    assert len([key for key in view.page_keys if key.startswith("funder:")]) == 3


def test_a_funder_chosen_later_on_about_this_application_has_its_form_typed_in(window, qtbot):
    from grantdesk.domain.application import ApplicationDetails

    store = window.store
    application_id = store.applications.create(
        ApplicationDetails(title="Hall roof", funder="Garth Trust")
    )
    store.applications.save_answer(application_id, "project", "A new roof for the hall ŵ")
    window.open_application(application_id)
    details = window.application.current_page()
    assert details.funder_combo.currentText() == (
        "Garth Trust: its form is not typed in (the eleven common questions)"
    )
    details.funder_combo.setFocus()
    press(details.funder_combo, Qt.Key.Key_End)  # a funder not listed here
    assert window.pages.currentWidget() is window.form_entry
    entry = window.form_entry
    assert entry.about.name_field.text() == "Garth Trust"
    press(focused(), Qt.Key.Key_Return, CTRL)
    paste("Describe the project you want us to fund. Maximum 300 words")
    assert entry.entry.like_combo.currentText() == "3. What the project is"
    entry.back_button.click()

    view = window.application
    assert window.pages.currentWidget() is view
    assert view.current_page().step_title() == "About this application"
    [funder] = store.funders.all()
    assert store.applications.summary(application_id).funder_id == funder.id
    project = view.page(view.page_index("project"))
    assert project.answer_text() == "A new roof for the hall ŵ"  # the answer moved across


def test_on_a_small_screen_with_larger_text_a_pasted_limit_fills_its_boxes_and_every_word_shows(
    window, qtbot
):
    try:
        next(action for action in window.text_sizes.actions() if action.data() == 150).trigger()
        window.resize(1024, 768 - 80)  # a maximised window, less the taskbar and title bar
        start_for_a_funder_not_listed(window, qtbot, "Cronfa Gymunedol Dyffryn Tawe")
        entry = window.form_entry
        entry.about.maximum_field.line.setFocus()
        press_here(Qt.Key.Key_Return, CTRL)

        question = entry.entry
        paste("Please give a breakdown of how the grant will be spent (200 – 300 words).")
        assert question.most_field.line.text() == "300"
        assert question.least_field.line.text() == "200"
        QApplication.processEvents()
        note = question.least_note
        assert note.text() == "Leave “at least” empty unless the form sets a minimum."
        assert note.isVisible() and note.height() >= note.heightForWidth(note.width())
        assert note.mapTo(window, note.rect().topRight()).x() < window.width()
        assert question.least_field.line.placeholderText() == ""  # a hint cut short reads as "…"

        press_here(Qt.Key.Key_Return, CTRL)
        paste("Who will benefit from your project? Word limit: 150")
        assert question.most_field.line.text() == "150"
        assert question.least_field.line.text() == ""
        assert question.unit_combo.currentText() == "words"
        press_here(Qt.Key.Key_Return, CTRL)
        paste("What is your project called? (no more than 60 characters)")
        assert question.most_field.line.text() == "60"
        assert question.unit_combo.currentText() == "characters"
    finally:
        set_text_size(100)
