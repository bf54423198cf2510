"""The three ways funders ask for a budget: the whole project, only the costs asked of this
funder with the project's total cost, or every line marked by who pays. For each, the balance
sentence, the printed totals and the funder's rules."""

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import (
    OVERHEADS,
    Budget,
    BudgetLine,
    BudgetModel,
    MatchFunding,
    MatchStatus,
    at_a_glance,
    balance_statement,
    money_figures,
)
from grantdesk.domain.finances import Finances
from grantdesk.domain.funders import BudgetRules, Funder
from grantdesk.domain.money import format_money

lines = st.builds(
    BudgetLine,
    category=st.sampled_from(["Staff", "Management", OVERHEADS, "Other expenses", "Venue hire"]),
    description=st.sampled_from(["Worker", "Hall", "Bookkeeping", ""]),
    quantity_hundredths=st.integers(0, 500),
    unit_cost_pence=st.integers(0, 2_000_000),
    year=st.integers(1, 3),
    paid_by_others=st.booleans(),
)
budgets = st.builds(
    Budget,
    lines=st.lists(lines, max_size=14).map(tuple),
    vat_recoverable=st.booleans(),
    overhead_basis_points=st.none() | st.integers(0, 2500),
    whole_project_cost_pence=st.none() | st.integers(0, 10**8),
)
matches = st.lists(
    st.builds(
        MatchFunding,
        source=st.just("Town council"),
        amount_pence=st.integers(0, 5_000_000),
        status=st.sampled_from(MatchStatus),
        decision_date=st.none() | st.just(date(2027, 2, 9)),
    ),
    max_size=4,
).map(tuple)


TOTAL_COST = "Total cost of the project"


def finances(budget, match, requested, model, asked=True, rules=None) -> Finances:
    funder = Funder(name="Fund", budget_model=model, budget_rules=rules or BudgetRules())
    details = ApplicationDetails(title="Test", amount_requested_pence=requested)
    return Finances(budget, match, details, funder, asked)


@given(budgets, matches, st.integers(0, 10**8), st.sampled_from(BudgetModel), st.booleans())
def test_the_balance_sentence_for_every_model_and_combination(
    budget, match, requested, model, other_funding_asked
):
    money = finances(budget, match, requested, model, other_funding_asked)
    totals, balance = money.totals, money.balance
    statement = str(balance_statement(balance))
    match_total = sum(item.amount_pence for item in match)
    listed = other_funding_asked or bool(match)
    if model is BudgetModel.WHOLE_PROJECT:
        expected = totals.total == requested + match_total
    elif model is BudgetModel.ASKED_COSTS:
        stated = budget.whole_project_cost_pence
        expected = (
            totals.total == requested
            and stated is not None
            and stated >= requested
            and (stated - requested == match_total or not listed)
        )
    else:
        expected = totals.asked_pence == requested and (
            totals.others_pence == match_total or not listed
        )
    assert balance.balances == expected
    assert ("your budget balances" in statement.lower()) == expected
    if model is BudgetModel.WHOLE_PROJECT:  # the rest is always to be covered: no gap hidden
        assert at_a_glance(balance).gap_pence == totals.total - requested - match_total
    if model is not BudgetModel.WHOLE_PROJECT and totals.asked_pence != requested:
        assert format_money(abs(totals.asked_pence - requested)) in statement
    if model is BudgetModel.ASKED_COSTS and budget.whole_project_cost_pence is None:
        assert "Please give the total cost of the whole project." in statement
    assert ("not yet secured" in statement) == (balance.unsecured_pence > 0)


@given(budgets, matches, st.integers(0, 10**8), st.sampled_from(BudgetModel))
def test_printed_totals_add_up_and_the_project_has_one_total_cost(budget, match, requested, model):
    money = finances(budget, match, requested, model)
    totals = money.totals
    tables = money.cost_tables()
    printed = [n for table in tables for n in table.lines]
    assert sorted(printed) == list(range(len(budget.lines)))  # every line printed, once
    for table in tables:
        assert table.total_pence == sum(totals.line_costs[n] for n in table.lines) + sum(
            row.pence for row in table.overheads
        )
    assert sum(table.total_pence for table in tables) == totals.total
    assert totals.asked_pence + totals.others_pence == totals.total
    if model is not BudgetModel.PAID_BY:
        assert totals.others_pence == 0
    said_to_be_the_total_cost = [
        pence for label, pence in money_figures(money.balance) if label == TOTAL_COST
    ] + [table.total_pence for table in tables if table.total_label == TOTAL_COST]
    assert len(set(said_to_be_the_total_cost)) <= 1
    costs = dict(money_figures(money.balance))
    if model is BudgetModel.ASKED_COSTS:
        assert costs.get("Total cost of the project") == budget.whole_project_cost_pence
        assert [table.total_label for table in tables] == ["Total we are asking you to fund"]
    else:
        assert costs["Total cost of the project"] == totals.total
    assert costs["Amount requested"] == requested


@given(
    st.lists(lines, max_size=14).map(tuple),
    st.integers(0, 10**7),
    st.sampled_from(BudgetModel),
    st.integers(100, 3000),
)
def test_caps_follow_the_funders_headings_and_only_what_it_pays(
    some_lines, requested, model, cap_points
):
    rules = BudgetRules(
        max_lines=10,
        management_cap_basis_points=cap_points,
        management_headings=("Management",),
        other_cap_pence=50_000,
        other_headings=("Other expenses",),
    )
    money = finances(Budget(some_lines), (), requested, model, rules=rules)
    problems = money.rule_problems()
    assert any("at most 10 budget lines" in p for p in problems) == (len(some_lines) > 10)

    def spent(heading: str) -> int:
        return sum(
            cost
            for line, cost in zip(some_lines, money.totals.line_costs, strict=True)
            if line.category == heading
            and not (model is BudgetModel.PAID_BY and line.paid_by_others)
        )

    management_cap = (requested * cap_points * 2 + 10_000) // 20_000
    assert any(p.startswith("Your management costs") for p in problems) == (
        spent("Management") > management_cap
    )
    assert any(p.startswith("Your “other” costs") for p in problems) == (
        spent("Other expenses") > 50_000
    )


TEN_ROWS = Funder(
    name="Community Foundation",
    maximum_pence=500_000,
    budget_model=BudgetModel.ASKED_COSTS,
    budget_rules=BudgetRules(max_lines=10, whole_pounds=True, max_grant_share_basis_points=5000),
)


def asked_costs(*pounds: int, total: int | None) -> Budget:
    return Budget(
        tuple(
            BudgetLine("Staff", f"Item {n}", 100, "", amount * 100)
            for n, amount in enumerate(pounds)
        ),
        whole_project_cost_pence=None if total is None else total * 100,
    )


def on_ten_rows(budget: Budget, requested: int, match=(), asked=True) -> Finances:
    details = ApplicationDetails(title="Roof", amount_requested_pence=requested * 100)
    return Finances(budget, match, details, TEN_ROWS, asked)


def test_a_ten_row_form_with_a_separate_total_cost():
    money = on_ten_rows(
        asked_costs(1500, 2000, 500, total=12_000),
        4000,
        (MatchFunding("Town council", 800_000, MatchStatus.SECURED),),
    )
    assert money.balance.balances
    assert str(balance_statement(money.balance)) == (
        "The costs you list for this funder come to £4,000.00, the amount you are asking for. "
        "The whole project costs £12,000.00, so £8,000.00 comes from elsewhere; you have "
        "£8,000.00, which covers it. Your budget balances."
    )
    assert money.rule_problems() == []
    assert money.range_problems() == []
    [table] = money.cost_tables()
    assert (table.title, table.total_label, table.total_pence) == (
        "The costs we are asking you to fund",
        "Total we are asking you to fund",
        400_000,
    )
    assert money_figures(money.balance) == [
        ("Total cost of the project", 1_200_000),
        ("Amount requested", 400_000),
        ("Other funding", 800_000),
    ]


def test_ten_rows_and_no_more_and_the_share_of_the_stated_total():
    eleven = asked_costs(*([100] * 11), total=3_000)
    money = on_ten_rows(eleven, 1_100, asked=False)
    assert money.rule_problems() == [
        "This funder allows at most 10 budget lines; you have 11. Group similar costs under one "
        "heading.",
    ]
    assert on_ten_rows(asked_costs(*([100] * 10), total=3_000), 1_000).rule_problems() == []
    too_big_a_share = on_ten_rows(asked_costs(1_500, total=2_000), 1_500, asked=False)
    assert too_big_a_share.rule_problems() == [
        "This funder will cover at most 50% of the total project cost (£1,000.00 of £2,000.00); "
        "you are asking for £1,500.00."
    ]


def test_the_costs_asked_and_the_request_are_each_checked_against_the_range():
    money = on_ten_rows(asked_costs(6_000, total=9_000), 5_000, asked=False)
    assert money.range_problems() == [
        "The costs you list for this funder come to £6,000.00, but this fund gives at most "
        "£5,000.00."
    ]
    assert "£1,000.00 more" not in str(balance_statement(money.balance))
    assert str(balance_statement(money.balance)).startswith(
        "The costs you list for this funder come to £6,000.00, but you are asking for £5,000.00, "
        "£1,000.00 less."
    )


def test_without_a_question_on_other_funding_the_rest_need_not_be_listed():
    money = on_ten_rows(asked_costs(4_000, total=12_000), 4_000, asked=False)
    assert money.balance.balances
    assert str(balance_statement(money.balance)) == (
        "The costs you list for this funder come to £4,000.00, the amount you are asking for. "
        "The whole project costs £12,000.00, so £8,000.00 comes from elsewhere. Your budget "
        "balances."
    )
    no_total = on_ten_rows(asked_costs(4_000, total=None), 4_000, asked=False)
    assert not no_total.balance.balances
    assert str(balance_statement(no_total.balance)).endswith(
        "Please give the total cost of the whole project."
    )
    too_small = on_ten_rows(asked_costs(4_000, total=3_000), 4_000, asked=False)
    assert "cannot cost less than the amount you ask for" in str(
        balance_statement(too_small.balance)
    )


def test_lines_marked_by_who_pays():
    budget = Budget(
        (
            BudgetLine("Staff", "Youth worker", 100, "", 300_000),
            BudgetLine("Venue hire", "Hall", 100, "", 100_000, paid_by_others=True),
            BudgetLine("Management", "Bookkeeping", 100, "", 50_000),
        ),
        overhead_basis_points=1000,
    )
    funder = Funder(
        name="PCC",
        budget_model=BudgetModel.PAID_BY,
        budget_rules=BudgetRules(
            management_cap_basis_points=1000, management_headings=("Management",)
        ),
    )
    details = ApplicationDetails(amount_requested_pence=385_000)
    hall = (MatchFunding("Town council", 110_000, MatchStatus.SECURED),)
    money = Finances(budget, hall, details, funder)
    totals = money.totals
    assert (totals.asked_pence, totals.others_pence, totals.total) == (385_000, 110_000, 495_000)
    assert str(balance_statement(money.balance)) == (
        "The lines paid by this funder come to £3,850.00, the amount you are asking for. The "
        "lines paid by other funding come to £1,100.00 and you have £1,100.00 from elsewhere, "
        "which covers them. Your budget balances."
    )
    assert [(t.title, t.total_pence) for t in money.cost_tables()] == [
        ("The costs we are asking you to fund", 385_000),
        ("The costs paid by other funding", 110_000),
    ]
    # Management is £500 of lines plus £300 of overheads worked out on this funder's £3,000 of
    # direct costs: over 10% of £3,850.
    assert money.rule_problems() == [
        "Your management costs come to £850.00; this funder allows at most 10% of the grant "
        "(£385.00)."
    ]
    unmarked = replace(funder, budget_model=BudgetModel.WHOLE_PROJECT)
    assert Finances(budget, hall, details, unmarked).totals.others_pence == 0


def test_a_line_under_a_pound_and_funding_applied_for_without_a_date():
    budget = Budget((BudgetLine("Staff", "Worker", 100, "", 5000), BudgetLine("", "", 100, "", 0)))
    money = Finances(
        budget,
        (MatchFunding("Town council", 5000, MatchStatus.APPLIED_FOR),),
        ApplicationDetails(amount_requested_pence=0),
    )
    assert money.rule_problems() == [
        "Budget line 2 comes to £0.00: each line should be at least £1. Please fill in its "
        "cost, or remove the line."
    ]
    assert money.match_problems() == [
        "“Town council” is applied for, but there is no date for when you will hear. Please add "
        "when the decision is expected."
    ]


def test_a_long_item_is_counted_the_funders_way():
    funder = Funder(budget_rules=BudgetRules(max_item_characters=10))
    budget = Budget((BudgetLine("Staff", "Pool cue 🎱", 100, "", 5000),))
    money = Finances(budget, (), ApplicationDetails(amount_requested_pence=5000), funder)
    assert money.rule_problems() == [
        "The description of budget line 1 is 1 character over this funder’s limit of 10. "
        "Please shorten it."
    ]


def test_the_money_at_a_glance_gives_the_gap_and_one_thing_to_do():
    from grantdesk.domain.budget import Balance, at_a_glance

    short = at_a_glance(Balance(costs_pence=425000, requested_pence=400000, match_pence=0))
    assert (short.costs_pence, short.requested_pence, short.other_pence) == (425000, 400000, 0)
    assert short.gap_pence == 25000 and not short.balances
    assert short.advice == "£250.00 is not covered yet: add other funding, or lower your costs."
    over = at_a_glance(Balance(costs_pence=425000, requested_pence=400000, match_pence=50000))
    assert over.gap_pence == -25000
    assert over.advice == (
        "You have £250.00 more than you need: ask for less, or check your other funding."
    )
    even = at_a_glance(
        Balance(
            costs_pence=425000, requested_pence=400000, match_pence=25000, unsecured_pence=25000
        )
    )
    assert even.balances and even.gap_pence == 0
    assert even.advice == (
        "It balances, but £250.00 of the other money is applied for, not yet secured."
    )
    empty = at_a_glance(Balance(costs_pence=0, requested_pence=400000, match_pence=0))
    assert str(empty.advice).startswith("List your costs in the budget")

    asked = Balance(
        costs_pence=410000,
        requested_pence=400000,
        match_pence=0,
        model=BudgetModel.ASKED_COSTS,
        asked_costs_pence=410000,
    )
    glance = at_a_glance(asked)
    assert glance.costs_label == "The whole project costs" and glance.costs_pence is None
    assert glance.gap_pence == 10000
    assert glance.advice == (
        "The costs you list for this funder come to £4,100.00: ask for that, or take out costs "
        "others pay."
    )
    whole = at_a_glance(replace(asked, asked_costs_pence=400000, stated_project_cost_pence=None))
    assert whole.advice == "Give the total cost of the whole project, below the lines."
