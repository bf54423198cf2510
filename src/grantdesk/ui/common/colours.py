"""The few colours GrantDesk adds (a problem, a notice, guidance, an example, a next step, a
link), worked out from the palette in use rather than written in: a dark or high-contrast
system palette is followed, and the text on them always reads at least 4.5:1 (WCAG AA).

`styled(widget, style)` gives a widget a style sheet made from the application's palette, made
again whenever that palette changes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MINIMUM_CONTRAST = 4.5
"""WCAG 2's AA contrast for ordinary text."""
PROBLEM_RED = QColor("#a4000f")


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mixed(one: QColor, other: QColor, share_of_other: float) -> QColor:
    keep = 1 - share_of_other
    return QColor.fromRgbF(
        one.redF() * keep + other.redF() * share_of_other,
        one.greenF() * keep + other.greenF() * share_of_other,
        one.blueF() * keep + other.blueF() * share_of_other,
    )


def readable(colour: QColor, background: QColor) -> QColor:
    """`colour` as it is if it reads on `background`, else moved towards white (on a dark
    background) or black (on a light one) just far enough that it does."""
    if contrast(colour, background) >= MINIMUM_CONTRAST:
        return colour
    extreme = QColor("white") if luminance(background) < 0.18 else QColor("black")
    share = 0.0
    while share < 1 and contrast(mixed(colour, extreme, share), background) < MINIMUM_CONTRAST:
        share += 0.05
    return mixed(colour, extreme, min(share, 1.0))


class Panel(Enum):
    """A shaded box of text, each kind tinted so it is told apart, however the palette goes."""

    GUIDANCE = QColor("#4f7f9f")
    EXAMPLE = QColor("#b08a2e")
    NEXT_STEP = QColor("#5f9a4a")
    NOTICE = PROBLEM_RED


def panel_colours(panel: Panel, palette: QPalette) -> tuple[QColor, QColor]:
    """The background and text of a panel: the palette's text box colour, lightly tinted."""
    background = mixed(palette.color(QPalette.ColorRole.Base), panel.value, 0.12)
    return background, readable(palette.color(QPalette.ColorRole.Text), background)


def problem_colour(palette: QPalette, background: QColor | None = None) -> QColor:
    """Red, as far as the background lets it be and still read."""
    return readable(PROBLEM_RED, background or palette.color(QPalette.ColorRole.Window))


def problem_style() -> str:
    return f"color: {problem_colour(QApplication.palette()).name()}; font-weight: bold;"


def panel_style(panel: Panel, extra: str = "padding: 6px;") -> Callable[[], str]:
    """A style sheet for a panel of text, made from the palette when it is applied."""

    def style() -> str:
        background, text = panel_colours(panel, QApplication.palette())
        colour = (
            problem_colour(QApplication.palette(), background) if panel is Panel.NOTICE else text
        )
        return f"background: {background.name()}; color: {colour.name()}; {extra}"

    return style


def link_style() -> str:
    palette = QApplication.palette()
    link = readable(
        palette.color(QPalette.ColorRole.Link), palette.color(QPalette.ColorRole.Window)
    )
    return f"color: {link.name()}; text-decoration: underline;"


class _Restyle(QObject):
    """Makes a widget's style sheet again from the palette whenever the palette changes."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.widget = widget
        self.style: Callable[[], str] = str
        self.given: Callable[[], str] | str | None = None
        """What styled() was last given, the style sheet itself or what makes it."""
        # The application's signal, as a palette change is sent as an event to the
        # application and its windows, never to the widgets inside them.
        QApplication.instance().paletteChanged.connect(self.palette_changed)

    def apply(self) -> None:
        sheet = self.style()
        if sheet != self.widget.styleSheet():
            self.widget.setStyleSheet(sheet)

    def palette_changed(self) -> None:
        self.apply()
        # A style sheet fixes the palette it was applied with; polished again, it takes the
        # new one.
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)


def styled(widget: QWidget, style: Callable[[], str] | str) -> None:
    """Give `widget` the style sheet `style()` makes (or `style`, when it holds no colour),
    now and again with the new palette after every palette change."""
    # Its own children, not findChildren with Qt.FindChildOption: importing Qt's `Qt`
    # namespace takes about 30 ms, which the window's first paint would wait for.
    restyles = [child for child in widget.children() if isinstance(child, _Restyle)]
    restyle = restyles[0] if restyles else _Restyle(widget)
    if restyle.given == style:
        return  # given again (the save status and money summary, at every edit): as it is
    restyle.given = style
    restyle.style = (lambda: style) if isinstance(style, str) else style
    restyle.apply()
