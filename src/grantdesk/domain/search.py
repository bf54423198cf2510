"""What a search of earlier answers finds, and the few words of each answer shown for it."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+")
"""A word as the search index splits text: a run of letters and digits."""
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


def folded(word: str) -> str:
    """A word as the search compares it: without case, and without accents ("Tŷ" is "ty")."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_terms(words: str) -> list[str]:
    """The words typed into a search, each matching any word that starts with it."""
    return [folded(term) for term in WORD.findall(words)]


def snippet(text: str, words: str, length: int = SNIPPET_WORDS) -> str:
    """About `length` words of `text` where the most of the words searched for are found close
    together (the first such place), with "…" where the text goes on. One pass over the text,
    so its cost grows with the text's length and no faster."""
    terms = search_terms(words)
    starts: list[int] = []
    ends: list[int] = []
    matches: list[tuple[int, int]] = []  # (word's position, which term it matches)
    for position, found in enumerate(WORD.finditer(text)):
        starts.append(found.start())
        ends.append(found.end())
        word = folded(found.group())
        for term_number, term in enumerate(terms):
            if word.startswith(term):
                matches.append((position, term_number))
                break
    if not starts:
        return ""
    first = _best_window_start(matches, length) if matches else 0
    begin = max(0, first - BEFORE_FIRST_MATCH)
    end = min(len(starts), begin + length) - 1
    shown = text[starts[begin] : ends[end]]
    return ("…" if begin > 0 else "") + shown + ("…" if end < len(starts) - 1 else "")


def _best_window_start(matches: list[tuple[int, int]], length: int) -> int:
    """The position of the first word found in the window of `length` words holding the most
    different terms (sliding over the words found, once)."""
    in_window: Counter[int] = Counter()
    best_count, best_start = 0, matches[0][0]
    left = 0
    for position, term in matches:
        in_window[term] += 1
        while matches[left][0] <= position - length + BEFORE_FIRST_MATCH:
            leaving = matches[left][1]
            in_window[leaving] -= 1
            if not in_window[leaving]:
                del in_window[leaving]
            left += 1
        if len(in_window) > best_count:
            best_count, best_start = len(in_window), matches[left][0]
    return best_start
