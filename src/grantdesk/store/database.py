"""Opening a group's database: the SQLite settings that keep every word, and migrations.

Everything SQLite-specific lives here, so the models could one day sit on another database.
"""

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from grantdesk.store.errors import StoreError, message_for

log = logging.getLogger(__name__)

DATABASE_FILE = "grantdesk.sqlite3"
BACKUP_FOLDER = "backups"
SCHEMA_REVISION = "0005_funders"
"""The newest migration; tests check it matches the migrations folder."""
MIGRATIONS = Path(__file__).with_name("migrations")

CANNOT_WRITE_FOLDER = (
    "GrantDesk cannot keep your work in {folder}, because that folder cannot be written to. "
    "Please choose another folder, or ask whoever looks after this computer to check it."
)


@contextmanager
def plain_errors() -> Iterator[None]:
    """Turn database and file failures into a StoreError, logging the detail once."""
    try:
        yield
    except FAILURES as error:
        raise failure(error) from error


FAILURES = (SQLAlchemyError, OSError, sqlite3.Error)


def failure(error: BaseException, saving: bool = False) -> StoreError:
    """The plain StoreError for a failure, logged once. It counts as a failure to save when
    `saving` (changes were on their way) or when the statement that failed was not a read
    (a failed commit is a failed save)."""
    log.error("Store operation failed", exc_info=error)
    statement = (getattr(error, "statement", None) or "").lstrip().upper()
    reading = not saving and statement.startswith(("SELECT", "WITH", "PRAGMA"))
    return StoreError(message_for(error, reading))


def changes_begun(session: Session) -> bool:
    """Whether this transaction has changed anything yet, or has changes waiting to be sent."""
    if session.new or session.dirty or session.deleted:
        return True
    try:
        raw = session.connection().connection.dbapi_connection
    except SQLAlchemyError:
        return False
    return bool(raw is not None and raw.in_transaction)  # sqlite3 begins at the first write


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_sqlite_engine(path: Path | str) -> Engine:
    """An engine on one database file (or ":memory:"), with the settings that survive power cuts."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def open_database(data_dir: Path) -> Engine:
    """Open (creating if need be) the database in data_dir, brought up to the current schema."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".grantdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        log.exception("Data folder %s cannot be written", data_dir)
        raise StoreError(CANNOT_WRITE_FOLDER.format(folder=data_dir)) from error
    engine = create_sqlite_engine(data_dir / DATABASE_FILE)
    with plain_errors():
        migrate(engine, data_dir / BACKUP_FOLDER)
    return engine


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        has_version = raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_version:
            return None
        row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def migrate(engine: Engine, backup_dir: Path | None = None) -> None:
    """Bring the schema up to date, first copying an existing database to backup_dir."""
    current = schema_revision(engine)
    if current == SCHEMA_REVISION:
        return
    if current is not None and backup_dir is not None:
        backup(engine, backup_dir / f"before-upgrade-from-{current}.sqlite3")
    from alembic import command  # only needed when the schema changes, so not paid at every start
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        # A migration that rebuilds a table must not set off cascading deletes on the way.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                log.warning("Rows pointing at nothing after the upgrade: %s", broken)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def backup(engine: Engine, target: Path) -> Path:
    """A consistent copy of the live database, safe to take while it is in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    stamped = target.with_name(f"{target.stem}-{datetime.now(UTC):%Y%m%d-%H%M%S}{target.suffix}")
    with engine.connect() as connection:
        source = connection.connection.dbapi_connection
        destination = sqlite3.connect(stamped)
        try:
            source.backup(destination)
        finally:
            destination.close()
    return stamped


def integrity_problems(engine: Engine) -> list[str]:
    """What SQLite's own integrity check finds; an empty list means the file is sound."""
    with engine.connect() as connection:
        rows = connection.connection.dbapi_connection.execute("PRAGMA integrity_check").fetchall()
    return [row[0] for row in rows if row[0] != "ok"]


def search_answers(connection: Connection, words: str, limit: int = 50) -> list[tuple]:
    """Answers in applications not in the bin that contain every word typed (a word may be
    the start of a longer one), best matches first.

    Returns rows of (application id, title, funder id, question key, snippet, whole text).
    SQLite FTS5 lives here, with the other SQLite-only SQL.
    """
    terms = [term.replace('"', '""') for term in words.split()]
    if not terms:
        return []
    query = " ".join(f'"{term}"*' for term in terms)
    sql = (
        "SELECT answer.application_id, application.title, application.funder_id, "
        "answer.question_key, "
        "snippet(answer_fts, 0, '', '', '…', 16), answer.text "
        "FROM answer_fts JOIN answer ON answer.rowid = answer_fts.rowid "
        "JOIN application ON application.id = answer.application_id "
        "WHERE answer_fts MATCH ? AND application.deleted_at IS NULL "
        "ORDER BY bm25(answer_fts) LIMIT ?"
    )
    return connection.exec_driver_sql(sql, (query, limit)).fetchall()
