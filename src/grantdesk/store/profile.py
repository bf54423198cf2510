"""The group's profile: one row in each group's database."""

from grantdesk.domain.organisation import Profile
from grantdesk.store.edits import UNCHECKED, merge_fields
from grantdesk.store.mapping import fill_profile_row, profile_from
from grantdesk.store.models import OrganisationRow
from grantdesk.store.unit_of_work import Transactions

PROFILE_ID = 1


class ProfileStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def get(self) -> Profile | None:
        with self._transactions.begin() as unit:
            row = unit.session.get(OrganisationRow, PROFILE_ID)
            return None if row is None else profile_from(row)

    def save(self, profile: Profile, base=UNCHECKED) -> None:
        """Save the profile; `base` is what the editor read (see edits.py)."""
        with self._transactions.write() as unit:
            row = unit.session.get(OrganisationRow, PROFILE_ID)
            stored = Profile() if row is None else profile_from(row)
            row = row or OrganisationRow(id=PROFILE_ID)
            fill_profile_row(row, merge_fields(stored, base, profile))
            row.updated_at = unit.now()
            unit.session.add(row)
