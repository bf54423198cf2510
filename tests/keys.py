"""Typing as a person does, one key at a time, including letters a US keyboard lacks.

qtbot.keyClicks aborts the process on non-ASCII text (é ŵ Ŷ – “), so every test types
through here: each character is a real key event carrying its text.
"""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_SPECIAL_KEYS = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def type_text(widget: QWidget, text: str) -> None:
    assert widget is not None, "nothing has the keyboard focus to type into"
    for character in text:
        key = _SPECIAL_KEYS.get(character)
        if key is not None:
            QTest.keyClick(widget, key)
        elif character.isascii() and character.isprintable():
            QTest.keyClicks(widget, character)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )


def press(widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key, then let Qt finish what it queued in answer (as it does between keystrokes:
    Enter in a table cell, for one, saves the cell a moment later)."""
    assert widget is not None, "nothing has the keyboard focus to press a key in"
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def type_here(text: str) -> None:
    """Type into whatever has the keyboard focus, following it as it moves (into cell editors).
    A list that pops up as a key is typed (suggestions under a cell) is shown before the next
    key, as between a person's keystrokes."""
    for character in text:
        type_text(QApplication.focusWidget(), character)
        if QApplication.activePopupWidget() is not None:
            QApplication.processEvents()


def press_here(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    press(QApplication.focusWidget(), key, modifier)


def press_where_keys_go(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard sends it: into a list that has popped up (a menu, the
    suggestions under a cell being typed in) while one is open, else into the focus."""
    press(QApplication.activePopupWidget() or QApplication.focusWidget(), key, modifier)
