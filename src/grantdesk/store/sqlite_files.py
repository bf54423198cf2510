"""SQLite's files as files: the start-up check, consistent copies, and what a copy holds.

The check looks at the data file's header, the file of recent saves (-wal) and its index (-shm)
as bytes before anything opens them, because opening lets SQLite tidy them up, which would
destroy the evidence of damage; then it asks SQLite for the schema's version, its quick check
and the tables. The formats are SQLite's documented ones (https://sqlite.org/fileformat2.html,
https://sqlite.org/walformat.html). SQLite-only, like database.py beside it.
"""

import logging
import os
import sqlite3
import struct
import sys
from contextlib import closing
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from filecmp import cmp
from pathlib import Path

from grantdesk import __version__
from grantdesk.domain.application import ApplicationDetails, ApplicationStatus, ApplicationSummary
from grantdesk.domain.decision import ReportDue
from grantdesk.store.errors import (
    Damage,
    DamagedDatabase,
    NewerDatabase,
    message_for,
)
from grantdesk.store.layout import shm_path, wal_path

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without loading typing (3 ms of `grantdesk list`)
if TYPE_CHECKING:
    from grantdesk.domain.backups import BackupContents

log = logging.getLogger(__name__)

SCHEMA_REVISION = "0008_budget_line_place"
"""The newest migration; tests check it matches the migrations folder."""
MIGRATIONS = Path(__file__).parent / "migrations"
"""Package data, so a wheel and the PyInstaller bundle carry it (beside this module) as well as
a checkout. Found from this file rather than with importlib.resources, which takes longer to
load than `grantdesk list` takes to read the applications."""

HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
WAL_MAGIC = (0x377F0682, 0x377F0683)
"""The first word of a -wal file; the last bit says in which byte order its checksums are."""
WAL_VERSION = 3007000
WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
WAL_INDEX_HEADER = struct.Struct("=IIIBBHII")
"""The start of the -shm file, in the computer's own byte order: version, unused, change
counter, is-initialised, big-endian checksums, page size, frames in the log, pages in the
database."""
BACKFILLED_AT = 96
"""Where the -shm says how many of the log's frames are already copied into the data file."""
CIPHER_PAGE_SIZE = 4096
"""SQLCipher 4's page size: a locked group's file is whole pages of it, with no readable header."""


KNOWN_REVISIONS = frozenset(
    path.stem for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
)
"""Every schema this GrantDesk can read or upgrade (each migration's file is named after it)."""
FIRST_TABLES = frozenset({"organisation", "application", "answer", "alembic_version"})
"""Tables every schema GrantDesk has ever had."""
CURRENT_TABLES = frozenset(
    {
        "organisation",
        "application",
        "answer",
        "answer_revision",
        "budget_line",
        "match_funding",
        "plan_need",
        "plan_input",
        "plan_output",
        "plan_outcome",
        "exit_route",
        "report_due",
        "funder",
        "funder_question",
        "funder_requirement",
        "alembic_version",
        "answer_fts",
    }
)
"""The tables of the newest schema, named here so the check needs no SQLAlchemy (a test checks
them against the models)."""


def file_damage(database: Path, locked: bool = False) -> Damage | None:
    """What is wrong with the files, judged without opening them; None if nothing is seen.

    A database that does not exist yet is not damaged (it is new); an empty one is. A locked
    group's file has no readable header (SQLCipher encrypts it too), so only its size is judged
    here; opening it with its key then tells damage from a sound file. Its -wal is checked as
    any other: the log's own headers and checksums are not encrypted, only the pages in it.
    """
    if not database.exists():
        return None
    size = database.stat().st_size
    if size == 0:
        return Damage.EMPTY
    with database.open("rb") as file:
        header = file.read(HEADER_SIZE)
    page_size = CIPHER_PAGE_SIZE if locked else _page_size(header)
    if page_size is None:
        return Damage.NOT_A_DATABASE
    damage, has_recent_saves = _recent_saves(database, page_size)
    if damage is not None:
        return damage
    if locked:
        return Damage.CUT_SHORT if not has_recent_saves and size % page_size else None
    if not has_recent_saves and _cut_short(header, size, page_size):
        return Damage.CUT_SHORT
    return None


def is_plain_sqlite(path: Path) -> bool:
    """Whether the file begins as every unlocked SQLite database does (a locked one never does)."""
    try:
        with path.open("rb") as file:
            return file.read(len(HEADER)) == HEADER
    except OSError:
        return False


def _page_size(header: bytes) -> int | None:
    if len(header) < HEADER_SIZE or not header.startswith(HEADER):
        return None
    (size,) = struct.unpack(">H", header[16:18])
    size = 65536 if size == 1 else size
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else None


def _cut_short(header: bytes, size: int, page_size: int) -> bool:
    change_counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # The page count in the header is only trusted when it was written with the change counter.
    pages_known = valid_for == change_counter and pages > 0
    return size % page_size != 0 or (pages_known and size < pages * page_size)


def _recent_saves(database: Path, page_size: int) -> tuple[Damage | None, bool]:
    """(damage, whether the -wal holds saves not yet in the data file)."""
    wal = wal_path(database)
    expected = _frames_not_yet_copied(shm_path(database))
    if not wal.exists():
        return (Damage.RECENT_SAVES_MISSING if expected else None), False
    data = wal.read_bytes()
    if not data:
        return (Damage.RECENT_SAVES_MISSING if expected else None), False
    committed, lost = _committed_frames(data)
    if lost or committed is None or (expected and committed < expected):
        return Damage.RECENT_SAVES_DAMAGED, True
    return None, committed > 0


def _frames_not_yet_copied(shm: Path) -> int:
    """How many frames of the log the -shm says are saved but not yet in the data file.

    The -shm is left behind only when GrantDesk did not close properly; it is 0 when there is
    no -shm or it cannot be trusted (its two copies of the header disagree)."""
    try:
        with shm.open("rb") as file:
            index = file.read(BACKFILLED_AT + 4)
    except OSError:
        return 0
    size = WAL_INDEX_HEADER.size
    if len(index) < BACKFILLED_AT + 4 or index[:48] != index[48:96]:
        return 0
    _version, _unused, _change, initialised, _big, _page, frames, _pages = WAL_INDEX_HEADER.unpack(
        index[:size]
    )
    (backfilled,) = struct.unpack("=I", index[BACKFILLED_AT : BACKFILLED_AT + 4])
    return max(0, frames - backfilled) if initialised else 0


def _committed_frames(data: bytes) -> tuple[int | None, bool]:
    """(frames up to the last complete save, whether later complete saves are unreadable).

    None for the frame count means the log's own header is damaged. A save cut off at the very
    end (the power went as it was written) is normal; a broken frame followed by more than one
    complete save of the same log is damage: saves that were finished can no longer be read.
    """
    if len(data) < WAL_HEADER_SIZE:
        return None, False
    magic, version, page_size, _sequence, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", data[:WAL_HEADER_SIZE]
    )
    if magic not in WAL_MAGIC or version != WAL_VERSION or not 512 <= page_size <= 65536:
        return None, False
    order = ">" if magic & 1 else "<"
    if _checksum(data[:24], order, (0, 0)) != (sum1, sum2):
        return None, False
    frame_size = FRAME_HEADER_SIZE + page_size
    running = (sum1, sum2)
    frames = committed = 0
    offset = WAL_HEADER_SIZE
    while offset + frame_size <= len(data):
        frame = data[offset : offset + frame_size]
        _page, commit, frame_salt1, frame_salt2, check1, check2 = struct.unpack(
            ">6I", frame[:FRAME_HEADER_SIZE]
        )
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            break  # frames left over from before the log last started again
        running = _checksum(frame[:8] + frame[FRAME_HEADER_SIZE:], order, running)
        if running != (check1, check2):
            return committed, _saves_after(data, offset + frame_size, frame_size) > 1
        frames += 1
        if commit:
            committed = frames
        offset += frame_size
    return committed, False


def _saves_after(data: bytes, offset: int, frame_size: int) -> int:
    """Frames of this log from offset on that end a save (their salts match the log's)."""
    salts = data[16:24]
    return sum(
        1
        for start in range(offset, len(data) - frame_size + 1, frame_size)
        if data[start + 8 : start + 16] == salts and data[start + 4 : start + 8] != bytes(4)
    )


def _checksum(data: bytes, order: str, start: tuple[int, int]) -> tuple[int, int]:
    """SQLite's running checksum over 32-bit words, two at a time."""
    first, second = start
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        first = (first + words[index] + second) & 0xFFFFFFFF
        second = (second + words[index + 1] + first) & 0xFFFFFFFF
    return first, second


def connect(database: Path, read_only: bool = False, key: str | None = None) -> sqlite3.Connection:
    """A plain SQLite connection of its own (for checks and backups, and on other threads).

    Read-only never writes to the data file or tidies up its companions, so it is used to look
    at a file that may be damaged or newer. With no file of recent saves (-wal) there is nobody
    using the file, and SQLite is told it will not change: it then reads without making files
    beside it, even in a folder nobody can write to.

    With a `key` (a locked group's data key, in hex) the connection is SQLCipher's, keyed
    before anything is read; without one it is Python's own sqlite3, so an unlocked group never
    loads SQLCipher."""
    connection = open_file(database, read_only, sqlite3 if key is None else cipher_driver())
    if key is not None:
        connection.execute(key_pragma(key))
    return connection


def open_file(database: Path, read_only: bool, driver) -> sqlite3.Connection:
    """A connection by one driver (sqlite3 or SQLCipher's), not yet keyed."""
    if not read_only:
        return driver.connect(str(database), check_same_thread=False)
    uri = database.resolve().as_uri() + "?mode=ro"
    if not wal_path(database).exists():
        uri += "&immutable=1"
    return driver.connect(uri, uri=True, check_same_thread=False)


def cipher_driver():
    """SQLCipher's DB-API module (sqlcipher3), loaded only when a locked group is opened."""
    if "sqlcipher3.dbapi2" in sys.modules:
        return sys.modules["sqlcipher3.dbapi2"]
    from sqlcipher3 import dbapi2

    # SQLCipher writes its own complaints (a wrong key, say) to the terminal unless told not
    # to; GrantDesk says what went wrong itself, in words.
    with closing(dbapi2.connect(":memory:")) as quiet:
        quiet.execute("PRAGMA cipher_log_level = NONE").fetchall()
    return dbapi2


def key_pragma(key: str) -> str:
    """SQLCipher's statement for a raw 256-bit key given in hex: the data key is random, so it
    needs no key derivation (which is for passphrases) and opening stays quick."""
    return f'PRAGMA key = "{raw_key(key)}"'


def raw_key(key: str) -> str:
    """The form SQLCipher takes a raw key in: x'…' around its hex digits."""
    if len(key) != 64 or any(digit not in "0123456789abcdef" for digit in key):
        raise ValueError("a data key is 64 lower-case hex digits")
    return f"x'{key}'"


def database_errors(kind: str = "Error") -> tuple[type[Exception], ...]:
    """An error class a database connection raises (`Error`, `DatabaseError`): sqlite3's, and
    SQLCipher's once a locked group has loaded it."""
    drivers = [sqlite3, sys.modules.get("sqlcipher3.dbapi2")]
    return tuple(getattr(driver, kind) for driver in drivers if driver is not None)


def check_database(database: Path, key: str | None = None) -> str | None:
    """The start-up check: the files as bytes, then the schema's version, SQLite's quick check
    and the tables GrantDesk expects. Returns the schema revision (None for a new database).
    A locked group's database is checked with its key (already proved right by its key file).

    Raises DamagedDatabase or NewerDatabase. Nothing is written: a damaged or newer file is left
    exactly as it was, for the person to decide what to do.
    """
    damage = file_damage(database, locked=key is not None)
    if damage is not None:
        raise DamagedDatabase(damage, database)
    if not database.exists():
        return None
    try:
        with closing(connect(database, read_only=True, key=key)) as raw:
            revision, tables = revision_and_tables(raw)
            if revision is None:
                if tables:
                    raise DamagedDatabase(Damage.NOT_GRANTDESK, database)
                return None
            if revision not in KNOWN_REVISIONS:
                (written_by,) = raw.execute("PRAGMA user_version").fetchone()
                raise NewerDatabase(version_text(written_by), __version__)
            if any(row[0] != "ok" for row in raw.execute("PRAGMA quick_check").fetchall()):
                raise DamagedDatabase(Damage.DAMAGED_INSIDE, database)
    except database_errors("DatabaseError") as error:
        log.warning("Start-up check of %s failed", database, exc_info=True)
        said = str(error).lower()
        if "unable to open" in said or "locked" in said or "busy" in said:
            raise message_for(error, reading=True) from error  # not damage
        damage = Damage.NOT_A_DATABASE if "not a database" in said else Damage.DAMAGED_INSIDE
        raise DamagedDatabase(damage, database) from error
    _require_tables(database, tables, revision)
    return revision


def check_tables(database: Path, revision: str, key: str | None = None) -> None:
    with closing(connect(database, read_only=True, key=key)) as raw:
        _revision, tables = revision_and_tables(raw)
    _require_tables(database, tables, revision)


def revision_and_tables(raw: sqlite3.Connection) -> tuple[str | None, set[str]]:
    tables = {
        name
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        if not name.startswith("sqlite_")
    }
    if "alembic_version" not in tables:
        return None, tables
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return (row[0] if row else None), tables


def _require_tables(database: Path, tables: set[str], revision: str) -> None:
    expected = CURRENT_TABLES if revision == SCHEMA_REVISION else FIRST_TABLES
    missing = sorted(expected - tables)
    if missing:
        what = ", ".join(f"the table “{name}”" for name in missing)
        raise DamagedDatabase(Damage.TABLES_MISSING, database, what)


def version_number(version: str) -> int:
    """GrantDesk 1.2.3 as 1002003, kept in the data file so a newer one can be named."""
    major, minor, patch = (int(part) for part in [*version.split("."), "0", "0"][:3])
    return major * 1_000_000 + minor * 1_000 + patch


def version_text(number: int) -> str | None:
    """1002003 as "1.2.3"; None when no GrantDesk version was recorded."""
    if number <= 0:
        return None
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


def copy_database(source: Path, target: Path, key: str | None = None) -> None:
    """A consistent copy of a database (SQLite's backup API, safe while it is in use) as one
    self-contained file, on the disk when this returns. A locked group's copy is encrypted with
    the same key: the backup API copies between two connections keyed alike."""
    with closing(connect(source, key=key)) as reading, closing(connect(target, key=key)) as writing:
        reading.backup(writing)
        writing.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
    with target.open("rb+") as file:
        os.fsync(file.fileno())


def same_contents(first: Path, second: Path, key: str | None = None) -> bool:
    """Whether two copies hold the same. Plain copies are compared byte for byte; encrypted
    ones never match that way (each page has its own random start), so what they hold is."""
    if key is None:
        return cmp(first, second, shallow=False)
    try:
        return _digest(first, key) == _digest(second, key)
    except database_errors():
        log.warning("Could not compare %s with %s", first, second, exc_info=True)
        return False


def _digest(path: Path, key: str) -> bytes:
    """A digest of the schema and every row, table by table (a copy's rows are in the order of
    the original's)."""
    import hashlib  # only a locked group's copies are compared this way

    digest = hashlib.sha256()
    with closing(connect(path, read_only=True, key=key)) as raw:
        schema = raw.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        digest.update(repr(schema).encode())
        for kind, name, sql in schema:
            if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
                quoted = name.replace('"', '""')
                for row in raw.execute(f'SELECT * FROM "{quoted}"'):
                    digest.update(repr(row).encode())
    return digest.digest()


def copy_into(source: Path, database: Path, key: str | None = None) -> None:
    """Put a copy's contents into the live database, in one step other connections see whole."""
    with (
        closing(connect(source, read_only=True, key=key)) as reading,
        closing(connect(database, key=key)) as writing,
    ):
        writing.execute("PRAGMA busy_timeout=5000")
        reading.backup(writing)


def take_in_recent_saves(database: Path, key: str | None = None) -> None:
    """Let SQLite copy what it can read of the recent saves (-wal) into the data file, leaving
    no -wal behind, so a damaged or missing one is not found again at the next start."""
    with closing(connect(database, key=key)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def verify_copy(path: Path, key: str | None = None) -> str:
    """Check a copy (a backup, or one about to become one) as the start-up check would;
    returns its schema revision. Raises DamagedDatabase or NewerDatabase."""
    revision = check_database(path, key)
    if revision is None:
        raise DamagedDatabase(Damage.NOT_GRANTDESK, path)
    return revision


def contents_of(path: Path, key: str | None = None) -> "BackupContents":
    """What a copy holds: its applications (not in the bin), when it was last saved, the
    newest titles and the group's name. Reads any schema GrantDesk has had."""
    from grantdesk.domain.backups import BackupContents  # not needed to list the applications

    with closing(connect(path, read_only=True, key=key)) as raw:
        count, last_saved = raw.execute(
            "SELECT count(*), max(updated_at) FROM application WHERE deleted_at IS NULL"
        ).fetchone()
        titles = tuple(
            title
            for (title,) in raw.execute(
                "SELECT title FROM application WHERE deleted_at IS NULL "
                "ORDER BY updated_at DESC, id DESC LIMIT 5"
            )
        )
        group = _group_name(raw)
    return BackupContents(
        applications=count,
        last_saved=_moment(last_saved) if last_saved else None,
        titles=titles,
        group=group,
    )


def _group_name(raw: sqlite3.Connection) -> str:
    group = raw.execute("SELECT name FROM organisation ORDER BY id LIMIT 1").fetchone()
    return group[0] if group else ""


DETAIL_DATES = frozenset(
    field.name for field in fields(ApplicationDetails) if field.type in (date, date | None)
)


@dataclass(frozen=True)
class FirstLook:
    """The group's name, its applications not in the bin (most recently saved first) and their
    reports due, as the store gives them: read with plain sqlite3, for what must be quick (the
    window's list while the database library loads; `grantdesk list`, which never loads it)."""

    group: str
    applications: list[ApplicationSummary]
    reports: dict[int, list[ReportDue]]


def first_look(database: Path, key: str | None = None) -> FirstLook | None:
    """The start-up check, then a first look read-only; None when the store has to open the
    file first (there is none yet, or its schema is to be brought up to date). Raises what
    check_database raises."""
    if check_database(database, key) != SCHEMA_REVISION:
        return None
    with closing(connect(database, read_only=True, key=key)) as raw:
        return FirstLook(_group_name(raw).strip(), _summaries(raw), _reports_due(raw))


def _reports_due(raw: sqlite3.Connection) -> dict[int, list[ReportDue]]:
    reports: dict[int, list[ReportDue]] = {}
    for application_id, what, due, done in raw.execute(
        "SELECT application_id, what, due, done FROM report_due ORDER BY position"
    ):
        reports.setdefault(application_id, []).append(
            ReportDue(what, date.fromisoformat(due) if due else None, bool(done))
        )
    return reports


def _summaries(raw: sqlite3.Connection) -> list[ApplicationSummary]:
    details = [field.name for field in fields(ApplicationDetails)]
    columns = ", ".join(["id", *details, "status", "created_at", "updated_at", "funder_id"])
    rows = raw.execute(
        f"SELECT {columns} FROM application WHERE deleted_at IS NULL "
        "ORDER BY updated_at DESC, id DESC"
    ).fetchall()
    return [
        ApplicationSummary(
            id=row[0],
            details=ApplicationDetails(
                **{
                    name: date.fromisoformat(value) if value and name in DETAIL_DATES else value
                    for name, value in zip(details, row[1 : 1 + len(details)], strict=True)
                }
            ),
            status=ApplicationStatus(row[-4]),
            created_at=_moment(row[-3]),
            saved_at=_moment(row[-2]),
            funder_id=row[-1],
        )
        for row in rows
    ]


def _moment(stored: str) -> datetime:
    """A moment as the store keeps it (UTC, without its zone)."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)
