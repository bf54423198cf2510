"""By keyboard alone, from an empty data folder to a written PDF: the welcome, the group's
profile, a new application to one of the funders on the PC, every step of it, and the check
before printing. On every screen and dialog it passes, Tab is checked: it goes forward in
reading order, reaches every input, and comes back round to where it began (no trap)."""

from itertools import pairwise
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from grantdesk import app
from grantdesk.ui.main_window import MainWindow
from grantdesk.ui.printing.pdf_ready_dialog import PdfReadyDialog
from grantdesk.ui.printing.print_dialog import PrintDialog
from tests.keys import press_here, type_here
from tests.ui.conftest import reactivate, when_dialog_opens
from tests.ui.test_accessibility import INPUTS

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TASKBAR_AND_TITLE = 80
MOST_TABS = 400
"""More Tab presses than any screen needs to go round: going on longer is a trap."""


def focused() -> QWidget:
    return QApplication.focusWidget()


def takes_tab(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
    )


def inputs_on(top: QWidget) -> set[QWidget]:
    return {
        widget
        for widget in top.findChildren(QWidget)
        if isinstance(widget, INPUTS) and takes_tab(widget) and widget.window() is top
    }


def _siblings_holding(one: QWidget, other: QWidget) -> tuple[QWidget, QWidget]:
    """The two children of the nearest widget holding both, that hold each of them: their
    places are compared, so a part that scrolls is read as it is laid out, not as scrolled."""
    chain = []
    widget = one
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    child = other
    while child.parentWidget() not in chain:
        child = child.parentWidget()
    common = child.parentWidget()
    mine = chain[chain.index(common) - 1] if common is not one else one
    return mine, child


def reads_before(one: QWidget, other: QWidget) -> bool:
    """`other` comes after `one` in reading order: below it, or beside it to the right."""
    if one.isAncestorOf(other) or other.isAncestorOf(one):
        return True
    first, second = _siblings_holding(one, other)
    a, b = QRect(first.pos(), first.size()), QRect(second.pos(), second.size())
    slack = 4
    below = b.top() >= a.bottom() - slack
    beside = b.top() < a.bottom() and a.top() < b.bottom() and b.left() >= a.right() - slack
    return below or beside


def check_tab_order(top: QWidget, where: str) -> list[QWidget]:
    """Press Tab from the focus round to it again: what it reached, in order, checked."""
    start = focused()
    assert start is not None and start.window() is top, f"{where}: nothing has the focus"
    reached = [start]
    for _ in range(MOST_TABS):
        press_here(Qt.Key.Key_Tab)
        now = focused()
        if now is start:
            break
        if now is not reached[-1]:  # a table's cells are one stop in the order of the screen
            assert now not in reached, (
                f"{where}: Tab came back to {name(now)} before {name(start)}: "
                f"a loop that leaves part of the screen out"
            )
            reached.append(now)
    else:
        raise AssertionError(f"{where}: Tab never comes back round: a trap at {name(focused())}")
    backwards = [
        f"{name(one)} → {name(other)}"
        for one, other in pairwise(reached)
        if not reads_before(one, other)
    ]
    # Begun part-way down, Tab goes round from the last thing on the screen to the first once.
    assert len(backwards) <= 1, f"{where}: Tab goes back up the screen: {backwards}"
    missed = inputs_on(top) - set(reached)
    assert missed == set(), f"{where}: Tab never reaches {[name(w) for w in missed]}"
    return reached


def name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', str)()!r}"


def answer_by_keys(text: str) -> bool:
    """Type an answer where the focus is, if it is an empty box for words."""
    widget = focused()
    if isinstance(widget, QPlainTextEdit):
        empty = not widget.toPlainText()
    elif isinstance(widget, QLineEdit):
        empty = not widget.text() and not isinstance(widget.parentWidget(), QAbstractSpinBox)
    else:
        empty = False
    if empty:
        type_here(text)
    return empty


def test_from_an_empty_folder_to_a_pdf_by_keyboard_alone(
    qtbot, data_dir: Path, tmp_path, monkeypatch
):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768 - TASKBAR_AND_TITLE)
    with qtbot.waitActive(window):
        window.show()
    app._open_store(window, data_dir)
    try:
        assert focused() is window.home.welcome_button
        check_tab_order(window, "the welcome")
        press_here(Qt.Key.Key_Space)  # set up the group first

        assert focused() is window.profile.fields["name"]
        check_tab_order(window, "the group’s profile")
        type_here("Llanfair Over-60s Lunch Club")
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Down)  # a kind of organisation
        press_here(Qt.Key.Key_Home, ALT)  # Go › All applications

        assert window.pages.currentWidget() is window.home
        qtbot.waitUntil(lambda: focused() is not None and focused().window() is window)
        check_tab_order(window, "home")

        def start(dialog) -> None:
            check_tab_order(dialog, "the new application")
            type_here("Lunch Club for Over-60s")
            press_here(Qt.Key.Key_Tab)
            press_here(Qt.Key.Key_Down)  # the first funder on this PC
            press_here(Qt.Key.Key_Return)

        when_dialog_opens(start)
        press_here(Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
        reactivate(window, qtbot)
        view = window.application
        typed = []
        for index, page in enumerate(view.pages):
            assert view.steps.currentRow() == index
            check_tab_order(window, page.step_title())
            answer = f"Answer {index}: a hot two-course meal on Wednesdays at Capel Seion hall."
            if answer_by_keys(answer):
                typed.append(answer)
            press_here(Qt.Key.Key_PageDown, CTRL)  # the next step
        assert len(typed) >= 5

        pdf = tmp_path / "Lunch Club.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(pdf), ""))
        told = []

        def check_and_save(dialog) -> None:
            check_tab_order(dialog, "the check before printing")
            when_dialog_opens(
                lambda ready: (
                    check_tab_order(ready, "your PDF is ready"),
                    told.append(ready),
                    press_here(Qt.Key.Key_Escape),
                ),
                PdfReadyDialog,
            )
            press_here(Qt.Key.Key_S, ALT)  # Save as PDF…

        when_dialog_opens(check_and_save, PrintDialog)
        press_here(Qt.Key.Key_P, CTRL)
        qtbot.waitUntil(lambda: bool(told))
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
        assert "Lunch Club for Over-60s" in text and "Llanfair Over-60s Lunch Club" in text
        for answer in typed:
            assert answer in text
    finally:
        window.close()
        window.store.engine.dispose()
