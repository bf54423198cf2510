"""Opening a group's database: the start-up check, the SQLite settings that keep every word,
and migrations.

Everything SQLite-specific lives here and, for the files themselves (their check and copies),
in sqlite_files.py beside it, so the models could one day sit on another database.
"""

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, QueuePool, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from grantdesk import __version__
from grantdesk.store.backups import Backups
from grantdesk.store.errors import (
    CANNOT_WRITE_FOLDER,
    NewerDatabase,
    StoreError,
    message_for,
    unreachable,
)
from grantdesk.store.layout import BACKUP_FOLDER, DATABASE_FILE
from grantdesk.store.sqlite_files import (
    KNOWN_REVISIONS,
    MIGRATIONS,
    SCHEMA_REVISION,
    check_database,
    check_tables,
    cipher_driver,
    database_errors,
    open_file,
    raw_key,
    revision_and_tables,
    version_number,
)

log = logging.getLogger(__name__)

CANNOT_UPGRADE_READ_ONLY = (
    "GrantDesk needs to update the way your work is kept, and cannot, because the folder it is "
    "in ({folder}) cannot be written to. Nothing has been changed. Please ask whoever looks "
    "after this computer to check the folder."
)


WRITES = "grantdesk_writes"
"""The execution option that marks a transaction as one that writes (see `for_writing`)."""


@contextmanager
def plain_errors(database: Path | None = None) -> Iterator[None]:
    """Turn database and file failures into a StoreError naming the cause, with the original
    chained to it. Whoever tells the person also logs it, once."""
    try:
        yield
    except failures() as error:
        raise failure(error, database=database) from error


def failures() -> tuple[type[BaseException], ...]:
    """What a database or file failure can be raised as (SQLCipher's errors too, once loaded)."""
    return (SQLAlchemyError, OSError, *database_errors())


def failure(error: BaseException, saving: bool = False, database: Path | None = None) -> StoreError:
    """The plain StoreError for a failure. It counts as a failure to save when `saving`
    (changes were on their way) or when the statement that failed was not a read (a failed
    commit is a failed save). It is not logged here: a save that keeps failing is tried
    again and again, and whoever tells the person logs it once."""
    statement = (getattr(error, "statement", None) or "").lstrip().upper()
    reading = not saving and statement.startswith(("SELECT", "WITH", "PRAGMA"))
    return message_for(error, reading, database)


def changes_begun(session: Session) -> bool:
    """Whether this transaction has changed anything yet, or has changes waiting to be sent."""
    return bool(session.new or session.dirty or session.deleted)


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # SQLAlchemy, not the sqlite3 module, begins transactions (see _begin), so that reads
    # are transactions too and a write can take the write lock before it reads.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _apply_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection: Connection) -> None:
    """Reads see one consistent snapshot and never wait for a writer (WAL). A write takes the
    write lock at once (IMMEDIATE), so what it reads to check an edit cannot change before it
    writes, and it waits its turn (busy_timeout) rather than failing half-way."""
    writes = connection.get_execution_options().get(WRITES, False)
    driver(connection).execute("BEGIN IMMEDIATE" if writes else "BEGIN")


def driver(connection: Connection) -> sqlite3.Connection:
    """The database driver's own connection under this one, for the statements run at every
    save (BEGIN, a budget cell): its execution costs a tenth of SQLAlchemy's. Its errors are
    among failures(), so they reach the person as any other failure does."""
    return connection.connection.driver_connection


def create_sqlite_engine(
    path: Path | str, read_only: bool = False, key: str | None = None
) -> Engine:
    """An engine on one database file (or ":memory:"), with the settings that survive power cuts.

    A read-only engine is for a data folder that cannot be written to: the group can still read
    and print their applications. With a `key`, the engine is SQLCipher's (SQLAlchemy's
    pysqlcipher dialect, which keys each connection before anything else runs on it)."""
    if key is None:
        url, driver = URL.create("sqlite", database=str(path)), sqlite3
        options = {}
    else:
        url = URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(path))
        # hide_parameters: a failed statement's values (typed text) never reach the plain log.
        driver, options = cipher_driver(), {"poolclass": QueuePool, "hide_parameters": True}
    if read_only:
        options["creator"] = lambda: open_file(Path(path), True, driver)
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _apply_read_only_pragmas if read_only else _apply_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def for_writing(engine: Engine) -> Engine:
    """The same engine (and connections), its transactions begun as writes."""
    return engine.execution_options(**{WRITES: True})


def database_file(engine: Engine) -> Path | None:
    name = engine.url.database
    return Path(name) if name and name != ":memory:" else None


def ensure_reachable(engine: Engine) -> None:
    """Refuse to write when the database file is not where it was opened (its folder on a USB
    stick taken out, say): the open connections would write to a file no one can find again.
    They are closed, so once the file is back, new ones open it where it belongs."""
    database = database_file(engine)
    problem = unreachable(database) if database is not None else None
    if problem is not None:
        engine.dispose()
        raise problem


def is_read_only(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(connection.exec_driver_sql("PRAGMA query_only").scalar())


def folder_is_writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".grantdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        log.warning("Data folder %s cannot be written: %s", folder, error)
        return False
    return True


def open_database(data_dir: Path, key: str | None = None) -> Engine:
    """Open (creating if need be) the database in data_dir, checked and brought up to the
    current schema (after a backup of the older one). A locked group's is opened with its data
    key (store/locking.py), and created encrypted.

    Raises DamagedDatabase or NewerDatabase, leaving the files exactly as they were, and
    StoreError when the folder cannot be used. In a folder that cannot be written to, an
    existing database opens read-only.
    """
    database = data_dir / DATABASE_FILE
    writable = folder_is_writable(data_dir)
    if not writable and not database.is_file():
        raise StoreError(CANNOT_WRITE_FOLDER, folder=data_dir)
    with plain_errors():
        revision = check_database(database, key)
    engine = create_sqlite_engine(database, read_only=not writable, key=key)
    if revision == SCHEMA_REVISION:
        return engine
    if not writable:
        raise StoreError(CANNOT_UPGRADE_READ_ONLY, folder=data_dir)
    backups = Backups(database, data_dir / BACKUP_FOLDER, key=key)
    with plain_errors(database):
        migrate(engine, lambda old: backups.make_before_upgrade(old))
        check_tables(database, SCHEMA_REVISION, key)
    return engine


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        return revision_and_tables(raw)[0]


def migrate(engine: Engine, before_upgrade: Callable[[str], object] | None = None) -> None:
    """Bring the schema up to date in one transaction: a kill part-way leaves the old schema
    whole, never half of each. `before_upgrade(old_revision)` runs first when an existing
    database is to be upgraded (the backup)."""
    current = schema_revision(engine)
    if current == SCHEMA_REVISION:
        return
    if current is not None and current not in KNOWN_REVISIONS:
        raise NewerDatabase(None, __version__)
    if current is not None and before_upgrade is not None:
        before_upgrade(current)
    from alembic import command  # only needed when the schema changes, so not paid at every start
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with for_writing(engine).connect() as connection:
        raw = connection.connection.dbapi_connection
        # A migration that rebuilds a table must not set off cascading deletes on the way.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            # BEGIN IMMEDIATE (see _begin): every change of every migration is one commit.
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                raw.execute(f"PRAGMA user_version = {version_number(__version__)}")
                broken = raw.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    log.warning("Rows pointing at nothing after the upgrade: %s", broken)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def integrity_problems(engine: Engine) -> list[str]:
    """What SQLite's own integrity check finds; an empty list means the file is sound."""
    with engine.connect() as connection:
        rows = connection.connection.dbapi_connection.execute("PRAGMA integrity_check").fetchall()
    return [row[0] for row in rows if row[0] != "ok"]


def search_answers(connection: Connection, words: str, limit: int = 50) -> list[tuple]:
    """Answers in applications not in the bin that contain every word typed (a word may be
    the start of a longer one), best matches first.

    Returns rows of (application id, title, funder id, question key, whole text). SQLite FTS5
    lives here, with the other SQLite-only SQL. Its snippet() is not used: it costs far more
    than the length of a long answer (domain.search.snippet does not).
    """
    terms = [term.replace('"', '""') for term in words.split()]
    if not terms:
        return []
    query = " ".join(f'"{term}"*' for term in terms)
    sql = (
        "SELECT answer.application_id, application.title, application.funder_id, "
        "answer.question_key, answer.text "
        "FROM answer_fts JOIN answer ON answer.rowid = answer_fts.rowid "
        "JOIN application ON application.id = answer.application_id "
        "WHERE answer_fts MATCH ? AND application.deleted_at IS NULL "
        "ORDER BY bm25(answer_fts) LIMIT ?"
    )
    return connection.exec_driver_sql(sql, (query, limit)).fetchall()
