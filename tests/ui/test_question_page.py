"""A question page keeps its answer box and live count in view, and never shows an example
longer than the answer may be without saying so."""

from PySide6.QtCore import Qt

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.questions import question_by_key
from grantdesk.domain.wordcount import LimitUnit
from tests.keys import press, type_text


def test_an_example_longer_than_the_limit_is_said_plainly(window, qtbot):
    application_id = window.store.applications.create(ApplicationDetails(title="Examples"))
    window.open_application(application_id)
    view = window.application
    view.go_to_page("what_you_do")
    page = view.current_page()
    press(page.example_button, Qt.Key.Key_Space)
    assert page.example_label.isVisible()
    assert page.example_note.isHidden()  # 124 words, under the usual 250
    page.limit_spin.setFocus()
    page.limit_spin.selectAll()
    type_text(page.limit_spin, "100")
    press(page.limit_spin, Qt.Key.Key_Tab)
    assert page.example_note.isVisible()
    words = len(question_by_key("what_you_do").example.split())
    assert page.example_note.text() == (
        f"This example is {words} words; yours must be 100 or fewer, so take the ideas rather "
        "than the length."
    )


def test_a_funders_question_in_characters_says_its_example_is_longer(window, qtbot):
    funder_id = window.store.funders.save(
        Funder(
            name="Short forms",
            questions=(
                FunderQuestion(
                    "Describe your project. Tell us what, where and when.",
                    maximum=500,
                    unit=LimitUnit.CHARACTERS,
                    covers=("project", "delivery"),
                ),
            ),
        )
    )
    application_id = window.store.applications.create(ApplicationDetails(title="Short"))
    window.store.applications.set_funder(application_id, funder_id)
    window.open_application(application_id)
    view = window.application
    assert view.steps.item(1).text() == "○  1. Describe your project."
    view.go_to(1)
    page = view.current_page()
    assert page.example_note.text().startswith("This example is ")
    assert "characters; yours must be 500 or fewer" in page.example_note.text()
