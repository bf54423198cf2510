"""One transaction for one command: its connection (and an ORM session in it, made when first
used), the clock, and the rows it changes.

A command that calls other commands joins the transaction already open on this thread, so a
command made of several (copying an application for another funder, reading everything the
printed application shows) commits once or not at all. Commands that change data open theirs
with `write()`, which takes SQLite's write lock at the start: an edit checked against what is
stored (see edits.py) is then written before anyone else can change it.

The transaction is the connection's. A command that loads or adds rows as objects uses the
session, made at first use and joined to it; the saves made while typing (a budget cell, an
answer) are plain statements on the connection, and never pay for making one.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import (
    Connection,
    DateTime,
    Engine,
    Executable,
    Row,
    bindparam,
    select,
    update,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from grantdesk.store.database import (
    changes_begun,
    database_file,
    driver,
    ensure_reachable,
    failure,
    failures,
    for_writing,
    plain_errors,
)
from grantdesk.store.errors import StoreError
from grantdesk.store.models import ApplicationRow

Clock = Callable[[], datetime]

NO_SUCH_APPLICATION = (
    "There is no application number {id}. Type 'grantdesk list' to see the applications."
)


_DRIVER_SQL = sqlite.dialect(paramstyle="named")


class Prepared:
    """A statement compiled once, to run straight on the database driver's connection with
    `UnitOfWork.run`, its values converted as SQLAlchemy would convert them (a bindparam
    given no type is passed as it is). For the saves made while typing: SQLAlchemy's own
    execution of a statement costs more than SQLite's."""

    def __init__(self, statement: Executable):
        compiled = statement.compile(dialect=_DRIVER_SQL)
        self.sql = str(compiled)
        self._converters = {
            name: convert
            for name, bind in compiled.binds.items()
            if (convert := _DRIVER_SQL.type_descriptor(bind.type).bind_processor(_DRIVER_SQL))
        }

    def values(self, parameters: dict) -> dict:
        return parameters | {
            name: convert(parameters[name]) for name, convert in self._converters.items()
        }


_APPLICATION = ApplicationRow.__table__
_TOUCH = Prepared(
    update(_APPLICATION)
    .where(_APPLICATION.c.id == bindparam("application"))
    .values(updated_at=bindparam("now", type_=DateTime))
)
"""Every save made while typing runs it."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """SQLite keeps times without a zone; they are always stored in UTC."""
    return moment.replace(tzinfo=UTC)


class UnitOfWork:
    def __init__(self, connection: Connection, clock: Clock):
        self.connection = connection
        self.clock = clock
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The ORM session, in this unit's transaction (made when first used)."""
        if self._session is None:
            self._session = Session(bind=self.connection, expire_on_commit=False)
        return self._session

    def changes_begun(self) -> bool:
        return self._session is not None and changes_begun(self._session)

    def finish(self) -> None:
        """Send what the session holds to the database, before the transaction commits."""
        if self._session is not None:
            self._session.flush()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def now(self) -> datetime:
        """The time to store: UTC, without a zone."""
        return self.clock().astimezone(UTC).replace(tzinfo=None)

    def application(self, application_id: int) -> ApplicationRow:
        row = self.session.get(ApplicationRow, application_id)
        if row is None:
            raise StoreError(NO_SUCH_APPLICATION.format(id=application_id))
        return row

    def changed_application(self, application_id: int) -> ApplicationRow:
        """The application's row, its last-saved time moved on for the change being made."""
        row = self.application(application_id)
        row.updated_at = self.now()
        return row

    def application_columns(self, application_id: int, *columns) -> Row:
        """A few of the application's columns, read with one plain statement (for the saves
        made while typing, which should cost as little as they can)."""
        table = ApplicationRow.__table__
        found = self.connection.execute(
            select(*columns).where(table.c.id == application_id)
        ).one_or_none()
        if found is None:
            raise StoreError(NO_SUCH_APPLICATION.format(id=application_id))
        return found

    def run(self, statement: Prepared, parameters: dict) -> int:
        """Run a prepared statement in this transaction; the number of rows it changed."""
        return driver(self.connection).execute(statement.sql, statement.values(parameters)).rowcount

    def touch_application(self, application_id: int, **columns) -> None:
        """Move the application's last-saved time on (and set these columns), in one
        statement: the prepared one while typing, when no other column changes."""
        if columns:
            statement = update(_APPLICATION).where(_APPLICATION.c.id == application_id)
            touched = self.connection.execute(statement.values(updated_at=self.now(), **columns))
            changed = touched.rowcount
        else:
            changed = self.run(_TOUCH, {"application": application_id, "now": self.now()})
        if changed == 0:
            raise StoreError(NO_SUCH_APPLICATION.format(id=application_id))


class Transactions:
    """Opens units of work on one database; nested opens on the same thread join the outer one."""

    def __init__(self, engine: Engine, clock: Clock = utc_now):
        self.engine = engine
        self.clock = clock
        self._database = database_file(engine)
        self._writing = for_writing(engine)
        self._open = threading.local()

    @contextmanager
    def begin(self) -> Iterator[UnitOfWork]:
        """A transaction that reads (or joins the one already open on this thread)."""
        with self._unit(self.engine) as unit:
            yield unit

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """A transaction that changes data (or joins the one already open on this thread)."""
        with self._unit(self._writing, writes=True) as unit:
            yield unit

    @contextmanager
    def _unit(self, engine: Engine, writes: bool = False) -> Iterator[UnitOfWork]:
        current: UnitOfWork | None = getattr(self._open, "unit", None)
        if current is not None:
            yield current
            return
        with plain_errors(self._database):
            if writes:
                ensure_reachable(self.engine)
            with engine.begin() as connection:
                unit = UnitOfWork(connection, self.clock)
                self._open.unit = unit
                try:
                    yield unit
                    unit.finish()
                except failures() as error:
                    # A read that fails on the way to a change is a failed save.
                    saving = writes or unit.changes_begun()
                    raise failure(error, saving, self._database) from error
                finally:
                    unit.close()
                    self._open.unit = None
