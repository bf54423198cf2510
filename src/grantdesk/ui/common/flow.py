"""A row of widgets (buttons beside a label, a count beside a limit) that goes on to a new
line when it does not fit, so a row never makes its window wider than its widest widget."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Widgets side by side while they fit, in the order added, the rest on the next line.

    A widget added with a stretch takes the room left on its line, as in a QHBoxLayout (a
    label pushing its buttons to the right); a widget wider than the whole line (a label that
    wraps) is narrowed to it.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretches: list[int] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretches.append(0)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addWidget(widget)
        self._stretches[-1] = stretch

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget, stretch)
        self._items.insert(index, self._items.pop())
        self._stretches.insert(index, self._stretches.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._stretches.pop(index)
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item, _ in shown)
        width += self._gap(Qt.Orientation.Horizontal) * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item, _ in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """One widget a line: as narrow as the widest widget can be."""
        size = QSize()
        for item, _ in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        return [
            (item, stretch)
            for item, stretch in zip(self._items, self._stretches, strict=True)
            if not item.isEmpty()
        ]

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = parent.style().pixelMetric(metric, None, parent)
        if gap < 0:
            gap = parent.style().layoutSpacing(
                QSizePolicy.ControlType.PushButton,
                QSizePolicy.ControlType.PushButton,
                orientation,
            )
        return max(gap, 0)

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int, int]]]:
        """The widgets on each line, each with its width and stretch."""
        across = self._gap(Qt.Orientation.Horizontal)
        lines: list[list[tuple[QLayoutItem, int, int]]] = []
        used = 0
        for item, stretch in self._shown():
            item_width = max(min(item.sizeHint().width(), width), item.minimumSize().width())
            if not lines or (lines[-1] and used + across + item_width > width):
                lines.append([])
                used = -across
            lines[-1].append((item, item_width, stretch))
            used += across + item_width
        return lines

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the widgets out in `rect` (or only measure, unless `place`); the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        across = self._gap(Qt.Orientation.Horizontal)
        down = self._gap(Qt.Orientation.Vertical)
        y = area.y()
        for number, line in enumerate(self._lines(area.width())):
            spare = area.width() - sum(width for _, width, _ in line) - across * (len(line) - 1)
            stretches = sum(stretch for _, _, stretch in line)
            widths = [
                width + (spare * stretch // stretches if stretches and spare > 0 else 0)
                for _, width, stretch in line
            ]
            heights = [
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                for (item, _, _), width in zip(line, widths, strict=True)
            ]
            line_height = max(heights)
            if number:
                y += down
            if place:
                x = area.x()
                for (item, _, _), width, height in zip(line, widths, heights, strict=True):
                    top = y + (line_height - height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                    x += width + across
            y += line_height
        return y - area.y() + margins.top() + margins.bottom()
