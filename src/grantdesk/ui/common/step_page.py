"""The small protocol every page of the guided path follows."""

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class StepState(Enum):
    NOT_STARTED = "not started"
    DONE = "done"
    NEEDS_ATTENTION = "needs attention"


class StepPage(QWidget):
    """One step: it loads itself, saves through the shared AutoSaver and reports its state."""

    state_changed = Signal()

    def step_title(self) -> str:
        raise NotImplementedError

    def state(self) -> StepState:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the cursor goes when the page opens."""
        raise NotImplementedError
