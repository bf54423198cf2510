"""Locking a group's work away with a passphrase: SQLCipher, and nothing home-made.

A locked group has a random data key (256 bits). Its database and every backup are SQLCipher
databases encrypted with that key (store/sqlite_files.py keys each connection with it). The
data key itself is kept in two small key files beside them, each a SQLCipher database holding
only the data key: `passphrase.key`, encrypted with the passphrase, and `recovery.key`, with the
recovery key printed when the group was locked. SQLCipher derives each file's key from those
words (PBKDF2-HMAC-SHA512, 256,000 rounds), so guessing is slow; and a wrong passphrase is
found out by SQLCipher's own check of the file's first page, opened read-only, so it never
changes a file.

The key files say which state the group is in. Whichever file is not yet in that state (after a
lock or unlock cut short by a power cut) is brought into it the next time the group is opened
(`settle`): each file is converted to a copy beside it with `sqlcipher_export`, checked, and only
then put in the file's place, so a kill part-way always leaves the file whole, locked or not.

Changing the passphrase rewrites only `passphrase.key`. Unlocking for good decrypts the
database and backups the same way, then removes the key files.
"""

import logging
import os
import secrets
from contextlib import closing
from pathlib import Path

from grantdesk.domain.locking import (
    new_recovery_key,
    normal_passphrase,
    normal_recovery_key,
)
from grantdesk.store.backups import SUFFIX, Backups
from grantdesk.store.errors import StoreError, WrongPassphrase
from grantdesk.store.layout import (
    BACKUP_FOLDER,
    DATABASE_FILE,
    PASSPHRASE_FILE,
    RECOVERY_FILE,
    flush_folder,
)
from grantdesk.store.sqlite_files import (
    check_database,
    cipher_driver,
    is_plain_sqlite,
    open_file,
    raw_key,
    shm_path,
    wal_path,
)

log = logging.getLogger(__name__)

CONVERTING = ".converting"

WRONG_PASSPHRASE = (
    "That passphrase does not open this group’s work. Please check the Caps Lock key and try "
    "again, or use the recovery key instead. Nothing has been changed."
)
WRONG_RECOVERY_KEY = (
    "That recovery key does not open this group’s work. Please check each letter against the "
    "printed copy and try again. Nothing has been changed."
)
KEY_FILE_UNREADABLE = (
    "GrantDesk could not read the key file {file} ({reason}). Nothing has been changed; please "
    "ask whoever looks after this computer to check the folder."
)
CONVERSION_FAILED = (
    "GrantDesk could not finish {doing} the group’s work ({reason}). The files are kept as they "
    "were, and GrantDesk will finish the next time the group is opened."
)


def data_key(folder: Path, passphrase: str | None = None, recovery_key: str | None = None) -> str:
    """The group's data key, read from the key file that the passphrase (or the recovery key)
    opens. Raises WrongPassphrase; reads only, so a wrong guess never changes anything."""
    if recovery_key is not None:
        path, secret = folder / RECOVERY_FILE, normal_recovery_key(recovery_key)
        wrong = WRONG_RECOVERY_KEY
    else:
        path, secret = folder / PASSPHRASE_FILE, normal_passphrase(passphrase or "")
        wrong = WRONG_PASSPHRASE
    driver = cipher_driver()
    try:
        with closing(open_file(path, True, driver)) as key_file:
            key_file.execute(secret_pragma(secret))
            (key,) = key_file.execute("SELECT key FROM data_key").fetchone()
    except driver.DatabaseError as error:
        if "not a database" in str(error):
            raise WrongPassphrase(wrong) from error
        raise _unreadable(path, error) from error
    except OSError as error:
        raise _unreadable(path, error) from error
    raw_key(key)  # refuses anything but a data key
    return key


def lock(folder: Path, passphrase: str) -> str:
    """Lock the group in `folder` (closed: no window or command has it open). Returns the
    recovery key, to be shown once and printed; it is kept nowhere else."""
    key = secrets.token_hex(32)
    recovery_key = new_recovery_key()
    _write_key_file(folder / RECOVERY_FILE, normal_recovery_key(recovery_key), key)
    _write_key_file(folder / PASSPHRASE_FILE, normal_passphrase(passphrase), key)
    settle(folder, key)
    return recovery_key


def change_passphrase(folder: Path, key: str, new_passphrase: str) -> None:
    """The same data key under a new passphrase; the database, backups and recovery key stay."""
    _write_key_file(folder / PASSPHRASE_FILE, normal_passphrase(new_passphrase), key)


def unlock_permanently(folder: Path, key: str) -> None:
    """Decrypt the database and its backups for good (after a backup), then remove the key files.
    The group must be closed."""
    database = folder / DATABASE_FILE
    if database.exists():
        Backups(database, folder / BACKUP_FOLDER, key=key).make()
    for path in _files_of(folder):
        if not is_plain_sqlite(path):
            _convert(path, key, None)
    for name in (RECOVERY_FILE, PASSPHRASE_FILE):
        (folder / name).unlink(missing_ok=True)
    flush_folder(folder)


def settle(folder: Path, key: str) -> None:
    """Encrypt any file of a locked group that is not yet (left plain by a lock cut short, or
    by an unlock cut short)."""
    for path in _files_of(folder):
        if is_plain_sqlite(path):
            _convert(path, None, key)


def _files_of(folder: Path) -> list[Path]:
    """The database (once it exists) and every finished backup."""
    database = folder / DATABASE_FILE
    backups = sorted((folder / BACKUP_FOLDER).glob(f"*{SUFFIX}"))
    return [*([database] if database.exists() else []), *backups]


def _convert(path: Path, from_key: str | None, to_key: str | None) -> None:
    """Re-write one database encrypted (to_key) or plain (None), with SQLCipher's own
    `sqlcipher_export`, into a copy beside it that is checked before it takes the file's place."""
    doing = "locking" if to_key else "unlocking"
    partial = path.with_name(path.name + CONVERTING)
    partial.unlink(missing_ok=True)
    try:
        with closing(open_file(path, False, cipher_driver())) as source:
            source.isolation_level = None
            if from_key is not None:
                source.execute(f'PRAGMA key = "{raw_key(from_key)}"')
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            (version,) = source.execute("PRAGMA user_version").fetchone()
            target_key = raw_key(to_key) if to_key else ""
            source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(partial), target_key))
            source.execute("SELECT sqlcipher_export('converted')").fetchall()
            source.execute(f"PRAGMA converted.user_version = {int(version)}")
            source.execute("DETACH DATABASE converted")
        check_database(partial, to_key)
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        if wal_path(path).exists() and wal_path(path).stat().st_size > 0:
            raise OSError("its file of recent saves is still in use")
        for companion in (wal_path(path), shm_path(path)):
            companion.unlink(missing_ok=True)
        os.replace(partial, path)
        flush_folder(path.parent)
    except Exception as error:
        partial.unlink(missing_ok=True)
        log.exception("Converting %s failed", path)
        reason = getattr(error, "strerror", None) or getattr(error, "message", None) or str(error)
        raise StoreError(CONVERSION_FAILED.format(doing=doing, reason=reason)) from error


def _write_key_file(path: Path, secret: str, key: str) -> None:
    """A small SQLCipher database holding the data key, encrypted with `secret`; written under a
    temporary name and renamed, so a kill leaves the old key file or the new one, whole."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(open_file(partial, False, cipher_driver())) as key_file:
        key_file.isolation_level = None
        key_file.execute(secret_pragma(secret))
        key_file.execute("PRAGMA journal_mode=DELETE")
        key_file.execute("CREATE TABLE data_key (key TEXT NOT NULL)")
        key_file.execute("INSERT INTO data_key (key) VALUES (?)", (key,))
    with partial.open("rb+") as file:
        os.fsync(file.fileno())
    os.replace(partial, path)
    flush_folder(path.parent)


def secret_pragma(secret: str) -> str:
    """SQLCipher's key statement for words typed (PRAGMA takes no parameters, so the words are
    quoted as an SQL string)."""
    if not secret or "\x00" in secret:
        raise WrongPassphrase(WRONG_PASSPHRASE)
    return "PRAGMA key = '{}'".format(secret.replace("'", "''"))


def _unreadable(path: Path, error: BaseException) -> StoreError:
    log.warning("Key file %s cannot be read", path, exc_info=error)
    reason = getattr(error, "strerror", None) or str(error)
    return StoreError(KEY_FILE_UNREADABLE.format(file=path, reason=reason))
