"""Small widgets every screen shares."""

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from grantdesk.ui.common.announce import Announcer
from grantdesk.ui.common.colours import link_style, problem_style, styled
from grantdesk.ui.common.heading import heading as heading  # where the screens import it

UNSAVED_TEXT_CHANGED = QEvent.Type(QEvent.registerEventType())
"""Sent to a window when one of its boxes starts or stops holding text that cannot be saved,
so its save status never says "saved" while such text is on screen."""


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ProblemLabel(QLabel):
    """A problem said in words (never by colour alone), and to a screen reader once the
    person pauses; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        styled(self, problem_style)
        self._news = Announcer(self)
        self.hide()

    def say(self, problem: str) -> None:
        self.setText(problem)
        self.setAccessibleName(problem)
        self.setVisible(bool(problem))
        self._news.say(problem)
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            window.adjustSize()  # a small window grows to show the whole problem


class TextArea(QPlainTextEdit):
    """A multi-line field where Tab moves on (as in a form) and entering and leaving it are
    announced."""

    entered = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._gives_way = False

    def give_way(self) -> None:
        """Ask for no more height than its minimum: what shares its column (a table of
        costs) takes the room first, and the box grows only with what is left over."""
        self._gives_way = True
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._gives_way:
            hint.setHeight(max(self.minimumHeight(), self.minimumSizeHint().height()))
        return hint

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.entered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class LineField(QLineEdit):
    """A one-line field that announces when the person enters and leaves it."""

    entered = Signal()
    left = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.entered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class CheckedLine(QWidget):
    """A one-line entry read by a domain parser.

    A good entry becomes the new value at once, so it is saved like any typing. If the entry
    is bad when the person leaves the field, it is explained in words, what they typed stays in
    the box, and the value goes back to what it was before they started this edit.
    """

    value_changed = Signal()

    def __init__(
        self,
        parse: Callable[[str], object],
        show: Callable[[object], str],
        value: object,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._parse = parse
        self._show = show
        self.value = value
        self._value_on_entry = value
        self.line = LineField(self.show_value(value))
        self.problem = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.problem)
        self._problem_text = ""
        self.line.textChanged.connect(self._read)
        self.line.entered.connect(self._entered)
        self.line.left.connect(self._left)

    def setFocus(self, *reason) -> None:
        """The box takes the focus. (Not a focus proxy: Qt's Tab order cannot move a widget
        with one, so a card added later could not be put in its place in it.)"""
        self.line.setFocus(*reason)

    def set_value(self, value: object) -> None:
        """Show a saved value, without announcing it as a change."""
        self.value = self._value_on_entry = value
        self._problem_text = ""
        self.problem.say("")
        self.line.blockSignals(True)
        self.line.setText(self.show_value(value))
        self.line.blockSignals(False)

    def show_value(self, value: object) -> str:
        return "" if value is None else self._show(value)

    @property
    def unsaved_text(self) -> str:
        """What is typed in the box when it cannot be read, and so is not saved; else empty."""
        return self.line.text().strip() if self._problem_text else ""

    def _read(self, text: str) -> None:
        had_problem = bool(self._problem_text)
        try:
            value = self._parse(text)
        except ValueError as error:
            self._problem_text = QCoreApplication.translate("InputError", str(error))
        else:
            self._problem_text = ""
            self.problem.say("")
            if value != self.value:
                self.value = value
                self.value_changed.emit()
        if had_problem != bool(self._problem_text):
            QCoreApplication.postEvent(self.window(), QEvent(UNSAVED_TEXT_CHANGED))

    def _entered(self) -> None:
        self._value_on_entry = self.value

    def _left(self) -> None:
        self.problem.say(self._problem_text)
        if not self._problem_text:
            self.line.setText(self.show_value(self.value))
        elif self.value != self._value_on_entry:
            self.value = self._value_on_entry
            self.value_changed.emit()


def add_form_row(form: QFormLayout, text: str, field: QWidget, note: str = "") -> QLabel:
    """A labelled row whose label is the field's buddy and its name for screen readers; a
    note, if any, is shown under the field, wrapped, and said to screen readers too."""
    label = QLabel(text)
    target = field.line if isinstance(field, CheckedLine) else field
    label.setBuddy(target)
    target.setAccessibleName(text.replace("&", ""))
    if note:
        target.setAccessibleDescription(note)
        noted = QWidget()
        layout = QVBoxLayout(noted)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        layout.addWidget(wrapped(note))
        field = noted
    form.addRow(label, field)
    return label


class UndoBanner(QFrame):
    """Says what was just removed, with a button to put it back."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = wrapped()
        self.button = QPushButton(self.tr("&Undo"))
        self.button.clicked.connect(self.undo_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, what_happened: str) -> None:
        self.label.setText(what_happened)
        self.show()


def add_shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | str,
    parent: QWidget,
    action: Callable[[], object],
    context: Qt.ShortcutContext | None = None,
) -> QShortcut:
    """A key that works while the keyboard is in `parent` (or, with WidgetShortcut, only on it).

    The context is set after construction: PySide6 ignores a `context=` keyword here. Its
    default is not written in the signature, where it would load Qt's whole `Qt` namespace
    when this module is imported, which the window does before its first paint.
    """
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context or Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(action)
    return shortcut


class Fold(QWidget):
    """A heading button that shows or hides what is under it (guidance, an example, rules
    that are optional), so what matters most stays in view."""

    toggled = Signal(bool)

    def __init__(
        self, title: str, content: QWidget, open_: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._title = title
        self.content = content
        self.button = QPushButton()
        self.button.setCheckable(True)
        self.button.setFlat(True)
        styled(
            self.button,
            "QPushButton { text-align: left; font-weight: bold; padding: 2px 4px; border: none; }"
            "QPushButton:focus { text-decoration: underline; }",
        )
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button.toggled.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button)
        layout.addWidget(content)
        self.button.setChecked(open_)
        self._show(open_)

    def _show(self, shown: bool) -> None:
        self.content.setVisible(shown)
        self.button.setText(("▾  " if shown else "▸  ") + self._title)
        self.button.setAccessibleName(self._title.replace("&", ""))
        self.button.setAccessibleDescription(self.tr("Open") if shown else self.tr("Folded"))
        self.toggled.emit(shown)

    def set_open(self, shown: bool) -> None:
        self.button.setChecked(shown)

    @property
    def is_open(self) -> bool:
        return self.button.isChecked()


class LinkButton(QPushButton):
    """A button that reads as a link: a bullet and its whole text, wrapped over as many lines
    as it needs; one click (or Enter or Space) goes to it."""

    def __init__(self, text: str, mark: str = "•", parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(f"{mark}  {text}")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        styled(self.label, link_style)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        styled(
            self,
            "QPushButton { text-align: left; border: 1px solid transparent; }"
            "QPushButton:focus { border: 1px dotted palette(window-text); }",
        )
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width - 12) + 8

    def sizeHint(self):
        hint = self.label.sizeHint()
        return hint.grownBy(QMargins(6, 4, 6, 4))

    def minimumSizeHint(self):
        return self.label.minimumSizeHint().grownBy(QMargins(6, 4, 6, 4))


class WrappingCheckBox(QCheckBox):
    """A check box whose words wrap onto more lines where its room is narrow (larger text, a
    small screen), rather than widening its window. Its words are in its `label` (with the &
    of its key, which ticks it); clicking anywhere on it ticks it, as on a usual check box."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self)  # its Alt key ticks the box
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(re.sub("&(.)", r"\1", text))  # as it reads
        layout = QHBoxLayout(self)
        layout.setContentsMargins(self._indent(), 0, 0, 0)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width - self._indent())

    def sizeHint(self) -> QSize:
        return self.label.sizeHint().grownBy(QMargins(self._indent(), 0, 0, 0))

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint().grownBy(QMargins(self._indent(), 0, 0, 0))


def tab_stops(widget: QWidget) -> list[QWidget]:
    """Where Tab stops in `widget`: itself, or what it holds, in Tab's order."""
    stops = []
    inside = widget.nextInFocusChain()
    while inside is not widget:
        if widget.isAncestorOf(inside) and _takes_tab(inside):
            stops.append(inside)
        inside = inside.nextInFocusChain()
    return stops or [widget]


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def tab_after(before: QWidget, *widgets: QWidget) -> None:
    """Tab goes from the last stop in `before` to each of `widgets` (and what they hold) in
    turn: for widgets made after what follows them on screen (a card added, a page built),
    as Tab's order is otherwise the order widgets are made in. Qt moves only single widgets
    in the order, so each stop is placed in turn."""
    last = tab_stops(before)[-1]
    for widget in widgets:
        for stop in tab_stops(widget):
            QWidget.setTabOrder(last, stop)
            last = stop


class SuggestionKeys(QObject):
    """Keys pressed while suggestions are listed under a box being typed in. Tab, and Enter
    when no suggestion is picked, leave the box with what is in it, as they do when nothing
    is suggested (a suggestion picked with the arrow keys is put in it); Enter on a picked
    suggestion takes it, and stays to see it."""

    ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    LEAVING = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, *ENTER)

    def __init__(self, box: QComboBox):
        super().__init__(box)
        self._box = box

    def eventFilter(self, popup: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.key() not in self.LEAVING:
            return False
        if popup.currentIndex().isValid() and event.key() in self.ENTER:
            return False
        popup.hide()
        QApplication.sendEvent(
            self._box, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        )
        return True


def suggest_without_replacing(box: QComboBox, choices: list[str]) -> None:
    """A box to type in or choose from: the choices holding what is typed are listed below it
    to pick from, while what is typed stays exactly as typed (a funder's heading "Venue" is
    not turned into "Venue hire")."""
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = box.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    listed = completer.popup()
    listed.installEventFilter(SuggestionKeys(box))
    # As wide as its longest choice, not just the box, so every suggestion is read whole.
    bar = listed.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    widest = max((listed.fontMetrics().horizontalAdvance(text) for text in choices), default=0)
    listed.setMinimumWidth(widest + bar + 4 * listed.frameWidth() + 12)
