"""Reading a funder's question as it is pasted in: which of the common questions it is most
like, and any limit written into it ("(max 250 words)").

When a funder's form is typed in, each question is offered with the common question it most
resembles already chosen, so answers written before move onto it, and with its limit already
filled in where the question says it. The guesses are only a start: the person can change them.
"""

import re

from grantdesk.domain.money import means_nothing
from grantdesk.domain.wordcount import Limit, LimitUnit

CLUES: dict[str, tuple[tuple[str, int], ...]] = {
    "what_you_do": (
        ("your organisation do", 4),
        ("your group do", 4),
        ("about your organisation", 4),
        ("about your group", 4),
        ("what your organisation", 3),
        ("what your group", 3),
        ("organisation", 1),
        ("group", 1),
        ("activity", 1),
        ("history", 2),
        ("established", 2),
        ("experience", 1),
        ("track record", 3),
        ("aim", 1),
    ),
    "organisation_type": (
        ("type of organisation", 5),
        ("kind of organisation", 5),
        ("legal status", 5),
        ("legal structure", 5),
        ("bank account", 5),
        ("constitution", 4),
        ("constituted", 4),
        ("charity number", 5),
        ("company number", 5),
        ("registered", 2),
        ("governing document", 4),
        ("signatory", 3),
    ),
    "project": (
        ("your project", 2),
        ("the project", 1),
        ("project", 1),
        ("describe", 1),
        ("what do you want", 3),
        ("want to do", 3),
        ("idea", 2),
        ("need", 2),
        ("why", 1),
        ("evidence", 1),
        ("grant for", 3),
        ("funding for", 2),
        ("problem", 2),
    ),
    "delivery": (
        ("deliver", 3),
        ("carry out", 4),
        ("timetable", 4),
        ("timescale", 4),
        ("timeline", 4),
        ("milestone", 4),
        ("partner", 3),
        ("where", 2),
        ("when", 1),
        ("take place", 3),
        ("who will run", 4),
        ("staff", 1),
        ("volunteer", 1),
        ("town", 2),
        ("village", 2),
        ("area", 1),
        ("location", 3),
        ("venue", 3),
        ("manage", 2),
        ("risk", 2),
    ),
    "beneficiaries": (
        ("who will benefit", 6),
        ("benefit", 3),
        ("beneficiar", 6),
        ("how many people", 4),
        ("take part", 3),
        ("participant", 4),
        ("target group", 5),
        ("who is it for", 5),
        ("who the project is for", 5),
        ("reach", 2),
        ("involve", 2),
        ("people", 1),
    ),
    "difference": (
        ("difference", 5),
        ("outcome", 5),
        ("impact", 4),
        ("change", 3),
        ("achieve", 3),
        ("result", 2),
        ("improve", 2),
        ("community", 1),
    ),
    "priorities": (
        ("priorit", 6),
        ("police and crime plan", 6),
        ("criteria", 5),
        ("fit with", 4),
        ("meet our", 4),
        ("aims of the fund", 5),
        ("aims of our", 4),
        ("objective", 3),
        ("fund’s aims", 5),
        ("theme", 3),
    ),
    "budget": (
        ("budget", 6),
        ("cost", 4),
        ("how much", 4),
        ("spend", 4),
        ("spent", 4),
        ("breakdown", 5),
        ("expenditure", 5),
        ("amount", 2),
        ("pay for", 3),
        ("money", 2),
    ),
    "match_funding": (
        ("other funding", 6),
        ("match funding", 7),
        ("match", 3),
        ("other source", 6),
        ("in kind", 5),
        ("in-kind", 5),
        ("contribution", 4),
        ("secured", 3),
        ("applied", 2),
        ("elsewhere", 4),
        ("other funder", 6),
        ("rest of the money", 7),
        ("rest of the cost", 7),
    ),
    "monitoring": (
        ("monitor", 6),
        ("evaluat", 6),
        ("measure", 4),
        ("measure the difference", 6),
        ("how will you know", 6),
        ("success", 3),
        ("track", 3),
        ("record", 2),
        ("evidence", 2),
        ("report", 2),
        ("learn", 2),
    ),
    "exit_strategy": (
        ("funding end", 7),
        ("to an end", 6),
        ("grant end", 7),
        ("funding has ended", 7),
        ("after the funding", 6),
        ("after our grant", 6),
        ("after the grant", 6),
        ("sustain", 6),
        ("exit", 6),
        ("continue", 4),
        ("long term", 4),
        ("long-term", 4),
        ("future", 3),
        ("legacy", 4),
        ("beyond", 3),
    ),
}
"""The words that give each common question away, each with how much it counts. A clue
matches the start of a word ("priorit" matches priority and priorities)."""


def _normalised(text: str) -> str:
    words = re.findall(r"[^\W_]+(?:[’'\-][^\W_]+)*", text.casefold())
    return " " + " ".join(word.replace("'", "’") for word in words) + " "


def likeness(question: str) -> dict[str, int]:
    """How strongly the question's words point to each common question (0 for none)."""
    text = _normalised(question)
    return {
        key: sum(weight for clue, weight in clues if f" {clue}" in text)
        for key, clues in CLUES.items()
    }


def most_like(question: str) -> str | None:
    """The key of the common question this one is most like, or None when nothing in its
    words points to any (ties go to the one that comes first on the usual form)."""
    scores = likeness(question)
    best = max(scores.values())
    if best == 0:
        return None
    return next(key for key, score in scores.items() if score == best)


_UNIT = r"(words?|characters?|chars?)\b"
_FIGURE = r"(?<![\w£$€.,])(\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)"
"""A whole number as forms write it ("300", "1,500"), not part of an amount or of a code."""
_NOT_NUMBERING = r"(?<!question )(?<!section )(?<!part )(?<!step )"
"""A figure after these numbers the question ("Question 4 - 250 words"), not its limit."""
_MOST = (
    r"(?:max(?:imum)?\.?(?:\s+of)?|up\s+to|(?:no|not)\s+(?:more|longer)\s+than|at\s+most"
    r"|(?:not\s+to\s+|(?:no|not)\s+)?exceed(?:ing)?|(?<!no )(?<!not )(?:less|fewer)\s+than"
    r"|under|within"
    r"|limit(?:ed)?(?:\s+(?:of|to))?)"
)
_LEAST = r"(?:at\s+least|min(?:imum)?\.?(?:\s+of)?|(?:no|not)\s+(?:fewer|less)\s+than)"
_ENDS = r"(?=\s*(?:$|[.,;!?)\]]|and\b|but\b|or\b))"
"""Where a figure said without its unit ends, as in "at least 50 words and no more than 300"."""


def _said_before(words: str, after: str) -> re.Pattern[str]:
    """A figure after the words that say what it is, then its unit or nothing more."""
    return re.compile(
        rf"\b{words}\s*:?\s*{_FIGURE}(?:\s*{_UNIT}|{_ENDS})|{_FIGURE}\s*{_UNIT}\s*{after}"
    )


_RANGES = (
    re.compile(rf"\bbetween\s+{_FIGURE}(?:\s*{_UNIT})?\s*(?:and|-)\s*{_FIGURE}\s*{_UNIT}"),
    re.compile(rf"{_NOT_NUMBERING}{_FIGURE}(?:\s*{_UNIT})?\s*(?:-|to)\s*{_FIGURE}\s*{_UNIT}"),
)
"""A least and a most: "between 50 and 300 words", "200-300 words", "200 to 300 words"."""
_NAMED = re.compile(
    r"(?:\b(max|min)(?:imum)?\.?\s+)?(?:number\s+of\s+)?(?<!own )\b(word|character|char)s?\b\s*"
    r"(?:(?:limit|count|max(?:imum)?\.?)\s*(?:is|of)?\s*[:=-]?|[:=])\s*"
    rf"(?:(max|min)(?:imum)?\.?\s*:?\s*)?{_FIGURE}(?:\s*(?:-|to)\s*{_FIGURE})?"
)
"""A limit named before its figure: "Word limit: 150", "Maximum word count 300", "Characters:
1,000", "Word count: 50 to 300"."""
_AT_MOST = _said_before(_MOST, r"(?:max(?:imum)?\b|or\s+(?:less|fewer|under)\b)")
_AT_LEAST = _said_before(_LEAST, r"(?:min(?:imum)?\b|or\s+more\b)")
_PLAIN = re.compile(rf"{_FIGURE}[\s-]*{_UNIT}")
_DASHES = re.compile("[\u2010-\u2015\u2212]")


def _unit(word: str) -> LimitUnit:
    return LimitUnit.WORDS if word.startswith("word") else LimitUnit.CHARACTERS


def _figure(text: str) -> int:
    return int(text.replace(",", ""))


def _limit(maximum: str | None, unit: str, minimum: str | None = None) -> Limit | None:
    """The limit these figures make, the smaller the least; None for a limit of nothing."""
    most, least = (_figure(figure) if figure else None for figure in (maximum, minimum))
    if most is not None and least is not None and least > most:
        most, least = least, most
    if not most and not least:
        return None
    return Limit(most or None, _unit(unit), least or None)


def _first_said(pattern: re.Pattern[str], text: str) -> tuple[str, str | None] | None:
    """The first figure the pattern finds said with its unit, or else the first said without."""
    found = []
    for match in pattern.finditer(text):
        before, unit, after, unit_after = match.groups()
        found.append((before, unit) if before else (after, unit_after))
    return next((said for said in found if said[1]), found[0] if found else None)


def limit_in(question: str) -> Limit | None:
    """The limit a pasted question states, read as a person reads it: "max 250 words", "(max.
    250 words)", "Word limit: 150", "(1,500 characters)", "no more than 1,000 characters",
    "between 50 and 300 words", "200-300 words", "at least 50 words"; None when it states none
    (a figure with no words or characters after it, such as "£500 to £1,000", is not one)."""
    text = _DASHES.sub("-", question.casefold())
    for pattern in _RANGES:
        found = pattern.search(text)
        if found:
            least, _, most, unit = found.groups()
            return _limit(most, unit, least)
    named = _NAMED.search(text)
    if named:
        said_before, unit, said_after, figure, upper = named.groups()
        if upper:
            return _limit(upper, unit, figure)
        if (said_after or said_before) == "min":
            return _limit(None, unit, figure)
        return _limit(figure, unit)
    most = _first_said(_AT_MOST, text)
    least = _first_said(_AT_LEAST, text)
    if most is None and least is None:
        plain = _PLAIN.findall(text)
        return _limit(*plain[0]) if len(plain) == 1 else None
    unit = next((said[1] for said in (most, least) if said and said[1]), None)
    if unit is None:  # "up to 12" or "at least 3" of something else
        return None
    if least and least[1] and _unit(least[1]) is not _unit(unit):
        least = None  # a least in other units than the most: the most is what is checked
    return _limit(most and most[0], unit, least and least[0])


class LimitError(ValueError):
    """A typed limit that could not be read; the message says what to type."""


def read_limit(typed: str, unit: LimitUnit) -> tuple[int | None, LimitUnit]:
    """The most a question allows, as typed in its box: "250", "250 words", "1,500
    characters"; empty, "none" or "no limit" for no limit. A unit typed in the box wins over
    the one chosen beside it."""
    text = typed.strip().casefold()
    if not text or means_nothing(text) or text in {"no limit", "unlimited"}:
        return None, unit
    match = re.fullmatch(rf"(?:max(?:imum)?\.?\s*)?{_FIGURE}\s*(?:{_UNIT})?", text)
    if match is None or _figure(match[1]) == 0:
        raise LimitError(
            f"“{typed.strip()}” is not a limit GrantDesk can read. Please type the most it "
            "allows in figures, such as 250, or leave it empty if there is no limit."
        )
    return _figure(match[1]), _unit(match[2]) if match[2] else unit
