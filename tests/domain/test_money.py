import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.money import CEILING_PENCE, MoneyError, format_money, parse_money


@pytest.mark.parametrize(
    ("typed", "pence"),
    [
        ("£1,234.50", 123450),
        ("1234.5", 123450),
        ("£ 20", 2000),
        ("1,234", 123400),
        ("  £4,000  ", 400000),
        ("0.99", 99),
        (".5", 50),
        ("12.", 1200),
        ("1 000", 100000),
        ("", None),
        ("   ", None),
        ("£", None),
        ("none", 0),
        ("Nil", 0),
        ("no", 0),
    ],
)
def test_amounts_are_read_the_way_people_type_them(typed, pence):
    assert parse_money(typed) == pence


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("1.2.3", "is not an amount of money"),
        ("twelve", "is not an amount of money"),
        ("12,34", "is not an amount of money"),
        ("1.234", "is not an amount of money"),
        ("-5", "less than nothing"),
        ("£-5", "less than nothing"),
        ("£10,000,000,000", "far more than any grant application"),
    ],
)
def test_nonsense_gets_a_plain_message(typed, says):
    with pytest.raises(MoneyError, match=says):
        parse_money(typed)


def test_amounts_are_written_the_british_way():
    assert format_money(0) == "£0.00"
    assert format_money(5) == "£0.05"
    assert format_money(123450) == "£1,234.50"
    assert format_money(-25000) == "−£250.00"


@given(st.integers(min_value=0, max_value=CEILING_PENCE))
def test_every_amount_reads_back_exactly_as_written(pence):
    assert parse_money(format_money(pence)) == pence


@pytest.mark.parametrize("typed", ["9" * 5000, "£" + "1" * 4301 + ".50", "0" * 6000 + "1" * 10])
def test_thousands_of_figures_get_a_plain_message_not_pythons(typed):
    with pytest.raises(MoneyError) as raised:
        parse_money(typed)
    assert str(raised.value) == (
        "That amount is far more than any grant application would ask for. Please check the figure."
    )


def test_leading_noughts_are_only_noughts():
    assert parse_money("0" * 5000 + "12.50") == 1250
