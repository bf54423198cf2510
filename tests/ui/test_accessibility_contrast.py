"""Every text on every screen reads at least 4.5:1 against what is behind it (WCAG AA), under
the usual light palette, a dark one and a high-contrast one, switched while the window is open
as a person switching their computer's theme would; and no colour is written into the window's
code where the palette cannot reach it."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

import grantdesk.ui
from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders
from grantdesk.ui.common.colours import MINIMUM_CONTRAST, contrast
from tests.ui.test_accessibility import screens

Role = QPalette.ColorRole
TEXT_BOXES = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def palette_of(colours: dict[Role, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#eeeeee",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#323232",
    Role.Text: "#eeeeee",
    Role.Button: "#3a3a3a",
    Role.ButtonText: "#eeeeee",
    Role.Highlight: "#3d7ad6",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8",
    Role.PlaceholderText: "#a0a0a0",
    Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#eeeeee",
}
HIGH_CONTRAST = {  # as Windows' "High Contrast Black"
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#000000",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.Highlight: "#1aebff",
    Role.HighlightedText: "#000000",
    Role.Link: "#ffff00",
    Role.PlaceholderText: "#c0c0c0",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
}


def background_behind(widget: QWidget) -> QColor:
    """The colour a widget's text is drawn on: its own or the nearest painted one behind it."""
    while widget is not None:
        if widget.autoFillBackground() or "background" in widget.styleSheet():
            return widget.palette().color(widget.backgroundRole())
        if widget.isWindow():
            return widget.palette().color(Role.Window)
        widget = widget.parentWidget()
    return QApplication.palette().color(Role.Window)


def text_and_background(widget: QWidget) -> tuple[QColor, QColor] | None:
    palette = widget.palette()
    if isinstance(widget, TEXT_BOXES):
        if isinstance(widget, QComboBox) and not widget.isEditable():
            return palette.color(Role.ButtonText), palette.color(Role.Button)
        return palette.color(Role.Text), palette.color(Role.Base)
    if isinstance(widget, QLabel) and widget.text().strip() and not widget.pixmap():
        return palette.color(widget.foregroundRole()), background_behind(widget)
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        if widget.inherits("QPushButton") and not widget.isFlat():
            return palette.color(Role.ButtonText), palette.color(Role.Button)
        return palette.color(Role.WindowText), background_behind(widget)
    return None


@pytest.mark.parametrize(
    "palette", [None, DARK, HIGH_CONTRAST], ids=["default", "dark", "high-contrast"]
)
def test_every_text_on_every_screen_reads_at_least_4_5_to_1(window, palette):
    add_example_funders(window.store)
    write_demo(window.store)
    usual = QApplication.palette()
    if palette is not None:
        QApplication.setPalette(palette_of(palette))
    try:
        faint = []
        checked = 0
        for screen in screens(window):
            for fold in window.findChildren(QAbstractButton):  # open what folds, to see it
                if fold.isCheckable() and fold.isVisible() and not fold.isChecked():
                    fold.click()
            QApplication.processEvents()
            for widget in window.findChildren(QWidget):
                if not widget.isVisible() or not widget.isEnabled():
                    continue  # WCAG leaves out what cannot be used
                colours = text_and_background(widget)
                if colours is None:
                    continue
                checked += 1
                ratio = contrast(*colours)
                if ratio < MINIMUM_CONTRAST:
                    text = widget.text() if hasattr(widget, "text") else ""
                    faint.append(
                        f"{screen}: {type(widget).__name__} {text[:40]!r} {ratio:.2f}:1 "
                        f"({colours[0].name()} on {colours[1].name()})"
                    )
        assert checked > 500
        assert faint == []
    finally:
        QApplication.setPalette(usual)


def test_no_colour_is_written_into_the_windows_code():
    ui = Path(grantdesk.ui.__file__).parent
    written = [
        f"{path.relative_to(ui)}: {match.group()}"
        for path in ui.rglob("*.py")
        if path.name != "colours.py"
        for match in re.finditer(r"#[0-9a-fA-F]{3,8}\b|QColor\(|Qt\.GlobalColor", path.read_text())
    ]
    assert written == []
