"""Backups of a group's data: what one is, what it holds, and which ones the rotation keeps."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

KEEP_NEWEST = 10
KEEP_DAILY_FOR = timedelta(days=30)


class BackupReason(Enum):
    AUTOMATIC = "automatic"
    """Taken when GrantDesk starts and every few minutes while people work."""
    ON_REQUEST = "on-request"
    """`grantdesk backup`, or asked for in the window."""
    BEFORE_RESTORE = "before-restore"
    """The data as it was just before a backup was put back, so that can be undone."""
    BEFORE_UPGRADE = "before-upgrade"
    """The data as an older GrantDesk left it, just before this one changed its layout."""

    @property
    def label(self) -> str:
        return {
            BackupReason.AUTOMATIC: "taken automatically",
            BackupReason.ON_REQUEST: "taken when asked for",
            BackupReason.BEFORE_RESTORE: "taken just before a backup was put back",
            BackupReason.BEFORE_UPGRADE: "taken before GrantDesk was updated",
        }[self]


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    """Timezone-aware, UTC."""
    reason: BackupReason


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, for choosing one."""

    applications: int
    last_saved: datetime | None
    """When anything in the newest application was saved (UTC); None with no applications."""
    titles: tuple[str, ...] = ()
    """The applications most recently saved, newest first (a few, not all)."""
    group: str = ""


def backups_to_keep(
    backups: Iterable[Backup],
    now: datetime,
    newest: int = KEEP_NEWEST,
    daily_for: timedelta = KEEP_DAILY_FOR,
) -> set[Backup]:
    """The rotation: the newest few, plus the newest of each day (UTC) for a month, plus every
    copy taken before an update (an older layout may be the only way back)."""
    ordered = sorted(backups, key=lambda backup: backup.taken_at, reverse=True)
    kept = set(ordered[:newest])
    days: set[date] = set()
    for backup in ordered:
        day = backup.taken_at.date()
        if now - backup.taken_at <= daily_for and day not in days:
            days.add(day)
            kept.add(backup)
    kept.update(backup for backup in ordered if backup.reason is BackupReason.BEFORE_UPGRADE)
    return kept
