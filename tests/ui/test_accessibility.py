"""Keyboard, screen-reader names and translation, checked on every screen."""

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def screens(window):
    """Show each screen in turn: home, profile, and every step of an application."""
    window.show_home()
    yield "home"
    window.show_profile()
    yield "profile"
    window.show_funders()
    yield "funders"
    window.enter_form(window.store.funders.all()[0].id)
    for step in range(window.form_entry.steps.count()):
        window.form_entry.go_to(step)
        yield f"the funder’s form, step {step + 1}"
    window.open_application(window.store.applications.summaries()[-1].id)
    for index, step in enumerate(window.application.path):
        window.application.go_to(index)
        yield step.title


def visible_inputs(window) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INPUTS)
        and widget.isVisible()
        and not isinstance(widget.parent(), INPUTS)  # the line edit inside a spin box
    ]


def test_every_input_has_a_name_a_screen_reader_can_say(window):
    add_example_funders(window.store)
    write_demo(window.store)
    for screen in screens(window):
        for widget in visible_inputs(window):
            spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
            assert spoken.strip(), f"{screen}: {type(widget).__name__} has no spoken name"


def test_tab_goes_down_the_profile_in_reading_order(window):
    write_demo(window.store)
    window.show_profile()
    inputs = set(visible_inputs(window))
    order = []
    widget = window.profile.first_field()
    for _ in range(200):
        if widget in inputs and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert len(order) == len(inputs)
    heights = [widget.mapTo(window, widget.rect().topLeft()).y() for widget in order]
    assert heights == sorted(heights)


class MarkingTranslator(QTranslator):
    """A pseudo-translation: every string that goes through tr() comes back marked."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"⟦{source_text}⟧"

    def isEmpty(self) -> bool:
        return False


def test_every_visible_word_goes_through_translation(window):
    add_example_funders(window.store)
    write_demo(window.store)
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        from grantdesk.ui.main_window import MainWindow

        translated = MainWindow(window.store)
        translated.show()
        assert translated.home.new_button.text() == "⟦&New application⟧"  # the control case
        checked = 0
        user_data = {
            application.details.title for application in window.store.applications.summaries()
        }
        for screen in screens(translated):
            for widget in translated.findChildren(QWidget):
                if not widget.isVisible():
                    continue
                text = _visible_text(widget)
                if not text or text in user_data or not any(c.isalpha() for c in text):
                    continue
                assert "⟦" in text, f"{screen}: untranslated {type(widget).__name__} {text!r}"
                checked += 1
        assert checked > 100
        translated.close()
    finally:
        QCoreApplication.removeTranslator(translator)
        QApplication.processEvents()


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _mnemonic(text: str) -> str | None:
    position = text.replace("&&", "").find("&")
    return text.replace("&&", "")[position + 1].lower() if position >= 0 else None


def test_alt_letters_are_not_shared_on_any_screen(window):
    add_example_funders(window.store)
    write_demo(window.store)
    menus = [action.text() for action in window.menuBar().actions()]
    for screen in screens(window):
        taken: dict[str, str] = {}
        texts = list(menus)
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None
            ):
                texts.append(widget.text())
        for text in texts:
            letter = _mnemonic(text)
            if letter is None:
                continue
            assert letter not in taken, (
                f"{screen}: Alt+{letter} is both {taken[letter]!r} and {text!r}"
            )
            taken[letter] = text
