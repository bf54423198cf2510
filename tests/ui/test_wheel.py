"""The mouse wheel over a spin box or a list of choices that the person has not clicked into
changes nothing: it scrolls the page instead. Checked on every screen and every step."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget

from grantdesk.domain.application import ApplicationDetails
from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders
from grantdesk.ui.home.home_dialogs import NewApplicationDialog


def wheel(widget: QWidget, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_of(box: QWidget):
    return box.currentIndex() if isinstance(box, QComboBox) else box.value()


def wheel_over_every_box(view: QWidget, where: str) -> int:
    """Wheel up and down over each box on show; nothing may change. Returns how many."""
    boxes = [
        box
        for box in [*view.findChildren(QAbstractSpinBox), *view.findChildren(QComboBox)]
        if box.isVisibleTo(view) and box.isEnabled()
    ]
    for box in boxes:
        box.clearFocus()
        assert box.focusPolicy() & Qt.FocusPolicy.WheelFocus != Qt.FocusPolicy.WheelFocus, (
            f"the wheel would give {box.accessibleName()!r} on {where} the keyboard focus"
        )
        before = value_of(box)
        for notches in (1, -1, -3, 3):
            wheel(box, notches)
            assert value_of(box) == before, f"{box.accessibleName()!r} on {where} changed"
    return len(boxes)


def test_the_wheel_changes_no_box_without_the_focus_on_any_screen(window, qtbot):
    store = window.store
    add_example_funders(store)
    write_demo(store)
    for funder in store.funders.all():
        application_id = store.applications.create(ApplicationDetails(title=funder.name))
        store.applications.set_funder(application_id, funder.id)

    checked = 0
    window.show_profile()
    checked += wheel_over_every_box(window.profile, "the profile")
    window.show_funders()
    for row in range(window.funders.list.count()):
        window.funders.list.setCurrentRow(row)
        checked += wheel_over_every_box(window.funders, f"funder {row + 1}")
    funder = store.funders.all()[0]
    window.enter_form(funder.id)
    window.form_entry.rules.more.set_open(True)
    for step in range(window.form_entry.steps.count()):
        window.form_entry.go_to(step)
        checked += wheel_over_every_box(window.form_entry, f"the form, step {step + 1}")
    dialog = NewApplicationDialog(store.funders.all(), window)
    dialog.show()
    checked += wheel_over_every_box(dialog, "the new-application dialog")
    dialog.close()
    for summary in store.applications.summaries():
        window.open_application(summary.id)
        view = window.application
        for index, key in enumerate(view.page_keys):
            view.go_to(index)
            checked += wheel_over_every_box(view.stack.currentWidget(), f"{key} of {summary.id}")
    assert checked > 50


def test_the_wheel_over_a_box_scrolls_the_page_instead(window, qtbot):
    window.show_funders()
    window.funders.add_button.click()
    scroller: QScrollArea = window.funders.scroller
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: scroller.verticalScrollBar().maximum() > 0)
    window.funders.editor.rules.more.set_open(True)
    combo = window.funders.editor.rules.characters_combo
    before = combo.currentIndex()
    wheel(combo, -3)
    assert combo.currentIndex() == before
    assert scroller.verticalScrollBar().value() > 0

    combo.setFocus()
    wheel(combo, -1)  # once clicked or tabbed into, the wheel is the person's to use
    assert combo.currentIndex() != before
