"""After the decision: what the funder said, the offer and its terms, the reports due, and
the reminders that keep a group from missing a closing date or a report."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from grantdesk.domain.application import ApplicationStatus, ApplicationSummary, display_title
from grantdesk.domain.messages import QT_TRANSLATE_NOOP, Message, say


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


def upcoming_of(
    applications: Iterable[ApplicationSummary], reports: Mapping[int, Sequence[ReportDue]]
) -> list[Upcoming]:
    """Of these applications, those with a closing date or reports due (`reports` by
    application), for the reminders."""
    return [
        Upcoming(
            application_id=summary.id,
            title=display_title(summary.details.title),
            funder=summary.details.funder or summary.details.fund,
            status=summary.status,
            closing_date=summary.details.closing_date,
            reports=tuple(reports.get(summary.id, ())),
        )
        for summary in applications
        if summary.details.closing_date is not None or summary.id in reports
    ]


@dataclass(frozen=True)
class Reminder:
    when: date
    message: Message
    overdue: bool
    application_id: int


OPEN_STATUSES = {ApplicationStatus.DRAFT, ApplicationStatus.READY}
LOOK_AHEAD_DAYS = 90
"""Closing dates and reports further ahead than this wait until they are nearer."""
MISSED_CLOSING_DAYS = 30
"""A closing date missed longer ago than this is no longer news; an unsent report always is."""


def days_from_today(when: date, today: date) -> Message:
    """ "today", "tomorrow", "in 3 days", "yesterday", "3 days ago"."""
    days = (when - today).days
    if days == 0:
        return say(QT_TRANSLATE_NOOP("Dates", "today"))
    if days == 1:
        return say(QT_TRANSLATE_NOOP("Dates", "tomorrow"))
    if days == -1:
        return say(QT_TRANSLATE_NOOP("Dates", "yesterday"))
    if days > 0:
        return say(QT_TRANSLATE_NOOP("Dates", "in %n day(s)"), days)
    return say(QT_TRANSLATE_NOOP("Dates", "%n day(s) ago"), -days)


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
            found.append(
                Reminder(
                    when,
                    say(
                        QT_TRANSLATE_NOOP("Reminders", "“{title}” closed {when} ({date}).")
                        if overdue
                        else QT_TRANSLATE_NOOP("Reminders", "“{title}” closes {when} ({date})."),
                        title=item.title,
                        when=days_from_today(when, today),
                        date=when,
                    ),
                    overdue,
                    item.application_id,
                )
            )
        for report in item.reports:
            if report.done or report.due is None or report.due > horizon:
                continue
            overdue = report.due < today
            if item.funder.strip():
                template = (
                    QT_TRANSLATE_NOOP(
                        "Reminders", "Report to {funder} was due {when}{what}, for “{title}”."
                    )
                    if overdue
                    else QT_TRANSLATE_NOOP(
                        "Reminders", "Report to {funder} is due {when}{what}, for “{title}”."
                    )
                )
            else:
                template = (
                    QT_TRANSLATE_NOOP("Reminders", "Report was due {when}{what}, for “{title}”.")
                    if overdue
                    else QT_TRANSLATE_NOOP(
                        "Reminders", "Report is due {when}{what}, for “{title}”."
                    )
                )
            found.append(
                Reminder(
                    report.due,
                    say(
                        template,
                        funder=item.funder,
                        when=days_from_today(report.due, today),
                        what=f" ({report.what.strip()})" if report.what.strip() else "",
                        title=item.title,
                    ),
                    overdue,
                    item.application_id,
                )
            )
    return sorted(found, key=lambda reminder: (reminder.when, str(reminder.message)))
