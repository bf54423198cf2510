"""The mouse wheel scrolls the page; it never changes a number or a choice the person has not
clicked into. Without this, scrolling past a limit's spin box or a list of choices changes it
(250 becomes 247, words become characters), and the change is saved."""

from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = "wheel_guarded"


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            # The page scrolls on as if the box were not there.
            wheel = QWheelEvent(
                event.position(),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QCoreApplication.sendEvent(area.viewport(), wheel)
        return True


def _scroll_area_around(widget: QObject) -> QAbstractScrollArea | None:
    parent = widget.parent()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parent()
    return parent


@cache
def _guard() -> _WheelGuard:
    return _WheelGuard(QCoreApplication.instance())


def guard_wheel(root: QWidget) -> None:
    """Keep the wheel off every spin box and list of choices inside `root` unless it has the
    keyboard focus (clicking or tabbing into it). Safe to call again as widgets are added."""
    boxes = [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]
    if isinstance(root, QAbstractSpinBox | QComboBox):
        boxes.append(root)
    for box in boxes:
        if box.property(GUARDED):
            continue
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone does not focus it
        box.installEventFilter(_guard())
        box.setProperty(GUARDED, True)
