"""Guessing which common question a funder's question is most like, from its words."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.question_match import (
    CLUES,
    LimitError,
    likeness,
    limit_in,
    most_like,
    read_limit,
)
from grantdesk.domain.questions import COMMON_QUESTIONS
from grantdesk.domain.wordcount import Limit, LimitUnit

REAL_QUESTIONS = [
    ("Tell us about your organisation and what it does.", "what_you_do"),
    ("What are the main activities of your group?", "what_you_do"),
    ("What does your group do, and how long has it been established?", "what_you_do"),
    ("What is the legal status of your organisation?", "organisation_type"),
    (
        "Does your organisation have a bank account in its own name with two unrelated "
        "signatories?",
        "organisation_type",
    ),
    ("Describe your project.", "project"),
    ("What do you want the grant for?", "project"),
    ("Why is your project needed?", "project"),
    ("How will the project be delivered? Include timescales and partners.", "delivery"),
    ("Where and when will the activities take place?", "delivery"),
    ("Which towns or villages will the project serve?", "delivery"),
    ("Who will benefit from the project and how many people will take part?", "beneficiaries"),
    ("Who are your beneficiaries?", "beneficiaries"),
    ("What difference will your project make?", "difference"),
    ("What outcomes do you expect to achieve?", "difference"),
    ("What impact will the project have on your community?", "difference"),
    ("How does your project meet the priorities of the Police and Crime Plan?", "priorities"),
    ("How does your project fit with our funding criteria?", "priorities"),
    ("Please give a breakdown of the costs.", "budget"),
    ("How much are you asking for and what will you spend it on?", "budget"),
    ("Please provide a budget for your project.", "budget"),
    ("What other funding have you secured or applied for?", "match_funding"),
    ("Are there any in-kind contributions?", "match_funding"),
    ("How will you monitor and evaluate the project?", "monitoring"),
    ("How will you know if your project has been a success?", "monitoring"),
    ("How will you measure the difference your project makes?", "monitoring"),
    ("What will happen when the funding ends?", "exit_strategy"),
    ("How will the project continue after our grant?", "exit_strategy"),
    ("How will you sustain the work in the long term?", "exit_strategy"),
]


@pytest.mark.parametrize(("question", "expected"), REAL_QUESTIONS)
def test_real_funders_questions_are_matched_to_the_common_one_they_ask(question, expected):
    assert most_like(question) == expected


@pytest.mark.parametrize(
    "question",
    ["Is there anything else you would like to tell us?", "", "   ", "Q7", "💬 ŵ ŷ"],
)
def test_a_question_that_points_nowhere_is_like_none(question):
    assert most_like(question) is None


def test_each_common_question_is_most_like_itself():
    for common in COMMON_QUESTIONS:
        assert most_like(common.question) == common.key, common.question


def test_every_common_question_has_clues_and_no_clue_is_for_a_question_that_does_not_exist():
    assert set(CLUES) == {question.key for question in COMMON_QUESTIONS}


def test_curly_apostrophes_and_capitals_read_the_same_as_straight_ones():
    assert likeness("WHAT IS THE FUND’S AIMS") == likeness("what is the fund's aims")


@given(st.text(max_size=300))
def test_any_text_gives_a_common_question_or_none_and_never_fails(text):
    found = most_like(text)
    assert found is None or found in CLUES
    assert all(score >= 0 for score in likeness(text).values())


@pytest.mark.parametrize(
    ("question", "limit"),
    [
        ("Describe your project (max 250 words).", Limit(250)),
        ("Describe your project. Maximum 1,500 characters", Limit(1500, LimitUnit.CHARACTERS)),
        ("Who will benefit? (300 words)", Limit(300)),
        ("Tell us about your group – up to 200 words.", Limit(200)),
        ("What will change? Between 50 and 300 words.", Limit(300, LimitUnit.WORDS, 50)),
        ("What will change? At least 50 words, max 300 words.", Limit(300, LimitUnit.WORDS, 50)),
        ("Your story: minimum 100 words", Limit(None, LimitUnit.WORDS, 100)),
        ("Project title (limit: 60 chars)", Limit(60, LimitUnit.CHARACTERS)),
        ("Describe your project.", None),
        ("Give 3 examples in 2 words each and 40 words overall", None),
    ],
)
def test_a_limit_written_into_a_pasted_question_is_read(question, limit):
    assert limit_in(question) == limit


@pytest.mark.parametrize(
    ("typed", "unit", "read"),
    [
        ("250", LimitUnit.WORDS, (250, LimitUnit.WORDS)),
        ("1,500 characters", LimitUnit.WORDS, (1500, LimitUnit.CHARACTERS)),
        (" 300 Words ", LimitUnit.CHARACTERS, (300, LimitUnit.WORDS)),
        ("max 100 chars", LimitUnit.WORDS, (100, LimitUnit.CHARACTERS)),
        ("", LimitUnit.CHARACTERS, (None, LimitUnit.CHARACTERS)),
        ("none", LimitUnit.WORDS, (None, LimitUnit.WORDS)),
        ("No limit", LimitUnit.WORDS, (None, LimitUnit.WORDS)),
    ],
)
def test_a_typed_limit_is_read_with_its_unit(typed, unit, read):
    assert read_limit(typed, unit) == read


@pytest.mark.parametrize("typed", ["lots", "0", "250 pages", "-5"])
def test_a_limit_that_cannot_be_read_is_said_plainly(typed):
    with pytest.raises(LimitError, match="in figures, such as 250"):
        read_limit(typed, LimitUnit.WORDS)
