"""Typing as a person does, one key at a time, including letters a US keyboard lacks.

qtbot.keyClicks aborts the process on non-ASCII text (é ŵ Ŷ – “), so every test types
through here: each character is a real key event carrying its text.
"""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

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
    assert widget is not None, "nothing has the keyboard focus to press a key in"
    QTest.keyClick(widget, key, modifier)
