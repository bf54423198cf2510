"""Backups of one database, in a folder beside it: made, checked, kept in a rotation, listed,
put back; and the way back from a damaged file at start-up.

A backup is made by SQLite's backup API into a file with a temporary name, flushed to the disk,
opened again and checked, and only then given its real name; so a kill or power cut part-way
leaves every earlier backup as it was, and a half-made one is never offered. Which database
(and which folder) is always given, never assumed, so several groups' data can sit side by side.
"""

import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from grantdesk.domain.backups import Backup, BackupContents, BackupReason, backups_to_keep
from grantdesk.store.errors import DamagedDatabase, NewerDatabase, StoreError
from grantdesk.store.layout import DAMAGED_FOLDER, flush_folder
from grantdesk.store.sqlite_files import (
    contents_of,
    copy_database,
    copy_into,
    database_errors,
    same_contents,
    shm_path,
    take_in_recent_saves,
    verify_copy,
    wal_path,
)

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
SUFFIX = ".sqlite3"
PARTIAL = ".partial-"
"""Names of backups still being made; never listed, and cleared away once stale."""
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"(?P<label>[a-z][a-z0-9_-]*?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<number>\d+))?\.sqlite3"
)

BACKUP_DAMAGED = (
    "That backup cannot be used: it is damaged or incomplete. Nothing has been changed. Please "
    "choose another."
)
COPY_FAILED_CHECK = (
    "GrantDesk could not make a backup, because the copy it made did not pass its check: the "
    "data file itself may be damaged. Your earlier backups are kept. Close GrantDesk and start "
    "it again: it will check the file and offer the newest good backup."
)
RESTORE_FAILED = (
    "GrantDesk could not put the backup back ({reason}). Nothing has been changed; please try "
    "again, or ask whoever looks after this computer."
)
NO_ROOM_FOR_BACKUP = (
    "GrantDesk could not make a backup in {folder} ({reason}). Your work itself is safe; "
    "please ask whoever looks after this computer to check the folder and the free space."
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def label_of(reason: BackupReason, revision: str = "") -> str:
    if reason is BackupReason.BEFORE_UPGRADE:
        return f"before-upgrade-from-{revision}"
    return reason.value


def reason_of(label: str) -> BackupReason | None:
    if label.startswith("before-upgrade-from-"):
        return BackupReason.BEFORE_UPGRADE
    return next((reason for reason in BackupReason if reason.value == label), None)


class Backups:
    def __init__(
        self, database: Path, folder: Path, clock: Clock = utc_now, key: str | None = None
    ):
        self.database = database
        self.folder = folder
        self.clock = clock
        self.key = key
        """A locked group's data key: its backups are encrypted with it, as its database is."""

    def all(self) -> list[Backup]:
        """Every finished backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            match = _NAME.fullmatch(path.name)
            reason = reason_of(match["label"]) if match else None
            if reason is None:
                continue
            taken_at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
            order = (taken_at, int(match["number"] or 1))  # -2 is later in the same second
            found.append((order, Backup(path, taken_at, reason)))
        return [backup for _order, backup in sorted(found, key=lambda item: item[0], reverse=True)]

    def make(self, reason: BackupReason = BackupReason.AUTOMATIC) -> Backup | None:
        """A checked backup of the database as it is now, or None when nothing has changed
        since the newest backup (so a quiet evening does not push older ones out)."""
        with self._partial(label_of(reason)) as (partial, backup):
            newest = self.newest()
            if newest is not None and same_contents(partial, newest.path, self.key):
                return None
            self._finish(partial, backup)
        return backup

    def make_before_upgrade(self, revision: str) -> Backup:
        """The database as an older GrantDesk left it, kept whatever else changes."""
        with self._partial(label_of(BackupReason.BEFORE_UPGRADE, revision)) as (partial, backup):
            self._finish(partial, backup)
        return backup

    @contextmanager
    def _partial(self, label: str) -> Iterator[tuple[Path, Backup]]:
        """A copy under a temporary name, flushed, opened again and checked; removed unless
        finished, so a kill part-way never leaves a backup that is not whole."""
        taken_at = self.clock().astimezone(UTC).replace(microsecond=0)
        partial = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._clear_stale_partials(taken_at)
            final = self._free_name(label, taken_at)
            partial = self.folder / f"{PARTIAL}{os.getpid()}-{final.name}"
            copy_database(self.database, partial, self.key)
            verify_copy(partial, self.key)
            yield partial, Backup(final, taken_at, reason_of(label))
        except (DamagedDatabase, NewerDatabase) as damage:
            log.error("A new backup did not pass the check: %s", damage.message)
            raise StoreError(COPY_FAILED_CHECK) from damage
        except (OSError, *database_errors()) as error:
            log.exception("Backup in %s failed", self.folder)
            raise StoreError(
                NO_ROOM_FOR_BACKUP.format(folder=self.folder, reason=_reason(error))
            ) from error
        finally:
            if partial is not None:
                partial.unlink(missing_ok=True)

    def _finish(self, partial: Path, backup: Backup) -> None:
        os.replace(partial, backup.path)
        flush_folder(self.folder)
        self.prune()

    def newest(self) -> Backup | None:
        backups = self.all()
        return backups[0] if backups else None

    def newest_good(self) -> Backup | None:
        """The newest backup that passes the check, for going back after damage."""
        for backup in self.all():
            if self.is_good(backup):
                return backup
        return None

    def is_good(self, backup: Backup) -> bool:
        try:
            verify_copy(backup.path, self.key)
        except (DamagedDatabase, NewerDatabase, OSError):
            log.warning("Backup %s does not pass the check", backup.path, exc_info=True)
            return False
        return True

    def contents(self, backup: Backup) -> BackupContents | None:
        """What a backup holds; None if it cannot be read."""
        try:
            return contents_of(backup.path, self.key)
        except Exception:  # a damaged backup is listed as unreadable, never a crash
            log.warning("Backup %s cannot be read", backup.path, exc_info=True)
            return None

    def prune(self) -> None:
        """Remove the backups the rotation no longer keeps."""
        backups = self.all()
        kept = backups_to_keep(backups, self.clock())
        for backup in backups:
            if backup not in kept:
                backup.path.unlink(missing_ok=True)

    def restore(self, backup: Backup) -> Backup:
        """Put a backup's contents into the database, after backing up what is there now
        (returned, so the restore can be undone by restoring that)."""
        try:
            verify_copy(backup.path, self.key)
        except DamagedDatabase as damage:
            raise StoreError(BACKUP_DAMAGED) from damage
        with self._partial(label_of(BackupReason.BEFORE_RESTORE)) as (partial, current):
            self._finish(partial, current)
        try:
            copy_into(backup.path, self.database, self.key)
        except (OSError, *database_errors()) as error:
            log.exception("Putting back %s failed", backup.path)
            raise StoreError(RESTORE_FAILED.format(reason=_reason(error))) from error
        return current

    def recover(self, backup: Backup | None) -> Path:
        """After damage found at start-up: move the damaged files aside (never deleting them)
        and put the backup in their place, or nothing (a fresh start) when there is none.

        Returns the folder the damaged files were moved to."""
        if backup is not None:
            try:
                verify_copy(backup.path, self.key)
            except DamagedDatabase as damage:
                raise StoreError(BACKUP_DAMAGED) from damage
        aside = self.set_aside(move=True)
        if backup is not None:
            partial = self.database.with_name(f"{PARTIAL}{self.database.name}")
            shutil.copyfile(backup.path, partial)
            with partial.open("rb+") as file:
                os.fsync(file.fileno())
            os.replace(partial, self.database)
            flush_folder(self.database.parent)
        return aside

    def carry_on(self) -> Path:
        """After damage to the file of recent saves only: copies of all the files go aside,
        then SQLite takes into the data file whatever of the recent saves it can read."""
        aside = self.set_aside(move=False)
        take_in_recent_saves(self.database, self.key)
        return aside

    def readable_contents(self) -> BackupContents | None:
        """What carrying on would give (the data file with whatever of its recent saves can be
        read), worked out on a copy so nothing is changed; None if nothing can be read."""
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / self.database.name
            for path in (self.database, wal_path(self.database)):
                if path.exists():
                    shutil.copyfile(path, Path(folder) / path.name)
            try:
                take_in_recent_saves(copy, self.key)
                return contents_of(copy, self.key)
            except database_errors():
                log.warning("Nothing can be read from %s", self.database, exc_info=True)
                return None

    def set_aside(self, move: bool) -> Path:
        """Put the data file and its companions in a dated folder under damaged/: moved (so
        GrantDesk starts afresh) or copied (to keep the evidence while carrying on)."""
        aside = self.database.parent / DAMAGED_FOLDER / self.clock().strftime(STAMP)
        aside.mkdir(parents=True, exist_ok=True)
        for path in (self.database, wal_path(self.database), shm_path(self.database)):
            if path.exists():
                if move:
                    os.replace(path, aside / path.name)
                else:
                    shutil.copy2(path, aside / path.name)
        flush_folder(aside)
        return aside

    def _free_name(self, label: str, taken_at: datetime) -> Path:
        stamp = taken_at.astimezone(UTC).strftime(STAMP)
        path = self.folder / f"{label}-{stamp}{SUFFIX}"
        number = 2
        while path.exists():
            path = self.folder / f"{label}-{stamp}-{number}{SUFFIX}"
            number += 1
        return path

    def _clear_stale_partials(self, now: datetime) -> None:
        """Half-made backups left by a kill; one being made right now is left alone."""
        for path in self.folder.glob(f"{PARTIAL}*"):
            try:
                age = now.timestamp() - path.stat().st_mtime
                if age > STALE_AFTER_SECONDS:
                    path.unlink()
            except OSError:
                continue


STALE_AFTER_SECONDS = 3600


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error)
