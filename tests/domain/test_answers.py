"""Questions that are not prose, limits that are not there, and only what the funder asks."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from grantdesk.domain.answers import answer_value, value_problem
from grantdesk.domain.application import (
    Answer,
    ApplicationDetails,
    ApplicationStatus,
    ApplicationSummary,
)
from grantdesk.domain.budget import Budget, BudgetLine, BudgetModel
from grantdesk.domain.exit import ExitPlan
from grantdesk.domain.finances import Finances
from grantdesk.domain.funders import AskedParts, Funder, FunderQuestion, form_questions
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plan import Plan
from grantdesk.domain.printable import (
    PrintableApplication,
    QuestionAnswer,
    readiness_problems,
    section_places,
)
from grantdesk.domain.questions import (
    FigureSource,
    QuestionKind,
    describe_answer,
    question_by_key,
)
from grantdesk.domain.wordcount import LimitUnit

NOW = datetime(2026, 11, 22, tzinfo=UTC)
DETAILS = ApplicationDetails(
    title="Hall roof",
    amount_requested_pence=400_000,
    project_start=date(2027, 6, 1),
    project_end=date(2028, 6, 1),
)
WORDS = Budget(
    (BudgetLine("Equipment", "Roof", 100, "", 400_000),), whole_project_cost_pence=1_200_000
)


def one(kind, source=FigureSource.TYPED, **more):
    funder = Funder(name="Fund", questions=(FunderQuestion("Q", kind=kind, source=source, **more),))
    return form_questions(funder)[0]


def finances(model=BudgetModel.WHOLE_PROJECT, budget=WORDS) -> Finances:
    return Finances(budget, (), DETAILS, Funder(budget_model=model))


@pytest.mark.parametrize(
    ("kind", "typed", "shown"),
    [
        (QuestionKind.MONEY, "£1,250", "£1,250.00"),
        (QuestionKind.MONEY, "12345.5", "£12,345.50"),
        (QuestionKind.PERCENT, "12.5", "12.5%"),
        (QuestionKind.DATE, "1/6/27", "1 June 2027"),
        (QuestionKind.YES_NO, "Yes", "Yes"),
        (QuestionKind.CHOICE, "South ŵ", "South ŵ"),
        (QuestionKind.MONEY, "", ""),
    ],
)
def test_typed_values_print_the_usual_way(kind, typed, shown):
    question = one(kind, choices=("North", "South ŵ"))
    assert answer_value(question, typed, None, finances()) == shown
    assert value_problem(question, typed, None, finances()) == ""


def test_unreadable_values_are_said_in_words_and_print_nothing():
    money = one(QuestionKind.MONEY)
    assert value_problem(money, "lots", None, finances()) == (
        "Question 1 (Q): “lots” is not an amount of money. Please type it in figures, for "
        "example £1,234.50."
    )
    assert answer_value(money, "lots", None, finances()) == ""
    choice = one(QuestionKind.CHOICE, choices=("North",))
    assert "is not one of the funder’s choices" in value_problem(choice, "West", None, finances())


def test_figures_follow_what_grantdesk_holds():
    income = one(QuestionKind.MONEY, FigureSource.INCOME_LAST_YEAR)
    profile = Profile(name="Group", last_year_income_pence=2_345_600)
    assert answer_value(income, "", profile, finances()) == "£23,456.00"
    assert value_problem(income, "", Profile(name="Group"), finances()) == (
        "Question 1 (Q) is taken from your group’s income last year, which GrantDesk does not "
        "have yet."
    )
    cost = one(QuestionKind.MONEY, FigureSource.PROJECT_COST)
    share = one(QuestionKind.PERCENT, FigureSource.GRANT_SHARE)
    assert answer_value(cost, "", None, finances()) == "£4,000.00"
    assert answer_value(share, "", None, finances()) == "100%"
    asked = finances(BudgetModel.ASKED_COSTS)
    assert answer_value(cost, "", None, asked) == "£12,000.00"
    assert answer_value(share, "", None, asked) == "33.33%"
    nothing_yet = finances(budget=Budget())
    assert answer_value(cost, "", None, nothing_yet) == ""
    assert "total cost of the project" in value_problem(cost, "", None, nothing_yet)
    end = one(QuestionKind.DATE, FigureSource.PROJECT_END)
    assert answer_value(end, "", None, finances()) == "1 June 2028"


def test_what_each_question_wants_in_a_few_words():
    assert describe_answer(one(QuestionKind.LONG_ANSWER, maximum=None)) == "no limit"
    assert (
        describe_answer(one(QuestionKind.ONE_LINE, maximum=80, unit=LimitUnit.CHARACTERS))
        == "one line, at most 80 characters"
    )
    assert describe_answer(one(QuestionKind.MONEY)) == "a sum in pounds"
    assert describe_answer(one(QuestionKind.CHOICE, choices=("A", "B"))) == "one of: A, B"


def test_the_funders_guidance_comes_first_and_general_tips_stay_apart():
    funder = Funder(
        questions=(
            FunderQuestion("Tell us your aims", "List your aims.", covers=("what_you_do",)),
            FunderQuestion("About you", covers=("what_you_do",)),
        )
    )
    aims, about = form_questions(funder)
    assert aims.guidance == "List your aims."
    assert "not your mission statement or your aims" in aims.tips
    assert about.guidance == ""
    assert question_by_key("what_you_do").tips == ""


def printable(funder: Funder, answers: dict[str, str]) -> PrintableApplication:
    form = form_questions(funder)
    return PrintableApplication(
        summary=ApplicationSummary(1, DETAILS, ApplicationStatus.DRAFT, NOW, NOW, funder_id=1),
        profile=Profile(name="Group", last_year_income_pence=2_345_600),
        answers=tuple(QuestionAnswer(q, Answer(q.key, answers.get(q.key, ""))) for q in form),
        budget=Budget(),
        match=(),
        plan=Plan(),
        exit=ExitPlan(),
        funder=funder,
    )


FORM = Funder(
    name="PCC",
    questions=(
        FunderQuestion(
            "Income last year",
            kind=QuestionKind.MONEY,
            key="income",
            source=FigureSource.INCOME_LAST_YEAR,
            label="Q6",
        ),
        FunderQuestion(
            "Towns served",
            kind=QuestionKind.ONE_LINE,
            maximum=80,
            unit=LimitUnit.CHARACTERS,
            key="towns",
        ),
        FunderQuestion("Anything else?", maximum=None, key="else", label="Q8"),
        FunderQuestion("Start date", kind=QuestionKind.DATE, key="start"),
    ),
)


def messages(application):
    return [(p.message, p.page) for p in readiness_problems(application, date(2026, 11, 22))]


def test_only_what_the_funder_asks_is_looked_for():
    answers = {
        "funder:towns": "Maes-y-Dŵr, Llwyn Brân",
        "funder:else": "word " * 5000,
        "funder:start": "1/6/2027",
    }
    # No outcomes plan, no exit strategy: neither asked for. A budget: every application has
    # one, though no question asks for it in words.
    assert messages(printable(FORM, answers)) == [("There is no budget yet.", "budget")]
    asks_both = replace(FORM, asks=AskedParts(plan=True, exit_strategy=True))
    assert [page for _, page in messages(printable(asks_both, answers))] == [
        "budget",
        "plan",
        "exit_strategy",
    ]


def test_value_questions_are_checked_by_their_own_numbers():
    answers = {"funder:towns": "x" * 81, "funder:start": "31/2/2027"}
    assert messages(printable(FORM, answers)) == [
        ("Question 2 (Towns served) is 1 character over the limit.", "funder:towns"),
        ("Q8 (Anything else?) has no answer yet.", "funder:else"),
        (
            "Question 4 (Start date): “31/2/2027” is not a real date. Please check the day and "
            "the month (day first, then month).",
            "funder:start",
        ),
        ("There is no budget yet.", "budget"),
    ]
    no_income = replace(printable(FORM, {}), profile=Profile(name="Group"))
    assert messages(no_income)[0] == (
        "Q6 (Income last year) is taken from your group’s income last year, which GrantDesk "
        "does not have yet.",
        "profile",
    )


def test_further_information_holds_only_what_the_funder_asks_for():
    assert section_places(printable(FORM, {})) == ({}, ("budget", "match_funding"))
    asks = replace(FORM, asks=AskedParts(plan=True, exit_strategy=True))
    assert section_places(printable(asks, {}))[1] == (
        "budget",
        "match_funding",
        "monitoring",
        "exit_strategy",
    )
