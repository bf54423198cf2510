"""A simple bar chart of spend by category, drawn from the domain's totals. It takes the
keyboard like any field: the Up and Down keys go from bar to bar, and each bar's category and
amount are said, so its figures are there without a mouse or eyes."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from grantdesk.domain.money import format_money
from grantdesk.ui.common.announce import announce


class CategoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._totals: dict[str, int] = {}
        self.current = 0
        """The bar the keyboard is on."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Chart of spending by category"))

    def set_totals(self, by_category: dict[str, int]) -> None:
        self._totals = {name: pence for name, pence in by_category.items() if pence > 0}
        self.current = min(self.current, max(0, len(self._totals) - 1))
        self.setAccessibleDescription(
            self.tr("Up and Down go from bar to bar. ")
            + "; ".join(self._bar_text(name) for name in self._totals)
        )
        self.updateGeometry()
        self.update()

    def _bar_text(self, name: str) -> str:
        return f"{name}: {format_money(self._totals[name])}"

    def bar_said(self) -> str:
        """The bar the keyboard is on, as it is said: its category, amount and place."""
        names = list(self._totals)
        if not names:
            return self.tr("No spending yet")
        return self.tr("{bar}, {n} of {total}").format(
            bar=self._bar_text(names[self.current]), n=self.current + 1, total=len(names)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
        if step is None or not self._totals:
            super().keyPressEvent(event)
            return
        self.current = max(0, min(len(self._totals) - 1, self.current + step))
        announce(self, self.bar_said())
        self.update()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().averageCharWidth() * 50,
            max(1, len(self._totals)) * self._row_height() + 4,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._totals:
            return
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(name) for name in self._totals) + 12
        amounts = {name: format_money(pence) for name, pence in self._totals.items()}
        amount_width = max(metrics.horizontalAdvance(text) for text in amounts.values()) + 12
        bar_space = max(10, self.width() - label_width - amount_width)
        largest = max(self._totals.values())
        height = self._row_height()
        for row, (name, pence) in enumerate(self._totals.items()):
            top = row * height + 2
            text_box = QRectF(0, top, label_width - 8, height)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
            bar_width = bar_space * pence / largest
            painter.fillRect(
                QRectF(label_width, top + 3, bar_width, height - 6),
                palette.color(QPalette.ColorRole.Highlight),
            )
            painter.drawText(
                QRectF(label_width + bar_width + 6, top, amount_width, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                amounts[name],
            )
            if row == self.current and self.hasFocus():
                text_colour = palette.color(QPalette.ColorRole.WindowText)
                painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DashLine))
                painter.drawRect(QRectF(0, top, self.width() - 1, height - 1))
        painter.end()
