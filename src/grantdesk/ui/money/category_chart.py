"""A simple bar chart of spend by category, drawn from the domain's totals."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from grantdesk.domain.money import format_money

BAR_COLOUR = QColor("#2f6f8f")


class CategoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._totals: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Chart of spending by category"))

    def set_totals(self, by_category: dict[str, int]) -> None:
        self._totals = {name: pence for name, pence in by_category.items() if pence > 0}
        self.setAccessibleDescription(
            "; ".join(f"{name}: {format_money(pence)}" for name, pence in self._totals.items())
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(400, max(1, len(self._totals)) * self._row_height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._totals:
            return
        painter = QPainter(self)
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
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
            bar_width = bar_space * pence / largest
            painter.fillRect(QRectF(label_width, top + 3, bar_width, height - 6), BAR_COLOUR)
            painter.drawText(
                QRectF(label_width + bar_width + 6, top, amount_width, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                amounts[name],
            )
        painter.end()
