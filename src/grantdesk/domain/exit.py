"""What happens when the money ends: the routes a group can take, and good practice."""

from dataclasses import dataclass
from datetime import date
from enum import Enum

from grantdesk.domain.dates import format_date
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.money import format_money
from grantdesk.domain.plan import Weakness

GOOD_NOTICE_MONTHS = 3
"""Good practice: tell the people who use the service three months before funding stops."""


class ExitRouteKind(Enum):
    OTHER_FUNDERS = "other_funders"
    EARNED_INCOME = "earned_income"
    VOLUNTEERS = "volunteers"
    PARTNER = "partner"
    LEGACY = "legacy"

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def prompt(self) -> str:
        """What to say about this route."""
        return _LABELS[self][1]


_LABELS = {
    ExitRouteKind.OTHER_FUNDERS: (
        QT_TRANSLATE_NOOP("ExitRoute", "Other funders"),
        QT_TRANSLATE_NOOP("ExitRoute", "Which funders, and when you will apply"),
    ),
    ExitRouteKind.EARNED_INCOME: (
        QT_TRANSLATE_NOOP("ExitRoute", "Earned income"),
        QT_TRANSLATE_NOOP("ExitRoute", "How much, and from what"),
    ),
    ExitRouteKind.VOLUNTEERS: (
        QT_TRANSLATE_NOOP("ExitRoute", "Volunteers carry it on"),
        QT_TRANSLATE_NOOP("ExitRoute", "Who has been trained to carry it on"),
    ),
    ExitRouteKind.PARTNER: (
        QT_TRANSLATE_NOOP("ExitRoute", "A partner takes it on"),
        QT_TRANSLATE_NOOP("ExitRoute", "Which partner, and what they have agreed"),
    ),
    ExitRouteKind.LEGACY: (
        QT_TRANSLATE_NOOP("ExitRoute", "It ends cleanly, with a legacy"),
        QT_TRANSLATE_NOOP("ExitRoute", "What stays: trained volunteers, equipment, a toolkit"),
    ),
}


@dataclass(frozen=True)
class ExitRoute:
    kind: ExitRouteKind = ExitRouteKind.OTHER_FUNDERS
    details: str = ""
    amount_pence: int | None = None
    """For earned income: how much a year."""
    by_date: date | None = None


@dataclass(frozen=True)
class ExitPlan:
    routes: tuple[ExitRoute, ...] = ()
    notice_months: int | None = None
    """How many months' notice the people who use the service get before funding stops."""

    @property
    def is_empty(self) -> bool:
        return not self.routes and self.notice_months is None


def exit_weaknesses(plan: ExitPlan) -> list[Weakness]:
    found = []
    if not plan.routes:
        found.append(
            Weakness(
                "There is no exit strategy yet. Choose at least one way the work will carry "
                "on, or end well, when this grant runs out.",
                "exit",
            )
        )
    for row, route in enumerate(plan.routes):
        if not route.details.strip():
            found.append(
                Weakness(
                    f"“{route.kind.label}” needs detail: {route.kind.prompt.lower()}.", "exit", row
                )
            )
        if route.kind is ExitRouteKind.EARNED_INCOME and not route.amount_pence:
            found.append(
                Weakness("Say how much earned income you expect, and from what.", "exit", row)
            )
    if plan.notice_months is None or plan.notice_months < GOOD_NOTICE_MONTHS:
        found.append(
            Weakness(
                "Plan to tell the people who use the service at least three months before the "
                "funding stops, so no one is left without warning.",
                "exit",
            )
        )
    return found


def route_detail(route: ExitRoute) -> str:
    """What follows the route's name when it is written out: its details, how much a year
    (for earned income) and by when."""
    text = route.details.strip()
    if route.kind is ExitRouteKind.EARNED_INCOME and route.amount_pence:
        text += f" (about {format_money(route.amount_pence)} a year)"
    if route.by_date is not None:
        text += f", by {format_date(route.by_date)}"
    return text.strip(" ,")


def notice_sentence(months: int) -> str:
    said = "one month" if months == 1 else f"{months} months"
    return (
        f"If funding stops, we will tell the people who use the project {said} before, and "
        "help them find other support."
    )
