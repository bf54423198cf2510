"""Failures of the store, told as plain sentences that say what went wrong and what to do next.

Reading and saving are told apart: a failure while GrantDesk was only reading never says that
something could not be saved. Plain Python, so the window can name these errors without loading
the database library.
"""

import os
from enum import Enum
from pathlib import Path

from grantdesk.domain.messages import QT_TRANSLATE_NOOP

READ_ONLY = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because the folder it keeps your work in cannot be written to. "
    "Your text is still on screen; please ask whoever looks after this computer to check the "
    "folder.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because this computer’s disk is full. Your text is still on "
    "screen; please free some space (empty the recycle bin, say) and GrantDesk will try again.",
)
BUSY = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save just now, because another copy of GrantDesk is using the same "
    "file. It will try again in a moment.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because its data file is damaged. Your text is still on screen: "
    "copy anything you need, then close GrantDesk and start it again. It will check the file, "
    "keep the damaged one aside and offer the newest good backup.",
)
MISSING_PART = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because part of its data file is missing ({what}). Your text is "
    "still on screen: copy anything you need, then close GrantDesk and start it again. It will "
    "check the file, keep the damaged one aside and offer the newest good backup.",
)
UNKNOWN = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save just now. Your text is still on screen and GrantDesk will try "
    "again; the details are in the log file in GrantDesk’s data folder.",
)
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because the folder {folder} cannot be written to (it is "
    "read-only). Your text is still on screen, and GrantDesk will save it by itself once the "
    "folder can be written to again; please ask whoever looks after this computer to check it.",
)
READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because its data file {file} is read-only. Your text is still "
    "on screen, and GrantDesk will save it by itself once the file can be written to again; "
    "please ask whoever looks after this computer to check it.",
)
DISK_FULL_AT = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because the disk that holds {folder} is full. Your text is "
    "still on screen; please free some space (empty the recycle bin, say) and GrantDesk will "
    "save it by itself.",
)
FOLDER_GONE = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because it cannot find the folder {folder} any more. If it is "
    "on a USB stick or another drive, please put it back. Your text is still on screen, and "
    "GrantDesk will save it by itself when the folder is back.",
)
FILE_GONE = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not save, because its data file {file} is no longer there. Please do "
    "not close GrantDesk: your text is still on screen. Ask whoever looks after this computer "
    "whether the file was moved, and put it back; GrantDesk will then save by itself.",
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "StoreError",
    "This was changed somewhere else (in another GrantDesk, or by a GrantDesk command) since "
    "GrantDesk read it, so it was not saved over.",
)

CANNOT_WRITE_FOLDER = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk cannot keep your work in {folder}, because that folder cannot be written to. "
    "Please choose another folder, or ask whoever looks after this computer to check it.",
)
READ_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not read its data file, because the file cannot be opened (it may have been "
    "moved, or this account may not be allowed to read it). Nothing has been changed; please ask "
    "whoever looks after this computer to check the data folder.",
)
READ_BUSY = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not read its data just now, because another copy of GrantDesk is using the "
    "same file. Nothing has been changed; please try again in a moment.",
)
READ_DAMAGED = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not read its data file, because the file is damaged. Nothing has been "
    "changed. Close GrantDesk and start it again: it will check the file, keep the damaged one "
    "aside and offer the newest good backup.",
)
READ_MISSING_PART = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not read its data, because part of its data file is missing ({what}). "
    "Nothing has been changed. Close GrantDesk and start it again: it will check the file, keep "
    "the damaged one aside and offer the newest good backup.",
)
READ_UNKNOWN = QT_TRANSLATE_NOOP(
    "StoreError",
    "GrantDesk could not read its data just now. Nothing has been changed; the details are in "
    "the log file in GrantDesk’s data folder.",
)


class StoreError(Exception):
    """Saving or reading failed; `message` is for people, the cause is in the log.

    The message is one of the sentences above; `names` fill its {placeholders}, so the window
    can translate the sentence and then put the names in.
    """

    def __init__(self, message: str, **names: object):
        self.template = message
        self.names = names
        self.message = message.format(**names) if names else message
        super().__init__(self.message)


class ChangedElsewhere(StoreError):
    """An edit was refused: what is stored is no longer what the editor read.

    `theirs` is what is stored now, in the same shape as the edit's value, so the edit can
    be made again on top of it if the person chooses to keep their own version.
    """

    def __init__(self, theirs: object):
        super().__init__(CHANGED_ELSEWHERE)
        self.theirs = theirs


def message_for(error: BaseException, reading: bool, database: Path | None = None) -> StoreError:
    """The plain StoreError for a failure of the database or the disk, while reading or while
    saving; a failed save names the real cause where it can (the folder gone, the disk full,
    the file or the folder read-only)."""
    said = str(getattr(error, "orig", None) or error)  # the database's own words, not the SQL
    text = said.lower()
    folder = database.parent if database is not None else None
    if "no such table" in text or "no such column" in text:
        kind, _colon, name = said.split("no such ", 1)[1].partition(":")
        what = f"the {kind} “{name.strip()}”"
        return StoreError(READ_MISSING_PART if reading else MISSING_PART, what=what)
    if "malformed" in text or "not a database" in text:
        return StoreError(READ_DAMAGED if reading else DAMAGED)
    if reading:
        if "locked" in text or "busy" in text:
            return StoreError(READ_BUSY)
        if any(sign in text for sign in ("unable to open", "permission", "access")):
            return StoreError(READ_CANNOT_OPEN)
        return StoreError(READ_UNKNOWN)
    if folder is not None and not folder.is_dir():
        return StoreError(FOLDER_GONE, folder=folder)
    if "disk is full" in text or "no space" in text:
        return StoreError(DISK_FULL_AT, folder=folder) if folder else StoreError(DISK_FULL)
    if folder is not None and not _writable(folder):
        return StoreError(READ_ONLY_FOLDER, folder=folder)
    if database is not None and database.exists() and not _writable(database):
        return StoreError(READ_ONLY_FILE, file=database)
    if "locked" in text or "busy" in text:
        return StoreError(BUSY)
    if any(sign in text for sign in ("readonly", "read-only", "permission", "unable to open")):
        return StoreError(READ_ONLY)
    return StoreError(UNKNOWN)


def unreachable(database: Path) -> StoreError | None:
    """Why the database file cannot be written where it should be, if it cannot: its folder
    is gone (a USB stick taken out) or the file was moved away. Writing then would go to a
    file no one can find again, so nothing is written."""
    if not database.parent.is_dir():
        return StoreError(FOLDER_GONE, folder=database.parent)
    if not database.exists():
        return StoreError(FILE_GONE, file=database)
    return None


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


class Damage(Enum):
    """What the check at start-up found wrong with the data file, said plainly."""

    EMPTY = (
        "GrantDesk’s data file ({file}) is empty: it holds nothing at all, not even an empty list "
        "of applications. This happens when a copy is cut short or the power goes just as "
        "GrantDesk first starts."
    )
    NOT_A_DATABASE = (
        "GrantDesk’s data file ({file}) does not begin the way a GrantDesk data file does: its "
        "beginning has been overwritten, or another file has been put in its place."
    )
    CUT_SHORT = (
        "GrantDesk’s data file ({file}) is shorter than it should be: its end is missing, as "
        "happens when a copy is cut short."
    )
    DAMAGED_INSIDE = (
        "GrantDesk’s data file ({file}) is damaged inside: part of it has been overwritten, so "
        "some of what it holds cannot be read."
    )
    TABLES_MISSING = (
        "GrantDesk’s data file ({file}) is missing part of what GrantDesk keeps in it ({what})."
    )
    NOT_GRANTDESK = (
        "The file GrantDesk keeps its data in ({file}) holds something else, not GrantDesk’s "
        "applications."
    )
    RECENT_SAVES_DAMAGED = (
        "The file that holds GrantDesk’s most recent saves ({file}-wal) is damaged, so the "
        "latest changes in it cannot all be read."
    )
    RECENT_SAVES_MISSING = (
        "The file that holds GrantDesk’s most recent saves ({file}-wal) is missing: it may "
        "have been deleted, or left behind when the data was copied. The latest changes are "
        "not in the main data file."
    )

    @property
    def in_recent_saves(self) -> bool:
        """Only the file of recent saves is hurt: the main data file can still be read."""
        return self in (Damage.RECENT_SAVES_DAMAGED, Damage.RECENT_SAVES_MISSING)


class DamagedDatabase(StoreError):
    """The data file failed the check; nothing has been changed or moved."""

    def __init__(self, damage: Damage, database: Path, what: str = ""):
        super().__init__(damage.value.format(file=database, what=what))
        self.damage = damage
        self.database = database


NEWER_NAMED = QT_TRANSLATE_NOOP(
    "StoreError",
    "This data was saved by GrantDesk {theirs}, which is newer than this GrantDesk ({ours}). "
    "This GrantDesk has not opened it, so nothing in it has been changed. Please use GrantDesk "
    "{theirs} or later on this computer; whoever looks after it can install it.",
)
NEWER_UNNAMED = QT_TRANSLATE_NOOP(
    "StoreError",
    "This data was saved by a newer version of GrantDesk than this one ({ours}). This GrantDesk "
    "has not opened it, so nothing in it has been changed. Please use the newer GrantDesk on "
    "this computer; whoever looks after it can install it.",
)


class NewerDatabase(StoreError):
    """The data file was written by a newer GrantDesk; it has not been touched."""

    def __init__(self, theirs: str | None, ours: str):
        super().__init__(
            NEWER_NAMED.format(theirs=theirs, ours=ours)
            if theirs
            else NEWER_UNNAMED.format(ours=ours)
        )


class WrongPassphrase(StoreError):
    """The words typed do not open a locked group's key file or a protected copy; nothing was
    changed."""


class PassphraseNeeded(StoreError):
    """A take-away copy is protected: ask for its passphrase, then read it again with it."""
