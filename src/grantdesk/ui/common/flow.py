"""A row of widgets (buttons beside a label, a count beside a limit) that goes on to a new
line when it does not fit, so a row never makes its window wider than its widest widget.

It is a widget placing its own children rather than a QLayout written in Python: Qt deletes a
layout's items itself as widgets go, which a layout kept in Python cannot follow safely."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget


class FlowRow(QWidget):
    """Widgets side by side while they fit, in the order added, the rest on the next line.

    A widget added with a stretch takes the room left on its line, as in a QHBoxLayout (a
    label pushing its buttons to the right); a widget wider than the whole line (a label that
    wraps) is narrowed to it.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._widgets: list[tuple[QWidget, int]] = []
        self._heights: dict[int, int] = {}
        """Heights worked out for widths: Qt's layouts ask again and again as they settle."""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.insert(len(self._widgets), widget, stretch)

    def insert(self, index: int, widget: QWidget, stretch: int = 0) -> None:
        hidden = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and (
            widget.isHidden()
        )
        widget.setParent(self)
        if self.isVisible() and not hidden:
            widget.show()
        widget.installEventFilter(self)
        self._widgets.insert(index, (widget, stretch))
        self._changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._changed()
        return False

    def event(self, event: QEvent) -> bool:
        # A widget in the row changed its size, or the text size or style changed.
        if event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._changed()
        return super().event(event)

    def _changed(self) -> None:
        self._heights.clear()
        self.updateGeometry()
        self._arrange(self.rect(), place=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self.rect(), place=True)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(_preferred(widget).width() for widget, _ in shown)
        width += self._gap(Qt.Orientation.Horizontal) * max(len(shown) - 1, 0)
        height = max((_preferred(widget).height() for widget, _ in shown), default=0)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        """One widget a line: as narrow as the widest widget can be."""
        size = QSize(0, 0)
        for widget, _ in self._shown():
            size = size.expandedTo(_least(widget))
        return size

    def _shown(self) -> list[tuple[QWidget, int]]:
        return [(widget, stretch) for widget, stretch in self._widgets if not widget.isHidden()]

    def _gap(self, orientation: Qt.Orientation) -> int:
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = self.style().pixelMetric(metric, None, self)
        if gap < 0:
            gap = self.style().layoutSpacing(
                QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton, orientation
            )
        return max(gap, 0)

    def _lines(self, width: int) -> list[list[tuple[QWidget, int, int]]]:
        """The widgets on each line, each with its width and stretch."""
        across = self._gap(Qt.Orientation.Horizontal)
        lines: list[list[tuple[QWidget, int, int]]] = []
        used = 0
        for widget, stretch in self._shown():
            widget_width = max(min(_preferred(widget).width(), width), _least(widget).width())
            if not lines or (lines[-1] and used + across + widget_width > width):
                lines.append([])
                used = -across
            lines[-1].append((widget, widget_width, stretch))
            used += across + widget_width
        return lines

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Place the widgets in `rect` (or only measure, unless `place`); the height used."""
        across = self._gap(Qt.Orientation.Horizontal)
        down = self._gap(Qt.Orientation.Vertical)
        y = rect.y()
        for number, line in enumerate(self._lines(rect.width())):
            spare = rect.width() - sum(width for _, width, _ in line) - across * (len(line) - 1)
            stretches = sum(stretch for _, _, stretch in line)
            widths = [
                width + (spare * stretch // stretches if stretches and spare > 0 else 0)
                for _, width, stretch in line
            ]
            heights = [
                widget.heightForWidth(width)
                if widget.hasHeightForWidth()
                else _preferred(widget).height()
                for (widget, _, _), width in zip(line, widths, strict=True)
            ]
            line_height = max(heights)
            if number:
                y += down
            if place:
                x = rect.x()
                for (widget, _, _), width, height in zip(line, widths, heights, strict=True):
                    top = y + (line_height - height) // 2
                    widget.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                    x += width + across
            y += line_height
        return y - rect.y()


def _preferred(widget: QWidget) -> QSize:
    return widget.sizeHint().expandedTo(_least(widget)).boundedTo(widget.maximumSize())


def _least(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())
