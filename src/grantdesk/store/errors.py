"""Failures of the store, told as plain sentences that say what went wrong and what to do next.

Reading and saving are told apart: a failure while GrantDesk was only reading never says that
something could not be saved. Plain Python, so the window can name these errors without loading
the database library.
"""

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
