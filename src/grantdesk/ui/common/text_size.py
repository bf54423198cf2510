"""Larger text: the whole window's text at 100% (the computer's own size) to 200%, and the
sizes of boxes and lists given in lines and characters, so they grow with their text.

A size given here is kept with its widget and worked out again whenever the text size changes
(`set_text_size`), so nothing is left at the size it had for smaller text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QWidget

TEXT_SIZES = (100, 125, 150, 200)
"""The sizes offered, as a percentage of the computer's own text size."""
SYSTEM_FONT = "grantdesk_system_font"
"""The application's property holding the computer's own font, as it was at start."""


def system_font() -> QFont:
    app = QApplication.instance()
    font = app.property(SYSTEM_FONT)
    if not isinstance(font, QFont):
        font = QFont(app.font())
        app.setProperty(SYSTEM_FONT, font)
    return QFont(font)


def set_text_size(percent: int) -> None:
    """Every text in every window at `percent` of the computer's own size, and every size
    given in lines or characters worked out again for it."""
    font = system_font()
    font.setPointSizeF(font.pointSizeF() * percent / 100)
    QApplication.setFont(font)
    for widget in QApplication.allWidgets():
        # Qt leaves out a widget with a style sheet of its own, expecting its parent to pass
        # the new font on, which it does not: the steps of an application, a problem under a
        # box kept their old size until the next start. Each is told itself.
        if widget.styleSheet() and not widget.isWindow():
            QApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))
        # A font of its own size (a heading) does not follow the application's, so is made
        # again; every other size follows its widget's font (_Sizing.eventFilter).
        for sizing in _kept_with(widget, FONT):
            sizing.fit()


FONT = "font"


class _Sizing(QObject):
    """One size of its widget, given in terms of its text, worked out again whenever the
    widget's font changes."""

    def __init__(self, widget: QWidget, kind: str, fit: Callable[[QWidget], None]):
        super().__init__(widget)
        self.setObjectName(kind)
        self._widget = widget
        self._fit = fit
        if kind != FONT:
            widget.installEventFilter(self)

    def fit(self) -> None:
        self._fit(self._widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        return False


def _kept_with(widget: QObject, kind: str) -> list[_Sizing]:
    """The sizes of this kind kept with `widget` itself, not with what it holds. (Its own
    children, rather than findChildren with Qt.FindChildOption: importing Qt's `Qt` namespace
    takes about 30 ms, which the window's first paint would wait for.)"""
    return [
        child
        for child in widget.children()
        if isinstance(child, _Sizing) and child.objectName() == kind
    ]


def _sized(widget: QWidget, kind: str, fit: Callable[[QWidget], None]) -> None:
    """Size `widget` by `fit` now and after each text size change (replacing any earlier
    size of the same kind)."""
    for earlier in _kept_with(widget, kind):
        earlier.setParent(None)
        earlier.deleteLater()
    _Sizing(widget, kind, fit).fit()


def scaled_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> None:
    """`widget`'s text at `scale` times the text around it (a heading, a figure), and bold."""

    def fit(widget: QWidget) -> None:
        font = QFont(widget.parentWidget().font() if widget.parentWidget() else QApplication.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * scale)
        font.setBold(bold)
        widget.setFont(font)

    _sized(widget, FONT, fit)


def lines_tall(widget: QWidget, lines: float) -> int:
    """The height of `lines` lines of `widget`'s text, with its frame and margins."""
    frame = widget.frameWidth() * 2 if isinstance(widget, QFrame) else 0
    margins = widget.contentsMargins()
    if isinstance(widget, QAbstractScrollArea):
        margins = widget.viewportMargins()
    return round(
        widget.fontMetrics().lineSpacing() * lines + frame + margins.top() + margins.bottom() + 8
    )


def characters_wide(widget: QWidget, characters: float) -> int:
    """The width of `characters` average characters of `widget`'s text."""
    return round(widget.fontMetrics().averageCharWidth() * characters)


def fixed_lines(widget: QWidget, lines: float) -> None:
    _sized(widget, "height", lambda w: w.setFixedHeight(lines_tall(w, lines)))


def minimum_lines(widget: QWidget, lines: float) -> None:
    _sized(widget, "minimum height", lambda w: w.setMinimumHeight(lines_tall(w, lines)))


def maximum_lines(widget: QWidget, lines: float) -> None:
    _sized(widget, "maximum height", lambda w: w.setMaximumHeight(lines_tall(w, lines)))


def minimum_characters(widget: QWidget, characters: float) -> None:
    """At least `characters` wide; a window (a dialog) no wider than nine tenths of its
    screen, however large its text, so it never runs off a small screen, and as tall as its
    wrapped lines need at the width it has when shown."""

    def fit(widget: QWidget) -> None:
        width = characters_wide(widget, characters)
        if widget.isWindow():
            width = min(width, _screen_room().width() * 9 // 10)
        widget.setMinimumWidth(width)

    _sized(widget, "minimum width", fit)
    if widget.isWindow() and not _kept_with(widget, TALL_ENOUGH):
        _TallEnough(widget)


TALL_ENOUGH = "tall enough"


def _screen_room() -> QRect:
    """The room on the computer's main screen, where GrantDesk's windows open. (Not the
    window's own `screen()`: asking a dialog for it as it is built crashed a later window.)"""
    return QApplication.primaryScreen().availableGeometry()


class _TallEnough(QObject):
    """Makes a window as tall as its lines need at its width, once shown: Qt sizes a window by
    its layout's minimum, which does not know that narrower wrapped lines take more of them."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName(TALL_ENOUGH)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        layout = watched.layout() if isinstance(watched, QWidget) else None
        if event.type() == QEvent.Type.Show and layout is not None:
            needed = layout.totalHeightForWidth(watched.width())
            # What scrolls in it gives way beyond this.
            needed = min(needed, _screen_room().height() * 9 // 10)
            if needed > watched.height():
                watched.resize(watched.width(), needed)
        return False


def maximum_characters(widget: QWidget, characters: float) -> None:
    _sized(widget, "maximum width", lambda w: w.setMaximumWidth(characters_wide(w, characters)))
