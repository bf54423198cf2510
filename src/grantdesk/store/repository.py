"""The store's front door: one object per group's database, composing one part per area.

    store.profile       the group's profile
    store.applications  applications, their details, answers, copies and the bin
    store.money         budget and match funding
    store.plan          the project plan and the exit strategy
    store.funders       funders and their forms
    store.decisions     status, the decision, reports due and what is coming up
    store.search        finding earlier answers

Each command is one transaction, on disk when it returns. `with store.transaction():` makes
several commands one: all of them are saved, or none.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine

from grantdesk.domain.printable import PrintableApplication
from grantdesk.store.applications import ApplicationsStore
from grantdesk.store.decisions import DecisionsStore
from grantdesk.store.funders import FundersStore
from grantdesk.store.money import MoneyStore
from grantdesk.store.plan import PlanStore
from grantdesk.store.printable import PrintableStore
from grantdesk.store.profile import ProfileStore
from grantdesk.store.search import SearchStore
from grantdesk.store.unit_of_work import Clock, Transactions, UnitOfWork, utc_now


class Store:
    def __init__(self, engine: Engine, clock: Clock = utc_now):
        self.engine = engine
        self._transactions = Transactions(engine, clock)
        self.profile = ProfileStore(self._transactions)
        self.applications = ApplicationsStore(self._transactions)
        self.money = MoneyStore(self._transactions)
        self.plan = PlanStore(self._transactions)
        self.funders = FundersStore(self._transactions)
        self.decisions = DecisionsStore(self._transactions)
        self.search = SearchStore(self._transactions)
        self._printable = PrintableStore(
            self._transactions,
            self.profile,
            self.applications,
            self.money,
            self.plan,
            self.funders,
        )

    @contextmanager
    def transaction(self) -> Iterator[UnitOfWork]:
        with self._transactions.begin() as unit:
            yield unit

    def printable(self, application_id: int) -> PrintableApplication:
        """Everything the printed application shows, loaded at once into plain objects."""
        return self._printable.read(application_id)
