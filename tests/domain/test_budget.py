from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.budget import (
    OVERHEADS,
    STANDARD_CATEGORIES,
    Balance,
    Budget,
    BudgetLine,
    BudgetModel,
    MatchFunding,
    MatchStatus,
    PercentError,
    QuantityError,
    VatMode,
    balance_of,
    balance_statement,
    budget_totals,
    format_quantity,
    grant_range_problem,
    parse_pasted_rows,
    parse_percent,
    parse_quantity,
    project_years,
    round_half_up,
)
from grantdesk.domain.money import format_money

lines = st.builds(
    BudgetLine,
    category=st.sampled_from([*STANDARD_CATEGORIES, "", "Our own heading"]),
    description=st.text(max_size=20),
    quantity_hundredths=st.integers(min_value=0, max_value=100_000),
    unit=st.sampled_from(["", "sessions", "hours"]),
    unit_cost_pence=st.integers(min_value=0, max_value=5_000_000),
    vat=st.sampled_from(VatMode),
    year=st.integers(min_value=1, max_value=5),
    paid_by_others=st.booleans(),
)
budgets = st.builds(
    Budget,
    lines=st.lists(lines, max_size=30).map(tuple),
    vat_recoverable=st.booleans(),
    overhead_basis_points=st.one_of(st.none(), st.integers(min_value=0, max_value=10_000)),
)


@given(budgets)
def test_category_and_year_totals_each_add_up_to_the_grand_total(budget):
    totals = budget_totals(budget)
    assert sum(totals.by_category.values()) == totals.total
    assert sum(totals.by_year.values()) == totals.total
    assert sum(totals.line_costs) + totals.overheads == totals.total


@given(budgets)
def test_overheads_are_each_years_direct_costs_times_the_rate_rounded_once(budget):
    totals = budget_totals(budget)
    if not budget.overhead_basis_points:
        assert totals.overhead_by_year == {}
        return
    for year, overhead in totals.overhead_by_year.items():
        direct = sum(
            cost
            for line, cost in zip(budget.lines, totals.line_costs, strict=True)
            if line.year == year and line.category_name != OVERHEADS
        )
        exact = Fraction(direct * budget.overhead_basis_points, 10_000)
        assert abs(overhead - exact) <= Fraction(1, 2)
    explicit = sum(
        cost
        for line, cost in zip(budget.lines, totals.line_costs, strict=True)
        if line.category_name == OVERHEADS
    )
    assert totals.by_category.get(OVERHEADS, 0) == explicit + totals.overheads


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=10**6))
def test_rounding_is_to_the_nearest_with_halves_going_up(numerator, denominator):
    rounded = round_half_up(numerator, denominator)
    exact = Fraction(numerator, denominator)
    assert -Fraction(1, 2) < rounded - exact <= Fraction(1, 2)


@pytest.mark.parametrize(
    ("line", "recoverable", "cost", "vat"),
    [
        (BudgetLine(quantity_hundredths=250, unit_cost_pence=1333), False, 3333, 0),
        (BudgetLine(unit_cost_pence=10000, vat=VatMode.ADD_VAT), False, 12000, 2000),
        (BudgetLine(unit_cost_pence=10000, vat=VatMode.ADD_VAT), True, 10000, 2000),
        (BudgetLine(unit_cost_pence=12000, vat=VatMode.INCLUDES_VAT), False, 12000, 2000),
        (BudgetLine(unit_cost_pence=12000, vat=VatMode.INCLUDES_VAT), True, 10000, 2000),
        (BudgetLine(unit_cost_pence=999, vat=VatMode.ADD_VAT), False, 1199, 200),
        (BudgetLine(quantity_hundredths=4000, unit_cost_pence=7500), False, 300000, 0),
    ],
)
def test_line_costs_with_and_without_vat(line, recoverable, cost, vat):
    assert line.cost_pence(recoverable) == cost
    assert line.vat_pence == vat


def test_overheads_on_a_three_year_budget():
    budget = Budget(
        lines=(
            BudgetLine("Staff", "Youth worker", 4000, "hours", 1500, year=1),
            BudgetLine("Staff", "Youth worker", 4000, "hours", 1545, year=2),
            BudgetLine("Venue hire", "Hall", 4000, "sessions", 2500, year=3),
            BudgetLine(OVERHEADS, "Insurance share", 100, "", 12000, year=1),
        ),
        overhead_basis_points=1250,
    )
    totals = budget_totals(budget)
    assert totals.overhead_by_year == {1: 7500, 2: 7725, 3: 12500}
    assert totals.by_category == {"Staff": 121800, "Venue hire": 100000, OVERHEADS: 39725}
    assert totals.by_year == {1: 79500, 2: 69525, 3: 112500}
    assert totals.total == 261525


@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=10**9),
    st.lists(st.tuples(st.integers(min_value=0, max_value=10**8), st.sampled_from(MatchStatus))),
)
def test_the_balance_statement_is_right_for_every_combination(costs, requested, match):
    funding = tuple(MatchFunding("Someone", amount, status) for amount, status in match)
    balance = Balance(
        costs_pence=costs,
        requested_pence=requested,
        match_pence=sum(amount for amount, _ in match),
        unsecured_pence=sum(a for a, s in match if s is MatchStatus.APPLIED_FOR),
    )
    assert balance_of(budget_totals(Budget()), requested, funding).match_pence == (
        balance.match_pence
    )
    statement = str(balance_statement(balance))
    assert statement.startswith(f"Your costs come to {format_money(costs)}.")
    assert f"You are asking for {format_money(requested)}" in statement
    gap = costs - requested - balance.match_pence
    assert ("is not covered" in statement) == (gap > 0)
    assert ("your budget balances" in statement) == (gap == 0)
    assert ("more than your costs" in statement) == (gap < 0)
    if gap:
        assert format_money(abs(gap)) in statement
    assert ("not yet secured" in statement) == (balance.unsecured_pence > 0)


def test_the_example_sentence_from_the_issue():
    balance = Balance(costs_pence=425000, requested_pence=400000, match_pence=0)
    assert str(balance_statement(balance)) == (
        "Your costs come to £4,250.00. You are asking for £4,000.00 and have £0.00 from "
        "elsewhere, so £250.00 is not covered."
    )


def test_the_request_is_checked_against_the_funders_range():
    assert grant_range_problem(600000, None, 500000) == (
        "You are asking for £6,000.00, but this fund gives at most £5,000.00."
    )
    assert grant_range_problem(500000, 1000000, 5000000) == (
        "You are asking for £5,000.00, but this fund gives at least £10,000.00."
    )
    assert grant_range_problem(400000, 100000, 500000) is None
    assert grant_range_problem(None, 100000, 500000) is None


@pytest.mark.parametrize(
    ("start", "end", "years"),
    [
        (None, None, 1),
        (date(2027, 4, 1), date(2028, 3, 31), 1),
        (date(2027, 4, 1), date(2028, 4, 1), 1),
        (date(2027, 4, 1), date(2028, 4, 2), 2),
        (date(2027, 4, 1), date(2030, 3, 31), 3),
        (date(2027, 1, 1), date(2039, 1, 1), 5),
        (date(2028, 1, 1), date(2027, 1, 1), 1),
    ],
)
def test_project_years_come_from_the_dates(start, end, years):
    assert project_years(start, end) == years


def test_quantities_and_percentages():
    assert parse_quantity("40") == 4000
    assert parse_quantity("2.5") == 250
    assert parse_quantity("1,000") == 100000
    assert parse_quantity("") == 100
    assert format_quantity(250) == "2.5"
    assert format_quantity(100000) == "1,000"
    assert format_quantity(1234) == "12.34"
    for bad in ("-2", "two", "1.2.3", "2.555", "99999999"):
        with pytest.raises(QuantityError):
            parse_quantity(bad)
    assert parse_percent("12.5%") == 1250
    assert parse_percent(" 10 ") == 1000
    assert parse_percent("") is None
    with pytest.raises(PercentError, match="more than 100%"):
        parse_percent("150")
    with pytest.raises(PercentError, match="not a percentage"):
        parse_percent("ten")


@given(st.integers(min_value=0, max_value=100_000_000))
def test_every_quantity_reads_back_as_written(hundredths):
    assert parse_quantity(format_quantity(hundredths)) == hundredths


def test_rows_pasted_from_a_spreadsheet_become_lines():
    pasted = (
        "Category\tItem\tQty\tUnit\tCost\tYear\n"
        "staff\tYouth worker\t40\tsessions\t£75.00\t1\r\n"
        "Venue hire\tTŷ’r Cwm hall\t40\tsessions\t25\tYear 2\n"
        "Equipment\tPool cues\tlots\titems\t£12\t1\n"
    )
    result = parse_pasted_rows(pasted)
    assert result.lines == (
        BudgetLine("Staff", "Youth worker", 4000, "sessions", 7500, year=1),
        BudgetLine("Venue hire", "Tŷ’r Cwm hall", 4000, "sessions", 2500, year=2),
    )
    assert result.problems == (
        "Row 1 was left out: it looks like column headings.",
        "Row 4 was not added: “lots” is not a quantity. Please type a number, for example 40 "
        "or 2.5.",
    )
    assert parse_pasted_rows("Leaflets\t£120").lines == (
        BudgetLine(description="Leaflets", unit_cost_pence=12000),
    )
    assert parse_pasted_rows("Leaflets\t500\t£0.24").lines[0].price_pence == 12000
    assert parse_pasted_rows("Just words").problems == (
        "Row 1 was not added: it needs at least a description and a cost, split by a tab.",
    )


def test_thousands_of_figures_in_a_quantity_year_or_count_get_plain_messages():
    from grantdesk.domain.budget import QuantityError, parse_project_year, parse_quantity
    from grantdesk.domain.organisation import NumberError, parse_count

    with pytest.raises(QuantityError, match=r"^That is far more than a budget line would need"):
        parse_quantity("9" * 5000)
    with pytest.raises(ValueError, match="is not a project year from 1 to 5"):
        parse_project_year("1" * 5000)
    with pytest.raises(ValueError, match="is not a project year"):
        parse_project_year("10002")
    with pytest.raises(ValueError, match="is not a project year"):
        parse_project_year("²")
    with pytest.raises(NumberError, match=r"^That is far more volunteers than any group has"):
        parse_count("7" * 5000, "volunteers")
    assert parse_quantity("0" * 5000 + "2.5") == 250
    assert parse_count("1,200", "people") == 1200
    pasted = parse_pasted_rows("Leaflets\t£5\nHall hire\t" + "9" * 5000 + "\t£10")
    assert [line.description for line in pasted.lines] == ["Leaflets"]
    assert pasted.problems == (
        "Row 2 was not added: That is far more than a budget line would need. Please check.",
    )


@given(
    budgets,
    st.sampled_from(BudgetModel),
    st.data(),
)
def test_totals_after_a_few_lines_change_are_worked_out_as_afresh(budget, model, data):
    earlier = budget_totals(budget, model)
    edited_lines = list(budget.lines)
    for _ in range(data.draw(st.integers(min_value=0, max_value=3))):
        if not edited_lines:
            break
        position = data.draw(st.integers(min_value=0, max_value=len(edited_lines) - 1))
        edited = data.draw(lines)
        # Most edits keep the line's category, year and payer; some move it.
        if data.draw(st.booleans()):
            edited = replace(
                edited,
                category=edited_lines[position].category,
                year=edited_lines[position].year,
                paid_by_others=edited_lines[position].paid_by_others,
            )
        edited_lines[position] = edited
    changed = replace(budget, lines=tuple(edited_lines))
    if data.draw(st.booleans()):
        changed = replace(changed, vat_recoverable=not changed.vat_recoverable)
    if data.draw(st.booleans()):
        changed = replace(changed, overhead_basis_points=1250)
    worked_out = budget_totals(changed, model, earlier=(budget, earlier))
    afresh = budget_totals(changed, model)
    assert worked_out == afresh
    assert worked_out.line_sums == afresh.line_sums
