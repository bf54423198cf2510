"""Saving as a person feels it, each figure against a floor measured in the same run.

Run with: .venv/bin/python benchmarks/saving.py [--third-of-a-core] [--budget-cell]
(about 2 minutes; --budget-cell measures only the budget cell, in about 20 s)

1. Typing on a slow disk: 30 s of steady typing (a key every 150 ms) at the end of a
   2,000-word answer in the real window, with every fsync slowed to 40 ms at the lowest layer
   (slow_fsync.c, loaded with LD_PRELOAD), against a plain QPlainTextEdit holding the same
   text. For each key: from the moment it was due to the next paint of the editor showing it.
   Aim: worst no more than 16 ms over the plain editor's worst.
2. One budget cell: an edit of one cell of a 500-line, three-year budget in the real window,
   against writing that one row with plain sqlite3 (WAL, synchronous=FULL, a copy of the same
   file). Two figures: its save, from the edit handed to the saver to the line on disk (the
   hand-over to the writer thread and back included; aim: at most 3x), and the whole edit,
   the window's work on it (the totals, the summary, the steps' marks) included.

With --third-of-a-core, every measurement runs on a third of one core (see slow_machine.py).
"""

import gc
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
TYPING_SECONDS = int(os.environ.get("TYPING_SECONDS", 30))
KEY_EVERY_MS = 150
ANSWER_WORDS = 2000
BUDGET_LINES = 500
CELL_EDITS = 200
FRAME_MS = 16
SETTLE_S = 2.0


def milliseconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.1f} ms, worst {max(samples):.1f} ms"


# --- run in a child process: one measurement each, printed as numbers -----------------------


def type_steadily(editor, seconds: float) -> list[float]:
    """Type at a steady pace; for each key, the time from when it was due to its paint."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    delays: list[float] = []
    unpainted: list[float] = []
    keys = int(seconds * 1000 / KEY_EVERY_MS)
    typed = 0
    loop = QEventLoop()

    class PaintWatch(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and unpainted:
                now = time.perf_counter()
                delays.extend((now - due) * 1000 for due in unpainted)
                unpainted.clear()
                if typed == keys:
                    loop.quit()
            return False

    watch = PaintWatch()
    editor.viewport().installEventFilter(watch)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    # Typing starts once the window has settled: a second after it is shown, it saves its
    # size and place (QSettings, on this thread), which is not what this measures.
    start = time.perf_counter() + SETTLE_S
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def press() -> None:
        nonlocal typed
        # Due when planned; a timer that fires a little early counts from when it fired.
        due = min(start + typed * KEY_EVERY_MS / 1000, time.perf_counter())
        QTest.keyClick(editor, Qt.Key.Key_Space if typed % 6 == 5 else Qt.Key.Key_A)
        unpainted.append(due)
        typed += 1
        if typed < keys:
            wait = start + typed * KEY_EVERY_MS / 1000 - time.perf_counter()
            timer.start(max(0, round(wait * 1000)))

    timer.timeout.connect(press)
    timer.start(round(SETTLE_S * 1000))
    loop.exec()
    editor.viewport().removeEventFilter(watch)
    return delays


def long_answer() -> str:
    return " ".join(f"gair{n % 211}ŵ" for n in range(ANSWER_WORDS))


def child_typing_plain() -> None:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication([])
    editor = QPlainTextEdit()
    editor.setPlainText(long_answer())
    editor.resize(1100, 760)
    editor.show()
    print(*type_steadily(editor, TYPING_SECONDS))
    app.quit()


def grantdesk_window(folder: Path):
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui.main_window import MainWindow

    store = Store(open_database(folder))
    application_id = store.applications.create(ApplicationDetails(title="Benchmark"))
    window = MainWindow(store)
    window.resize(1100, 760)
    window.show()
    gc.freeze()  # as app._show_store does once the data is open
    return window, store, application_id


def child_typing_grantdesk(folder: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    window, store, application_id = grantdesk_window(Path(folder))
    store.applications.save_answer(application_id, "project", long_answer())
    window.open_application(application_id)
    window.application.go_to_page("project")
    editor = window.application.current_page().editor
    delays = type_steadily(editor, TYPING_SECONDS)
    window.saver.wait()
    assert store.applications.answers(application_id)["project"].text == editor.toPlainText()
    print(*delays)
    window.close()
    app.quit()


def child_budget_cell(folder: str) -> None:
    from PySide6.QtWidgets import QApplication
    from scenarios import three_year_budget_lines

    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.domain.budget import Budget
    from grantdesk.store.database import DATABASE_FILE
    from grantdesk.ui.money.budget_editor import UNIT_COST, BudgetEditor

    app = QApplication([])
    window, store, application_id = grantdesk_window(Path(folder))
    store.applications.save_details(
        application_id,
        ApplicationDetails(
            title="Benchmark", project_start=date(2027, 4, 1), project_end=date(2030, 3, 31)
        ),
    )
    lines = three_year_budget_lines(BUDGET_LINES)
    store.money.save_budget(application_id, Budget(lines, overhead_basis_points=1000))
    window.open_application(application_id)
    window.application.go_to_page("budget")
    [editor] = window.application.current_page().findChildren(BudgetEditor)
    model = editor.model
    window.saver.wait()
    # The floor: the same rows in a copy of the same file, written with plain sqlite3.
    plain = sqlite3.connect(Path(folder) / "plain.sqlite3", isolation_level=None)
    with sqlite3.connect(Path(folder) / DATABASE_FILE) as original:
        original.backup(plain)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("PRAGMA synchronous=FULL")
    row_ids = [
        row_id
        for (row_id,) in plain.execute(
            "SELECT id FROM budget_line WHERE application_id = ? ORDER BY position",
            (application_id,),
        )
    ]
    whole, saves, bare = [], [], []
    for edit in range(CELL_EDITS):
        line = (edit * 37) % BUDGET_LINES
        pence = 2000 + edit
        started = time.perf_counter()
        model.setData(model.index(line, UNIT_COST), f"£{pence // 100}.{pence % 100:02d}")
        handed_over = time.perf_counter()
        window.saver.wait()  # sent to the writer now, rather than after the pause; on disk
        on_disk = time.perf_counter()
        whole.append((on_disk - started) * 1000)
        saves.append((on_disk - handed_over) * 1000)
        QApplication.processEvents()

        started = time.perf_counter()
        plain.execute("BEGIN")
        plain.execute(
            "UPDATE budget_line SET unit_cost_pence = ? WHERE id = ?", (pence, row_ids[line])
        )
        plain.execute("COMMIT")
        bare.append((time.perf_counter() - started) * 1000)
    plain.close()
    stored = store.money.budget(application_id).lines
    assert [line.unit_cost_pence for line in stored] == [
        line.unit_cost_pence for line in model.rows
    ]
    print(*saves)
    print(*whole)
    print(*bare)
    window.close()
    app.quit()


# --- the parent: runs each child, slowed as asked, and reports -------------------------------


def run_child(name: str, *args: str, slow_disk: Path | None, third: bool) -> list[list[float]]:
    command = [sys.executable, __file__, "--child", name, *args]
    if third:
        from slow_machine import third_of_a_core

        command, _how = third_of_a_core(command)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if slow_disk is not None:
        environment["LD_PRELOAD"] = str(slow_disk)
        environment["SLOW_FSYNC_MS"] = "40"
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=900, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{done.stderr}")
    return [[float(x) for x in line.split()] for line in done.stdout.splitlines() if line]


def report_typing(folder: Path, slow_disk: Path, third: bool) -> None:
    [plain] = run_child("typing-plain", slow_disk=slow_disk, third=third)
    [ours] = run_child("typing-grantdesk", str(folder / "typing"), slow_disk=slow_disk, third=third)
    print(
        f"Steady typing for {TYPING_SECONDS} s at the end of a {ANSWER_WORDS:,}-word answer, "
        f"a key every {KEY_EVERY_MS} ms; from when a key was due to its paint:"
    )
    print(f"  plain Qt editor:              {milliseconds(plain)}")
    print(f"  GrantDesk, 40 ms each flush:  {milliseconds(ours)}")
    print(
        f"  worst over the plain editor's: {max(ours) - max(plain):+.1f} ms "
        f"(aim: at most {FRAME_MS} ms); medians {statistics.median(ours):.1f} against "
        f"{statistics.median(plain):.1f} ms"
    )


def main() -> None:
    third = "--third-of-a-core" in sys.argv
    from slow_machine import slow_disk_library, third_of_a_core

    slow_disk = slow_disk_library()
    machine = "full speed"
    if third:
        machine = "a third of a core: " + third_of_a_core(["true"])[1]
    print(f"Saving benchmarks ({machine}); disk slowed to 40 ms a flush with LD_PRELOAD")

    folder = Path(tempfile.mkdtemp())
    try:
        if "--budget-cell" not in sys.argv:
            report_typing(folder, slow_disk, third)
        saves, whole, bare = run_child(
            "budget-cell", str(folder / "budget"), slow_disk=None, third=third
        )
        print(
            f"One cell of a {BUDGET_LINES}-line budget ({CELL_EDITS} edits), against one row "
            "written with plain sqlite3 (WAL, synchronous=FULL):"
        )
        print(f"  plain sqlite3, one row:   {milliseconds(bare)}")
        for name, ours, aim in (
            ("its save (to the disk)", saves, "  (aim: at most 3x)"),
            ("the whole edit and save", whole, ""),
        ):
            ratio = statistics.median(ours) / statistics.median(bare)
            over = statistics.median(mine - floor for mine, floor in zip(ours, bare, strict=True))
            print(
                f"  {name}: {milliseconds(ours)}; {ratio:.2f}x{aim}, "
                f"{over:.2f} ms over the floor (median, edit by edit)"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        {
            "typing-plain": child_typing_plain,
            "typing-grantdesk": child_typing_grantdesk,
            "budget-cell": child_budget_cell,
        }[sys.argv[2]](*sys.argv[3:])
    else:
        main()
