"""Records to plain data and back: exact round trips, and wrong kinds refused in words."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.budget import Budget, BudgetLine, MatchFunding, MatchStatus, VatMode
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.plain import PlainDataError, from_plain, to_plain
from grantdesk.domain.plan import Direction, Need, Outcome, Plan
from grantdesk.examples.demo import DemoGroup, demo_group
from grantdesk.examples.funders import example_funders

texts = st.text(max_size=40)
lines = st.builds(
    BudgetLine,
    category=texts,
    description=texts,
    quantity_hundredths=st.integers(0, 10**9),
    unit=texts,
    unit_cost_pence=st.integers(0, 10**11),
    vat=st.sampled_from(VatMode),
    year=st.integers(1, 5),
)
budgets = st.builds(
    Budget,
    lines=st.lists(lines, max_size=5).map(tuple),
    vat_recoverable=st.booleans(),
    overhead_basis_points=st.none() | st.integers(0, 10_000),
)


@given(budgets)
def test_a_budget_survives_json_exactly(budget):
    assert from_plain(Budget, json.loads(json.dumps(to_plain(budget)))) == budget


def test_every_example_survives_json_exactly():
    group = demo_group()
    assert from_plain(DemoGroup, json.loads(json.dumps(to_plain(group)))) == group
    for funder in example_funders():
        assert from_plain(Funder, json.loads(json.dumps(to_plain(funder)))) == funder


def test_dates_enums_and_nested_records_come_back_as_they_were():
    plan = Plan(
        needs=(Need("Lonely older people", key="n1"),),
        outcomes=(Outcome("Less lonely", need_key="n1", direction=Direction.LESS_IS_BETTER),),
    )
    assert from_plain(Plan, to_plain(plan)) == plan
    match = MatchFunding("Council", 150_000, MatchStatus.APPLIED_FOR, "", date(2027, 3, 31))
    assert to_plain(match)["decision_date"] == "2027-03-31"
    assert from_plain(MatchFunding, to_plain(match)) == match


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"name": "Council", "maximum_pence": "lots"}, "Funder: maximum_pence should be a whole"),
        ({"name": "Council", "priorities": "Safer streets"}, "Funder: priorities should be a list"),
        ({"name": 42}, "Funder: name should be text"),
        ({"questions": [{"text": "Q", "unit": "pages"}]}, "questions, item 1: unit cannot be"),
        ({"closes": "31/01/2027"}, "Funder: closes should be a date written as 2027-01-31"),
        ({"budget_rules": {"whole_pounds": "yes"}}, "whole_pounds should be true or false"),
        ({"minimum_pence": True}, "minimum_pence should be a whole number"),
        ({"maximum_pence": 10**40}, "maximum_pence should be a whole number"),
        ([], "Funder should be a set of named values"),
    ],
)
def test_wrong_kinds_of_value_are_refused_in_words(data, said):
    with pytest.raises(PlainDataError, match=said):
        from_plain(Funder, data)


def test_fields_a_later_version_added_are_left_out_and_missing_ones_take_defaults():
    funder = from_plain(Funder, {"name": "Trust", "colour": "green", "questions": [{"text": "Q"}]})
    assert funder.name == "Trust"
    assert funder.questions[0].maximum == FunderQuestion().maximum


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=20,
    )
)
def test_any_json_at_all_is_a_funder_or_a_plain_refusal(data):
    try:
        funder = from_plain(Funder, data)
    except PlainDataError as refusal:
        assert str(refusal).startswith("Funder")
    else:
        assert isinstance(funder, Funder)


def test_moments_keep_their_time_and_must_say_which_zone():
    from dataclasses import dataclass
    from datetime import UTC, datetime, timedelta

    @dataclass(frozen=True)
    class Saved:
        at: datetime | None = None

    moment = datetime(2026, 11, 22, 20, 31, 5, 123456, tzinfo=UTC)
    assert to_plain(Saved(moment)) == {"at": "2026-11-22T20:31:05.123456+00:00"}
    assert from_plain(Saved, to_plain(Saved(moment))) == Saved(moment)
    summer = from_plain(Saved, {"at": "2026-07-01T19:00:00+01:00"}).at
    assert summer == datetime(2026, 7, 1, 18, 0, tzinfo=UTC)
    assert summer.utcoffset() == timedelta(0)
    for bad in ("2026-11-22T20:31:05", "yesterday", 1234, "2026-13-01T00:00:00+00:00"):
        with pytest.raises(PlainDataError, match="Saved: at should be a date and time written"):
            from_plain(Saved, {"at": bad})
    assert from_plain(Saved, {"at": None}) == Saved()
