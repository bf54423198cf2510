"""What a search of earlier answers finds, and the few words of each answer shown for it."""

import re
import unicodedata
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+")
"""A word as the search index splits text: a run of letters and digits."""
BETWEEN_WORDS = re.compile(r"([\W_]+)")
"""What separates words, kept by split() so that each word's place in the text is known."""
SNIPPET_WORDS = 16
BEFORE_FIRST_MATCH = 3
"""Words of context kept before the first word found, so a snippet does not start on it."""


@dataclass(frozen=True)
class SearchHit:
    application_id: int
    application_title: str
    question_key: str
    question_title: str
    """The question as the application's own form numbers it ("3. What is the project?")."""
    snippet: str
    text: str


def folded(text: str) -> str:
    """Text as the search compares it: without case, and without accents ("Tŷ" is "ty")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text)
    for character in set(decomposed):
        if unicodedata.combining(character):
            decomposed = decomposed.replace(character, "")
    return decomposed.casefold()


def search_terms(words: str) -> list[str]:
    """The words typed into a search, each matching any word that starts with it."""
    return [folded(term) for term in WORD.findall(words)]


def snippet(text: str, words: str, length: int = SNIPPET_WORDS) -> str:
    """About `length` words of `text` where the most of the words searched for are found close
    together (the first such place), with "…" where the text goes on.

    The text is split into its words once, and they are folded and searched all together by
    Python's own string and pattern code rather than one word at a time, so a long answer
    costs in proportion to its length, and little."""
    # ["", what comes before the first word, word, what is between, word, …, word, the end, ""]
    pieces = BETWEEN_WORDS.split(f" {text} ")
    word_count = len(pieces) // 2 - 1
    if not word_count:
        return ""
    terms = search_terms(words)
    matches = _matches(folded(" ".join(pieces[::2])), terms)
    first = _best_window_start(matches, length, len(terms)) if matches else 0
    begin = max(0, first - BEFORE_FIRST_MATCH)
    end = min(word_count, begin + length) - 1
    start = sum(map(len, pieces[: 2 + 2 * begin])) - 1  # less the space put before the text
    shown = text[start : start + sum(map(len, pieces[2 + 2 * begin : 3 + 2 * end]))]
    return ("…" if begin > 0 else "") + shown + ("…" if end < word_count - 1 else "")


def _matches(spaced_words: str, terms: list[str]) -> list[tuple[int, int]]:
    """(word's position, which term it matches) for each word that starts with one of the
    terms (the first of them it starts with), in the folded words each after a space."""
    if not terms:
        return []
    word_starting = re.compile(" (?:" + "|".join(f"({re.escape(term)})" for term in terms) + ")")
    matches = []
    position, counted_to = -1, 0
    for found in word_starting.finditer(spaced_words):
        position += spaced_words.count(" ", counted_to, found.start() + 1)
        counted_to = found.start() + 1
        matches.append((position, found.lastindex - 1))
    return matches


def _best_window_start(matches: list[tuple[int, int]], length: int, terms: int) -> int:
    """The position of the first word found in the window of `length` words holding the most
    different terms (sliding over the words found, once)."""
    in_window = [0] * terms  # how many of the words in the window match each term
    different = best_count = 0
    best_start = matches[0][0]
    left = 0
    for position, term in matches:
        if not in_window[term]:
            different += 1
        in_window[term] += 1
        while matches[left][0] <= position - length + BEFORE_FIRST_MATCH:
            leaving = matches[left][1]
            in_window[leaving] -= 1
            if not in_window[leaving]:
                different -= 1
            left += 1
        if different > best_count:
            best_count, best_start = different, matches[left][0]
    return best_start
