"""Take-away copies as the window uses them: one application saved as a file, and a file added
here as a new application. Every method raises StoreError with a plain sentence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from grantdesk.domain.application import ApplicationSummary
from grantdesk.domain.takeaway import Added, TakeAway
from grantdesk.store.takeaway import read_copy, write_copy

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class TakeAwayState:
    def __init__(self, store: Store):
        self._store = store

    def summary(self, application_id: int) -> ApplicationSummary:
        return self._store.applications.summary(application_id)

    @property
    def locked(self) -> bool:
        """Whether this group is locked (its copies are then offered a passphrase too)."""
        return self._store.locked

    def save_copy(self, application_id: int, path: Path, passphrase: str | None = None) -> None:
        write_copy(self._store.takeaway.export(application_id), path, passphrase)

    def read(self, path: Path, passphrase: str | None = None) -> TakeAway:
        """Raises PassphraseNeeded for a protected copy read without one."""
        return read_copy(path, passphrase)

    def same_title(self, title: str) -> list[ApplicationSummary]:
        """Applications already here with this title (not in the bin)."""
        return [
            summary
            for summary in self._store.applications.summaries()
            if summary.details.title == title
        ]

    def add(self, copy: TakeAway) -> Added:
        return self._store.takeaway.add(copy)
