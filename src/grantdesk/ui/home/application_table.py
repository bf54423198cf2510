"""The home screen's list of applications as a Qt table model."""

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from grantdesk.domain.application import ApplicationSummary, display_title
from grantdesk.domain.dates import format_short_date
from grantdesk.domain.money import format_money

TITLE, FUNDER, AMOUNT, STATUS, CLOSING, SAVED = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def saved_text(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{format_short_date(local.date())} {local:%H:%M}"


class ApplicationTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ApplicationSummary] = []
        self._sort_keys: list[tuple] = []
        self._headers = (
            self.tr("Title"),
            self.tr("Funder"),
            self.tr("Amount requested"),
            self.tr("Status"),
            self.tr("Closing date"),
            self.tr("Last saved"),
        )

    def set_applications(self, applications: list[ApplicationSummary]) -> None:
        self.beginResetModel()
        self._rows = list(applications)
        self._sort_keys = [self._sort_keys_of(summary) for summary in self._rows]
        self.endResetModel()

    def application_at(self, row: int) -> ApplicationSummary:
        return self._rows[row]

    def row_of(self, application_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == application_id:
                return row
        return None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_keys[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, summary: ApplicationSummary, column: int) -> str:
        details = summary.details
        if column == TITLE:
            return display_title(details.title)
        if column == FUNDER:
            return " – ".join(part for part in (details.funder, details.fund) if part)
        if column == AMOUNT:
            pence = details.amount_requested_pence
            return "" if pence is None else format_money(pence)
        if column == STATUS:
            return self.tr(summary.status.label)
        if column == CLOSING:
            closing = details.closing_date
            return "" if closing is None else format_short_date(closing)
        return saved_text(summary.saved_at)

    @staticmethod
    def _sort_keys_of(summary: ApplicationSummary) -> tuple:
        """What each column sorts by, worked out once per reload rather than per comparison."""
        details = summary.details
        return (
            display_title(details.title).casefold(),
            details.funder.casefold(),
            details.amount_requested_pence or 0,
            summary.status.value,
            (details.closing_date or date.max).toordinal(),
            summary.saved_at.timestamp(),
        )
