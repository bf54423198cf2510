from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.dates import DateError, format_date, format_short_date, parse_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/01/2027", date(2027, 1, 15)),
        ("15/1/27", date(2027, 1, 15)),
        ("5.3.2027", date(2027, 3, 5)),
        ("15 January 2027", date(2027, 1, 15)),
        ("15 jan 2027", date(2027, 1, 15)),
        ("1st March 2027", date(2027, 3, 1)),
        ("", None),
    ],
)
def test_dates_are_read_day_first(typed, expected):
    assert parse_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31/02/2027", "not a real date"),
        ("next Friday", "day/month/year"),
        ("12/31/2027", "not a real date"),
    ],
)
def test_unreadable_dates_get_a_plain_message(typed, says):
    with pytest.raises(DateError, match=says):
        parse_date(typed)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_both_written_forms_read_back(value):
    assert parse_date(format_date(value)) == value
    assert parse_date(format_short_date(value)) == value
