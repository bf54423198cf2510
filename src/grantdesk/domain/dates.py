"""Dates the British way: typed as 15/01/2027 or 15 January 2027, never month first."""

import re
from calendar import monthrange
from datetime import date

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBERS.update({name[:3].lower(): number for number, name in enumerate(MONTHS, start=1)})
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})")
_WORDED = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")


class DateError(ValueError):
    """A typed date that could not be read; the message says how to type it."""


def parse_date(text: str) -> date | None:
    """Read "15/01/2027", "15/1/27", "15.01.2027", "15 January 2027" or "15 Jan 2027".

    Returns None for an empty entry; raises DateError with a plain message otherwise.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    numeric = _NUMERIC.fullmatch(cleaned)
    worded = _WORDED.fullmatch(cleaned)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
    elif worded and worded[2].lower() in _MONTH_NUMBERS:
        day, month, year = int(worded[1]), _MONTH_NUMBERS[worded[2].lower()], int(worded[3])
    else:
        raise DateError(
            f"“{cleaned}” is not a date GrantDesk can read. Please type it as day/month/year, "
            "for example 15/01/2027."
        )
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            f"“{cleaned}” is not a real date. Please check the day and the month "
            "(day first, then month)."
        ) from None


def format_date(value: date) -> str:
    """15 January 2027."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_short_date(value: date) -> str:
    """15/01/2027."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def add_months(start: date, months: int) -> date:
    """The same day so many months on; a day the month lacks becomes its last day
    (31 January and one month is 28 February, or 29 in a leap year)."""
    month_index = start.year * 12 + start.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(start.day, monthrange(year, month + 1)[1]))


def months_needed(start: date, end: date) -> int:
    """The fewest whole months a project from start to end fits in: it fits in n months when
    it ends no later than the same day n months on. 1 June 2027 to 1 June 2028 is 12 months,
    and so is 1 April 2027 to 31 March 2028; 1 June 2027 to 2 June 2028 is 13."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if add_months(start, months) >= end else months + 1
