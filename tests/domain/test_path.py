"""Which steps an application's guided path has, from the questions of its form."""

from dataclasses import replace

from grantdesk.domain.path import PathStep, guided_path, parts_apart
from grantdesk.domain.questions import COMMON_QUESTIONS, Question, QuestionKind, question_by_key
from grantdesk.domain.wordcount import Limit


def funders_question(number: int, *covers: str, kind=QuestionKind.LONG_ANSWER) -> Question:
    return Question(
        key=f"funder:{number}",
        number=number,
        short_title=f"Question {number}",
        question=f"Question {number}?",
        guidance="",
        example="",
        limit=Limit(300),
        covers=covers,
        kind=kind,
    )


def keys(form) -> list[str]:
    return [step.key for step in guided_path(form)]


def test_the_common_questions_carry_the_budget_and_other_funding_themselves():
    path = guided_path(COMMON_QUESTIONS)
    assert [step.key for step in path] == [
        "details",
        "what_you_do",
        "organisation_type",
        "project",
        "delivery",
        "plan",
        "beneficiaries",
        "difference",
        "priorities",
        "budget",
        "match_funding",
        "monitoring",
        "exit_strategy",
        "decision",
    ]
    assert parts_apart(COMMON_QUESTIONS) == ()
    by_key = {step.key: step for step in path}
    assert by_key["budget"] == PathStep("budget", question_by_key("budget"), ("budget",))
    assert by_key["monitoring"].drafted == ("monitoring",)
    assert by_key["exit_strategy"].helpers == ("exit_strategy",)


def test_a_form_asking_nothing_about_costs_has_the_budget_and_other_funding_as_steps():
    form = (
        funders_question(1, "what_you_do"),
        funders_question(2, "project", "beneficiaries"),
        funders_question(3, "monitoring"),
        funders_question(4, "exit_strategy"),
        funders_question(5),
    )
    assert parts_apart(form) == ("budget", "match_funding")
    # After the last question the common questions ask before the money, before monitoring.
    assert keys(form) == [
        "details",
        "funder:1",
        "plan",
        "funder:2",
        "budget",
        "match_funding",
        "funder:3",
        "funder:4",
        "funder:5",
        "decision",
    ]
    apart = [step for step in guided_path(form) if step.key == "budget"]
    assert apart == [PathStep("budget")]  # no question: the budget alone


def test_on_a_form_matching_no_common_question_they_come_after_its_questions():
    form = (funders_question(1), funders_question(2))
    assert keys(form) == [
        "details",
        "funder:1",
        "funder:2",
        "budget",
        "match_funding",
        "plan",
        "decision",
    ]


def test_a_part_not_asked_in_words_comes_after_the_one_that_is():
    form = (
        funders_question(1, "project"),
        funders_question(2, "budget"),
        funders_question(3, "exit_strategy"),
    )
    assert parts_apart(form) == ("match_funding",)
    assert keys(form) == [
        "details",
        "funder:1",
        "funder:2",
        "match_funding",
        "plan",
        "funder:3",
        "decision",
    ]


def test_only_a_written_answer_carries_the_budget_and_each_part_is_carried_once():
    figure = replace(funders_question(2, "budget"), kind=QuestionKind.ONE_LINE)
    form = (funders_question(1, "project"), figure, funders_question(3, "match_funding"))
    assert parts_apart(form) == ("budget",)
    path = guided_path(form)
    assert [step.key for step in path] == [
        "details",
        "funder:1",
        "funder:2",
        "funder:3",
        "budget",
        "plan",
        "decision",
    ]
    assert path[2].helpers == ()
    twice = (funders_question(1, "budget"), funders_question(2, "budget", "match_funding"))
    assert [step.helpers for step in guided_path(twice)[1:3]] == [
        ("budget",),
        ("match_funding",),
    ]
