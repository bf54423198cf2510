"""The group's profile as the profile screen reads and saves it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantdesk.domain.organisation import Profile
from grantdesk.ui.autosave import AutoSaver

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class ProfileState:
    def __init__(self, store: Store, saver: AutoSaver):
        self._store = store
        self.saver = saver

    def load(self) -> Profile:
        """The saved profile, or an empty one (raises StoreError if it cannot be read)."""
        return self._store.profile.get() or Profile()

    def save(self, profile: Profile) -> None:
        self.saver.schedule("profile", lambda: self._store.profile.save(profile))
