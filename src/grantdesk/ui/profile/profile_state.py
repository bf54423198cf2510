"""The group's profile as the profile screen reads and saves it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from grantdesk.domain.organisation import Profile
from grantdesk.ui.autosave import PROFILE, AutoSaver, Edit

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class ProfileState:
    def __init__(self, store: Store, saver: AutoSaver):
        self._store = store
        self.saver = saver
        self.profile = Profile()

    def load(self) -> Profile:
        """The profile as it stands: what is saved, with any edit not on disk yet (raises
        StoreError if it cannot be read)."""
        stored = self._store.profile.get() or Profile()
        self.profile = self.saver.unsaved_values().get(PROFILE, stored)
        return self.profile

    def save(self, profile: Profile) -> None:
        base, self.profile = self.profile, profile
        self.saver.schedule(
            Edit.saved_by(
                self._store.profile.save,
                key=PROFILE,
                what=QCoreApplication.translate("Saving", "the group profile"),
                base=base,
                value=profile,
            )
        )
