"""The group itself: typed once in its profile and reused by every application."""

from dataclasses import dataclass
from enum import Enum

from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.money import means_nothing


class OrganisationKind(Enum):
    REGISTERED_CHARITY = "registered_charity"
    CIO = "cio"
    COMPANY_LIMITED_BY_GUARANTEE = "company_limited_by_guarantee"
    COMMUNITY_INTEREST_COMPANY = "community_interest_company"
    SOCIAL_ENTERPRISE = "social_enterprise"
    CONSTITUTED_GROUP = "constituted_group"
    UNCONSTITUTED_GROUP = "unconstituted_group"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def has_charity_number(self) -> bool:
        """Charities and CIOs have one; a company limited by guarantee may also be a charity."""
        return self in _KINDS_WITH_CHARITY_NUMBER

    @property
    def has_company_number(self) -> bool:
        return self in _KINDS_WITH_COMPANY_NUMBER


_KIND_LABELS = {
    OrganisationKind.REGISTERED_CHARITY: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Registered charity"
    ),
    OrganisationKind.CIO: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Charitable incorporated organisation (CIO)"
    ),
    OrganisationKind.COMPANY_LIMITED_BY_GUARANTEE: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Company limited by guarantee"
    ),
    OrganisationKind.COMMUNITY_INTEREST_COMPANY: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Community interest company (CIC)"
    ),
    OrganisationKind.SOCIAL_ENTERPRISE: QT_TRANSLATE_NOOP("OrganisationKind", "Social enterprise"),
    OrganisationKind.CONSTITUTED_GROUP: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Other constituted group (with a written constitution)"
    ),
    OrganisationKind.UNCONSTITUTED_GROUP: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Unconstituted group"
    ),
}
_KINDS_WITH_CHARITY_NUMBER = {
    OrganisationKind.REGISTERED_CHARITY,
    OrganisationKind.CIO,
    OrganisationKind.COMPANY_LIMITED_BY_GUARANTEE,
}
_KINDS_WITH_COMPANY_NUMBER = {
    OrganisationKind.COMPANY_LIMITED_BY_GUARANTEE,
    OrganisationKind.COMMUNITY_INTEREST_COMPANY,
    OrganisationKind.SOCIAL_ENTERPRISE,
}


@dataclass(frozen=True)
class Profile:
    name: str = ""
    kind: OrganisationKind | None = None
    charity_number: str = ""
    company_number: str = ""
    address: str = ""
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    activities: str = ""
    """What the group actually does, week to week: not its mission statement."""
    year_founded: int | None = None
    volunteers: int | None = None
    paid_staff: int | None = None
    last_year_income_pence: int | None = None
    has_bank_account: bool | None = None
    """A bank account in the group's own name that can receive a grant; None if not yet said."""


LONGEST_COUNT = 9
"""Figures in a count of people: a billion is already far beyond any group."""


class NumberError(ValueError):
    """A typed count or year that could not be read; the message says what to type."""


def parse_count(text: str, what: str) -> int | None:
    """Read a whole number ("14", "1,200"; "none", "nil" or "no" is 0); None when left empty."""
    if means_nothing(text):
        return 0
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise NumberError(f"Please type the number of {what} in figures, for example 12.")
    if len(cleaned.lstrip("0")) > LONGEST_COUNT:
        raise NumberError(f"That is far more {what} than any group has. Please check the figure.")
    return int(cleaned)


def parse_year(text: str, this_year: int) -> int | None:
    """Read the year the group was set up; None when left empty."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if not (cleaned.isascii() and cleaned.isdigit() and len(cleaned) == 4):
        raise NumberError("Please type the year with four figures, for example 2011.")
    year = int(cleaned)
    if not 1800 <= year <= this_year:
        raise NumberError(f"Please type a year between 1800 and {this_year}.")
    return year
