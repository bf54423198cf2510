"""The store's parts for one database, handed together to the commands made of several of
them (the printable snapshot, take-away copies), so each reads or writes in one transaction."""

from dataclasses import dataclass

from grantdesk.store.applications import ApplicationsStore
from grantdesk.store.decisions import DecisionsStore
from grantdesk.store.funders import FundersStore
from grantdesk.store.money import MoneyStore
from grantdesk.store.plan import PlanStore
from grantdesk.store.profile import ProfileStore
from grantdesk.store.unit_of_work import Transactions


@dataclass(frozen=True)
class Areas:
    transactions: Transactions
    profile: ProfileStore
    applications: ApplicationsStore
    money: MoneyStore
    plan: PlanStore
    funders: FundersStore
    decisions: DecisionsStore
