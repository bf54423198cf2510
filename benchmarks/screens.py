"""The home and funders screens with many rows, each against a floor measured in the same run.

Run with: .venv/bin/python benchmarks/run.py screens [--third-of-a-core]

1. Re-sorting the home screen's 1,000 applications by another column, until the window is
   repainted, against a bare QTableView sorting the same 1,000 rows of text (a
   QStandardItemModel behind a QSortFilterProxyModel) in a window of the same size.
2. Opening the funders screen with 200 funders (each with a form of three questions and a
   requirement), until the window is repainted, against reading the same rows (funders,
   questions, requirements) with plain sqlite3 and listing the names in a bare QListWidget.
   The number of statements the screen sends to SQLite is counted too.

Each measurement runs in a child process; with --third-of-a-core, on a third of one core (see
slow_machine.py).
"""

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SORTS = 40
OPENINGS = 15
FUNDERS = 200
SIZE = (1100, 760)


def child_home_sort(folder: str) -> None:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    from scenarios import many_applications

    from grantdesk.ui.home.application_table import CLOSING, FUNDER, SAVED, TITLE
    from grantdesk.ui.main_window import MainWindow

    app = QApplication([])
    store = many_applications(Path(folder))
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    window.show_home()
    app.processEvents()
    home = window.home
    assert home.model.rowCount() == 1000

    bare_model = QStandardItemModel(1000, home.model.columnCount())
    for row in range(1000):
        for column in range(home.model.columnCount()):
            bare_model.setItem(
                row, column, QStandardItem(str(home.model.index(row, column).data()))
            )
    bare_sorted = QSortFilterProxyModel()
    bare_sorted.setSourceModel(bare_model)
    bare_table = QTableView()
    bare_table.setModel(bare_sorted)
    bare_table.setSortingEnabled(True)
    bare_window = QMainWindow()
    bare_window.setCentralWidget(bare_table)
    bare_window.resize(*SIZE)
    bare_window.show()
    app.processEvents()

    def sort_times(table, whole_window) -> list[float]:
        samples = []
        for turn in range(SORTS):
            column = (TITLE, FUNDER, CLOSING, SAVED)[turn % 4]
            order = Qt.SortOrder.AscendingOrder if turn % 8 < 4 else Qt.SortOrder.DescendingOrder
            started = time.perf_counter()
            table.sortByColumn(column, order)
            whole_window.repaint()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    ours, bare = [], []
    for _ in range(2):  # alternately, so neither has the machine to itself
        bare.extend(sort_times(bare_table, bare_window))
        ours.extend(sort_times(home.table, window))
    print(*ours)
    print(*bare)
    window.close()
    app.quit()


def add_funders(store, count: int) -> None:
    from grantdesk.domain.funders import Funder, FunderQuestion, Requirement

    with store.transaction(writes=True):
        for number in range(count):
            store.funders.save(
                Funder(
                    name=f"Funder {number:03d} – Tŷ’r Cwm community fund",
                    fund="Small grants",
                    questions=tuple(
                        FunderQuestion(text=f"Question {q} about the project ŵ", covers=(key,))
                        for q, key in enumerate(("project", "beneficiaries", "outcomes"))
                    ),
                    requirements=(Requirement(text="A copy of your latest accounts"),),
                )
            )


def child_funders(folder: str) -> None:
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow
    from sqlalchemy import event

    from grantdesk.store.database import DATABASE_FILE, open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui.main_window import MainWindow

    app = QApplication([])
    store = Store(open_database(Path(folder)))
    add_funders(store, FUNDERS)
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    app.processEvents()

    plain = sqlite3.connect(Path(folder) / DATABASE_FILE)
    bare_list = QListWidget()
    bare_window = QMainWindow()
    bare_window.setCentralWidget(bare_list)
    bare_window.resize(*SIZE)
    bare_window.show()

    def bare_open() -> None:
        funders = plain.execute(
            "SELECT * FROM funder WHERE deleted_at IS NULL ORDER BY name"
        ).fetchall()
        plain.execute("SELECT * FROM funder_question ORDER BY funder_id, position").fetchall()
        plain.execute("SELECT * FROM funder_requirement ORDER BY funder_id, position").fetchall()
        bare_list.clear()
        bare_list.addItems([row[1] for row in funders])
        bare_list.setCurrentRow(0)
        bare_window.repaint()

    def ours_open() -> None:
        window.show_funders()
        window.repaint()

    statements = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    ours, bare = [], []
    for _ in range(OPENINGS):
        window.show_home()
        app.processEvents()
        statements.clear()
        started = time.perf_counter()
        ours_open()
        ours.append((time.perf_counter() - started) * 1000)
        counted = len(statements)
        started = time.perf_counter()
        bare_open()
        bare.append((time.perf_counter() - started) * 1000)
    assert window.funders.list.count() >= FUNDERS
    print(*ours)
    print(*bare)
    print(counted)
    plain.close()
    window.close()
    app.quit()


def milliseconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.1f} ms, worst {max(samples):.1f} ms"


def ratio(ours: list[float], floor: list[float]) -> str:
    return (
        f"{statistics.median(ours) / statistics.median(floor):.2f}x "
        f"(worst {max(ours) / max(floor):.2f}x)"
    )


def run_child(name: str, folder: Path, third: bool) -> list[list[float]]:
    command = [sys.executable, __file__, "--child", name, str(folder)]
    if third:
        from slow_machine import third_of_a_core

        command, _how = third_of_a_core(command)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=900, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{done.stderr}")
    return [[float(x) for x in line.split()] for line in done.stdout.splitlines() if line]


def screens(third: bool = False) -> None:
    from startup import machine

    print(f"The home and funders screens ({machine(third)}):")
    with tempfile.TemporaryDirectory() as folder:
        ours, bare = run_child("home-sort", Path(folder) / "home", third)
        print(f"Re-sorting 1,000 applications on the home screen, {len(ours)} sorts each:")
        print(f"  bare QTableView, same rows: {milliseconds(bare)}")
        print(f"  GrantDesk home screen:      {milliseconds(ours)}")
        print(f"  ratio: {ratio(ours, bare)}")
        ours, bare, [counted] = run_child("funders", Path(folder) / "funders", third)
        print(f"Opening the funders screen with {FUNDERS} funders, {len(ours)} openings each:")
        print(f"  sqlite3 and a bare QListWidget: {milliseconds(bare)}")
        print(f"  GrantDesk funders screen:       {milliseconds(ours)}")
        print(f"  ratio: {ratio(ours, bare)}; {counted:.0f} statements to SQLite")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        {"home-sort": child_home_sort, "funders": child_funders}[sys.argv[2]](*sys.argv[3:])
    else:
        screens("--third-of-a-core" in sys.argv)
