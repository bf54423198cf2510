from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.search import folded, snippet


def test_a_snippet_shows_the_words_found_with_a_little_before_them():
    text = " ".join(f"word{n}" for n in range(100)) + " youth club " + "tail " * 50
    shown = snippet(text, "youth club")
    assert shown.startswith("…word97 word98 word99 youth club tail")
    assert shown.endswith("…")
    assert len(shown.split()) == 16


def test_a_snippet_prefers_the_place_where_more_of_the_words_are_found():
    text = (
        "The club met. " + "Filler words here. " * 40 + "A youth club for Tŷ’r Cwm. " + "End. " * 20
    )
    assert "youth club" in snippet(text, "youth club")
    assert "Tŷ" in snippet(text, "ty cwm")  # accents and case are folded, as the index does


def test_a_short_answer_is_shown_whole_and_words_not_found_show_its_start():
    assert snippet("Mae’r ŵyn yn y cae.", "wyn") == "Mae’r ŵyn yn y cae"
    assert snippet("One two three", "absent") == "One two three"
    assert snippet("", "anything") == ""
    assert folded("ŴYN") == "wyn"


@given(st.text(), st.text(max_size=20))
def test_a_snippet_is_always_part_of_the_text(text, words):
    shown = snippet(text, words).removeprefix("…").removesuffix("…")
    assert shown in text


def test_a_snippet_far_into_a_long_answer_is_cut_at_its_words_with_what_is_between_them():
    lamb = "Mae’r ŵyn, yn y cae! "
    text = "Start. " + lamb * 5_000 + "Our youth-club (Tŷ’r Cwm) meets… on Fridays."
    assert snippet(text, "ty cwm") == "…Our youth-club (Tŷ’r Cwm) meets… on Fridays"
    assert snippet(text, "start mae") == "Start. " + lamb * 2 + "Mae’r ŵyn…"
