"""Tables whose columns are sized from what is in them, measured with the font's own metrics:
figures (money, quantities, VAT) are drawn on one line and never wrap, words wrap only between
words, and no table is wider than the text column."""

import math
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from grantdesk.report.fonts import BOLD, REGULAR, markup, printable
from grantdesk.report.layout import FRAME_HEIGHT, HEADER_FILL, INK, RULE, TEXT_WIDTH

CELL_SIZE = 9
CELL_LEADING = 11.5
PADDING = 4
"""Points of room each side of a cell's text."""
TOP_PADDING = 3
BOTTOM_PADDING = 4
ROWS_AT_A_TIME = 2 * math.ceil(FRAME_HEIGHT / (CELL_LEADING + TOP_PADDING + BOTTOM_PADDING))
"""More rows than a page can hold: a longer table is laid out this many rows at a time."""

GROUP_FILL = colors.HexColor("#f2f5f7")
CELL = ParagraphStyle(
    "cell", fontName=REGULAR, fontSize=CELL_SIZE, leading=CELL_LEADING, textColor=INK
)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD)
CELL_BOLD_RIGHT = ParagraphStyle("cell_bold_right", parent=CELL_BOLD, alignment=TA_RIGHT)


@dataclass(frozen=True)
class Column:
    heading: str
    figure: bool = False
    """Drawn on one line, right-aligned, never wrapped: money, quantities, short labels."""


@cache
def text_width(text: str, font: str, size: float = CELL_SIZE) -> float:
    """Points the text takes on one line (the same words recur down a budget)."""
    return stringWidth(text, font, size)


def widest(text: str, font: str, size: float = CELL_SIZE) -> tuple[float, float]:
    """The widest word and the widest line of the text, in points."""
    text = printable(text)
    line = max((text_width(part, font, size) for part in text.split("\n")), default=0.0)
    if not text.strip():
        return 0.0, line
    return max(text_width(word, font, size) for word in text.split()), line


def lines_needed(text: str, width: float, font: str, size: float) -> int:
    """About how many lines the text takes in a cell this wide (padding included)."""
    room = max(width - 2 * PADDING, 1)
    return sum(
        max(1, math.ceil(text_width(part, font, size) / room))
        for part in printable(text).split("\n")
    )


def could_outgrow_a_page(texts: list[str], width: float, style: ParagraphStyle) -> bool:
    """Whether a row holding one of these texts might be taller than half a page: only then
    may a row split across pages (a split row is harder to read, but a row taller than the
    page could not be printed at all)."""
    return any(
        lines_needed(text, width, style.fontName, style.fontSize) * style.leading > FRAME_HEIGHT / 2
        for text in texts
    )


def fit_widths(
    least: list[float],
    most: list[float],
    width: float,
    fill: bool,
    widen: int | None = None,
    first: frozenset[int] = frozenset(),
) -> list[float] | None:
    """Column widths within the width: each at least its least (its widest word or figure).
    Columns in `first` (figures and their headings) then get their most (their longest line)
    while there is room, and the rest of the spare room is shared out in proportion to what
    each column still wants. With `fill`, room left over goes to column `widen` (or spreads
    evenly). None when even the least do not fit."""
    if sum(least) > width + 0.01:
        return None
    widths = list(least)
    for column in sorted(first):
        widths[column] = min(most[column], widths[column] + width - sum(widths))
    spare = width - sum(widths)
    wants = [high - low for low, high in zip(widths, most, strict=True)]
    wanted = sum(wants)
    if wanted > spare:
        return [low + spare * want / wanted for low, want in zip(widths, wants, strict=True)]
    widths = list(most)
    if fill:
        left_over = width - sum(widths)
        if widen is not None:
            widths[widen] += left_over
        else:
            widths = [column + left_over / len(widths) for column in widths]
    return widths


@dataclass(frozen=True)
class Grid:
    """A table's columns, its rows of text and the last rows that are totals."""

    columns: list[Column]
    rows: list[list[str]]
    total_rows: int = 0
    header: bool = True
    group_rows: frozenset[int] = frozenset()
    """Rows that head a group of rows below them (a budget category): one label across the
    whole table."""

    def _spans(self, row: list[str]) -> int:
        """How many columns a total row's label covers: itself and the empty ones after it."""
        span = 1
        while span < len(row) - 1 and not row[span]:
            span += 1
        return span

    def _is_total(self, index: int) -> bool:
        return index >= len(self.rows) - self.total_rows

    def measure(self) -> tuple[list[float], list[float]]:
        """Each column's least and most width, padding included."""
        least = [0.0] * len(self.columns)
        most = [0.0] * len(self.columns)
        cells = []  # (column, text, font, drawn on one line)
        if self.header:
            cells += [
                (number, column.heading, BOLD, False) for number, column in enumerate(self.columns)
            ]
        for index, row in enumerate(self.rows):
            if index in self.group_rows:
                continue
            total = self._is_total(index)
            skip = self._spans(row) if total else 0
            cells += [
                (number, row[number], BOLD if total else REGULAR, column.figure)
                for number, column in enumerate(self.columns)
                if number >= skip
            ]
        for number, text, font, one_line in cells:
            word, line = widest(text, font)
            least[number] = max(least[number], line if one_line else word)
            most[number] = max(most[number], line)
        pad = 2 * PADDING
        return [width + pad for width in least], [width + pad for width in most]

    def widths(
        self, width: float = TEXT_WIDTH, fill: bool = True, widen: int | None = None
    ) -> list[float] | None:
        least, most = self.measure()
        figures = frozenset(number for number, column in enumerate(self.columns) if column.figure)
        return fit_widths(least, most, width, fill, widen, figures)

    def lines_needed(self, widths: list[float]) -> int:
        """The most lines any cell would take at these widths (an estimate from its length)."""
        return max(
            (
                lines_needed(text, width, REGULAR, CELL_SIZE)
                for index, row in enumerate(self.rows)
                if index not in self.group_rows
                for text, width in zip(row, widths, strict=True)
            ),
            default=1,
        )

    def table(self, widths: list[float]) -> Flowable:
        """The table at these column widths; a long one is laid out a page at a time."""
        split_in_row = self.lines_needed(widths) * CELL_LEADING > FRAME_HEIGHT / 2
        if len(self.rows) <= ROWS_AT_A_TIME or split_in_row:
            return self._table(widths, split_in_row)
        return RowsAPageAtATime(self, widths)

    def rows_from(self, start: int, end: int) -> "Grid":
        """The same table with only these rows (and its header)."""
        first_total = len(self.rows) - self.total_rows
        return Grid(
            self.columns,
            self.rows[start:end],
            total_rows=max(0, end - max(start, first_total)),
            header=self.header,
            group_rows=frozenset(row - start for row in self.group_rows if start <= row < end),
        )

    def _table(self, widths: list[float], split_in_row: bool) -> Table:
        data = []
        if self.header:
            data.append(
                [
                    Paragraph(
                        markup(column.heading), CELL_BOLD_RIGHT if column.figure else CELL_BOLD
                    )
                    for column in self.columns
                ]
            )
        first = len(data)
        for index, row in enumerate(self.rows):
            style = CELL_BOLD if self._is_total(index) or index in self.group_rows else CELL
            font = style.fontName
            data.append(
                [
                    # Text that fits on one line is drawn as it is: the same look, far quicker
                    # to lay out than a paragraph.
                    printable(text)
                    if column.figure
                    or ("\n" not in text and widest(text, font)[1] <= width - 2 * PADDING)
                    else Paragraph(markup(text), style)
                    for text, column, width in zip(row, self.columns, widths, strict=True)
                ]
            )
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            *(
                ("ALIGN", (number, 0), (number, -1), "RIGHT")
                for number, column in enumerate(self.columns)
                if column.figure
            ),
        ]
        if self.header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        for index in sorted(self.group_rows):
            at = first + index
            commands += [
                ("SPAN", (0, at), (-1, at)),
                ("FONTNAME", (0, at), (-1, at), BOLD),
                ("BACKGROUND", (0, at), (-1, at), GROUP_FILL),
            ]
            if index + 1 < len(self.rows):  # a group's label stays with its first row
                commands.append(("NOSPLIT", (0, at), (-1, at + 1)))
        for index, row in enumerate(self.rows):
            if self._is_total(index):
                at = first + index
                commands += [
                    ("FONTNAME", (0, at), (-1, at), BOLD),
                    ("BACKGROUND", (0, at), (-1, at), HEADER_FILL),
                    ("NOSPLIT", (0, at - 1), (-1, at)),  # no total alone atop a page
                ]
                span = self._spans(row)
                if span > 1:
                    commands.append(("SPAN", (0, at), (span - 1, at)))
        table = Table(
            data,
            colWidths=widths,
            repeatRows=1 if self.header else 0,
            hAlign="LEFT",
            splitInRow=int(split_in_row),
        )
        table.setStyle(TableStyle(commands))
        return table


class RowsAPageAtATime(Flowable):
    """A table of many rows (a budget of thousands of lines), laid out a page at a time.

    ReportLab works a table out again, every row of it, each time it breaks the table across a
    page, so a table of thousands of rows took time growing with the square of their number.
    This hands ReportLab the header and the next ROWS_AT_A_TIME rows (more than a page holds),
    lets it break those, and starts again after the rows it placed: the same pages, each
    costing what its own rows cost."""

    def __init__(self, grid: Grid, widths: list[float], start: int = 0):
        super().__init__()
        self.hAlign = "LEFT"
        self._grid, self._widths, self._start = grid, widths, start
        end = min(start + ROWS_AT_A_TIME, len(grid.rows))
        self._more = end < len(grid.rows)
        self._table = grid.rows_from(start, end)._table(widths, split_in_row=False)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._table.wrap(available_width, available_height)
        # With rows still to come, the table never fits where it is: it is always broken.
        return width, max(height, available_height + 1) if self._more else height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self._table.split(available_width, available_height)
        if not self._more or not parts:
            return parts
        placed = len(parts[0]._cellvalues) - (1 if self._grid.header else 0)
        return [parts[0], RowsAPageAtATime(self._grid, self._widths, self._start + placed)]

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)


def facts_table(
    facts: list[tuple[str, str]],
    label_style: ParagraphStyle = CELL_BOLD,
    value_style: ParagraphStyle = CELL,
    width: float = TEXT_WIDTH,
) -> Table:
    """Label and value, one pair a row, ruled beneath: the cover, the organisation and each
    outcome of the plan. The label column is as wide as the labels need, up to a third."""
    size = label_style.fontSize
    measured = [widest(label, label_style.fontName, size) for label, _ in facts]
    least = max(word for word, _ in measured) + 2 * PADDING
    most = max(line for _, line in measured) + 2 * PADDING
    label = min(max(least, min(most, width / 3)), width / 2)
    rows = [
        [Paragraph(markup(name), label_style), Paragraph(markup(value), value_style)]
        for name, value in facts
    ]
    table = Table(
        rows,
        colWidths=(label, width - label),
        hAlign="LEFT",
        splitInRow=int(could_outgrow_a_page([v for _, v in facts], width - label, value_style)),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ]
        )
    )
    return table
