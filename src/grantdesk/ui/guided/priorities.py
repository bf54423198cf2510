"""The funder's priorities as a checklist beside the priorities question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from grantdesk.domain.funders import Funder
from grantdesk.ui.common.widgets import WrappingCheckBox, wrapped

if TYPE_CHECKING:
    from grantdesk.ui.guided.application_state import ApplicationState


class PrioritiesChecklist(QGroupBox):
    """Tick each of the funder's priorities once the answer addresses it."""

    changed = Signal()
    answer_is_optional = False

    def __init__(
        self,
        funder: Funder,
        state: ApplicationState,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        # A group box's title never wraps: the funder's name, which may be long, is said in
        # the words below it.
        self.setTitle(self.tr("The funder’s priorities"))
        self._state = state
        ticked = set(state.priorities_ticked)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "These are the priorities of {funder}. Show how your project meets each "
                    "one you can honestly claim, and tick it when your answer does."
                ).format(funder=funder.display_name)
            )
        )
        self.boxes: list[QCheckBox] = []
        for priority in funder.priorities:
            box = WrappingCheckBox(
                QCoreApplication.translate("Priorities", priority).replace("&", "&&")
            )
            box.setChecked(priority in ticked)
            box.setProperty("priority", priority)
            box.toggled.connect(self._save)
            layout.addWidget(box)
            self.boxes.append(box)

    def _save(self) -> None:
        ticked = tuple(box.property("priority") for box in self.boxes if box.isChecked())
        self._state.save_priorities(ticked)
        self.changed.emit()

    def has_content(self) -> bool:
        return False

    def needs_attention(self) -> bool:
        return False
