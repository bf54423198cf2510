"""Counting words and characters the way funders do, and comparing a count with a limit.

One set of functions, used by the editor's live count and by every check, so the
number on screen is always the number the checks use.
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum


class LimitUnit(Enum):
    WORDS = "words"
    CHARACTERS = "characters"


class WordRule(Enum):
    """How a funder counts words."""

    WHITESPACE = "whitespace"
    """Every run of non-space characters is one word (an emoji is a word; "well-known" is one)."""
    HYPHENS_SPLIT = "hyphens_split"
    """As WHITESPACE, but hyphens and dashes split words too ("well-known" is two)."""


_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES_AND_DASHES = re.compile(f"[\\s{re.escape(_DASHES)}]+")


def count_words(text: str, rule: WordRule = WordRule.WHITESPACE) -> int:
    if rule is WordRule.WHITESPACE:
        return len(text.split())
    return sum(1 for part in _SPACES_AND_DASHES.split(text) if part)


def count_characters(text: str) -> int:
    """Characters including spaces; a Windows line break counts once, as a person sees it.

    Text is counted in its composed form, so "ŵ" is one character whether it was typed
    as one code point or as "w" plus a combining circumflex.
    """
    return len(unicodedata.normalize("NFC", text.replace("\r\n", "\n")))


@dataclass(frozen=True)
class Limit:
    maximum: int
    unit: LimitUnit = LimitUnit.WORDS
    minimum: int | None = None


@dataclass(frozen=True)
class LimitCheck:
    count: int
    limit: Limit

    @property
    def over_by(self) -> int:
        return max(0, self.count - self.limit.maximum)

    @property
    def under_by(self) -> int:
        """How far short of the minimum a started answer is (0 when there is no minimum)."""
        if self.limit.minimum is None or self.count == 0:
            return 0
        return max(0, self.limit.minimum - self.count)

    @property
    def within(self) -> bool:
        return self.over_by == 0 and self.under_by == 0


def measure(text: str, unit: LimitUnit, rule: WordRule = WordRule.WHITESPACE) -> int:
    if unit is LimitUnit.WORDS:
        return count_words(text, rule)
    return count_characters(text)


def check_limit(text: str, limit: Limit, rule: WordRule = WordRule.WHITESPACE) -> LimitCheck:
    return LimitCheck(measure(text, limit.unit, rule), limit)


def unit_words(unit: LimitUnit, count: int) -> str:
    """ "word" or "words", "character" or "characters", to suit the count."""
    singular = "word" if unit is LimitUnit.WORDS else "character"
    return singular if count == 1 else f"{singular}s"


def describe_limit(limit: Limit) -> str:
    """ "at most 250 words", or "at least 50 and at most 300 words"."""
    words = unit_words(limit.unit, limit.maximum)
    if limit.minimum:
        return f"at least {limit.minimum:,} and at most {limit.maximum:,} {words}"
    return f"at most {limit.maximum:,} {words}"
