"""Dates the British way: typed as 15/01/2027 or 15 January 2027, never month first."""

import re
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


def months_spanned(start: date, end: date) -> int:
    """How many months a project from start to end runs, counting a part month as a month:
    1 April 2027 to 31 March 2028 is 12."""
    return (end.year - start.year) * 12 + (end.month - start.month) + (end.day >= start.day)
