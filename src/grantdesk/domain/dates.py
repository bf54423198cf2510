"""Dates the British way: read as people write them ("31 March", "31st March 2027", "31/3/27",
or in Welsh "31 Mawrth 2027"), never with the month first in figures, and shown as 31 March 2027
(31 Mawrth 2027 in Welsh)."""

import re
from calendar import monthrange
from datetime import date

from grantdesk.domain.messages import ENGLISH, QT_TRANSLATE_NOOP, Message, Wording, say
from grantdesk.domain.months import MONTHS, WELSH_MONTHS

_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBERS.update({name[:3].lower(): number for number, name in enumerate(MONTHS, start=1)})
_MONTH_NUMBERS["sept"] = 9
# Welsh months are read whatever the language chosen ("Mai" is May in both languages). After
# "o" (of) a month mutates softly: "15 o Fawrth", "o Chwefror" stays; both forms are read.
_MONTH_NUMBERS.update({name.lower(): number for number, name in enumerate(WELSH_MONTHS, start=1)})
_MONTH_NUMBERS.update({"fawrth": 3, "fai": 5, "fehefin": 6, "orffennaf": 7, "fedi": 9})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WELSH_WEEKDAYS = ("llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul")
_YEAR = r"(?:\s*[/.\-]\s*(\d{2}|\d{4}))?"
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})" + _YEAR)
_DAY = r"(\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?"  # English and Welsh endings
_DAY_FIRST = re.compile(_DAY + r"\s*(?:(?:of|o)\s+)?([a-z]+)\.?(?:,?\s+(\d{2}|\d{4}))?")
_MONTH_FIRST = re.compile(r"([a-z]+)\.?\s+" + _DAY + r"(?:,?\s+(\d{2}|\d{4}))?")
_END_OF = r"(?:(?:the\s+)?end\s+of\s+|diwedd\s+)"
_FULL_YEAR = r"([1-9]\d{3})"
_MONTH_AND_YEAR = re.compile(_END_OF + r"?([a-z]+)\.?,?\s+" + _FULL_YEAR)
_MONTH_AND_YEAR_IN_FIGURES = re.compile(r"(\d{1,2})\s*[/.\-]\s*" + _FULL_YEAR)
_END_OF_MONTH = re.compile(_END_OF + r"([a-z]+)\.?")


class DateError(ValueError):
    """A typed date that could not be read; the message says how to type it."""


def parse_date(
    text: str, today: date | None = None, *, month_is_its_last_day: bool = False
) -> date | None:
    """Read a date as people write it, day before month: "15/01/2027", "15/1/27", "15.01.2027",
    "15 January 2027", "15th Jan 2027", "Friday 15 January", "January 15th, 2027". With no
    year ("31 March", "31/3") it is the one nearest to today.

    For a date something is to happen by, `month_is_its_last_day` also reads a month with no
    day as its last day, as a person means "by March 2029": "March 2029", "Mar 2029",
    "03/2029", "end of March 2029"; "end of March" in the year nearest today, as "31 March".

    Returns None for an empty entry; raises DateError with a plain message otherwise.
    """
    cleaned = " ".join(text.strip().casefold().split())
    if not cleaned:
        return None
    if month_is_its_last_day:
        month_end = _month_end(cleaned, today or date.today())
        if month_end is not None:
            return month_end
    words = cleaned.replace(",", " ").split()
    if words[0].rstrip(".") in _WEEKDAYS or words[0] in {day[:3] for day in _WEEKDAYS}:
        cleaned = " ".join(words[1:])
    elif words[0] == "dydd" and len(words) > 1 and words[1] in _WELSH_WEEKDAYS:
        cleaned = " ".join(words[2:])
    parts = _numeric(cleaned) or _worded(cleaned)
    if parts is None:
        month_too = ", or a month and year, for example March 2029" if month_is_its_last_day else ""
        raise DateError(
            f"“{text.strip()}” is not a date GrantDesk can read. Please type the day, then the "
            f"month, for example 15/01/2027 or 15 January 2027{month_too}."
        )
    day, month, year = parts
    try:
        if year is None:
            return _nearest(day, month, today or date.today())
        return date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        raise DateError(
            f"“{text.strip()}” is not a real date. Please check the day and the month "
            "(day first, then month)."
        ) from None


def _numeric(text: str) -> tuple[int, int, int | None] | None:
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    return int(match[1]), int(match[2]), int(match[3]) if match[3] else None


def _worded(text: str) -> tuple[int, int, int | None] | None:
    for pattern, day_group, month_group in ((_DAY_FIRST, 1, 2), (_MONTH_FIRST, 2, 1)):
        match = pattern.fullmatch(text)
        if match and match[month_group] in _MONTH_NUMBERS:
            year = int(match[3]) if match[3] else None
            return int(match[day_group]), _MONTH_NUMBERS[match[month_group]], year
    return None


def _month_end(text: str, today: date) -> date | None:
    """The last day of a month written without a day, or None if the text is not one."""
    worded = _MONTH_AND_YEAR.fullmatch(text)
    if worded and worded[1] in _MONTH_NUMBERS:
        return _last_day(int(worded[2]), _MONTH_NUMBERS[worded[1]])
    figures = _MONTH_AND_YEAR_IN_FIGURES.fullmatch(text)
    if figures and 1 <= int(figures[1]) <= 12:
        return _last_day(int(figures[2]), int(figures[1]))
    no_year = _END_OF_MONTH.fullmatch(text)
    if no_year and no_year[1] in _MONTH_NUMBERS:
        month = _MONTH_NUMBERS[no_year[1]]
        years = (today.year - 1, today.year, today.year + 1)
        return _nearest_of([_last_day(year, month) for year in years], today)
    return None


def _last_day(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _nearest(day: int, month: int, today: date) -> date:
    """The day and month, in whichever year puts it nearest to today (later when tied)."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue  # 29 February, in a year that has none
    if not candidates:
        raise ValueError("no such day")
    return _nearest_of(candidates, today)


def _nearest_of(candidates: list[date], today: date) -> date:
    """The one nearest to today (the later when two are as near)."""
    return min(candidates, key=lambda when: (abs((when - today).days), -when.toordinal()))


def closing_date_problem(closing: date | None, today: date) -> Message | str:
    """A closing date that has passed or is today, said as a problem; empty otherwise."""
    if closing is None or closing > today:
        return ""
    if closing == today:
        return say(QT_TRANSLATE_NOOP("Dates", "The closing date is today."))
    return say(
        QT_TRANSLATE_NOOP("Dates", "The closing date, {date}, has passed. Please check the date."),
        date=closing,
    )


def day_and_time(day: date, time: str, today: date, words: Wording = ENGLISH) -> str:
    """When something happened, the one way dates are written: "today at 14:05", "yesterday
    at 14:05", or the date itself ("15 January 2027") for longer ago."""
    if day == today:
        return words(QT_TRANSLATE_NOOP("Dates", "today at {time}"), time=time)
    if (today - day).days == 1:
        return words(QT_TRANSLATE_NOOP("Dates", "yesterday at {time}"), time=time)
    return words.date(day)


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
