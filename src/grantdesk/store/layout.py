"""A group's files by name, and writing them so they survive a power cut.

Plain Python, without the database library, so the window can list the groups on this computer
(and see which are locked) before that library has loaded.
"""

import os
from pathlib import Path

DATABASE_FILE = "grantdesk.sqlite3"
BACKUP_FOLDER = "backups"
DAMAGED_FOLDER = "damaged"
GROUPS_FOLDER = "groups"
SETTINGS_FILE = "group.json"
PASSPHRASE_FILE = "passphrase.key"
RECOVERY_FILE = "recovery.key"


def wal_path(database: Path) -> Path:
    """The database's file of recent saves."""
    return database.with_name(database.name + "-wal")


def shm_path(database: Path) -> Path:
    """The index SQLite keeps of the file of recent saves."""
    return database.with_name(database.name + "-shm")


def is_locked(folder: Path) -> bool:
    """Whether the group in `folder` is locked: its key files say so."""
    return (folder / PASSPHRASE_FILE).exists() or (folder / RECOVERY_FILE).exists()


def flush_folder(folder: Path) -> None:
    """Make a rename in this folder survive a power cut (where the system allows it)."""
    if os.name == "nt":
        return  # Windows cannot open a folder to flush it; its renames are journalled
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_durably(path: Path, text: str) -> None:
    """A small text file replaced whole: the old one or the new one survives a power cut."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, path)
    flush_folder(path.parent)
