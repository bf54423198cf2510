import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.wordcount import (
    Limit,
    LimitUnit,
    WordRule,
    check_limit,
    count_characters,
    count_words,
)


@pytest.mark.parametrize(
    ("text", "whitespace", "hyphens_split"),
    [
        ("", 0, 0),
        ("   \n\t  ", 0, 0),
        ("one", 1, 1),
        ("a well-known youth club", 4, 5),
        ("‘Hello,’ she said. “Thank you.”", 5, 5),
        ("Mae’r ŵyn yn y cae ger Tŷ Ŵyn Ŷ", 9, 9),
        ("first line\nsecond line\r\nthird", 5, 5),
        ("before – after", 3, 2),
        ("2020—2021 plan", 2, 3),
        ("great 👍 work", 3, 3),
        ("double  spaced\u00a0words", 3, 3),
        ("£4,000 for 40 sessions", 4, 4),
    ],
)
def test_words_are_counted_as_funders_count_them(text, whitespace, hyphens_split):
    assert count_words(text) == whitespace
    assert count_words(text, WordRule.WHITESPACE) == whitespace
    assert count_words(text, WordRule.HYPHENS_SPLIT) == hyphens_split


@pytest.mark.parametrize(
    ("text", "characters"),
    [
        ("", 0),
        ("a b", 3),
        ("ŵ", 1),
        ("w\u0302", 1),  # w + combining circumflex is the one letter ŵ
        ("line\r\nbreak", 10),
        ("line\nbreak", 10),
        ("£5 – ‘ok’", 9),
    ],
)
def test_characters_include_spaces_and_count_each_letter_once(text, characters):
    assert count_characters(text) == characters


words = st.text(
    alphabet=st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs")),
    min_size=1,
    max_size=12,
).filter(lambda word: not any(c.isspace() for c in word))
spaces = st.text(alphabet=" \t\n\r\u00a0", min_size=1, max_size=3)


@given(st.lists(words, max_size=40), spaces)
def test_joining_words_with_any_spacing_counts_each_once(word_list, spacing):
    assert count_words(spacing.join(word_list)) == len(word_list)


@given(st.text(), st.text())
def test_adding_text_after_a_space_adds_its_words(first, second):
    assert count_words(first + " " + second) == count_words(first) + count_words(second)


@given(st.text())
def test_splitting_on_hyphens_never_finds_fewer_words_than_spaces_alone(text):
    # Each whitespace word yields at least one word unless it is made only of dashes.
    dashes_only = sum(1 for word in text.split() if not word.strip("-‐‑‒–—―−"))
    assert count_words(text, WordRule.HYPHENS_SPLIT) >= count_words(text) - dashes_only


@given(st.text())
def test_character_count_does_not_depend_on_how_accents_were_typed(text):
    assert count_characters(unicodedata.normalize("NFD", text)) == count_characters(
        unicodedata.normalize("NFC", text)
    )


@given(st.text(max_size=300), st.integers(min_value=1, max_value=120), st.sampled_from(LimitUnit))
def test_over_by_is_exactly_the_excess(text, maximum, unit):
    check = check_limit(text, Limit(maximum, unit))
    assert check.over_by == max(0, check.count - maximum)
    assert check.within == (check.count <= maximum)


def test_minimum_is_reported_only_once_an_answer_is_started():
    limit = Limit(300, LimitUnit.WORDS, minimum=50)
    assert check_limit("", limit).under_by == 0
    assert check_limit("word " * 20, limit).under_by == 30
    assert not check_limit("word " * 20, limit).within
    assert check_limit("word " * 50, limit).within
