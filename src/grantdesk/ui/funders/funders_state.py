"""The funders on this PC, as the funders screen reads and changes them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from grantdesk.domain.funder_file import funder_file_text, funder_from_file
from grantdesk.domain.funders import Funder
from grantdesk.ui.autosave import AutoSaver

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class FundersState:
    """Reads raise StoreError for the screen to tell; edits are saved through the AutoSaver."""

    def __init__(self, store: Store, saver: AutoSaver):
        self._store = store
        self.saver = saver

    def all(self) -> list[Funder]:
        return self._store.funders.all()

    def get(self, funder_id: int) -> Funder:
        return self._store.funders.get(funder_id)

    def add(self, funder: Funder) -> int:
        """Add a funder now (it needs an id before it can be edited); returns the id."""
        return self._store.funders.save(funder)

    def save(self, funder: Funder) -> None:
        self.saver.schedule(("funder", funder.id), lambda: self._store.funders.save(funder))

    def remove(self, funder_id: int) -> None:
        self._store.funders.remove(funder_id)

    def save_to_file(self, funder_id: int, path: Path) -> None:
        """Write the funder as a funder file; raises OSError if the file cannot be written."""
        path.write_text(funder_file_text(self._store.funders.get(funder_id)), "utf-8")

    def add_from_file(self, path: Path) -> int:
        """Add the funder a file holds; raises OSError if it cannot be read and
        FunderFileError (with the reason in words) if it is not a sound funder file."""
        funder = funder_from_file(path.read_bytes(), path.name)
        return self._store.funders.save(funder)
