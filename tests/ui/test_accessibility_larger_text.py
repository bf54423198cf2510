"""Larger text: chosen in the Settings menu (100% to 200% of the computer's own size), it
scales the whole window at once, is kept for the next start, and at 200% on a 1366x768 screen
every input on every screen and step can be reached (in view, or scrolled to)."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

import grantdesk.ui
from grantdesk.domain.application import ApplicationDetails
from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders
from grantdesk.ui.common.text_size import set_text_size, system_font
from tests.keys import press_here, type_here
from tests.ui.test_accessibility import screens

SCREEN = (1366, 768)
TASKBAR_AND_TITLE = 80
"""A maximised window on a Windows PC has the screen less its taskbar and title bar."""


@pytest.fixture
def back_to_usual_size():
    yield
    set_text_size(100)


def size_action(window, percent: int):
    return next(action for action in window.text_sizes.actions() if action.data() == percent)


def test_the_text_size_is_chosen_in_settings_and_kept_for_next_time(
    open_window, qtbot, back_to_usual_size
):
    window = open_window()
    usual = system_font().pointSizeF()
    window.show_profile()
    address = window.profile.fields["address"]
    [heading] = [
        label
        for label in window.profile.findChildren(QLabel)
        if label.text() == "Your group’s profile"
    ]
    heights = address.height(), heading.font().pointSizeF()
    assert size_action(window, 100).isChecked()

    size_action(window, 200).trigger()
    QApplication.processEvents()  # the new size reaches each widget as an event
    assert QApplication.font().pointSizeF() == pytest.approx(usual * 2)
    assert window.profile.fields["name"].font().pointSizeF() == pytest.approx(usual * 2)
    assert heading.font().pointSizeF() == pytest.approx(heights[1] * 2)
    assert address.height() > heights[0] * 1.8, "a box sized in lines grows with its text"
    assert size_action(window, 200).isChecked() and not size_action(window, 100).isChecked()
    window.close()

    set_text_size(100)  # as a new start would be, before the window reads the setting
    again = open_window()
    assert size_action(again, 200).isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(usual * 2)


def test_text_already_on_screen_takes_a_new_size_too(window, qtbot, back_to_usual_size):
    """A list or message given a style of its own (the steps of an application, a problem
    under a box) grows with the rest when the size is chosen, not only after a restart."""
    usual = system_font().pointSizeF()
    window.show_profile()
    year = window.profile.year_field
    year.line.setFocus()
    type_here("long ago")
    press_here(Qt.Key.Key_Tab)
    assert year.problem.isVisible()
    application_id = window.store.applications.create(ApplicationDetails(title="Youth club"))
    window.open_application(application_id)
    steps = window.application.steps
    row_height = steps.visualItemRect(steps.item(1)).height()

    size_action(window, 150).trigger()
    QApplication.processEvents()
    assert steps.font().pointSizeF() == pytest.approx(usual * 1.5)
    assert steps.visualItemRect(steps.item(1)).height() > row_height * 1.3
    assert year.problem.font().pointSizeF() == pytest.approx(usual * 1.5)
    window.show_funders()
    assert window.funders.list.font().pointSizeF() == pytest.approx(usual * 1.5)


def usable(window: QWidget) -> list[QWidget]:
    """Everything on screen that can be used: each takes the keyboard's focus by Tab (the
    line inside a spin box or combo box is part of its box)."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
    ]


def scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def unreachable(widget: QWidget, window: QWidget) -> str:
    """Why `widget` can be neither seen nor scrolled to in `window`; empty if it can."""
    area = scroll_area_around(widget)
    holder = window if area is None else area.viewport()
    place = QRect(widget.mapTo(holder, QPoint(0, 0)), widget.size())
    room = holder.rect()
    if area is None:
        return "" if room.contains(place) else f"cut off at {place} in a window of {room}"
    policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if area.horizontalScrollBarPolicy() == policy and (
        place.left() < room.left() or place.right() > room.right()
    ):
        return f"cut off sideways at {place} in {type(area).__name__} {room}"
    if area.verticalScrollBarPolicy() == policy and (
        place.top() < room.top() or place.bottom() > room.bottom()
    ):
        return f"cut off at {place} in {type(area).__name__} {room}"
    return unreachable(area, window)


def test_at_200_percent_every_input_on_a_1366_by_768_screen_can_be_reached(
    window, qtbot, back_to_usual_size
):
    add_example_funders(window.store)
    write_demo(window.store)
    size_action(window, 200).trigger()
    QApplication.processEvents()
    width, height = SCREEN[0], SCREEN[1] - TASKBAR_AND_TITLE
    problems = []
    checked = 0
    for screen in screens(window):
        window.resize(width, height)
        QApplication.processEvents()
        if window.width() > width or window.height() > height:
            problems.append(f"{screen}: the window cannot be smaller than {window.size()}")
            continue
        for widget in usable(window):
            checked += 1
            why = unreachable(widget, window)
            if why:
                name = widget.accessibleName() or type(widget).__name__
                problems.append(f"{screen}: {name}: {why}")
    assert checked > 100
    assert problems == []


def test_no_text_or_box_is_sized_in_pixels():
    ui = Path(grantdesk.ui.__file__).parent
    pixels = re.compile(
        r"set(?:Fixed|Minimum|Maximum)(?:Height|Width|Size)\(\s*\d|setPixelSize|font-size"
    )
    found = [
        f"{path.relative_to(ui)}: {match.group()}"
        for path in ui.rglob("*.py")
        for match in pixels.finditer(path.read_text())
    ]
    assert found == []
