"""Opening, the first PDF, and how cost grows with the size of the work, each against a floor
measured in the same run.

Run with: .venv/bin/python benchmarks/growth.py [--third-of-a-core]   (about 5 minutes)

1. Opening an application with 200 funders stored, until its first step is painted, against
   painting a bare window holding a text box with the same answer. Aim: under 100 ms.
2. The first PDF of a fresh process (reportlab not loaded yet), against the same PDF built
   again in that process (warm), and a bare reportlab document of the same paragraphs.
3. Growth at 1x, 2x and 4x the input, each size against its own floor, and the 4x/1x ratio of
   GrantDesk's own time (aim: at most 5x, so doubling the input little more than doubles it):
   - search over one answer of 96, 192 and 384 KB, against reading and folding that text once
     (the sizes taken in turn, 15 times, so a change in the machine's load meets all three);
   - the PDF of one answer of 100, 200 and 400 KB, and of a budget of 2,500, 5,000 and 10,000
     lines, against a bare reportlab document of the same paragraphs;
   - a keystroke in an answer of 1.25, 2.5 and 5 MB (paragraphs of 100 words), against a plain
     Qt editor holding the same text; and one budget cell edited in a budget of 1,000, 2,000
     and 4,000 lines, until the window is redrawn, against a plain Qt table of as many rows.

With --third-of-a-core, it all runs on a third of one core (see slow_machine.py).
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # the stress application lives with the report tests
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 11, 22)
RUNS = int(os.environ.get("GROWTH_RUNS", 3))
WORDS = (
    "youth club volunteers Friday sessions safeguarding training Tŷ’r Cwm Maes-y-Dŵr police "
    "community centre hall kitchen meal families isolation wellbeing outcomes baseline"
).split()


def milliseconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.1f} ms, worst {max(samples):.1f} ms"


def timed(action: Callable[[], object], runs: int = RUNS) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def text_of(characters: int, paragraph_words: int = 0) -> str:
    """Realistic words (Welsh letters among them) up to this many characters."""
    words, length, n = [], 0, 0
    while length < characters:
        word = f"{WORDS[n % len(WORDS)]}{n % 97}"
        if paragraph_words and n % paragraph_words == paragraph_words - 1:
            word += ".\n\n"
        words.append(word)
        length += len(word) + 1
        n += 1
    return " ".join(words)


def report_growth(what: str, sizes: list[str], ours: list[list[float]], floors: list[list[float]]):
    print(f"{what}:")
    for size, mine, floor in zip(sizes, ours, floors, strict=True):
        ratio = statistics.median(mine) / statistics.median(floor)
        print(
            f"  {size}: GrantDesk {milliseconds(mine)}; floor {milliseconds(floor)}; {ratio:.2f}x"
        )
    growth = statistics.median(ours[-1]) / statistics.median(ours[0])
    worst = max(ours[-1]) / min(ours[0])
    print(f"  4x/1x: {growth:.2f}x (medians), {worst:.2f}x (worst against best) (aim: at most 5x)")


# --- 1. opening an application ------------------------------------------------------------


def opening(folder: Path, funders: int = 200, runs: int = 15) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

    from grantdesk.examples.demo import write_demo
    from grantdesk.examples.funders import example_funders
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui.main_window import MainWindow

    store = Store(open_database(folder))
    examples = example_funders()
    with store.transaction(writes=True):
        for number in range(funders):
            funder = examples[number % len(examples)]
            store.funders.save(replace(funder, name=f"{funder.name} {number}", id=None))
    write_demo(store)
    [summary, *_] = store.applications.summaries()
    answer = next(iter(store.applications.answers(summary.id).values())).text

    class FirstPaint(QObject):
        """Watches every paint, for one of the widget shown or of anything inside it."""

        target: QWidget | None = None
        painted = False

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and self.target is not None:
                inside = watched is self.target or (
                    isinstance(watched, QWidget) and self.target.isAncestorOf(watched)
                )
                self.painted = self.painted or inside
            return False

    watch = FirstPaint()
    QApplication.instance().installEventFilter(watch)

    def until_painted(widget_of: Callable[[], QWidget], action: Callable[[], None]) -> float:
        """Milliseconds from the action to the first paint of the widget it shows."""
        watch.painted = False
        started = time.perf_counter()
        action()
        watch.target = widget_of()
        while not watch.painted:
            QApplication.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        watch.target = None
        return elapsed

    window = MainWindow(store)
    window.resize(1100, 760)
    window.show()
    QApplication.processEvents()
    ours, bare = [], []
    for _ in range(runs):
        window.show_home()
        QApplication.processEvents()
        ours.append(
            until_painted(
                lambda: window.application.stack.currentWidget(),
                lambda: window.open_application(summary.id),
            )
        )
        holder: list[QWidget] = []

        def bare_page(holder=holder) -> None:
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.addWidget(QLabel("About this application"))
            editor = QPlainTextEdit()
            editor.setPlainText(answer)
            layout.addWidget(editor)
            page.resize(1100, 760)
            page.show()
            holder.append(page)

        bare.append(until_painted(lambda holder=holder: holder[-1], bare_page))
        holder[-1].close()
    print(f"Opening an application with {funders} funders stored, to its first step painted:")
    print(f"  bare window with a text box: {milliseconds(bare)}")
    print(f"  GrantDesk:                   {milliseconds(ours)}   (aim: under 100 ms)")
    print(f"  ratio (medians): {statistics.median(ours) / statistics.median(bare):.2f}x")
    QApplication.instance().removeEventFilter(watch)
    window.close()
    store.engine.dispose()


# --- 2. the first PDF of a fresh process ----------------------------------------------------


def child_cold_pdf() -> None:
    """In a fresh process with the window's modules loaded, as when Print is first pressed."""
    from scenarios import twenty_pages

    import grantdesk.ui.main_window  # noqa: F401  (what the running app has loaded)

    assert "grantdesk.report.pdf" not in sys.modules
    application = twenty_pages()
    started = time.perf_counter()
    from grantdesk.report.pdf import build_pdf

    build_pdf(application, BytesIO(), draft=True, today=TODAY)
    cold = (time.perf_counter() - started) * 1000
    warm = timed(lambda: build_pdf(application, BytesIO(), draft=True, today=TODAY), 5)
    print(cold, *warm)


def cold_pdf(runs: int = 5) -> None:
    from scenarios import same_paragraphs, twenty_pages

    cold, warm = [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, __file__, "--child", "cold-pdf"],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        first, *rest = (float(x) for x in done.stdout.split())
        cold.append(first)
        warm.extend(rest)
    floor = timed(bare_reportlab(same_paragraphs(twenty_pages())), 5)
    print("The 20-page application's PDF, in a fresh process (reportlab not loaded yet):")
    print(f"  bare reportlab, same paragraphs (warm): {milliseconds(floor)}")
    print(f"  GrantDesk, warm:                        {milliseconds(warm)}")
    print(f"  GrantDesk, first PDF (cold):            {milliseconds(cold)}")
    print(
        f"  cold against warm (medians): {statistics.median(cold) / statistics.median(warm):.2f}x"
        f"; cold against the floor: {statistics.median(cold) / statistics.median(floor):.2f}x"
    )


def bare_reportlab(paragraphs: list[str]) -> Callable[[], None]:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from grantdesk.report.fonts import register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10.5, leading=14.5)
    return lambda: SimpleDocTemplate(BytesIO(), pagesize=A4).build(
        [Paragraph(escape(text), body) for text in paragraphs]
    )


# --- 3. growth ------------------------------------------------------------------------------


def search_growth(folder: Path, runs: int = 15) -> None:
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.domain.search import folded
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store

    sizes = [96_000, 192_000, 384_000]
    stores, texts = [], []
    for size in sizes:
        store = Store(open_database(folder / str(size)))
        application_id = store.applications.create(ApplicationDetails(title="Long"))
        texts.append(text_of(size))
        store.applications.save_answer(application_id, "project", texts[-1])
        assert store.search.answers("safeguarding training")
        stores.append(store)
    ours: list[list[float]] = [[] for _ in sizes]
    floors: list[list[float]] = [[] for _ in sizes]
    for _ in range(runs):  # the sizes in turn, so a change in the machine's load meets all three
        for store, text, mine, floor in zip(stores, texts, ours, floors, strict=True):
            mine.extend(timed(lambda store=store: store.search.answers("safeguarding training"), 1))
            floor.extend(timed(lambda text=text: [folded(word) for word in text.split()], 1))
    for store in stores:
        store.engine.dispose()
    report_growth(
        "Search over one answer (against reading and folding its words once)",
        [f"{size // 1000} KB" for size in sizes],
        ours,
        floors,
    )


def pdf_growth() -> None:
    from scenarios import same_paragraphs, three_year_budget_lines

    from grantdesk.domain.application import Answer
    from grantdesk.domain.budget import Budget
    from grantdesk.domain.printable import QuestionAnswer
    from grantdesk.domain.questions import question_by_key
    from grantdesk.report.pdf import build_pdf
    from tests.report.stress import stress_application

    base = stress_application()
    project = question_by_key("project")
    for what, sizes, make in (
        (
            "The PDF of one long answer",
            [100_000, 200_000, 400_000],
            lambda size: replace(
                base,
                answers=(QuestionAnswer(project, Answer("project", text_of(size, 100))),),
                budget=Budget(),
            ),
        ),
        (
            "The PDF of a long budget",
            [2_500, 5_000, 10_000],
            lambda lines: replace(
                base, budget=Budget(three_year_budget_lines(lines), overhead_basis_points=1000)
            ),
        ),
    ):
        ours, floors = [], []
        for size in sizes:
            application = make(size)
            ours.append(
                timed(lambda a=application: build_pdf(a, BytesIO(), draft=True, today=TODAY))
            )
            floors.append(timed(bare_reportlab(same_paragraphs(application))))
        unit = "KB" if sizes[0] >= 100_000 else "lines"
        shown = [f"{size // 1000 if unit == 'KB' else size:,} {unit}" for size in sizes]
        report_growth(f"{what} (against bare reportlab, same paragraphs)", shown, ours, floors)


def keystroke_growth(folder: Path, keys: int = 20) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView
    from scenarios import three_year_budget_lines

    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.domain.budget import Budget
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui.main_window import MainWindow
    from grantdesk.ui.money.budget_editor import UNIT_COST, BudgetEditor

    def per_key(editor) -> list[float]:
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        samples = []
        for index in range(keys):
            started = time.perf_counter()
            QTest.keyClick(editor, Qt.Key.Key_Space if index % 6 == 5 else Qt.Key.Key_A)
            editor.viewport().repaint()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    store = Store(open_database(folder / "typing"))
    window = MainWindow(store)
    window.resize(1100, 760)
    window.show()
    sizes = [1_250_000, 2_500_000, 5_000_000]
    ours, floors = [], []
    for size in sizes:
        text = text_of(size, 100)
        application_id = store.applications.create(ApplicationDetails(title=f"{size}"))
        store.applications.save_answer(application_id, "project", text)
        window.open_application(application_id)
        window.application.go_to_page("project")
        QApplication.processEvents()
        ours.append(per_key(window.application.current_page().editor))
        window.saver.wait()
        plain = QPlainTextEdit()
        plain.setPlainText(text)
        plain.resize(1100, 500)
        plain.show()
        QApplication.processEvents()
        floors.append(per_key(plain))
        plain.close()
    report_growth(
        "A keystroke in a long answer, live count included (against a plain Qt editor)",
        [f"{size / 1_000_000:g} MB" for size in sizes],
        ours,
        floors,
    )

    sizes = [1_000, 2_000, 4_000]
    ours, floors = [], []
    for lines in sizes:
        application_id = store.applications.create(
            ApplicationDetails(
                title=f"{lines} lines",
                amount_requested_pence=500_000,
                project_start=date(2027, 4, 1),
                project_end=date(2030, 3, 31),
            )
        )
        budget_lines = three_year_budget_lines(lines)
        store.money.save_budget(application_id, Budget(budget_lines, overhead_basis_points=1000))
        window.open_application(application_id)
        window.application.go_to_page("budget")
        [editor] = window.application.current_page().findChildren(BudgetEditor)
        QApplication.processEvents()

        def edit_cell(edit: int, model=editor.model, lines=lines) -> None:
            model.setData(model.index(edit * 37 % lines, UNIT_COST), f"£{20 + edit % 7}.{edit:02d}")
            window.repaint()

        ours.append(timed_each(edit_cell, keys))
        window.saver.wait()
        plain_model = QStandardItemModel(lines, 7)
        for row, line in enumerate(budget_lines):
            plain_model.setItem(row, 0, QStandardItem(line.description))
        table = QTableView()
        table.setModel(plain_model)
        table.resize(1100, 760)
        table.show()
        QApplication.processEvents()

        def edit_plain(edit: int, lines=lines, plain_model=plain_model, table=table) -> None:
            plain_model.setData(plain_model.index(edit * 37 % lines, 4), f"£{20 + edit % 7}")
            table.repaint()

        floors.append(timed_each(edit_plain, keys))
        table.close()
    report_growth(
        "One budget cell edited, until the window is redrawn (against a plain Qt table)",
        [f"{lines:,} lines" for lines in sizes],
        ours,
        floors,
    )
    window.close()
    store.engine.dispose()


def timed_each(action: Callable[[int], None], count: int) -> list[float]:
    samples = []
    for number in range(count):
        started = time.perf_counter()
        action(number)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    if "--third-of-a-core" in sys.argv:
        from slow_machine import third_of_a_core

        command, how = third_of_a_core([sys.executable, __file__])
        print(f"On a third of a core ({how}):", flush=True)
        subprocess.run(command, check=True)
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        opening(Path(folder) / "opening")
        cold_pdf()
        search_growth(Path(folder) / "search")
        pdf_growth()
        keystroke_growth(Path(folder) / "keys")
    app.quit()


if __name__ == "__main__":
    if sys.argv[1:3] == ["--child", "cold-pdf"]:
        child_cold_pdf()
    else:
        main()
