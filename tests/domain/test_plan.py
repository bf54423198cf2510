from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.drafts import (
    draft_beneficiaries,
    draft_difference,
    draft_exit,
    draft_monitoring,
)
from grantdesk.domain.exit import ExitPlan, ExitRoute, ExitRouteKind, exit_weaknesses
from grantdesk.domain.plan import (
    Direction,
    Need,
    Outcome,
    Plan,
    PlanOutput,
    counts_only_activity,
    leading_number,
    measured_like,
    need_next_step,
    outcome_next_step,
    plan_weaknesses,
)

HOUSING = Need(
    problem="Families stuck in bed-and-breakfast rooms",
    who="families with young children",
    how_many=30,
    measure="families in temporary housing",
    severity="Some have waited over a year, sharing one room.",
    evidence="Council housing register, March 2026",
    key="housing",
)
SAFETY = Need(
    problem="Anti-social behaviour on Friday nights",
    who="young people aged 11–17",
    how_many=63,
    measure="reports of anti-social behaviour on Friday evenings",
    key="safety",
)
GOOD_OUTCOME = Outcome(
    change="Families move into a settled home",
    need_key="housing",
    indicator="families in settled homes",
    baseline="0",
    target="12",
    direction=Direction.MORE_IS_BETTER,
    method="Referral records and case studies",
    when="every three months",
)
GOOD_PLAN = Plan(
    needs=(HOUSING, SAFETY),
    outputs=(PlanOutput(40, "weekly advice sessions"),),
    outcomes=(
        GOOD_OUTCOME,
        Outcome(
            change="Fewer young people get into trouble on Friday nights",
            need_key="safety",
            indicator="reports of anti-social behaviour on Friday evenings",
            baseline="63 reports",
            target="47 reports",
            direction=Direction.LESS_IS_BETTER,
            method="Police figures",
            when="at the start and the end",
        ),
    ),
)


def messages(plan: Plan) -> list[str]:
    return [str(weakness.message) for weakness in plan_weaknesses(plan)]


def test_a_sound_plan_has_no_weaknesses():
    assert messages(GOOD_PLAN) == []


@pytest.mark.parametrize(
    ("change", "found"),
    [
        ({"baseline": ""}, "say how it is now"),
        ({"target": ""}, "say what you hope for by the end"),
        ({"baseline": "12", "target": "5"}, "is lower than how it is now (12)"),
        ({"direction": Direction.NOT_SAID}, "say whether the number should go up or down"),
        ({"need_key": ""}, "choose the need it answers"),
        ({"need_key": "gone"}, "choose the need it answers"),
        ({"indicator": "advice appointments", "change": "Advice is given"}, "not counted the"),
        ({"method": ""}, "say how you will find out"),
        (
            {"change": "We run 40 sessions", "indicator": "sessions delivered"},
            "says what you will do, not what will change for people",
        ),
    ],
)
def test_each_weakness_is_found_when_present(change, found):
    plan = replace(GOOD_PLAN, outcomes=(replace(GOOD_OUTCOME, **change), GOOD_PLAN.outcomes[1]))
    found_messages = messages(plan)
    assert any(found in message for message in found_messages), found_messages


def test_less_is_better_targets_must_go_down():
    rising = replace(GOOD_PLAN.outcomes[1], target="70 reports")
    plan = replace(GOOD_PLAN, outcomes=(GOOD_OUTCOME, rising))
    assert any(
        "(70 reports) is higher than how it is now (63 reports), but you said it should go down"
        in message
        for message in messages(plan)
    )


def test_no_outcomes_and_no_stories_are_said():
    assert messages(Plan(needs=(HOUSING,)))[0].startswith(
        "Nothing yet about what will change for people."
    )
    no_stories = replace(GOOD_OUTCOME, method="Referral records")
    plan = replace(GOOD_PLAN, outcomes=(no_stories, GOOD_PLAN.outcomes[1]))
    assert messages(plan) == [
        "No stories are planned yet. Funders value two or three real stories beside the "
        "numbers: choose “Case studies” as how you will find out, for one change."
    ]


@pytest.mark.parametrize(
    ("change", "indicator", "only_activity"),
    [
        ("We deliver 40 sessions", "sessions delivered", True),
        ("Young people attend the club", "attendances", True),
        ("Leaflets reach every home", "leaflets distributed", True),
        ("40 table tennis sessions delivered", "sessions delivered", True),
        ("Young people attend 40 drop-in sessions", "attendances", True),
        ("We run sessions again every week", "sessions run", True),
        ("Young people feel safer", "young people who feel safe", False),
        ("Fewer reports of anti-social behaviour", "reports on Friday nights", False),
        ("Volunteers gain first aid skills", "volunteers with a certificate", False),
        ("", "", False),
    ],
)
def test_outputs_dressed_as_outcomes(change, indicator, only_activity):
    assert counts_only_activity(Outcome(change=change, indicator=indicator)) is only_activity


@pytest.mark.parametrize(
    ("indicator", "same"),
    [
        ("families who secure a settled home", True),
        ("Families in settled homes", True),
        ("advice appointments given", False),
    ],
)
def test_needs_and_outcomes_are_measured_the_same_way(indicator, same):
    assert measured_like(HOUSING, Outcome(indicator=indicator)) is same


numbers = st.integers(min_value=0, max_value=100_000)


@given(numbers, numbers, st.sampled_from(Direction))
def test_the_target_check_matches_the_direction_for_any_figures(baseline, target, direction):
    outcome = replace(
        GOOD_OUTCOME, baseline=f"{baseline:,}", target=f"{target}%", direction=direction
    )
    wrong_way = {
        Direction.MORE_IS_BETTER: target < baseline,
        Direction.LESS_IS_BETTER: target > baseline,
        Direction.NOT_SAID: False,
    }[direction]
    found = messages(replace(GOOD_PLAN, outcomes=(outcome,)))
    assert any("than how it is now" in message for message in found) is wrong_way
    not_said = any("should go up or down" in message for message in found)
    assert not_said is (direction is Direction.NOT_SAID)  # never assumed either way


@given(st.text(max_size=30), st.text(max_size=30))
def test_filling_in_baseline_and_target_never_adds_a_weakness(baseline, target):
    empty = replace(GOOD_OUTCOME, baseline="", target="")
    filled = replace(GOOD_OUTCOME, baseline=f"{baseline} 5", target=f"{target} 9")
    before = len(messages(replace(GOOD_PLAN, outcomes=(empty,))))
    after = len(messages(replace(GOOD_PLAN, outcomes=(filled,))))
    assert after <= before - 2 + 1  # both gaps go; at most a direction warning can appear


def test_a_new_change_assumes_no_direction_and_its_draft_says_neither_rise_nor_fall():
    outcome = Outcome(
        change="Fewer people feel lonely",
        need_key="housing",
        indicator="members who say they are often lonely",
        baseline="35",
        target="20",
    )
    assert outcome.direction is Direction.NOT_SAID
    draft = draft_difference(replace(GOOD_PLAN, outcomes=(outcome,)))
    assert "to go from 35 to 20" in draft
    assert " rise " not in draft and " fall " not in draft


def test_one_gentle_next_step_for_each_card():
    assert need_next_step(HOUSING) == ""
    assert need_next_step(Need(problem="Loneliness")) == "Say who has this problem."
    assert need_next_step(Need()) == "Say what the problem is, in a sentence."
    plan = replace(GOOD_PLAN, outcomes=(replace(GOOD_OUTCOME, baseline="", target=""),))
    assert outcome_next_step(plan, 0) == (
        "For “Families move into a settled home”, say how it is now, so the change can be seen."
    )
    assert outcome_next_step(GOOD_PLAN, 1) == ""


def test_leading_numbers():
    assert leading_number("38%") == 38
    assert leading_number("£1,200 a year") == 1200
    assert leading_number("2.5 hours") == pytest.approx(2.5)
    assert leading_number("none yet") is None


def test_exit_weaknesses():
    assert [w.message for w in exit_weaknesses(ExitPlan())] == [
        "There is no exit strategy yet. Choose at least one way the work will carry on, or end "
        "well, when this grant runs out.",
        "Plan to tell the people who use the service at least three months before the funding "
        "stops, so no one is left without warning.",
    ]
    sound = ExitPlan(
        routes=(
            ExitRoute(ExitRouteKind.EARNED_INCOME, "Tuck shop and room hire", 120000),
            ExitRoute(ExitRouteKind.LEGACY, "Six trained volunteers and the equipment"),
        ),
        notice_months=3,
    )
    assert exit_weaknesses(sound) == []
    vague = ExitPlan(routes=(ExitRoute(ExitRouteKind.EARNED_INCOME),), notice_months=1)
    assert [w.message for w in exit_weaknesses(vague)] == [
        "“Earned income” needs detail. How much, and from what.",
        "Say how much earned income you expect, and from what.",
        "Plan to tell the people who use the service at least three months before the funding "
        "stops, so no one is left without warning.",
    ]


def test_drafts_are_built_from_the_plan():
    beneficiaries = draft_beneficiaries(GOOD_PLAN)
    assert beneficiaries.startswith(
        "The project is for families with young children; we know of 30 families in "
        "temporary housing. The problem: Families stuck in bed-and-breakfast rooms."
    )
    assert "Our evidence: Council housing register, March 2026." in beneficiaries
    difference = draft_difference(GOOD_PLAN)
    assert difference.splitlines()[0] == (
        "1. Families move into a settled home. We expect families in settled homes to rise "
        "from 0 to 12."
    )
    assert "to fall from 63 reports to 47 reports." in difference
    monitoring = draft_monitoring(GOOD_PLAN)
    assert monitoring.startswith("We will keep a record of what we deliver: 40 weekly advice")
    assert (
        "Families move into a settled home. We will measure families in settled homes using "
        "referral records and case studies, every three months; it stands at 0 now and we aim "
        "for 12."
    ) in monitoring
    assert "Case studies, written with the people involved" in monitoring
    exit_text = draft_exit(
        ExitPlan(
            routes=(
                ExitRoute(
                    ExitRouteKind.OTHER_FUNDERS,
                    "the Community Foundation’s main grants",
                    by_date=date(2028, 1, 31),
                ),
                ExitRoute(ExitRouteKind.EARNED_INCOME, "room hire", 120000),
            ),
            notice_months=3,
        )
    )
    assert exit_text == (
        "Other funders: the Community Foundation’s main grants, by 31 January 2028.\n\n"
        "Earned income: room hire (about £1,200.00 a year).\n\n"
        "If funding stops, we will tell the people who use the project 3 months before, and "
        "help them find other support."
    )
