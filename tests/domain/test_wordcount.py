import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.wordcount import (
    CharacterRule,
    Counting,
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
    ("text", "web_form", "each_character", "without_spaces"),
    [
        ("", 0, 0, 0),
        ("a b", 3, 3, 2),
        ("ŵ", 1, 1, 1),
        ("w\u0302", 2, 1, 2),  # w + a combining circumflex: two in a web form, one letter ŵ
        ("Ŵ\u0301", 2, 2, 2),  # an accent no letter holds stays a character of its own
        ("📝", 2, 1, 2),  # outside the basic plane: two UTF-16 code units in a browser
        ("Notes 📝📝", 10, 8, 9),
        ("line\r\nbreak", 10, 10, 9),
        ("line\nbreak", 10, 10, 9),
        ("line\rbreak", 10, 10, 9),
        ("£5\u00a0–\u00a0‘ok’", 9, 9, 7),  # non-breaking spaces are spaces
        ("👩\u200d👩\u200d👧", 8, 5, 8),  # a family: three emoji joined
    ],
)
def test_characters_are_counted_by_the_funders_rule(text, web_form, each_character, without_spaces):
    assert count_characters(text) == web_form
    assert count_characters(text, CharacterRule.WEB_FORM) == web_form
    assert count_characters(text, CharacterRule.EACH_CHARACTER) == each_character
    assert count_characters(text, CharacterRule.WITHOUT_SPACES) == without_spaces


def test_eighty_characters_on_screen_are_eighty_on_the_funders_portal():
    answer = "We meet every Friday 📝" + "x" * 57
    limit = Limit(80, LimitUnit.CHARACTERS)
    assert check_limit(answer, limit).count == 80
    assert check_limit(answer + "!", limit).over_by == 1
    letters = Counting(characters=CharacterRule.EACH_CHARACTER)
    assert check_limit(answer + "!", limit, letters).within


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
def test_counting_each_character_does_not_depend_on_how_accents_were_typed(text):
    each = CharacterRule.EACH_CHARACTER
    assert count_characters(unicodedata.normalize("NFD", text), each) == count_characters(
        unicodedata.normalize("NFC", text), each
    )


@given(st.text())
def test_a_web_form_counts_at_least_each_character_and_without_spaces_at_most_that(text):
    plain = text.replace("\r\n", "\n").replace("\r", "\n")
    web = count_characters(text)
    assert web == len(plain.encode("utf-16-le")) // 2
    assert web >= len(plain)
    assert count_characters(text, CharacterRule.WITHOUT_SPACES) == web - sum(
        character.isspace() for character in plain
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
