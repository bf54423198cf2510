"""The home screen's list of applications as a Qt table model."""

from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from grantdesk.domain.application import ApplicationSummary, display_title
from grantdesk.domain.dates import day_and_time
from grantdesk.domain.messages import Wording
from grantdesk.domain.money import format_money
from grantdesk.ui.common.language import current_language, say, show_date, translate

TITLE, FUNDER, AMOUNT, PROGRESS, STATUS, CLOSING, SAVED = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole


def saved_text(moment: datetime) -> str:
    local = moment.astimezone()
    return day_and_time(
        local.date(), f"{local:%H:%M}", date.today(), Wording(translate, current_language())
    )


class ApplicationTableModel(QAbstractTableModel):
    """The applications in the order the view asks for (the model sorts itself: Qt's sorting
    proxy would fetch two keys through Python for each comparison, 24,000 calls for 1,000
    rows, where sorting the keys worked out once per reload takes a fraction of that)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ApplicationSummary] = []
        self._progress: dict[int, tuple[int, int]] = {}
        self._sort_keys: list[tuple] = []
        self._sorted_by = (SAVED, Qt.SortOrder.DescendingOrder)
        self._headers = (
            self.tr("Title"),
            self.tr("Funder"),
            self.tr("Asked for"),
            self.tr("How far"),
            self.tr("Status"),
            self.tr("Closing date"),
            self.tr("Last saved"),
        )

    def set_applications(
        self,
        applications: list[ApplicationSummary],
        progress: dict[int, tuple[int, int]] | None = None,
    ) -> None:
        """The applications, with how many of each one's questions are answered."""
        self.beginResetModel()
        self._progress = progress or {}
        self._rows = list(applications)
        self._sort_keys = [self._sort_keys_of(summary) for summary in self._rows]
        self._arrange(*self._sorted_by)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in before]
        self._arrange(column, order)
        rows = {summary.id: row for row, summary in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [
                self.index(rows[application_id], index.column())
                for application_id, index in zip(ids, before, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _arrange(self, column: int, order: Qt.SortOrder) -> None:
        """Put the rows in this column's order (ties keep their order, as Qt's do)."""
        self._sorted_by = (column, order)
        keys = [key[column] for key in self._sort_keys]
        arranged = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[row] for row in arranged]
        self._sort_keys = [self._sort_keys[row] for row in arranged]

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
        if column == PROGRESS:
            if summary.id not in self._progress:
                return ""  # not worked out yet: the list is a first look, at start-up
            answered, asked = self._progress[summary.id]
            return self.tr("{n} of {total} answered").format(n=answered, total=asked)
        if column == STATUS:
            return say(summary.status.label)
        if column == CLOSING:
            closing = details.closing_date
            return "" if closing is None else show_date(closing)
        return saved_text(summary.saved_at)

    def _sort_keys_of(self, summary: ApplicationSummary) -> tuple:
        """What each column sorts by, worked out once per reload rather than per comparison."""
        details = summary.details
        answered, asked = self._progress.get(summary.id, (0, 0))
        return (
            display_title(details.title).casefold(),
            details.funder.casefold(),
            details.amount_requested_pence or 0,
            answered / asked if asked else 0,
            summary.status.value,
            (details.closing_date or date.max).toordinal(),
            summary.saved_at.timestamp(),
        )
