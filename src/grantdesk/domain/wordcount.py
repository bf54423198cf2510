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


class CharacterRule(Enum):
    """How a funder counts characters."""

    WEB_FORM = "web_form"
    """As a web form's box counts them (UTF-16 code units): an emoji such as 📝 is 2, a letter
    typed with a separate accent is 2, a line break is 1. The usual rule, since most forms
    are online."""
    EACH_CHARACTER = "each_character"
    """Each letter, space and emoji once, however the accents were typed."""
    WITHOUT_SPACES = "without_spaces"
    """As a web form counts, leaving out spaces and line breaks."""


@dataclass(frozen=True)
class Counting:
    """A funder's way of counting words and characters."""

    words: WordRule = WordRule.WHITESPACE
    characters: CharacterRule = CharacterRule.WEB_FORM


USUAL_COUNTING = Counting()
"""Words between spaces, and characters as a web form counts them."""


_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES_AND_DASHES = re.compile(f"[\\s{re.escape(_DASHES)}]+")


def count_words(text: str, rule: WordRule = WordRule.WHITESPACE) -> int:
    if rule is WordRule.WHITESPACE:
        return len(text.split())
    return sum(1 for part in _SPACES_AND_DASHES.split(text) if part)


def count_characters(text: str, rule: CharacterRule = CharacterRule.WEB_FORM) -> int:
    """Characters counted by the funder's rule; spaces count unless the rule leaves them out.

    A Windows line break counts once under every rule, as a web form's box turns it into one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if rule is CharacterRule.EACH_CHARACTER:
        return len(unicodedata.normalize("NFC", text))
    if rule is CharacterRule.WITHOUT_SPACES:
        text = "".join(character for character in text if not character.isspace())
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@dataclass(frozen=True)
class Limit:
    maximum: int | None
    """None where the funder sets no upper limit."""
    unit: LimitUnit = LimitUnit.WORDS
    minimum: int | None = None


@dataclass(frozen=True)
class LimitCheck:
    count: int
    limit: Limit

    @property
    def over_by(self) -> int:
        if self.limit.maximum is None:
            return 0
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


def measure(text: str, unit: LimitUnit, counting: Counting = USUAL_COUNTING) -> int:
    if unit is LimitUnit.WORDS:
        return count_words(text, counting.words)
    return count_characters(text, counting.characters)


def check_limit(text: str, limit: Limit, counting: Counting = USUAL_COUNTING) -> LimitCheck:
    return LimitCheck(measure(text, limit.unit, counting), limit)


def unit_words(unit: LimitUnit, count: int) -> str:
    """ "word" or "words", "character" or "characters", to suit the count."""
    singular = "word" if unit is LimitUnit.WORDS else "character"
    return singular if count == 1 else f"{singular}s"


def describe_limit(limit: Limit) -> str:
    """ "at most 250 words", "at least 50 and at most 300 words", "at least 50 words" or
    "no limit"."""
    if limit.maximum is None:
        if limit.minimum:
            return f"at least {limit.minimum:,} {unit_words(limit.unit, limit.minimum)}"
        return "no limit"
    words = unit_words(limit.unit, limit.maximum)
    if limit.minimum:
        return f"at least {limit.minimum:,} and at most {limit.maximum:,} {words}"
    return f"at most {limit.maximum:,} {words}"
