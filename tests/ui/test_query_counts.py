"""The funders and home screens read what they show with a number of queries that does not grow
with the number of funders or applications."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import event

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget, BudgetLine
from grantdesk.domain.decision import ReportDue
from grantdesk.domain.funders import Funder, FunderQuestion, Requirement
from grantdesk.store.repository import Store
from grantdesk.ui.home.application_table import TITLE
from grantdesk.ui.main_window import MainWindow
from tests.keys import press


@contextmanager
def statements_run(store: Store) -> Iterator[list[str]]:
    """Every statement sent to SQLite while the block runs."""
    statements: list[str] = []

    def note(_connection, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def add_funders(store: Store, count: int) -> list[int]:
    """Funders with forms of their own: two questions and a requirement each."""
    return [
        store.funders.save(
            Funder(
                name=f"Funder {number:03d} ŵ",
                questions=(
                    FunderQuestion(text="What will you do?", covers=("project",)),
                    FunderQuestion(text="Who benefits?", covers=("beneficiaries",)),
                ),
                requirements=(Requirement(text="Your latest accounts"),),
            )
        )
        for number in range(count)
    ]


def add_applications(store: Store, count: int) -> None:
    """Applications each following a funder of its own, with an answer, a budget line, a
    closing date and a report due."""
    for funder_id in add_funders(store, count):
        application_id = store.applications.create(
            ApplicationDetails(title=f"Application {funder_id}", closing_date=date(2027, 1, 15))
        )
        store.applications.set_funder(application_id, funder_id)
        store.applications.save_answer(application_id, "funder:1", "We will run a club.")
        store.money.save_budget(application_id, Budget((BudgetLine("Staff", "Youth worker"),)))
        store.decisions.save_reports(application_id, (ReportDue("End of grant report"),))


def queries_to_show_funders(window: MainWindow) -> int:
    window.show_home()
    with statements_run(window.store) as statements:
        press(window.home.funders_button, Qt.Key.Key_Space)
        assert window.pages.currentWidget() is window.funders
    return len(statements)


def test_the_funders_screen_reads_its_funders_in_as_many_queries_for_50_as_for_5(window):
    add_funders(window.store, 5)
    for_five = queries_to_show_funders(window)
    assert window.funders.list.count() >= 5
    add_funders(window.store, 45)
    assert queries_to_show_funders(window) == for_five
    assert window.funders.list.count() >= 50


def queries_to_list_applications(window: MainWindow) -> int:
    window.show_profile()
    with statements_run(window.store) as statements:
        press(window.profile.home_button, Qt.Key.Key_Space)
        assert window.pages.currentWidget() is window.home
    return len(statements)


def test_the_home_screen_lists_50_applications_in_as_many_queries_as_5(window):
    add_applications(window.store, 5)
    for_five = queries_to_list_applications(window)
    assert window.home.model.rowCount() == 5
    add_applications(window.store, 45)
    assert queries_to_list_applications(window) == for_five
    assert window.home.model.rowCount() == 50
    assert window.home.coming_up.count() >= 50


def test_sorting_the_home_screen_asks_the_database_nothing_and_keeps_the_choice(window):
    add_applications(window.store, 20)
    window.show_home()
    home = window.home
    chosen = home.model.index(7, TITLE).data()
    home.table.selectRow(7)
    header = home.table.horizontalHeader()
    with statements_run(window.store) as statements:
        QTest.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(header.sectionViewportPosition(TITLE) + 5, 5),
        )
    assert statements == []
    titles = [home.model.index(row, TITLE).data() for row in range(20)]
    assert titles == sorted(titles, key=str.casefold)
    assert home.model.index(home.table.currentIndex().row(), TITLE).data() == chosen
    assert home.model.application_at(home.model.row_of(home.selected_id())).details.title == (
        chosen
    )
