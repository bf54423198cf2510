from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from grantdesk.domain.application import (
    Answer,
    ApplicationDetails,
    ApplicationStatus,
    ApplicationSummary,
)
from grantdesk.domain.budget import Budget, BudgetLine
from grantdesk.domain.exit import ExitPlan, ExitRoute, ExitRouteKind
from grantdesk.domain.funders import Eligibility, Funder
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plan import Direction, Need, Outcome, Plan
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer, readiness_problems
from grantdesk.domain.questions import COMMON_QUESTIONS

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, tzinfo=UTC)


def ready() -> PrintableApplication:
    need = Need("Problem", "people", 30, "people in need", key="n")
    return PrintableApplication(
        summary=ApplicationSummary(
            1,
            ApplicationDetails(
                title="Ready",
                amount_requested_pence=1000,
                closing_date=date(2027, 1, 15),
                funder_maximum_pence=500000,
            ),
            ApplicationStatus.DRAFT,
            NOW,
            NOW,
        ),
        profile=Profile(name="Group"),
        answers=tuple(
            QuestionAnswer(question, Answer(question.key, "An answer."))
            for question in COMMON_QUESTIONS
        ),
        budget=Budget((BudgetLine("Staff", "Worker", 100, "", 1000),)),
        match=(),
        plan=Plan(
            needs=(need,),
            outcomes=(
                Outcome(
                    "People in need fewer",
                    "n",
                    "people in need",
                    "30",
                    "10",
                    Direction.LESS_IS_BETTER,
                    "Case studies",
                ),
            ),
        ),
        exit=ExitPlan((ExitRoute(ExitRouteKind.LEGACY, "Trained volunteers"),), 3),
    )


def messages(application, today=TODAY):
    return [(problem.message, problem.page) for problem in readiness_problems(application, today)]


def with_answer(application, key, text):
    return replace(
        application,
        answers=tuple(
            replace(item, answer=Answer(key, text)) if item.question.key == key else item
            for item in application.answers
        ),
    )


def test_a_ready_application_has_nothing_to_put_right():
    assert messages(ready()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda a: with_answer(a, "project", ""),
            ("Question 3 (What the project is) has no answer yet.", "project"),
        ),
        (
            lambda a: with_answer(a, "what_you_do", "word " * 260),
            ("Question 1 (What your group does) is 10 words over the limit.", "what_you_do"),
        ),
        (
            lambda a: replace(a, budget=Budget((BudgetLine(unit_cost_pence=2000),))),
            (
                "Your costs come to £20.00. You are asking for £10.00 and have £0.00 from "
                "elsewhere, so £10.00 is not covered.",
                "match_funding",
            ),
        ),
        (
            lambda a: replace(
                a,
                summary=replace(
                    a.summary, details=replace(a.summary.details, amount_requested_pence=600000)
                ),
                budget=Budget((BudgetLine(unit_cost_pence=600000),)),
            ),
            ("You are asking for £6,000.00, but this fund gives at most £5,000.00.", "details"),
        ),
        (
            lambda a: replace(
                a, plan=replace(a.plan, outcomes=(replace(a.plan.outcomes[0], baseline=""),))
            ),
            (
                "For “People in need fewer”, say how it is now, so the change can be seen.",
                "plan",
            ),
        ),
        (
            lambda a: with_answer(replace(a, exit=ExitPlan()), "exit_strategy", ""),
            ("There is no exit strategy yet.", "exit_strategy"),
        ),
        (
            lambda a: replace(a, profile=Profile()),
            ("Your group’s profile has no name yet.", "profile"),
        ),
    ],
)
def test_each_problem_is_found_with_the_page_to_fix_it(change, expected):
    assert messages(change(ready())) == [expected]


def test_closing_dates_on_either_side_of_today():
    application = ready()
    closing = application.summary.details.closing_date
    assert messages(application, closing - (closing - TODAY)) == []
    assert messages(application, closing) == [("The closing date is today.", "details")]
    later = date(2027, 1, 16)
    assert messages(application, later) == [
        ("The closing date, 15 January 2027, has passed. Please check the date.", "details")
    ]


def test_structured_budget_and_exit_stand_in_for_words():
    application = with_answer(with_answer(ready(), "budget", ""), "exit_strategy", "")
    application = with_answer(application, "match_funding", "")
    assert (
        messages(
            replace(
                application,
                summary=replace(
                    application.summary,
                    details=replace(application.summary.details, amount_requested_pence=1000),
                ),
            )
        )
        == []
    )


def test_the_funders_longest_project_is_checked_to_the_day():
    funder = Funder(name="PCC", eligibility=Eligibility(max_project_months=12))
    application = replace(ready(), funder=funder)

    def running(start, end):
        details = replace(application.summary.details, project_start=start, project_end=end)
        return messages(replace(application, summary=replace(application.summary, details=details)))

    assert running(date(2027, 6, 1), date(2028, 6, 1)) == []
    assert running(date(2027, 6, 1), date(2028, 6, 2)) == [
        (
            "PCC funds projects of up to 12 months: starting on 1 June 2027, the project must "
            "end by 1 June 2028, but it ends on 2 June 2028. Please change the project’s dates.",
            "details",
        )
    ]
    assert running(date(2028, 2, 29), date(2029, 2, 28)) == []


def test_a_form_asking_nothing_about_costs_still_needs_a_budget():
    application = ready()
    no_costs = replace(
        application,
        answers=tuple(
            item
            for item in application.answers
            if item.question.key not in ("budget", "match_funding")
        ),
    )
    assert messages(no_costs) == []
    assert messages(replace(no_costs, budget=Budget())) == [("There is no budget yet.", "budget")]
    # Where a question asks for it in words, that question says so, once.
    assert messages(with_answer(replace(application, budget=Budget()), "budget", "")) == [
        ("Question 8 (How you’ll spend the money) has no answer yet.", "budget")
    ]
