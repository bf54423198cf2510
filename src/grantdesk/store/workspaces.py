"""The groups on this computer: each a workspace of its own in the data folder.

Listing the groups loads no database library (the window can ask which group before it has
loaded); opening one, or moving an old data folder, does.

    DATA FOLDER/groups/SLUG/   grantdesk.sqlite3 (and its -wal), backups/, damaged/,
                               grantdesk.lock (one window per group), group.json,
                               passphrase.key and recovery.key when the group is locked

`group.json` holds what must be read before the group is opened, so it is never private: the
group's name as typed and after how many idle minutes a locked group locks itself. Everything
else is in the group's own database, which only that group's window and commands open.

A data folder from before groups (one database with its backups in the folder itself) becomes
the first group: a checked backup first, then the files are moved (never copied and deleted)
into the group's folder, the data file last, with a note of where they are going so that a move
cut short carries on at the next start.
"""

import json
import logging
import os
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from grantdesk.store.errors import CANNOT_WRITE_FOLDER, StoreError
from grantdesk.store.layout import (
    BACKUP_FOLDER,
    DAMAGED_FOLDER,
    DATABASE_FILE,
    GROUPS_FOLDER,
    SETTINGS_FILE,
    flush_folder,
    is_locked,
    shm_path,
    wal_path,
    write_durably,
)

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without loading typing (3 ms of `grantdesk list`)
if TYPE_CHECKING:
    from grantdesk.store.repository import Store

log = logging.getLogger(__name__)

MOVING_NOTE = ".moving-into"
FIRST_GROUP_NAME = "Our group"
LOCK_AFTER_MINUTES = 15
"""A locked group locks itself after this long without a key pressed, unless it chose otherwise."""

NAME_NEEDED = "Please type the group’s name."
NAME_TAKEN = (
    "There is already a group called “{name}” on this computer. Please choose another name, "
    "such as one with the town or the year in it."
)
SEVERAL_GROUPS = (
    "There are several groups on this computer: {names}. Please say which one with --group NAME."
)
NO_SUCH_GROUP = "There is no group called “{name}” on this computer. The groups here are: {names}."


@dataclass(frozen=True)
class Workspace:
    folder: Path
    name: str
    lock_after_minutes: int | None = LOCK_AFTER_MINUTES
    """Idle minutes before a locked group locks itself; None for never."""

    @property
    def locked(self) -> bool:
        return is_locked(self.folder)

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_FILE


class Workspaces:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.groups = data_dir / GROUPS_FOLDER

    def all(self) -> list[Workspace]:
        """Every group on this computer, in order of name. A data folder from before groups
        that could not be moved (it cannot be written to: a write-protected USB stick, say) is
        its one group, read where it is."""
        if (self.data_dir / DATABASE_FILE).exists() and not (self.groups / MOVING_NOTE).exists():
            return [Workspace(self.data_dir, FIRST_GROUP_NAME)]
        if not self.groups.is_dir():
            return []
        found = [
            _read(folder)
            for folder in self.groups.iterdir()
            if folder.is_dir() and (folder / SETTINGS_FILE).is_file()
        ]
        return sorted(found, key=lambda workspace: workspace.name.casefold())

    def find(self, name: str) -> Workspace:
        """The group of that name (or folder name), however it is capitalised. Raises
        StoreError naming the groups there are."""
        wanted = name.strip().casefold()
        for workspace in self.all():
            if wanted in (workspace.name.casefold(), workspace.folder.name.casefold()):
                return workspace
        names = ", ".join(f"“{workspace.name}”" for workspace in self.all()) or "none yet"
        raise StoreError(NO_SUCH_GROUP.format(name=name, names=names))

    def for_command(self, name: str | None) -> Workspace:
        """The group a headless command works on: the one named, or else the only one (made,
        as "Our group", when there is none). Raises StoreError when it cannot tell which."""
        self.move_single_database()
        if name:
            return self.find(name)
        groups = self.all()
        if len(groups) > 1:
            names = ", ".join(f"“{workspace.name}”" for workspace in groups)
            raise StoreError(SEVERAL_GROUPS.format(names=names))
        return groups[0] if groups else self.add(FIRST_GROUP_NAME)

    def add(self, name: str) -> Workspace:
        """A new, empty group (its database is made when it is first opened)."""
        name = self._free_name(name)
        workspace = Workspace(self.groups / self._free_folder(name), name)
        try:
            workspace.folder.mkdir(parents=True)
            _write(workspace)
        except OSError as error:
            log.warning("No group can be made in %s", self.data_dir, exc_info=True)
            raise StoreError(CANNOT_WRITE_FOLDER, folder=self.data_dir) from error
        return workspace

    def rename(self, workspace: Workspace, name: str) -> Workspace:
        """The same group (and folder) under another name."""
        renamed = Workspace(
            workspace.folder, self._free_name(name, workspace), workspace.lock_after_minutes
        )
        _write(renamed)
        return renamed

    def set_lock_after(self, workspace: Workspace, minutes: int | None) -> Workspace:
        changed = replace(workspace, lock_after_minutes=minutes)
        _write(changed)
        return changed

    def move_single_database(self) -> Workspace | None:
        """Make a data folder from before groups (its database in the folder itself) the first
        group, losing nothing; carry on with a move cut short. Returns that group, or None when
        there was nothing to move."""
        note = self.groups / MOVING_NOTE
        old = self.data_dir / DATABASE_FILE
        if note.is_file():
            workspace = Workspace(self.groups / note.read_text("utf-8").strip(), FIRST_GROUP_NAME)
            if not workspace.folder.is_dir():
                workspace.folder.mkdir(parents=True)
                _write(workspace)
        elif old.exists() or wal_path(old).exists():
            if not os.access(self.data_dir, os.W_OK):
                log.warning("%s cannot be written to: its data stays where it is", self.data_dir)
                return None
            name = _backed_up_and_named(self.data_dir)
            name = self._free_name(name)
            workspace = Workspace(self.groups / self._free_folder(name), name)
            self.groups.mkdir(parents=True, exist_ok=True)
            write_durably(note, workspace.folder.name)
            workspace.folder.mkdir(parents=True)
            _write(workspace)
        else:
            return None
        # The data file goes last: until it has moved, the next start carries on the move.
        for item in (BACKUP_FOLDER, DAMAGED_FOLDER, shm_path(old).name, wal_path(old).name):
            _move(self.data_dir / item, workspace.folder / item)
        _move(old, workspace.database)
        flush_folder(workspace.folder)
        note.unlink()
        flush_folder(self.groups)
        log.info("The data in %s is now the group in %s", self.data_dir, workspace.folder)
        return _read(workspace.folder)

    def _free_name(self, name: str, renaming: Workspace | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise StoreError(NAME_NEEDED)
        others = [  # the data folder from before groups is not another group: it is moving
            w
            for w in self.all()
            if w.folder != self.data_dir and (renaming is None or w.folder != renaming.folder)
        ]
        for other in others:
            if other.name.casefold() == name.casefold():
                raise StoreError(NAME_TAKEN.format(name=other.name))
        return name

    def _free_folder(self, name: str) -> str:
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        slug = "-".join("".join(c if c.isalnum() else " " for c in plain).split())[:40] or "group"
        folder, number = slug, 2
        while (self.groups / folder).exists():
            folder, number = f"{slug}-{number}", number + 1
        return folder


def open_workspace(workspace: Workspace, key: str | None = None) -> "Store":
    """The group's store: checked and brought up to date as any database is; a locked group's
    with its data key (after finishing a lock or unlock that was cut short)."""
    return open_group_folder(workspace.folder, key)


def open_group_folder(folder: Path, key: str | None = None) -> "Store":
    from grantdesk.store.database import open_database
    from grantdesk.store.locking import settle
    from grantdesk.store.repository import Store

    if key is not None:
        settle(folder, key)
    return Store(open_database(folder, key), key=key)


def _backed_up_and_named(data_dir: Path) -> str:
    """Before the move: a checked backup of the database as it is (kept by the rotation for
    good, as every copy made before an upgrade is), and the group's name from its profile."""
    from grantdesk.store.backups import Backups
    from grantdesk.store.errors import DamagedDatabase, NewerDatabase
    from grantdesk.store.sqlite_files import check_database, contents_of

    old = data_dir / DATABASE_FILE
    try:
        revision = check_database(old)
        if revision is None:
            return FIRST_GROUP_NAME
        Backups(old, data_dir / BACKUP_FOLDER).make_before_upgrade(revision)
        return contents_of(old).group or FIRST_GROUP_NAME
    except (DamagedDatabase, NewerDatabase) as refusal:
        # Moved as it is: the group's start-up check then offers what it always does.
        log.warning("The data to move into a group cannot be backed up: %s", refusal.message)
        return FIRST_GROUP_NAME


def _move(source: Path, target: Path) -> None:
    if not source.exists():
        return
    if source.is_dir() and target.is_dir():
        for item in source.iterdir():
            _move(item, target / item.name)
        source.rmdir()
        return
    os.replace(source, target)


def _read(folder: Path) -> Workspace:
    try:
        settings = json.loads((folder / SETTINGS_FILE).read_text("utf-8"))
        minutes = settings.get("lock_after_minutes", LOCK_AFTER_MINUTES)
        return Workspace(folder, str(settings["name"]), None if minutes is None else int(minutes))
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("Group settings in %s unreadable", folder, exc_info=True)
        return Workspace(folder, folder.name)  # still listed, so its work can be opened


def _write(workspace: Workspace) -> None:
    settings = {"name": workspace.name, "lock_after_minutes": workspace.lock_after_minutes}
    write_durably(
        workspace.folder / SETTINGS_FILE, json.dumps(settings, ensure_ascii=False, indent=2)
    )
