"""The store's front door: one object per group's database, composing one part per area.

    store.profile       the group's profile
    store.applications  applications, their details, answers, copies and the bin
    store.money         budget and match funding
    store.plan          the project plan and the exit strategy
    store.funders       funders and their forms
    store.decisions     status, the decision, reports due and what is coming up
    store.search        finding earlier answers
    store.revisions     earlier versions of each answer
    store.backups       backups of this database: made, kept in a rotation, listed, put back
    store.takeaway      one application as a take-away copy, and such a copy added here

Each command is one transaction, on disk when it returns. `with store.transaction():` makes
several commands one: all of them are saved, or none.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from grantdesk.domain.backups import Backup
from grantdesk.domain.printable import PrintableApplication
from grantdesk.store.applications import ApplicationsStore
from grantdesk.store.areas import Areas
from grantdesk.store.backups import Backups
from grantdesk.store.database import BACKUP_FOLDER, is_read_only, migrate, plain_errors
from grantdesk.store.decisions import DecisionsStore
from grantdesk.store.funders import FundersStore
from grantdesk.store.money import MoneyStore
from grantdesk.store.plan import PlanStore
from grantdesk.store.printable import PrintableStore
from grantdesk.store.profile import ProfileStore
from grantdesk.store.revisions import RevisionsStore
from grantdesk.store.search import SearchStore
from grantdesk.store.takeaway import TakeAwayStore
from grantdesk.store.unit_of_work import Clock, Transactions, UnitOfWork, utc_now


class Store:
    def __init__(self, engine: Engine, clock: Clock = utc_now, key: str | None = None):
        self.engine = engine
        self.database = Path(engine.url.database or ":memory:")
        """Which database file this store works on (each group has its own)."""
        self.locked = key is not None
        """Whether the database and its backups are encrypted (the group is locked)."""
        self.backups = Backups(
            self.database, self.database.with_name(BACKUP_FOLDER), clock, key=key
        )
        self._transactions = Transactions(engine, clock)
        self.profile = ProfileStore(self._transactions)
        self.applications = ApplicationsStore(self._transactions)
        self.money = MoneyStore(self._transactions)
        self.plan = PlanStore(self._transactions)
        self.funders = FundersStore(self._transactions)
        self.decisions = DecisionsStore(self._transactions)
        self.search = SearchStore(self._transactions)
        self.revisions = RevisionsStore(self._transactions)
        areas = Areas(
            self._transactions,
            self.profile,
            self.applications,
            self.money,
            self.plan,
            self.funders,
            self.decisions,
        )
        self.takeaway = TakeAwayStore(areas)
        self._printable = PrintableStore(areas)

    @contextmanager
    def transaction(self, writes: bool = False) -> Iterator[UnitOfWork]:
        """Several commands as one. With `writes`, the transaction takes the write lock from
        its start, as every command that changes data does."""
        with self._transactions.write() if writes else self._transactions.begin() as unit:
            yield unit

    @property
    def read_only(self) -> bool:
        """True when the data folder cannot be written to: everything can be read and printed,
        nothing saved."""
        return is_read_only(self.engine)

    def restore_backup(self, backup: Backup) -> Backup:
        """Put a backup's contents back, after backing up what is here now; returns that backup,
        which restoring again undoes this. An older layout is brought up to date."""
        before = self.backups.restore(backup)
        with plain_errors():
            migrate(self.engine)
        self.engine.dispose()  # connections kept open start afresh on the restored file
        return before

    def printable(self, application_id: int) -> PrintableApplication:
        """Everything the printed application shows, loaded at once into plain objects."""
        return self._printable.read(application_id)
