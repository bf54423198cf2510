"""Month names in English and Welsh, and a date written with them: 15 January 2027, or
15 Ionawr 2027 in Welsh. Dates are read in dates.py."""

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
WELSH_MONTHS = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)
MONTH_NAMES = {"en": MONTHS, "cy": WELSH_MONTHS}
"""Month names by language code, for writing dates."""


def format_date(value: date, language: str = "en") -> str:
    """15 January 2027; in Welsh ("cy") 15 Ionawr 2027."""
    months = MONTH_NAMES.get(language, MONTHS)
    return f"{value.day} {months[value.month - 1]} {value.year}"
