"""Failures of the store, told as plain sentences that say what went wrong and what to do next.

Reading and saving are told apart: a failure while GrantDesk was only reading never says that
something could not be saved. Plain Python, so the window can name these errors without loading
the database library.
"""

from enum import Enum
from pathlib import Path

READ_ONLY = (
    "GrantDesk could not save, because the folder it keeps your work in cannot be written to. "
    "Your text is still on screen; please ask whoever looks after this computer to check the "
    "folder."
)
DISK_FULL = (
    "GrantDesk could not save, because this computer's disk is full. Your text is still on "
    "screen; please free some space (empty the recycle bin, say) and GrantDesk will try again."
)
BUSY = (
    "GrantDesk could not save just now, because another copy of GrantDesk is using the same "
    "file. It will try again in a moment."
)
DAMAGED = (
    "GrantDesk could not save, because its data file is damaged. Your text is still on screen: "
    "copy anything you need, then close GrantDesk and start it again. It will check the file, "
    "keep the damaged one aside and offer the newest good backup."
)
MISSING_PART = (
    "GrantDesk could not save, because part of its data file is missing ({what}). Your text is "
    "still on screen: copy anything you need, then close GrantDesk and start it again. It will "
    "check the file, keep the damaged one aside and offer the newest good backup."
)
UNKNOWN = (
    "GrantDesk could not save just now. Your text is still on screen and GrantDesk will try "
    "again; the details are in the log file in GrantDesk's data folder."
)

READ_CANNOT_OPEN = (
    "GrantDesk could not read its data file, because the file cannot be opened (it may have been "
    "moved, or this account may not be allowed to read it). Nothing has been changed; please ask "
    "whoever looks after this computer to check the data folder."
)
READ_BUSY = (
    "GrantDesk could not read its data just now, because another copy of GrantDesk is using the "
    "same file. Nothing has been changed; please try again in a moment."
)
READ_DAMAGED = (
    "GrantDesk could not read its data file, because the file is damaged. Nothing has been "
    "changed. Close GrantDesk and start it again: it will check the file, keep the damaged one "
    "aside and offer the newest good backup."
)
READ_MISSING_PART = (
    "GrantDesk could not read its data, because part of its data file is missing ({what}). "
    "Nothing has been changed. Close GrantDesk and start it again: it will check the file, keep "
    "the damaged one aside and offer the newest good backup."
)
READ_UNKNOWN = (
    "GrantDesk could not read its data just now. Nothing has been changed; the details are in "
    "the log file in GrantDesk's data folder."
)


class StoreError(Exception):
    """Saving or reading failed; `message` is for people, the cause is in the log."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def message_for(error: BaseException, reading: bool) -> str:
    """The sentence for a failure of the database or the disk, while reading or while saving."""
    said = str(getattr(error, "orig", None) or error)  # the database's own words, not the SQL
    text = said.lower()
    if "no such table" in text or "no such column" in text:
        kind, _colon, name = said.split("no such ", 1)[1].partition(":")
        what = f"the {kind} “{name.strip()}”"
        return (READ_MISSING_PART if reading else MISSING_PART).format(what=what)
    if "malformed" in text or "not a database" in text:
        return READ_DAMAGED if reading else DAMAGED
    if "locked" in text or "busy" in text:
        return READ_BUSY if reading else BUSY
    if reading:
        if any(sign in text for sign in ("unable to open", "permission", "access")):
            return READ_CANNOT_OPEN
        return READ_UNKNOWN
    if any(sign in text for sign in ("readonly", "read-only", "permission", "unable to open")):
        return READ_ONLY
    if "disk is full" in text or "no space" in text:
        return DISK_FULL
    return UNKNOWN


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


NEWER_NAMED = (
    "This data was saved by GrantDesk {theirs}, which is newer than this GrantDesk ({ours}). "
    "This GrantDesk has not opened it, so nothing in it has been changed. Please use GrantDesk "
    "{theirs} or later on this computer; whoever looks after it can install it."
)
NEWER_UNNAMED = (
    "This data was saved by a newer version of GrantDesk than this one ({ours}). This GrantDesk "
    "has not opened it, so nothing in it has been changed. Please use the newer GrantDesk on "
    "this computer; whoever looks after it can install it."
)


class NewerDatabase(StoreError):
    """The data file was written by a newer GrantDesk; it has not been touched."""

    def __init__(self, theirs: str | None, ours: str):
        super().__init__(
            NEWER_NAMED.format(theirs=theirs, ours=ours)
            if theirs
            else NEWER_UNNAMED.format(ours=ours)
        )
