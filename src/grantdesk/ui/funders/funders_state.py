"""The funders on this PC, as the funders screen reads and changes them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from grantdesk.domain.funder_file import funder_file_text, funder_from_file
from grantdesk.domain.funders import Funder
from grantdesk.ui.autosave import AutoSaver, Edit, funder_key

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class FundersState:
    """Reads raise StoreError for the screen to tell; edits are saved through the AutoSaver,
    and reads show edits not on disk yet."""

    def __init__(self, store: Store, saver: AutoSaver):
        self._store = store
        self.saver = saver
        self._shown: dict[int, Funder] = {}
        """Each funder as last read or edited here: the base of its next edit."""

    def names(self) -> list[tuple[int, str]]:
        """Each funder's id and name as lists show it, with edits not on disk yet."""
        unsaved = self.saver.unsaved_values()
        return [
            (funder.id, unsaved[funder_key(funder.id)].display_name)
            if funder_key(funder.id) in unsaved
            else (funder.id, funder.display_name)
            for funder in self._store.funders.names()
        ]

    def get(self, funder_id: int) -> Funder:
        funder = self.saver.unsaved_values().get(funder_key(funder_id))
        if funder is None:
            funder = self._store.funders.get(funder_id)
        self._shown[funder_id] = funder
        return funder

    def add(self, funder: Funder) -> int:
        """Add a funder now (it needs an id before it can be edited); returns the id."""
        return self.saver.run_now(lambda: self._store.funders.save(funder))

    def save(self, funder: Funder) -> None:
        base = self._shown[funder.id]
        self._shown[funder.id] = funder
        what = QCoreApplication.translate("Saving", "the funder “{name}”")
        self.saver.schedule(
            Edit.saved_by(
                self._store.funders.save,
                key=funder_key(funder.id),
                what=what.format(name=funder.display_name),
                base=base,
                value=funder,
            )
        )

    def remove(self, funder_id: int) -> None:
        self.saver.run_now(lambda: self._store.funders.remove(funder_id))

    def save_to_file(self, funder_id: int, path: Path) -> None:
        """Write the funder, as on screen, as a funder file; raises OSError if the file cannot
        be written."""
        path.write_text(funder_file_text(self.get(funder_id)), "utf-8")

    def add_from_file(self, path: Path) -> int:
        """Add the funder a file holds; raises OSError if it cannot be read and
        FunderFileError (with the reason in words) if it is not a sound funder file."""
        funder = funder_from_file(path.read_bytes(), path.name)
        return self.saver.run_now(lambda: self._store.funders.save(funder))
