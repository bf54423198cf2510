"""Guards against faults in the Qt binding itself that would hurt a long writing session."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal()


def test_emitting_signals_does_not_leak_references_to_true(qtbot):
    # PySide6 6.12.0 dropped a reference to True on every emit; after a few thousand
    # keystrokes Python aborted. pyproject.toml keeps that version out.
    emitter = Emitter()
    emitter.happened.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.happened.emit()
    assert abs(sys.getrefcount(True) - before) < 50
