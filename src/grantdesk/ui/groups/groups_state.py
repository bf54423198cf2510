"""The groups on this computer as the window uses them: listed, added, renamed, locked and
unlocked. Every step that changes a group's files runs while its window is closed."""

from __future__ import annotations

from pathlib import Path

from grantdesk.store.workspaces import FIRST_GROUP_NAME, Workspace, Workspaces


class GroupsState:
    def __init__(self, data_dir: Path):
        self._workspaces = Workspaces(data_dir)

    def prepare(self) -> None:
        """A data folder from before groups becomes the first group. Raises StoreError."""
        self._workspaces.move_single_database()

    def all(self) -> list[Workspace]:
        return self._workspaces.all()

    def first(self) -> Workspace:
        """The only group, made (as "Our group") on a computer that has none yet."""
        groups = self.all()
        return groups[0] if groups else self._workspaces.add(FIRST_GROUP_NAME)

    def add(self, name: str) -> Workspace:
        return self._workspaces.add(name)

    def rename(self, workspace: Workspace, name: str) -> Workspace:
        return self._workspaces.rename(workspace, name)

    def named_after_profile(self, workspace: Workspace, profile_name: str) -> Workspace:
        """The first group, still called "Our group" as it was made, takes the name its
        profile gives it, so that the list of groups tells it from the next group to come.
        A name someone chose is kept. Raises StoreError."""
        if workspace.name != FIRST_GROUP_NAME or not profile_name.strip():
            return workspace
        return self.rename(workspace, profile_name)

    def set_lock_after(self, workspace: Workspace, minutes: int | None) -> Workspace:
        return self._workspaces.set_lock_after(workspace, minutes)

    def unlock(
        self, workspace: Workspace, passphrase: str | None = None, recovery_key: str | None = None
    ) -> str:
        """The group's data key. Raises WrongPassphrase (a StoreError), changing nothing."""
        from grantdesk.store.locking import data_key

        return data_key(workspace.folder, passphrase, recovery_key)

    def lock(self, workspace: Workspace, passphrase: str) -> str:
        """Lock the (closed) group; returns the recovery key to show once."""
        from grantdesk.store.locking import lock

        return lock(workspace.folder, passphrase)

    def change_passphrase(self, workspace: Workspace, key: str, passphrase: str) -> None:
        from grantdesk.store.locking import change_passphrase

        change_passphrase(workspace.folder, key, passphrase)

    def unlock_for_good(self, workspace: Workspace, key: str) -> None:
        """Decrypt the (closed) group's work for good."""
        from grantdesk.store.locking import unlock_permanently

        unlock_permanently(workspace.folder, key)
