"""Failures of the store, told as plain sentences that say what to do next.

Plain Python, so the window can name these errors without loading the database library.
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
    "GrantDesk could not read its data file, because the file is damaged. Please do not delete "
    "it; ask whoever looks after this computer for help."
)
UNKNOWN = (
    "GrantDesk could not save just now. Your text is still on screen and GrantDesk will try "
    "again; the details are in the log file in GrantDesk's data folder."
)


class StoreError(Exception):
    """Saving or reading failed; `message` is for people, the cause is in the log."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def message_for(error: BaseException) -> str:
    text = str(error).lower()
    if any(sign in text for sign in ("readonly", "read-only", "permission", "unable to open")):
        return READ_ONLY
    if "disk is full" in text or "no space" in text:
        return DISK_FULL
    if "locked" in text or "busy" in text:
        return BUSY
    if "malformed" in text or "not a database" in text:
        return DAMAGED
    return UNKNOWN
