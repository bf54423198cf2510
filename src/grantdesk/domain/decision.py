"""After the decision: what the funder said, the offer and its terms, the reports due, and
the reminders that keep a group from missing a closing date or a report."""

from dataclasses import dataclass
from datetime import date, timedelta

from grantdesk.domain.application import ApplicationStatus
from grantdesk.domain.months import format_date


@dataclass(frozen=True)
class ReportDue:
    what: str = ""
    due: date | None = None
    done: bool = False


@dataclass(frozen=True)
class Decision:
    submitted_on: date | None = None
    feedback: str = ""
    """An unsuccessful application: what the funder said."""
    lessons: str = ""
    """What the group will do differently next time."""
    offer_date: date | None = None
    amount_awarded_pence: int | None = None
    terms: str = ""
    agreement_signed_on: date | None = None


@dataclass(frozen=True)
class Upcoming:
    """What the home screen needs to know of one application to remind the group."""

    application_id: int
    title: str
    funder: str
    status: ApplicationStatus
    closing_date: date | None
    reports: tuple[ReportDue, ...]


@dataclass(frozen=True)
class Reminder:
    when: date
    message: str
    overdue: bool
    application_id: int


OPEN_STATUSES = {ApplicationStatus.DRAFT, ApplicationStatus.READY}
LOOK_AHEAD_DAYS = 90
"""Closing dates and reports further ahead than this wait until they are nearer."""
MISSED_CLOSING_DAYS = 30
"""A closing date missed longer ago than this is no longer news; an unsent report always is."""


def days_from_today(when: date, today: date) -> str:
    """ "today", "tomorrow", "in 3 days", "yesterday", "3 days ago"."""
    days = (when - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    return f"in {days} days" if days > 0 else f"{-days} days ago"


def reminders(items: list[Upcoming], today: date) -> list[Reminder]:
    """Closing dates of applications still being written, and reports not yet sent, soonest
    first; those already past are said to be overdue, in words. Only what falls within the
    next 90 days is listed, so the list stays short enough to read."""
    horizon = today + timedelta(days=LOOK_AHEAD_DAYS)
    missed = today - timedelta(days=MISSED_CLOSING_DAYS)
    found = []
    for item in items:
        closing = item.closing_date
        if item.status in OPEN_STATUSES and closing is not None and missed <= closing <= horizon:
            when = closing
            overdue = when < today
            verb = "closed" if overdue else "closes"
            found.append(
                Reminder(
                    when,
                    f"“{item.title}” {verb} {days_from_today(when, today)} ({format_date(when)}).",
                    overdue,
                    item.application_id,
                )
            )
        for report in item.reports:
            if report.done or report.due is None or report.due > horizon:
                continue
            overdue = report.due < today
            to = f" to {item.funder}" if item.funder.strip() else ""
            what = f" ({report.what.strip()})" if report.what.strip() else ""
            tense = "was due" if overdue else "is due"
            found.append(
                Reminder(
                    report.due,
                    f"Report{to} {tense} {days_from_today(report.due, today)}{what}, for "
                    f"“{item.title}”.",
                    overdue,
                    item.application_id,
                )
            )
    return sorted(found, key=lambda reminder: (reminder.when, reminder.message))
