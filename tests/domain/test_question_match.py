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


WORDS = LimitUnit.WORDS
CHARACTERS = LimitUnit.CHARACTERS

LIMITS_AS_FORMS_SAY_THEM = [
    ("Describe your project (max 250 words).", Limit(250)),
    ("Describe your project (max. 250 words)", Limit(250)),
    ("Describe your project (Max. 250 words)", Limit(250)),
    ("Describe your project. Maximum 1,500 characters", Limit(1500, CHARACTERS)),
    ("Tell us about it (maximum of 500 words)", Limit(500)),
    ("Who will benefit? (300 words)", Limit(300)),
    ("Tell us about your group – up to 200 words.", Limit(200)),
    ("Tell us about your group in no more than 1,000 characters.", Limit(1000, CHARACTERS)),
    ("No more than 1,000 characters including spaces", Limit(1000, CHARACTERS)),
    ("In not more than 150 words, tell us why", Limit(150)),
    ("Your answer must not exceed 400 words.", Limit(400)),
    ("Describe the need in less than 200 words", Limit(200)),
    ("Tell us in 50 words or less", Limit(50)),
    ("Summary (1,500 characters max)", Limit(1500, CHARACTERS)),
    ("Project title (limit: 60 chars)", Limit(60, CHARACTERS)),
    ("Project title (limit 60 characters)", Limit(60, CHARACTERS)),
    ("Give a 250-word summary of the project", Limit(250)),
    ("Who will benefit? Word limit: 150", Limit(150)),
    ("Who will benefit?\nWord limit 150", Limit(150)),
    ("Who will benefit? WORD LIMIT: 150 words", Limit(150)),
    ("Project summary. Character limit – 1,000", Limit(1000, CHARACTERS)),
    ("Describe your project. Maximum word count: 300", Limit(300)),
    ("Word count: max 250", Limit(250)),
    ("Max words: 250", Limit(250)),
    ("Maximum number of characters: 2,000", Limit(2000, CHARACTERS)),
    ("Minimum word count: 50", Limit(None, WORDS, 50)),
    ("Word count: 50 to 300", Limit(300, WORDS, 50)),
    ("What will change? Between 50 and 300 words.", Limit(300, WORDS, 50)),
    ("What will change? (between 50-300 words)", Limit(300, WORDS, 50)),
    ("What will change? 200-300 words", Limit(300, WORDS, 200)),
    ("What will change? (200 – 300 words)", Limit(300, WORDS, 200)),
    ("What will change? 200 to 300 words", Limit(300, WORDS, 200)),
    ("What will change? From 200 words to 300 words", Limit(300, WORDS, 200)),
    ("Describe it in 1,000-2,000 characters", Limit(2000, CHARACTERS, 1000)),
    ("What will change? At least 50 words, max 300 words.", Limit(300, WORDS, 50)),
    ("Write at least 100 words and no more than 500.", Limit(500, WORDS, 100)),
    ("Minimum 50 words, maximum 300", Limit(300, WORDS, 50)),
    ("Your story: minimum 100 words", Limit(None, WORDS, 100)),
    ("Your story: a minimum of 100 words", Limit(None, WORDS, 100)),
    ("Your story (100 words or more)", Limit(None, WORDS, 100)),
    ("Please write no fewer than 80 words.", Limit(None, WORDS, 80)),
    ("Describe your project (250 words max)", Limit(250)),
    ("In 100 words or fewer, tell us why", Limit(100)),
    ("Explain in under 200 words.", Limit(200)),
    ("Tell us about your group (100-word limit)", Limit(100)),
    ("(Maximum 250 words; approx. 1,500 characters)", Limit(250)),
    ("Answer: 50 words minimum, 200 words maximum", Limit(200, WORDS, 50)),
    ("Min. 50 words, max. 300 words", Limit(300, WORDS, 50)),
    ("Question 4 - 250 words", Limit(250)),
    ("Ages 11-18: describe it in 200 words", Limit(200)),
    ("Projects may last up to 12 months. Max 250 words.", Limit(250)),
    ("Grants of £500 to £1,000 (max 200 words)", Limit(200)),
]

NOT_LIMITS = [
    "Describe your project.",
    "Tell us in your own words about 3 things your group does.",
    "In your own words: 3 things that will change",
    "We give grants of £500 to £1,000.",
    "Grants from £1,000-£5,000 are available.",
    "Projects may last up to 12 months.",
    "Name up to 3 charities you work with.",
    "Between 10 and 20 people will take part.",
    "What happens between 1 April and 31 March?",
    "Give 3 examples in 2 words each and 40 words overall",
    "Max 250",
    "Characters remaining: 500",
    "Limit: 0 words",
    "Version 2.5 words of guidance",
]


@pytest.mark.parametrize(("question", "limit"), LIMITS_AS_FORMS_SAY_THEM)
def test_a_limit_written_into_a_pasted_question_is_read_as_a_person_reads_it(question, limit):
    assert limit_in(question) == limit


@pytest.mark.parametrize("question", NOT_LIMITS)
def test_figures_that_are_not_a_limit_are_not_read_as_one(question):
    assert limit_in(question) is None


FIGURES = st.integers(1, 20_000)
UNITS = st.sampled_from([("words", WORDS), ("characters", CHARACTERS), ("chars", CHARACTERS)])


@given(FIGURES, FIGURES, UNITS, st.sampled_from(["{a}-{b}", "{a} to {b}", "between {a} and {b}"]))
def test_any_range_is_read_with_its_least_and_its_most(a, b, unit, shape):
    written, read = unit
    question = f"Tell us about it ({shape.format(a=f'{a:,}', b=f'{b:,}')} {written})"
    assert limit_in(question) == Limit(max(a, b), read, min(a, b))


@given(
    FIGURES,
    UNITS,
    st.sampled_from(["max {n} {u}", "(max. {n} {u})", "{u} limit: {n}", "no more than {n} {u}"]),
)
def test_any_most_is_read_however_it_is_written(figure, unit, shape):
    written, read = unit
    question = "Describe the project. " + shape.format(n=f"{figure:,}", u=written)
    assert limit_in(question) == Limit(figure, read)


@given(st.text(max_size=200))
def test_any_text_gives_a_limit_that_makes_sense_or_none_and_never_fails(text):
    limit = limit_in(text)
    if limit is not None:
        assert limit.maximum or limit.minimum
        assert (limit.minimum or 0) <= (limit.maximum or limit.minimum)


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
