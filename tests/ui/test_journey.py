"""A first-time volunteer on a 1366x768 laptop, from an empty data folder to a PDF, by keys:
the welcome, the group's profile, an application to a funder not listed whose 8-question form
is pasted in from the new-application dialog, the answers, a small budget, the plan cards and
the PDF. On every question page the answer box and its count are in view without scrolling;
at 1024x768, and with text at 150%, no table on any page needs a sideways scroll bar."""

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QPlainTextEdit,
    QWidget,
)

from grantdesk.domain.dates import MONTHS
from grantdesk.domain.wordcount import LimitUnit
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.money.budget_editor import BudgetEditor
from grantdesk.ui.printing.pdf_ready_dialog import PdfReadyDialog
from grantdesk.ui.printing.print_dialog import PrintDialog
from tests.keys import press, press_here, type_here
from tests.ui.conftest import open_data, reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TASKBAR_AND_TITLE = 80

FORM = [
    # (the question as pasted, the limit typed if the question does not say it)
    ("Tell us about your organisation and what it does. (max 200 words)", None),
    ("What is the project and why is it needed? (max 300 words)", None),
    ("Who will benefit, and how many people? (150 words)", None),
    ("How will the project be delivered, where and when?", "250"),
    ("What difference will the project make? Maximum 1,500 characters", None),
    ("Please give a breakdown of the costs. (max 100 words)", None),
    ("How will you monitor and evaluate the project?", "200 words"),
    ("Is there anything else you would like to tell us?", ""),
]
ANSWER = (
    "Our lunch club meets every Wednesday at Capel Seion hall in Llanfair, where 25 older "
    "people share a hot two-course meal cooked by volunteers – and a chat. "
)


def focused() -> QWidget:
    return QApplication.focusWidget()


def fully_in_view(widget: QWidget) -> bool:
    """Shown whole: nothing of it scrolled away or cut off by what holds it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def sideways_scrolling(view: QWidget) -> list[str]:
    """Every table or scrolling part shown on a page that needs a sideways scroll bar."""
    found = []
    for area in view.findChildren(QAbstractScrollArea):
        if not area.isVisible() or isinstance(area, QPlainTextEdit):
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            found.append(f"{type(area).__name__} {area.accessibleName()!r} scrolls sideways")
        if isinstance(area, QAbstractItemView) and hasattr(area, "horizontalHeader"):
            header = area.horizontalHeader()
            if header.length() > area.viewport().width() + 1:
                found.append(f"the table {area.accessibleName()!r} is wider than its room")
    return found


def set_up_the_group(window: MainWindow, qtbot) -> None:
    home = window.home
    assert home.welcome.isVisible() and focused() is home.welcome_button
    press_here(Qt.Key.Key_Space)
    profile = window.profile
    assert focused() is profile.fields["name"]
    type_here("Llanfair Over-60s Lunch Club")
    press_here(Qt.Key.Key_Tab)
    for _ in range(6):
        press_here(Qt.Key.Key_Down)  # the kind: another constituted group
    profile.fields["contact_name"].setFocus()
    type_here("Gwenllian Rhŷs")
    profile.volunteers_field.line.setFocus()
    type_here("12")
    press_here(Qt.Key.Key_Tab)
    type_here("none")  # paid staff
    press_here(Qt.Key.Key_Tab)
    type_here("£6,240")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Down)  # a bank account in the group's name: yes
    assert window.save_status.text().startswith(("All changes saved", "Saving"))
    press(profile.home_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is home
    # The welcome reads what is saved, so it changes once the profile is on disk.
    qtbot.waitUntil(lambda: home.welcome_button.text() == "Start an application →")


def start_for_a_funder_not_listed(window: MainWindow, qtbot) -> None:
    closing = date.today() + timedelta(days=60)
    said = []

    def fill_in(dialog) -> None:
        type_here("Lunch Club for Over-60s")
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_End)
        press_here(Qt.Key.Key_Up)  # past the funders on this PC: one not listed
        press_here(Qt.Key.Key_Tab)
        type_here("Dyffryn Community Foundation")
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Tab)
        type_here("£4,800")
        press_here(Qt.Key.Key_Tab)
        type_here(f"{closing.day} {MONTHS[closing.month - 1]}")  # as people write it
        press_here(Qt.Key.Key_Tab)
        said.append(dialog.closing_field.line.text())
        press_here(Qt.Key.Key_Return)

    when_dialog_opens(fill_in)
    press(window.home.welcome_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.form_entry)
    reactivate(window, qtbot)
    assert said == [f"{closing.day} {MONTHS[closing.month - 1]} {closing.year}"]


def paste_the_form(window: MainWindow) -> None:
    entry = window.form_entry
    assert focused() is entry.about.name_field
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Tab)
    type_here("£5,000")  # its largest grant
    press_here(Qt.Key.Key_Return, CTRL)
    for number, (question, limit) in enumerate(FORM, start=1):
        if number > 1:
            press_here(Qt.Key.Key_Return, CTRL)  # the next question
        assert focused() is entry.entry.text_field
        QApplication.clipboard().setText(question)
        press_here(Qt.Key.Key_V, CTRL)
        if limit is not None:
            entry.entry.most_field.line.setFocus()
            type_here(limit)
            press_here(Qt.Key.Key_Tab)
    entry.last_button.setFocus()
    press_here(Qt.Key.Key_Space)  # that was the last question
    assert entry.rules.isVisible()
    plan = entry.rules.asked_boxes["plan"]
    plan.setFocus()
    press_here(Qt.Key.Key_Space)  # it asks for an outcomes plan
    entry.done_button.setFocus()
    press_here(Qt.Key.Key_Space)

    [funder] = [f for f in window.store.funders.all() if f.name == "Dyffryn Community Foundation"]
    assert [(q.maximum, q.unit) for q in funder.questions] == [
        (200, LimitUnit.WORDS),
        (300, LimitUnit.WORDS),
        (150, LimitUnit.WORDS),
        (250, LimitUnit.WORDS),
        (1500, LimitUnit.CHARACTERS),
        (100, LimitUnit.WORDS),
        (200, LimitUnit.WORDS),
        (None, LimitUnit.WORDS),
    ]
    assert [q.covers for q in funder.questions] == [
        ("what_you_do",),
        ("project",),
        ("beneficiaries",),
        ("delivery",),
        ("difference",),
        ("budget",),
        ("monitoring",),
        (),
    ]


def write_the_answers(window: MainWindow) -> None:
    view = window.application
    assert window.pages.currentWidget() is view
    questions = [index for index, step in enumerate(view.path) if step.question is not None]
    assert len(questions) == 8
    for index in questions:
        view.go_to(index)
        page = view.current_page()
        if page.tables:  # the table comes first, the answer box below it
            assert focused() is page.tables[0].table
            optional = page.helper.answer_is_optional
            press_here(Qt.Key.Key_A if optional else Qt.Key.Key_Y, ALT)  # its label's key
        assert fully_in_view(page.editor), page.step_title()
        assert fully_in_view(page.count_label), page.step_title()
        assert focused() is page.editor
        if page.helper is None or not page.helper.answer_is_optional:
            type_here(ANSWER)
            assert page.count_label.text().startswith(("28 of", "28 words", "1")), (
                page.count_label.text()
            )
            assert fully_in_view(page.count_label), "the count stays in view as it counts"


def make_a_small_budget(window: MainWindow) -> None:
    view = window.application
    view.go_to_page("budget")
    page = view.current_page()
    [budget] = page.findChildren(BudgetEditor)
    budget.table.setFocus()
    for category, description, quantity, cost in (
        ("Food", "Ingredients for 48 lunches", "48", "£55"),
        ("Venue hire", "Capel Seion hall, Wednesdays", "48", "£30"),
        ("Transport", "Community minibus for members who cannot walk", "48", "£15"),
    ):
        press(budget.table, Qt.Key.Key_Return, CTRL)
        for text in (category, description, quantity, "weeks", cost):
            type_here(text)
            press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Return)
    table = budget.table
    seen = table.viewport().visibleRegion().boundingRect()
    for row in range(3):
        assert seen.contains(table.visualRect(table.model().index(row, 0))), "every line in view"
    assert sideways_scrolling(page) == []
    window.saver.wait()
    assert len(window.store.money.budget(view.application_id).lines) == 3


def fill_in_the_plan(window: MainWindow) -> None:
    view = window.application
    view.go_to_page("plan")
    plan = view.current_page()
    [need] = plan.need_cards
    need.first_field().setFocus()
    for answer in (
        "Older people on their own",
        "people over 60 in Llanfair",
        "40",
        "people who say they often feel lonely",
    ):
        type_here(answer)
        press_here(Qt.Key.Key_Tab)
    [change] = plan.outcome_cards
    change.first_field().setFocus()
    type_here("Fewer members feel lonely")
    press_here(Qt.Key.Key_Tab)
    press_here(Qt.Key.Key_Down)  # the need it answers
    press_here(Qt.Key.Key_Tab)
    for answer in ("people who say they often feel lonely", "40", "20"):
        type_here(answer)
        press_here(Qt.Key.Key_Tab)
    assert str(change.step).endswith("say whether the number should go up or down.")
    press_here(Qt.Key.Key_Down)
    press_here(Qt.Key.Key_Down)  # down: fewer is better
    press_here(Qt.Key.Key_Tab)
    type_here("Case studies")
    press_here(Qt.Key.Key_Tab)
    type_here("At the start and the end")
    press_here(Qt.Key.Key_Tab)
    assert window.application.work.plan_weaknesses == []


def no_page_scrolls_sideways(window: MainWindow, where: str) -> None:
    view = window.application
    application_id = view.application_id
    found = []
    for screen, show in (
        ("home", window.show_home),
        ("the profile", window.show_profile),
        ("the funders", window.show_funders),
    ):
        show()
        window.saver.wait()  # the home list is read once what was typed is on disk
        QApplication.processEvents()
        found += [f"{where}, {screen}: {problem}" for problem in sideways_scrolling(window)]
    [funder] = [f for f in window.store.funders.all() if f.name == "Dyffryn Community Foundation"]
    window.enter_form(funder.id, application_id)
    entry = window.form_entry
    entry.rules.more.set_open(True)
    for step in range(entry.steps.count()):
        entry.go_to(step)
        QApplication.processEvents()
        found += [f"{where}, form step {step}: {problem}" for problem in sideways_scrolling(entry)]
    window.open_application(application_id)  # built afresh, as on opening at this size
    for index, key in enumerate(view.page_keys):
        view.go_to(index)
        QApplication.processEvents()
        found += [f"{where}, {key}: {problem}" for problem in sideways_scrolling(view)]
    assert found == []


def test_from_an_empty_pc_to_a_printed_application(qtbot, data_dir: Path, tmp_path, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768 - TASKBAR_AND_TITLE)
    with qtbot.waitActive(window):
        window.show()
    open_data(qtbot, window, data_dir)
    try:
        set_up_the_group(window, qtbot)
        start_for_a_funder_not_listed(window, qtbot)
        paste_the_form(window)
        write_the_answers(window)
        make_a_small_budget(window)
        fill_in_the_plan(window)

        window.resize(1024, 768 - TASKBAR_AND_TITLE)
        no_page_scrolls_sideways(window, "1024x768")
        font = QApplication.font()
        larger = type(font)(font)
        larger.setPointSizeF(font.pointSizeF() * 1.5)
        QApplication.setFont(larger)
        try:
            no_page_scrolls_sideways(window, "1024x768 with text at 150%")
        finally:
            QApplication.setFont(font)

        pdf = tmp_path / "Lunch Club.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(pdf), ""))
        seen = []

        def check_and_save(dialog) -> None:
            seen.extend(button.accessibleName() for button in dialog.problem_buttons)
            dialog.save_button.setFocus()
            press(dialog.save_button, Qt.Key.Key_Space)
            when_dialog_opens(
                lambda ready: (told.append(ready), press(ready, Qt.Key.Key_Escape)), PdfReadyDialog
            )

        told = []
        reactivate(window, qtbot)
        when_dialog_opens(check_and_save, PrintDialog)
        press(window, Qt.Key.Key_P, CTRL)
        qtbot.waitUntil(lambda: bool(told))
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
        assert "Lunch Club for Over-60s" in text and "Dyffryn Community Foundation" in text
        for question, _limit in FORM:
            assert question in text
        assert "Capel Seion hall" in text and "Ingredients for 48 lunches" in text
        assert "Fewer members feel lonely" in text
        home = window.store.applications.progress()
        assert list(home.values()) == [(8, 8)], seen
    finally:
        window.close()
        window.store.engine.dispose()
