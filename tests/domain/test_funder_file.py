"""Funder files: a funder's form saved by one person and added by another, exactly; anything
else refused in a plain sentence, with nothing added."""

import json
from dataclasses import replace

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from grantdesk.domain.budget import BudgetModel
from grantdesk.domain.funder_file import (
    LARGEST_FILE_BYTES,
    FunderFileError,
    funder_file_text,
    funder_from_file,
)
from grantdesk.domain.funders import (
    AskedParts,
    BudgetRules,
    Eligibility,
    Funder,
    FunderQuestion,
    Requirement,
    funder_problems,
)
from grantdesk.domain.questions import FigureSource, QuestionKind
from grantdesk.domain.wordcount import CharacterRule, LimitUnit, WordRule
from grantdesk.examples.funders import example_funders

texts = st.text(max_size=30)
amounts = st.none() | st.integers(0, 10**9)
questions = st.builds(
    FunderQuestion,
    text=texts,
    guidance=texts,
    maximum=st.none() | st.integers(1, 100_000),
    minimum=st.none() | st.integers(0, 100),
    unit=st.sampled_from(LimitUnit),
    covers=st.lists(st.sampled_from(["what_you_do", "project", "budget"]), max_size=2).map(tuple),
    kind=st.sampled_from(QuestionKind),
    choices=st.lists(texts, max_size=3).map(tuple),
    label=texts,
    key=st.text("abcdef0123456789", min_size=12, max_size=12),
)
funders = st.builds(
    Funder,
    name=texts,
    fund=texts,
    funds_what=texts,
    priorities=st.lists(texts, max_size=3).map(tuple),
    minimum_pence=amounts,
    maximum_pence=amounts,
    word_rule=st.sampled_from(WordRule),
    character_rule=st.sampled_from(CharacterRule),
    questions=st.lists(questions, max_size=4).map(tuple),
    budget_model=st.sampled_from(BudgetModel),
    budget_rules=st.builds(
        BudgetRules,
        max_lines=st.none() | st.integers(1, 50),
        whole_pounds=st.booleans(),
        management_cap_basis_points=st.none() | st.integers(0, 10_000),
        headings=st.lists(texts, max_size=3).map(tuple),
        max_item_characters=st.none() | st.integers(1, 500),
    ),
    eligibility=st.builds(Eligibility, max_project_months=st.none() | st.integers(1, 60)),
    asks=st.builds(AskedParts),
    requirements=st.lists(
        st.builds(Requirement, text=texts, from_pence=amounts, to_pence=amounts), max_size=3
    ).map(tuple),
    declaration=texts,
    signatories=st.sampled_from([1, 2]),
    id=st.none() | st.integers(1, 100),
)


@given(funders)
def test_a_funder_comes_back_from_its_file_exactly(funder):
    assume(not funder_problems(funder))
    text = funder_file_text(funder)
    assert funder_from_file(text.encode("utf-8"), "f.json") == replace(funder, id=None)
    assert '"id"' not in text.split('"funder"')[0]


def test_every_bundled_example_is_a_funder_file_that_round_trips():
    examples = example_funders()
    assert len(examples) == 4
    for funder in examples:
        assert funder_from_file(funder_file_text(funder).encode(), "x.json") == funder


def test_a_file_saved_with_a_byte_order_mark_still_reads():
    text = funder_file_text(Funder(name="Cronfa ŵ"))
    assert funder_from_file("\ufeff".encode() + text.encode(), "f.json").name == "Cronfa ŵ"


def envelope(funder: object, version: object = 1) -> bytes:
    return json.dumps({"grantdesk": "funder", "version": version, "funder": funder}).encode()


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"{", "it is not a funder file, or it has been damaged"),
        (b"\xff\xfe\x00garbage", "it is not a funder file, or it has been damaged"),
        (b"[" * 50_000 + b"]" * 50_000, "it is not a funder file, or it has been damaged"),
        (b"[]", "it is not a GrantDesk funder file"),
        (b'{"name": "A bare record"}', "it is not a GrantDesk funder file"),
        (b'{"grantdesk": "application", "version": 1}', "it is not a GrantDesk funder file"),
        (envelope({"name": "X"}, "one"), "it does not say which version"),
        (envelope({"name": "X"}, 2), "saved by a newer GrantDesk"),
        (envelope(None), "The funder should be a set of named values."),
        (
            envelope({"name": "X", "maximum_pence": "lots"}),
            "The funder: maximum_pence should be a whole number.",
        ),
        (
            envelope({"name": "X", "priorities": "Safer streets"}),
            "The funder: priorities should be a list.",
        ),
        (
            envelope({"questions": [{"text": "Q", "kind": "essay"}]}),
            "The funder: questions, item 1: kind cannot be 'essay'.",
        ),
        (
            envelope({"minimum_pence": 500000, "maximum_pence": 100000}),
            "Its smallest grant is more than its largest.",
        ),
        (
            envelope({"questions": [{"text": "Q", "minimum": 300, "maximum": 250}]}),
            "Question 1’s least is more than its most.",
        ),
        (
            envelope({"questions": [{"text": "Q", "kind": "date", "source": "income_last_year"}]}),
            "Question 1 is filled in from a figure of another kind.",
        ),
        (envelope({"signatories": 3}), "It must be signed by one person or two."),
        (envelope({"maximum_pence": -5}), "A figure in it is less than nothing."),
        (b" " * (LARGEST_FILE_BYTES + 1), "it is far too big to be a funder file"),
    ],
)
def test_a_damaged_or_hostile_file_is_refused_in_words(data, said):
    with pytest.raises(FunderFileError) as refusal:
        funder_from_file(data, "from-a-usb-stick.json")
    message = str(refusal.value)
    assert message.startswith("GrantDesk cannot use “from-a-usb-stick.json”: ")
    assert said in message


def test_a_figure_question_keeps_where_its_answer_comes_from():
    funder = Funder(
        name="PCC",
        questions=(
            FunderQuestion(
                "Income", kind=QuestionKind.MONEY, source=FigureSource.INCOME_LAST_YEAR, key="a"
            ),
        ),
    )
    back = funder_from_file(funder_file_text(funder).encode(), "f.json")
    assert back.questions[0].source is FigureSource.INCOME_LAST_YEAR
