"""Faults injected at the lowest write layer the tests can reach in-process: SQLite itself.

Every connection the store takes from its pool is set up here before use, so the writer's
connections meet these faults with SQLite's own error codes, as on a real machine:

- full():      PRAGMA max_page_count at the database's size (after VACUUM empties the free
               list): any write needing a new page fails with SQLITE_FULL, "database or disk
               is full", the error a full disk gives.
- read_only(): PRAGMA query_only: every write fails with SQLITE_READONLY, "attempt to write a
               readonly database", the error a read-only file or folder gives.
- hold():      a disk as slow as the test likes: every transaction that wrote waits just
               before its COMMIT (where SQLite syncs the disk) until release(), so a test can
               act while a write is certainly under way. Reads are not held up.

clear() puts the disk right again. (tests/ui/test_real_disk_faults.py fills a real, tiny RAM
disk where the tests may mount one. A folder cannot be made read-only under an open database
that way: the kernel refuses to remount it while files are open for writing.)
"""

import threading

from sqlalchemy import Engine, event

from grantdesk.store.database import WRITES

LARGEST_PAGE_COUNT = 1_073_741_823


class DiskFaults:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._full = False
        self._read_only = False
        self.refused = 0
        """How many statements SQLite has refused (each try to save while the disk is bad)."""
        self.held = 0
        """How many writes are waiting at their COMMIT now."""
        self._open = threading.Event()
        self._open.set()
        self.written: list[tuple[str, object]] = []
        """Every statement written (SQL and its values), in the order SQLite ran them."""
        event.listen(engine, "before_cursor_execute", self._note)
        event.listen(engine, "checkout", self._set_up)
        event.listen(engine, "commit", self._flush)
        event.listen(engine, "handle_error", self._count_refusal)

    def full(self) -> None:
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            raw.execute("VACUUM")
            self._pages = raw.execute("PRAGMA page_count").fetchone()[0]
        self._full = True

    def read_only(self) -> None:
        self._read_only = True

    def hold(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def clear(self) -> None:
        self._full = self._read_only = False
        self.release()

    def _set_up(self, dbapi_connection, _record, _proxy) -> None:
        pages = self._pages if self._full else LARGEST_PAGE_COUNT
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")
        dbapi_connection.execute(f"PRAGMA query_only = {int(self._read_only)}")

    def _count_refusal(self, _context) -> None:
        self.refused += 1

    def _note(self, _connection, _cursor, statement, parameters, _context, _many) -> None:
        if statement.startswith(("INSERT", "UPDATE", "DELETE")):
            self.written.append((" ".join(statement.split()), parameters))

    def _flush(self, connection) -> None:
        if connection.get_execution_options().get(WRITES):
            self.held += 1
            self._open.wait()
            self.held -= 1
