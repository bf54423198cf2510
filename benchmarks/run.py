"""GrantDesk's benchmarks: each scenario against a baseline measured in the same run.

Run with: .venv/bin/python benchmarks/run.py   (takes about a minute)
Only the PDF builds: .venv/bin/python benchmarks/run.py pdf
Start-up and `grantdesk list`: .venv/bin/python benchmarks/run.py startup [--third-of-a-core]
The home and funders screens with many rows: .venv/bin/python benchmarks/run.py screens [...]
Opening, the first PDF and growth with size (also run at the end): benchmarks/run.py growth
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import growth
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from scenarios import many_applications, same_paragraphs, three_year_budget_lines, twenty_pages
from screens import screens
from startup import listing, startup, time_start

from grantdesk.domain.application import (
    Answer,
    ApplicationDetails,
)
from grantdesk.domain.backups import BackupReason
from grantdesk.domain.budget import Budget
from grantdesk.domain.printable import PrintableApplication
from grantdesk.domain.questions import question_by_key
from grantdesk.examples.demo import write_demo
from grantdesk.report.fonts import register_fonts
from grantdesk.report.pdf import build_pdf
from grantdesk.store.database import DATABASE_FILE, open_database
from grantdesk.store.repository import Store
from grantdesk.store.sqlite_files import check_database
from grantdesk.ui.autosave import AutoSaver
from grantdesk.ui.guided.application_state import ApplicationState
from grantdesk.ui.guided.question_page import QuestionPage
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.money.budget_editor import UNIT_COST, BudgetEditor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the stress application lives with the report tests
from tests.report.stress import stress_application  # noqa: E402

FRAME_MS = 1000 / 60


def milliseconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.2f} ms, worst {max(samples):.2f} ms"


def saving(store: Store, application_id: int, rounds: int = 200) -> None:
    words = " ".join(f"Gair{n % 97}ŵ" for n in range(5000))
    samples = []
    for round_number in range(rounds):
        text = f"{round_number} {words}"
        started = time.perf_counter()
        store.applications.save_answer(application_id, "project", text)
        samples.append((time.perf_counter() - started) * 1000)
    assert store.applications.answers(application_id)["project"].text == text
    print(
        f"One save of a 5,000-word answer ({len(words):,} characters), {rounds} saves, as the "
        "writer thread makes it (the window does not wait for it; see saving.py):"
    )
    print(f"  {milliseconds(samples)}")


def typing(store: Store, application_id: int, keys: int = 200) -> None:
    question = question_by_key("project")
    long_answer = " ".join(f"word{n}" for n in range(10_000))
    state = ApplicationState(store, AutoSaver(), application_id)
    page = QuestionPage(question, 11, Answer("project", long_answer), state)
    page.show()
    bare_editor = QPlainTextEdit()
    bare_editor.setPlainText(long_answer)
    bare_editor.show()

    def per_key(editor) -> list[float]:
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        samples = []
        for index in range(keys):
            started = time.perf_counter()
            QTest.keyClick(editor, Qt.Key.Key_Space if index % 6 == 5 else Qt.Key.Key_A)
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    bare = per_key(bare_editor)
    ours = per_key(page.editor)
    assert page.count_label.text().startswith(f"{10_000 + keys // 6:,} of")
    print(f"Typing into a 10,000-word answer, {keys} keys, live word count included:")
    print(f"  plain Qt editor: {milliseconds(bare)}")
    print(f"  GrantDesk page:  {milliseconds(ours)}")
    print(
        f"  ratio (medians): {statistics.median(ours) / statistics.median(bare):.2f}x; "
        f"worst is {max(ours) / FRAME_MS:.2f} of a 16 ms frame"
    )
    for widget in (page, bare_editor):
        widget.close()
        widget.deleteLater()


def budget_editing(store: Store, edits: int = 200) -> None:
    lines = three_year_budget_lines()
    application_id = store.applications.create(
        ApplicationDetails(
            title="Big budget",
            amount_requested_pence=500_000,
            project_start=date(2027, 4, 1),
            project_end=date(2030, 3, 31),
        )
    )
    store.money.save_budget(application_id, Budget(lines, overhead_basis_points=1000))
    window = MainWindow(store)
    window.show()
    window.open_application(application_id)
    window.application.go_to_page("budget")
    [editor] = window.application.current_page().findChildren(BudgetEditor)
    QApplication.processEvents()
    samples = []
    for edit in range(edits):
        index = editor.model.index(edit % 500, UNIT_COST)
        started = time.perf_counter()
        editor.model.setData(index, f"£{20 + edit % 7}.{edit % 100:02d}")
        window.repaint()  # one whole frame of the window, as the person sees it
        samples.append((time.perf_counter() - started) * 1000)
    window.saver.wait()
    last = (edits - 1) % 500
    assert store.money.budget(application_id).lines[last] == editor.model.rows[last]
    print("Editing one cell of a 500-line, three-year budget, until the window is redrawn:")
    print(f"  {milliseconds(samples)}; worst is {max(samples) / FRAME_MS:.2f} of a 16 ms frame")
    window.close()
    window.deleteLater()


def pdf_building(name: str, application: PrintableApplication, runs: int = 5) -> None:
    """The application against a bare reportlab document of the same paragraphs (no tables,
    no footer, no keeping together), built in the same run."""
    today = date(2026, 11, 22)
    register_fonts()
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10.5, leading=14.5)
    paragraphs = same_paragraphs(application)

    def ours() -> None:
        build_pdf(application, BytesIO(), draft=True, today=today)

    def bare() -> None:
        SimpleDocTemplate(BytesIO(), pagesize=A4).build(
            [Paragraph(escape(text), body) for text in paragraphs]
        )

    output = BytesIO()
    build_pdf(application, output, draft=True, today=today)
    pages = len(PdfReader(BytesIO(output.getvalue())).pages)
    ours_times, bare_times = [], []
    for _ in range(runs):
        for action, times in ((bare, bare_times), (ours, ours_times)):
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
    ratio = statistics.median(ours_times) / statistics.median(bare_times)
    print(f"Building the PDF of {name} ({pages} pages, {runs} builds each):")
    print(f"  bare reportlab, same paragraphs: {milliseconds(bare_times)}")
    print(f"  GrantDesk application:           {milliseconds(ours_times)}")
    print(f"  ratio (medians): {ratio:.2f}x   (aim: at most 1.5x)")


def pdfs() -> None:
    pdf_building("the 20-page application", twenty_pages())
    pdf_building(
        "the stress application (200-line budget, 12 outcomes, long names)",
        stress_application(),
    )


def searching_and_home(folder: Path, rounds: int = 20) -> None:
    store = many_applications(folder)
    answers = (
        sum(
            len(store.applications.answers(summary.id))
            for summary in store.applications.summaries()[:1]
        )
        * 1000
    )
    queries = ("youth club", "Tŷ’r", "safeguarding training", "volunteer", "anti-social", "ŵyn")
    samples = []
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            hits = store.search.answers(query)
            samples.append((time.perf_counter() - started) * 1000)
            assert hits
    print(f"Search across 1,000 applications (about {answers:,} answers), {len(samples)} searches:")
    print(f"  {milliseconds(samples)}   (aim: under 50 ms)")

    window = MainWindow(store)
    window.show()
    QApplication.processEvents()
    home_samples = []
    for _ in range(rounds):
        window.show_profile()
        started = time.perf_counter()
        window.show_home()
        QApplication.processEvents()
        home_samples.append((time.perf_counter() - started) * 1000)
    assert window.home.model.rowCount() == 1000
    print("Opening the home screen with 1,000 applications (list and reminders):")
    print(f"  {milliseconds(home_samples)}   (aim: under 200 ms)")
    window.close()
    window.deleteLater()


def backing_up(folder: Path, rounds: int = 7) -> None:
    """A checked backup of 1,000 applications against a plain copy of the same file (which is
    neither consistent while the file is in use nor checked), and start-up with the check on
    that database against start-up on an empty one."""
    store = many_applications(folder)
    database = store.database
    size = database.stat().st_size
    plain, ours, unchanged = [], [], []
    for round_number in range(rounds):
        store.applications.save_answer(1, "project", f"Changed {round_number}")
        with store.engine.connect() as connection:  # the data file whole, as after a while
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        started = time.perf_counter()
        shutil.copyfile(database, folder / "plain-copy.sqlite3")
        plain.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assert store.backups.make(BackupReason.ON_REQUEST) is not None
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assert store.backups.make(BackupReason.ON_REQUEST) is None
        unchanged.append((time.perf_counter() - started) * 1000)
    print(f"A backup of 1,000 applications ({size / 1_000_000:.1f} MB), {rounds} backups:")
    print(f"  plain file copy (not safe while in use, not checked): {milliseconds(plain)}")
    print(f"  GrantDesk backup (backup API, flushed, reopened, checked): {milliseconds(ours)}")
    print(f"  when nothing had changed (copied, compared, dropped):   {milliseconds(unchanged)}")
    print(f"  ratio (medians): {statistics.median(ours) / statistics.median(plain):.2f}x")

    checks, empty_checks = [], []
    empty = folder.with_name("empty")
    open_database(empty).dispose()
    store.engine.dispose()
    for _ in range(rounds):
        for target, samples in ((database, checks), (empty / DATABASE_FILE, empty_checks)):
            started = time.perf_counter()
            check_database(target)
            samples.append((time.perf_counter() - started) * 1000)
    print("The start-up check alone (header, recent saves, quick check, tables):")
    print(f"  empty: {milliseconds(empty_checks)}; 1,000 applications: {milliseconds(checks)}")

    time_start("grantdesk", folder)  # warm the disk cache; its start-up backup is made
    time_start("grantdesk", empty)
    listed, listed_empty = [], []
    for _ in range(rounds):
        listed_empty.append(time_start("grantdesk", empty)[1])
        listed.append(time_start("grantdesk", folder)[1])
    print("Start-up with the check, to the applications listed and usable:")
    print(f"  empty data folder:  {milliseconds(listed_empty)}")
    print(f"  1,000 applications: {milliseconds(listed)}")
    print(f"  ratio (medians): {statistics.median(listed) / statistics.median(listed_empty):.2f}x")


def main() -> None:
    third = "--third-of-a-core" in sys.argv
    if sys.argv[1:2] == ["startup"]:
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder) / "startup"
            write_demo(Store(open_database(data_dir)))
            startup(data_dir, third=third)
            listing(data_dir, third=third)
        return
    if sys.argv[1:2] == ["screens"]:
        screens(third)
        return
    if sys.argv[1:] == ["backup"]:
        with tempfile.TemporaryDirectory() as folder:
            backing_up(Path(folder) / "many")
        return
    if sys.argv[1:] == ["pdf"]:
        pdfs()
        return
    if sys.argv[1:] == ["growth"]:
        growth.main()
        return
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "startup"
        store = Store(open_database(data_dir))
        write_demo(store)
        startup(data_dir)

        bench_store = Store(open_database(Path(folder) / "bench"))
        application_id = bench_store.applications.create(ApplicationDetails(title="Bench"))
        saving(bench_store, application_id)
        typing(bench_store, application_id)
        budget_editing(bench_store)
        pdfs()
        searching_and_home(Path(folder) / "many")
        backing_up(Path(folder) / "backed-up")
        growth.main()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.shutdown()


if __name__ == "__main__":
    main()
