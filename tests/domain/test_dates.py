from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.dates import (
    MONTHS,
    DateError,
    add_months,
    closing_date_problem,
    day_and_time,
    format_short_date,
    months_needed,
    parse_date,
)
from grantdesk.domain.months import format_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/01/2027", date(2027, 1, 15)),
        ("15/1/27", date(2027, 1, 15)),
        ("5.3.2027", date(2027, 3, 5)),
        ("15 January 2027", date(2027, 1, 15)),
        ("15 jan 2027", date(2027, 1, 15)),
        ("1st March 2027", date(2027, 3, 1)),
        ("31st March 2027", date(2027, 3, 31)),
        ("31/3/27", date(2027, 3, 31)),
        ("31 March", date(2027, 3, 31)),
        ("31/3", date(2027, 3, 31)),
        ("2nd of April", date(2027, 4, 2)),
        ("Friday 15 January 2027", date(2027, 1, 15)),
        ("Fri, 15th Jan", date(2027, 1, 15)),
        ("January 15th, 2027", date(2027, 1, 15)),
        ("  15   SEPT  2027 ", date(2027, 9, 15)),
        ("15 Jan 27", date(2027, 1, 15)),
        ("1 December", date(2026, 12, 1)),
        ("", None),
    ],
)
def test_dates_are_read_as_people_write_them_day_first(typed, expected):
    assert parse_date(typed, today=date(2026, 12, 10)) == expected


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31/02/2027", "not a real date"),
        ("next Friday", "the day, then the month"),
        ("12/31/2027", "not a real date"),
        ("31 Smarch", "the day, then the month"),
        ("30 February", "not a real date"),
        ("Friday", "the day, then the month"),
    ],
)
def test_unreadable_dates_get_a_plain_message(typed, says):
    with pytest.raises(DateError, match=says):
        parse_date(typed)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_both_written_forms_read_back(value):
    assert parse_date(format_date(value)) == value
    assert parse_date(format_short_date(value)) == value


written = st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31))
suffixes = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


@given(written)
def test_every_way_of_writing_a_day_reads_back(value):
    month = MONTHS[value.month - 1]
    ordinal = f"{value.day}{suffixes.get(value.day, 'th')}"
    for typed in (
        f"{ordinal} {month} {value.year}",
        f"{value.day} {month[:3]} {value.year}",
        f"{value.day}/{value.month}/{value.year % 100:02d}",
        f"{value.day}.{value.month}.{value.year}",
        f"{month} {ordinal}, {value.year}",
        f"{value:%A} {value.day} {month} {value.year}",
    ):
        assert parse_date(typed) == value, typed


@given(written, written)
def test_a_date_without_a_year_is_the_one_nearest_today(value, today):
    if (value.month, value.day) == (2, 29):
        return  # not every year near today has one
    read = parse_date(f"{value.day} {MONTHS[value.month - 1]}", today=today)
    assert (read.month, read.day) == (value.month, value.day)
    assert abs((read - today).days) <= 183
    assert parse_date(f"{value.day}/{value.month}", today=today) == read


@pytest.mark.parametrize(
    "typed",
    ["March 2029", "Mar 2029", "mar. 2029", "03/2029", "3/2029", "3.2029", "Mawrth 2029"],
)
def test_a_date_to_be_done_by_may_be_a_month_and_year_read_as_its_last_day(typed):
    assert parse_date(typed, month_is_its_last_day=True) == date(2029, 3, 31)
    with pytest.raises(DateError, match="the day, then the month"):
        parse_date(typed)  # a start date is a day: "March 2029" is not guessed as one


@given(written)
def test_any_month_by_its_name_or_number_is_read_as_its_last_day(value):
    month, year = MONTHS[value.month - 1], value.year
    for typed in (f"{month} {year}", f"{month[:3]} {year}", f"{value.month:02d}/{year}"):
        read = parse_date(typed, month_is_its_last_day=True)
        assert (read.year, read.month) == (year, value.month), typed
        assert (read + timedelta(days=1)).day == 1, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("end of March", date(2027, 3, 31)),
        ("the end of February", date(2027, 2, 28)),
        ("end of November", date(2026, 11, 30)),
        ("End of Feb 2028", date(2028, 2, 29)),
        ("diwedd Mawrth", date(2027, 3, 31)),
    ],
)
def test_the_end_of_a_month_without_a_year_is_the_one_nearest_today(typed, expected):
    assert parse_date(typed, today=date(2026, 12, 10), month_is_its_last_day=True) == expected


@pytest.mark.parametrize("typed", ["soon", "March", "13/2029", "end of Smarch", "March 0000"])
def test_what_cannot_be_read_as_a_day_or_month_is_refused_saying_both_ways(typed):
    with pytest.raises(DateError, match="or a month and year, for example March 2029"):
        parse_date(typed, month_is_its_last_day=True)


def test_a_closing_date_in_the_past_or_today_is_a_problem():
    today = date(2027, 4, 1)
    assert closing_date_problem(date(2027, 3, 31), today) == (
        "The closing date, 31 March 2027, has passed. Please check the date."
    )
    assert closing_date_problem(today, today) == "The closing date is today."
    assert closing_date_problem(date(2027, 4, 2), today) == ""
    assert closing_date_problem(None, today) == ""


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2027, 6, 1), 12, date(2028, 6, 1)),
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2027, 12, 15), 1, date(2028, 1, 15)),
    ],
)
def test_months_on_keep_the_day_or_take_the_months_last(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2027, 6, 1), date(2028, 6, 1), 12),
        (date(2027, 6, 1), date(2028, 6, 2), 13),
        (date(2027, 4, 1), date(2028, 3, 31), 12),
        (date(2027, 1, 31), date(2027, 2, 28), 1),
        (date(2027, 1, 31), date(2027, 3, 1), 2),
        (date(2028, 2, 29), date(2029, 2, 28), 12),
        (date(2028, 2, 29), date(2029, 3, 1), 13),
        (date(2027, 6, 1), date(2027, 6, 1), 0),
    ],
)
def test_a_project_fits_in_the_months_up_to_the_same_day(start, end, months):
    assert months_needed(start, end) == months


some_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@given(some_dates, st.integers(min_value=1, max_value=60))
def test_the_same_day_n_months_on_fits_and_one_day_more_does_not(start, months):
    last_day = add_months(start, months)
    assert months_needed(start, last_day) == months
    assert months_needed(start, last_day + timedelta(days=1)) == months + 1


@given(some_dates, some_dates)
def test_months_needed_is_the_fewest_that_fit(start, end):
    months = months_needed(start, end)
    assert end <= add_months(start, months)
    if months:
        assert end > add_months(start, months - 1)


def test_when_something_was_saved_is_said_one_way():
    today = date(2027, 3, 31)
    assert day_and_time(today, "14:05", today) == "today at 14:05"
    assert day_and_time(date(2027, 3, 30), "09:00", today) == "yesterday at 09:00"
    assert day_and_time(date(2027, 1, 15), "09:00", today) == "15 January 2027"
