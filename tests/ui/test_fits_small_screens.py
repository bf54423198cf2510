"""Every screen and every step of the guided path fits a 1024x768 and a 1366x768 screen with
text at 100%, 150% and 200%, as `benchmarks/screenshots.py` shows them: the window is never
wider than the screen, nothing pokes out sideways past what shows it, and the budget's step
shows at least three whole budget lines before anything is scrolled.

The window is driven as a person would see it: the demo group's applications and two that
follow a funder's own form (one asking nothing about costs in words, so its budget is a step
of its own), each step visited in turn at each text size, then seen at each
screen size (a page's widest row widens the whole window, not just itself)."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QWidget,
)

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.printable import readiness_problems
from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders
from grantdesk.ui.common.tables import LineTableView, unbroken
from grantdesk.ui.common.text_size import set_text_size
from grantdesk.ui.home.home_dialogs import NewApplicationDialog
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.money.budget_editor import BudgetEditor
from grantdesk.ui.plan.plan_page import PlanTableView
from grantdesk.ui.preferences import Preferences
from grantdesk.ui.printing.print_dialog import PrintDialog

SCREENS = ((1024, 768), (1366, 768))
SMALLEST = min(width for width, _ in SCREENS)
TASKBAR_AND_TITLE = 80
"""A maximised window on a Windows PC has the screen less its taskbar and title bar."""
LINE_EDIT_TEXT_MARGIN = 2
"""Qt's own margin either side of a line edit's text (QLineEditPrivate's horizontalMargin)."""
TEXT_AREA_MARGIN = 4
"""The margin around a plain text box's text (its document's documentMargin)."""
TABLE_ROWS_IN_VIEW = 3
"""Budget lines seen whole (all of them, if fewer): the demo's descriptions wrap, so each
takes several lines of text. An empty table is short, its place to type in view."""
HINTS_WHOLE_UP_TO = 150
"""Hints (a box's example, shown while it is empty) are read whole up to this text size on
every screen; at 200% on a 1024 screen a box is too narrow for an example, and its question
says what to type. The funder's form, typed in from a funder's guidance, reads whole at 200%."""
TABLES_IN_VIEW_UP_TO = 150
"""At 200% a 768-pixel-high screen has no room for the rows beside the question and its
answer box: there the table is scrolled to."""


def screens(window: MainWindow, funder_id: int, for_funder: int) -> Iterator[str]:
    """Show each screen in turn, as the screenshots do; yields what is shown."""
    for name, show in (
        ("home", window.show_home),
        ("profile", window.show_profile),
        ("funders", window.show_funders),
    ):
        show()
        yield name
    window.enter_form(funder_id, for_funder)
    entry = window.form_entry
    entry.rules.more.set_open(True)
    for step in range(entry.steps.count()):
        entry.go_to(step)
        yield f"the funder’s form, step {step + 1}"
    for summary in window.store.applications.summaries():
        window.open_application(summary.id)
        view = window.application
        for index, key in enumerate(view.page_keys):
            view.go_to(index)
            yield f"{summary.details.title}: {key}"
            if key == "plan":
                view.current_page().tables_button.click()
                yield f"{summary.details.title}: the plan as tables"
                view.current_page().tables_button.click()


def dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    """The dialogs the screenshots show: a new application, and the check before printing."""
    yield "the new-application dialog", NewApplicationDialog(window.store.funders.all(), window)
    for summary in window.store.applications.summaries():
        printable = window.store.printable(summary.id)
        problems = readiness_problems(printable, date.today())
        yield (
            f"the check before printing {summary.details.title}",
            PrintDialog(problems, printable.checklist(), window),
        )


def clipped_by(widget: QWidget) -> QWidget:
    """What shows `widget`: the scroll area it is in, or else its window."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent.viewport()
        parent = parent.parentWidget()
    return widget.window()


def poking_out_sideways(window: QWidget) -> list[str]:
    """Every widget shown wider than what shows it (cut off, or scrolled to sideways), but
    not what it holds."""
    poking = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        holder = clipped_by(widget)
        place = QRect(widget.mapTo(holder, QPoint(0, 0)), widget.size())
        if place.left() < 0 or place.right() > holder.rect().right():
            poking[widget] = f"{place.left()}..{place.right()} of {holder.width()}"
    return [
        f"{widget.accessibleName() or type(widget).__name__} at {where}"
        for widget, where in poking.items()
        if widget.parentWidget() not in poking
    ]


def figures_cut_short(window: QWidget) -> list[str]:
    """Every column of figures (amounts, quantities) shown narrower than its widest figure: a
    table scrolls sideways rather than cut one short."""
    return [
        f"{table.accessibleName()}: {table.model().headerData(column, Qt.Orientation.Horizontal)}"
        f" is {table.columnWidth(column)} wide, its widest figure {table.sizeHintForColumn(column)}"
        for table in window.findChildren(LineTableView)
        if table.isVisible()
        for column, kind in enumerate(table.model().columns)
        if kind.right_aligned
        and not table.isColumnHidden(column)
        and table.columnWidth(column) < table.sizeHintForColumn(column)
    ]


def hints_cut_short(window: QWidget) -> list[str]:
    """Every hint shown in an empty box (its placeholder) too long for the box: a hint cut to
    "only if i…" cannot be read, so a hint that may not fit is said beside the box, or the box
    is one that wraps (its hint wraps with it, and must fit its lines)."""
    cut = []
    for area in window.findChildren(QPlainTextEdit):
        hint = area.placeholderText()
        if not area.isVisible() or area.toPlainText() or not hint:
            continue
        room = (
            area.viewport()
            .contentsRect()
            .adjusted(*[TEXT_AREA_MARGIN] * 2, *[-TEXT_AREA_MARGIN] * 2)
        )
        needed = area.fontMetrics().boundingRect(
            QRect(0, 0, room.width(), 0), Qt.TextFlag.TextWordWrap, hint
        )
        if needed.height() > room.height() or needed.width() > room.width():
            cut.append(f"{area.accessibleName() or hint!r}: the hint {hint!r} is cut short")
    for line in window.findChildren(QLineEdit):
        hint = line.placeholderText()
        if not line.isVisible() or line.text() or not hint:
            continue
        room = line.style().subElementRect(
            QStyle.SubElement.SE_LineEditContents, _line_edit_option(line), line
        )
        needed = line.fontMetrics().horizontalAdvance(hint) + 2 * LINE_EDIT_TEXT_MARGIN
        if needed > room.width() - line.textMargins().left() - line.textMargins().right():
            cut.append(f"{line.accessibleName() or hint!r}: the hint {hint!r} is cut short")
    return cut


def _line_edit_option(line: QLineEdit) -> QStyleOptionFrame:
    option = QStyleOptionFrame()
    option.initFrom(line)
    option.lineWidth = line.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    return option


def words_cut_short(window: QWidget) -> list[str]:
    """Every word in the plan's table too wide for its column, so shown cut ("behav…")."""
    cut = []
    for table in window.findChildren(PlanTableView):
        if not table.isVisible():
            continue
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                room = table.columnWidth(column) - 2 * LINE_EDIT_TEXT_MARGIN
                cut += [
                    f"{table.accessibleName()}: “{word}” is cut short"
                    for word in unbroken(table.item(row, column).text())
                    if metrics.horizontalAdvance(word) > room
                ]
    return cut


def budget_table(window: MainWindow) -> QTableView | None:
    """The budget's table, if the window shows a step with it."""
    if window.pages.currentWidget() is not window.application:
        return None
    page = window.application.current_page()
    return next(
        (editor.table for editor in page.findChildren(BudgetEditor) if editor.table.isVisible()),
        None,
    )


def rows_in_view(table: QTableView) -> int:
    """How many of the table's rows (budget lines, however many lines of text each takes) are
    in view whole, before anything is scrolled."""
    seen = table.viewport().visibleRegion().boundingRect()
    model = table.model()
    return sum(
        seen.contains(table.visualRect(model.index(row, 0))) for row in range(model.rowCount())
    )


@pytest.mark.parametrize("text", (100, 150, 200))
def test_every_screen_and_step_fits_small_screens(open_window, text):
    Preferences().text_size = text  # chosen in Settings, and kept for this start
    window = open_window()
    store = window.store
    add_example_funders(store)
    write_demo(store)
    funder = store.funders.all()[1]  # a form of its own: character limits, its own budget
    for_funder = store.applications.create(
        ApplicationDetails(title="Summer Residential for the Community Foundation")
    )
    store.applications.set_funder(for_funder, funder.id)
    # A form asking nothing about costs in words: the demo's budget is a step of its own.
    no_costs = next(
        f for f in store.funders.all() if not any("budget" in q.covers for q in f.questions)
    )
    demo = next(s for s in store.applications.summaries() if store.money.budget(s.id).lines)
    store.applications.copy_for_funder(demo.id, no_costs.id)
    problems = []
    tables_seen = 0
    try:
        for shown in screens(window, funder.id, for_funder):
            for width, height in SCREENS:
                where = f"{width}x{height}, {shown}"
                window.resize(width, height - TASKBAR_AND_TITLE)
                QApplication.processEvents()
                if window.width() > width or window.height() > height - TASKBAR_AND_TITLE:
                    problems.append(f"{where}: the window cannot be smaller than {window.size()}")
                    continue
                problems += [f"{where}: {found}" for found in poking_out_sideways(window)]
                problems += [f"{where}: {found}" for found in figures_cut_short(window)]
                if text <= HINTS_WHOLE_UP_TO or shown.startswith("the funder’s form"):
                    problems += [f"{where}: {found}" for found in hints_cut_short(window)]
                problems += [f"{where}: {found}" for found in words_cut_short(window)]
                table = budget_table(window)
                if table is None or text > TABLES_IN_VIEW_UP_TO:
                    continue
                tables_seen += 1
                rows = rows_in_view(table)
                wanted = min(TABLE_ROWS_IN_VIEW, table.model().rowCount())
                if rows < wanted or table.viewport().visibleRegion().isEmpty():
                    problems.append(f"{where}: {table.accessibleName()} shows {rows} whole rows")
        for shown, dialog in dialogs(window):
            dialog.show()
            QApplication.processEvents()
            if dialog.width() > SMALLEST:
                problems.append(f"{shown} is {dialog.width()} wide")
            problems += [f"{shown}: {found}" for found in poking_out_sideways(dialog)]
            if text <= HINTS_WHOLE_UP_TO:
                problems += [f"{shown}: {found}" for found in hints_cut_short(dialog)]
            dialog.close()
    finally:
        set_text_size(100)
    assert tables_seen >= 6 or text > TABLES_IN_VIEW_UP_TO
    assert not problems, "\n".join(problems)
