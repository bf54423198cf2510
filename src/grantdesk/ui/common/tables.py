"""Tables of lines (budget lines, match funding) as Qt models and a keyboard-first view.

A model holds a tuple of frozen domain rows. Typing into a cell asks the column to make a
new row from the text; a bad entry raises ValueError with a plain message, which the model
passes on and the old value stays. What is typed in a cell is kept as it is typed, whenever
it reads as a value, so it is saved like typing anywhere else; Escape puts the cell back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from math import ceil
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from grantdesk.ui.common.flow import FlowRow
from grantdesk.ui.common.text_size import lines_tall
from grantdesk.ui.common.widgets import (
    ProblemLabel,
    UndoBanner,
    add_shortcut,
    suggest_without_replacing,
)

Row = Any
FIT_ROWS = 50
WIDEST_COLUMN = 260
MINIMUM_SECTION = 24
"""Narrower than any column is ever made, so fitting a table into its room is never undone."""
NARROWEST_WORDY_COLUMN = 200
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    header: str
    show: Callable[[Row, int], str]
    """The cell's text, from the row and its position."""
    edit: Callable[[Row, str], Row] | None = None
    """A new row with this cell set from typed text; raises ValueError if the text is bad."""
    choices: Callable[[], list[str]] | None = None
    """For a cell chosen from a list; the person may also type their own if `free_text`."""
    free_text: bool = False
    right_aligned: bool = False
    stretch: bool = False


def chosen(text: str, labels: dict, translate: Callable[[str], str], problem: str):
    """The key whose label (in English or translated) is the text chosen from a list."""
    for key, label in labels.items():
        if text in (label, translate(label)):
            return key
    raise ValueError(problem)


def choice_column(
    header: str, field: str, labels: dict, translate: Callable[[str], str], problem: str
) -> Column:
    """A cell chosen from a short fixed list, its value shown by its (translated) label."""
    return Column(
        header,
        lambda row, _: translate(labels[getattr(row, field)]),
        lambda row, text: replace(row, **{field: chosen(text, labels, translate, problem)}),
        choices=lambda: [translate(label) for label in labels.values()],
    )


class LineTableModel(QAbstractTableModel):
    rows_changed = Signal(tuple)
    problem = Signal(str)

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: tuple[Row, ...] = ()
        self._before_typing: tuple[int, Row] | None = None

    def set_rows(self, rows: tuple[Row, ...]) -> None:
        """Show rows that came from elsewhere (the store), without announcing a change."""
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        # Asked for many roles per cell on every repaint, so the common answers come first.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            row = index.row()
            return self.columns[index.column()].show(self.rows[row], row)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].right_aligned:
            return RIGHT_ALIGNED
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = 2) -> bool:
        column = self.columns[index.column()]
        if role != Qt.ItemDataRole.EditRole or column.edit is None:
            return False
        try:
            row = column.edit(self.rows[index.row()], str(value))
        except ValueError as error:
            self.problem.emit(QCoreApplication.translate("InputError", str(error)))
            self.finish_typing(keep=False)  # what was there before this cell was typed in
            return False
        self.problem.emit("")
        self._replace_row(index.row(), row)
        return True

    def keep_typing(self, index: QModelIndex | QPersistentModelIndex, text: str) -> None:
        """A cell's text while it is being typed: kept whenever it reads as a value (a bad,
        half-typed entry is explained only when the cell is finished)."""
        position = index.row()
        try:
            row = self.columns[index.column()].edit(self.rows[position], text)
        except ValueError:
            return
        if self._before_typing is None:
            self._before_typing = (position, self.rows[position])
        # The cell being typed in is left out: telling the view it changed would put the
        # formatted value back into the editor under the person's fingers.
        self._replace_row(position, row, leaving_out=index.column())

    def finish_typing(self, keep: bool) -> None:
        """The cell is finished: kept, or (Escape) put back as it was before typing began."""
        before, self._before_typing = self._before_typing, None
        if before is not None and not keep:
            self._replace_row(*before)

    def _replace_row(self, position: int, row: Row, leaving_out: int | None = None) -> None:
        if row == self.rows[position]:
            return
        shown = self._texts(position)
        rows = list(self.rows)
        rows[position] = row
        self._change(tuple(rows))
        # Only the cells whose text changed are told: each costs the view a measurement, and
        # a cell of figures (never wrapping) does not make it fit the row's height again.
        for number, (was, now) in enumerate(zip(shown, self._texts(position), strict=True)):
            if number != leaving_out and was != now:
                cell = self.index(position, number)
                self.dataChanged.emit(cell, cell)

    def _texts(self, position: int) -> list[str]:
        row = self.rows[position]
        return [column.show(row, position) for column in self.columns]

    def insert_rows(self, position: int, new_rows: tuple[Row, ...]) -> None:
        if not new_rows:
            return
        self.beginInsertRows(QModelIndex(), position, position + len(new_rows) - 1)
        rows = (*self.rows[:position], *new_rows, *self.rows[position:])
        self._change(rows, announce=False)
        self.endInsertRows()
        self.rows_changed.emit(self.rows)

    def remove_row(self, position: int) -> Row:
        removed = self.rows[position]
        self.beginRemoveRows(QModelIndex(), position, position)
        self._change((*self.rows[:position], *self.rows[position + 1 :]), announce=False)
        self.endRemoveRows()
        self.rows_changed.emit(self.rows)
        return removed

    def _change(self, rows: tuple[Row, ...], announce: bool = True) -> None:
        self.rows = rows
        if announce:
            self.rows_changed.emit(rows)

    def refresh_column(self, column: int) -> None:
        """Tell the view a worked-out column has new figures (totals after a change elsewhere)."""
        if self.rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))


class ChoiceDelegate(QStyledItemDelegate):
    """A list to choose from for columns that have choices, a text box for the rest."""

    def __init__(self, model: LineTableModel, parent=None):
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = self._model.columns[index.column()]
        if column.choices is None:
            editor = super().createEditor(parent, option, index)
        else:
            editor = QComboBox(parent)
            editor.setEditable(column.free_text)
            choices = column.choices()
            editor.addItems(choices)
            if column.free_text:
                suggest_without_replacing(editor, choices)
            editor.currentIndexChanged.connect(lambda: fit_choice_box(editor))
        editor.setAccessibleName(column.header)
        typed_in = editor.lineEdit() if isinstance(editor, QComboBox) else editor
        if isinstance(typed_in, QLineEdit):
            cell = QPersistentModelIndex(index)
            typed_in.textEdited.connect(lambda text: self._model.keep_typing(cell, text))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))
            if editor.isEditable():
                editor.lineEdit().selectAll()  # typing replaces the cell, as in a text cell
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QComboBox):
            editor.setProperty(CELL, editor.geometry())
            fit_choice_box(editor)


CELL = "cell"
"""The property of a cell's list to choose from that keeps the cell's place."""


def fit_choice_box(box: QComboBox) -> None:
    """A list to choose from in a cell, wide enough to show its choice whole beside its arrow
    (a narrow column of figures at larger text cut "No VAT" to "No VA"): over the cells
    beside it where it must, and never past the table's right edge."""
    cell = box.property(CELL)
    if cell is None:
        return
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    text = QSize(metrics.horizontalAdvance(box.currentText()), metrics.height())
    needed = box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, box)
    width = max(cell.width(), needed.width())
    room = box.parentWidget().width()
    box.setGeometry(max(min(cell.x(), room - width), 0), cell.y(), width, cell.height())


def share_width(
    natural: list[int], floors: list[int], stretching: list[int], available: int
) -> list[int]:
    """Column widths that fill `available` exactly without going over it: each column's natural
    width where they all fit, the spare going to the wordy (stretching) columns; otherwise the
    columns that can wrap give up width (down to their floor) in proportion to what they can
    spare, and only if even the floors do not fit is every column narrowed alike."""
    total = sum(natural)
    if total <= available:
        widths = list(natural)
        if stretching:
            for number in stretching:
                widths[number] += (available - total) // len(stretching)
        return widths
    give = [width - floor for width, floor in zip(natural, floors, strict=True)]
    spare = sum(give)
    excess = total - available
    if spare >= excess:
        # Each gives its share, rounded up, so together they give at least the excess.
        return [
            width - ceil(excess * part / spare) for width, part in zip(natural, give, strict=True)
        ]
    scale = available / max(sum(floors), 1)
    return [max(int(floor * scale), 1) for floor in floors]


def figures_kept_whole(
    natural: list[int], floors: list[int], wraps: list[bool], available: int
) -> list[int]:
    """Widths for columns whose floors do not fit: the columns that wrap share what the
    others leave, by how wide their text would be, so figures stay whole, while that leaves
    them a third of their floors; else every column at its floor, wider than `available` (the
    table then scrolls sideways rather than cut a figure short)."""
    wrapping = sum(floor for floor, wrap in zip(floors, wraps, strict=True) if wrap)
    left = available - (sum(floors) - wrapping)
    if not wrapping or left < wrapping // 3:
        return list(floors)
    wanted = sum(width for width, wrap in zip(natural, wraps, strict=True) if wrap)
    return [
        max(width * left // wanted, 1) if wrap else floor
        for width, floor, wrap in zip(natural, floors, wraps, strict=True)
    ]


def fit_header_height(view: QTableView) -> None:
    """Headings wrap in a narrow column, and the heading row grows to show them whole."""
    header = view.horizontalHeader()
    model = view.model()
    font = QFont(header.font())
    font.setBold(True)  # as a heading is drawn when its column holds the current cell
    metrics = QFontMetrics(font)
    heights = [
        metrics.boundingRect(
            QRect(0, 0, max(header.sectionSize(n) - 14, 1), 10_000),
            Qt.TextFlag.TextWordWrap,
            str(model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)),
        ).height()
        for n in range(header.count())
        if not header.isSectionHidden(n)
    ]
    header.setMinimumHeight(max(heights, default=0) + 12)


def room_for_columns(view: QTableView) -> int:
    """The width the columns may take: the room less a scroll bar's width whenever one is not
    shown yet, so rows added later (bringing one) never push the last column out of sight."""
    bar = view.verticalScrollBar()
    extent = (
        0 if bar.isVisible() else view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    )
    return view.viewport().width() - extent


def narrowest_wrapping(view: QTableView) -> int:
    """The narrowest a column that can wrap may become: about eight letters."""
    return view.fontMetrics().horizontalAdvance("Mmmmmmmm")


CELL_PADDING = 14
"""Room either side of a cell's or a heading's text (their margins and the grid line)."""


def unbroken(text: str) -> list[str]:
    """The pieces of text a wrapped line never breaks: words, and parts of words after a
    hyphen ("anti-" and "social")."""
    return [piece for word in text.split() for piece in re.split(r"(?<=-)(?=.)", word)]


def narrowest_figures(view: QTableView, column: int) -> int:
    """The narrowest a column of figures may become: its widest figure whole, under a heading
    wrapped at its spaces."""
    heading = str(view.model().headerData(column, Qt.Orientation.Horizontal))
    font = QFont(view.horizontalHeader().font())
    font.setBold(True)  # as fit_header_height measures it
    metrics = QFontMetrics(font)
    longest_word = max((metrics.horizontalAdvance(word) for word in heading.split()), default=0)
    return max(view.sizeHintForColumn(column), longest_word + CELL_PADDING)


class LineTableView(QTableView):
    """A table worked like a spreadsheet: typing edits, Tab and Enter move on.

    Its columns fit the width it has, as lines are typed: where the text is wider than the
    room, wordy cells wrap onto more lines and the rows grow. Only where even its narrowest
    columns do not fit (text at 200% on a small screen) does it scroll sideways, so that no
    figure is cut short.
    """

    def __init__(self, model: LineTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ChoiceDelegate(model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(MINIMUM_SECTION)
        # Widths are fitted to the first rows, not to every row: fitting every column to every
        # row on each change is what makes long tables slow to type in.
        header.setResizeContentsPrecision(FIT_ROWS)
        self.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
        self._stretching = [n for n, column in enumerate(model.columns) if column.stretch]
        self._natural: dict[int, int] = {}
        self._widths: dict[int, int] = {}
        self._wrapping = False
        self._most_lines: float | None = None
        self._moving_elsewhere = False
        self.fit_columns()
        model.modelReset.connect(lambda: self.fit_columns(rows_too=True))
        # New lines are fitted once the view has taken them in, not while it is doing so.
        self._new_rows: list[int] = []
        self._fit_new = QTimer(self)
        self._fit_new.setSingleShot(True)
        self._fit_new.setInterval(0)
        self._fit_new.timeout.connect(self._fit_new_rows)
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._fit_after_edit)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._new_rows.extend(range(first, last + 1))
        self._fit_new.start()

    def _fit_new_rows(self) -> None:
        rows, self._new_rows = self._new_rows, []
        if not self.fit_columns() and self._wrapping:
            for row in rows:
                if row < self.model().rowCount():
                    self.resizeRowToContents(row)

    def _fit_after_edit(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """Widen the columns when an edit needs it; otherwise only the edited rows' heights
        change, and only where they wrap (a column of worked-out totals never does)."""
        model = self.model()
        columns = range(top_left.column(), bottom_right.column() + 1)
        rows = range(top_left.row(), min(bottom_right.row(), top_left.row() + FIT_ROWS) + 1)
        wider = any(
            self.sizeHintForIndex(model.index(row, column)).width()
            > self._natural.get(column, WIDEST_COLUMN)
            for row in rows
            for column in columns
            if self._natural.get(column, WIDEST_COLUMN) < WIDEST_COLUMN
        )
        if (wider and self.fit_columns()) or not self._wrapping:
            return
        if all(model.columns[column].right_aligned for column in columns):
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.resizeRowToContents(row)

    def fit_columns(self, rows_too: bool = False) -> bool:
        """Fit each column to its text (none wider than WIDEST_COLUMN), all within the width
        the table has; wordy columns take the spare room, or wrap when there is too little.
        Returns whether the widths changed (every row's height is then fitted again)."""
        header = self.horizontalHeader()
        shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        if not shown:
            return False
        self.resizeColumnsToContents()
        columns = self.model().columns
        natural, floors, wraps = [], [], []
        for number in shown:
            width = min(header.sectionSize(number), WIDEST_COLUMN)
            self._natural[number] = width
            if number in self._stretching:
                width = max(width, NARROWEST_WORDY_COLUMN)
            natural.append(width)
            wordy = not columns[number].right_aligned
            floor = narrowest_wrapping(self) if wordy else narrowest_figures(self, number)
            floors.append(min(width, floor))
            wraps.append(wordy and floor < width)
        stretching = [shown.index(n) for n in self._stretching if n in shown]
        room = room_for_columns(self)
        widths = (
            figures_kept_whole(natural, floors, wraps, room)
            if sum(floors) > room
            else share_width(natural, floors, stretching, room)
        )
        # Only where even the narrowest columns cannot fit (large text on a small screen).
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if sum(widths) > room
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        before = self._widths
        self._widths = dict(zip(shown, widths, strict=True))
        for number, width in self._widths.items():
            header.resizeSection(number, width)
        fit_header_height(self)
        was_wrapping = self._wrapping
        self._wrapping = any(w < n for w, n in zip(widths, natural, strict=True))
        changed = before != self._widths
        if (changed or rows_too) and (self._wrapping or was_wrapping):
            self.resizeRowsToContents()
        return changed

    def grow_with_rows(self, most_lines: float) -> None:
        """As tall as its rows need, with a line to spare (so an empty table is short and
        what follows it is in view), up to `most_lines` lines of text; beyond that it scrolls."""
        self._most_lines = most_lines
        self._fit_height()
        # Fitted once the view has taken in its new rows and sizes, not while it is doing so.
        later = QTimer(self)
        later.setSingleShot(True)
        later.setInterval(0)
        later.timeout.connect(self._fit_height)
        self.verticalHeader().sectionResized.connect(later.start)
        self.verticalHeader().sectionCountChanged.connect(later.start)
        self.horizontalHeader().geometriesChanged.connect(later.start)

    def _fit_height(self) -> None:
        spare = self.fontMetrics().lineSpacing() + 8
        needed = (
            self.horizontalHeader().height()
            + self.verticalHeader().length()
            + spare
            + 2 * self.frameWidth()
        )
        self.setMinimumHeight(min(needed, lines_tall(self, self._most_lines)))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._most_lines is not None:  # what the rows need, not Qt's usual few lines
            hint.setHeight(self.minimumHeight())
        return hint

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._most_lines is not None:
            self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter keeps the typing and moves to the next cell, as Tab does; Escape puts the
        cell back as it was. Tab from the last cell (Shift+Tab from the first) leaves the
        table rather than going round it again."""
        hints = QAbstractItemDelegate.EndEditHint
        self.model().finish_typing(keep=hint != hints.RevertModelCache)
        if hint == hints.SubmitModelCache and not self._moving_elsewhere:
            super().closeEditor(editor, hints.NoHint)
            self.move_to_next_cell()
            return
        if hint in (hints.EditNextItem, hints.EditPreviousItem) and self._at_edge(
            forward=hint == hints.EditNextItem
        ):
            super().closeEditor(editor, hints.NoHint)
            QWidget.focusNextPrevChild(self, hint == hints.EditNextItem)
            return
        super().closeEditor(editor, hint)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Going to another line while a cell is typed in (Ctrl+Enter adds one, or a click)
        keeps the typing as Enter does, but the cell gone to is the one the person is in."""
        self._moving_elsewhere = True
        try:
            super().currentChanged(current, previous)
        finally:
            self._moving_elsewhere = False

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes from cell to cell, and on out of the table after the last (no trap)."""
        if self._at_edge(forward=next):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _at_edge(self, forward: bool) -> bool:
        """Whether Tab (or Shift+Tab) would go round from the last cell to the first."""
        here = self.currentIndex()
        if not here.isValid():
            return True
        action = self.CursorAction.MoveNext if forward else self.CursorAction.MovePrevious
        there = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if not there.isValid():
            return True
        step = (there.row(), there.column()) > (here.row(), here.column())
        return step != forward

    def move_to_next_cell(self) -> None:
        index = self.currentIndex()
        model = self.model()
        column, row = index.column() + 1, index.row()
        while column < model.columnCount() and not (
            model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
        ):
            column += 1
        if column >= model.columnCount():
            column, row = 0, row + 1
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState


class LinesEditor(QWidget):
    """A table of lines with its buttons: add a line, remove one (with undo), say problems.

    Keys: Ctrl+Enter or Insert adds a line below; Delete removes the current line when no
    cell is being typed in; Ctrl+Z puts the last removed line back.
    """

    changed = Signal()
    """The lines, or anything worked out from them, changed."""

    def __init__(
        self,
        model: LineTableModel,
        add_text: str,
        parent: QWidget | None = None,
        remove_text: str | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self.table = LineTableView(model)
        self.problem = ProblemLabel()
        model.problem.connect(self.problem.say)
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(self.tr("Add a line (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(remove_text or self.tr("&Remove line"))
        self.remove_button.setToolTip(self.tr("Remove the chosen line (Delete)"))
        self.remove_button.clicked.connect(self.remove_line)
        self.buttons = FlowRow()
        self.buttons.add(self.add_button)
        self.buttons.add(self.remove_button)

        self.undo_banner = UndoBanner()
        self.undo_banner.undo_requested.connect(self.undo_remove)
        self._removed: tuple[int, Row] | None = None

        for keys in ("Ctrl+Return", "Ctrl+Enter", "Insert"):
            add_shortcut(keys, self, self.add_line)
        add_shortcut(QKeySequence.StandardKey.Undo, self, self.undo_remove)
        add_shortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.remove_line,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.lines_layout = QVBoxLayout(self)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.lines_layout.addWidget(self.table)
        self.lines_layout.addWidget(self.buttons)
        self.lines_layout.addWidget(self.problem)
        self.lines_layout.addWidget(self.undo_banner)

    def new_row(self) -> Row:
        raise NotImplementedError

    def add_line(self) -> None:
        position = self.table.currentIndex().row() + 1 if self.model.rows else 0
        self.model.insert_rows(position, (self.new_row(),))
        self.table.setCurrentIndex(self.model.index(position, 0))
        self.table.setFocus()

    def remove_line(self) -> None:
        position = self.table.currentIndex().row()
        if position < 0 or self.table.is_editing():
            return
        self._removed = (position, self.model.remove_row(position))
        self.undo_banner.offer(
            self.tr("Line {n} was removed. Press Ctrl+Z or Undo to put it back.").format(
                n=position + 1
            )
        )
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(min(position, len(self.model.rows) - 1), 0))

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        position, row = self._removed
        self._removed = None
        self.model.insert_rows(position, (row,))
        self.table.setCurrentIndex(self.model.index(position, 0))
        self.undo_banner.hide()
        self.table.setFocus()
