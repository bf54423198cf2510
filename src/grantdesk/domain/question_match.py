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
        ("fund's aims", 5),
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
    return " " + " ".join(word.replace("’", "'") for word in words) + " "


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


_UNIT = r"(words?|characters?|chars?)"
_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+)"
_BETWEEN = re.compile(rf"between\s+{_FIGURE}\s+and\s+{_FIGURE}\s+{_UNIT}")
_AT_LEAST = re.compile(
    rf"(?:at least|min(?:imum)?\.?(?: of)?:?|no fewer than)\s*{_FIGURE}\s*{_UNIT}"
)
_AT_MOST = re.compile(
    rf"(?:max(?:imum)?\.?(?: of)?:?|up to|no more than|not more than|at most|limit(?: of)?:?)"
    rf"\s*{_FIGURE}\s*{_UNIT}"
)
_PLAIN = re.compile(rf"{_FIGURE}\s*{_UNIT}")


def _unit(word: str) -> LimitUnit:
    return LimitUnit.WORDS if word.startswith("word") else LimitUnit.CHARACTERS


def _figure(text: str) -> int:
    return int(text.replace(",", ""))


def limit_in(question: str) -> Limit | None:
    """The limit a pasted question states ("max 250 words", "(1,500 characters)", "between 50
    and 300 words", "at least 50 words"), or None when it states none."""
    text = question.casefold()
    between = _BETWEEN.search(text)
    if between:
        return Limit(_figure(between[2]), _unit(between[3]), _figure(between[1]))
    most = _AT_MOST.search(text)
    least = _AT_LEAST.search(text)
    if most is None and least is None:
        plain = _PLAIN.findall(text)
        if len(plain) != 1:
            return None
        figure, unit = plain[0]
        return Limit(_figure(figure), _unit(unit))
    unit = _unit((most or least)[2])
    return Limit(
        _figure(most[1]) if most else None,
        unit,
        _figure(least[1]) if least and _unit(least[2]) is unit else None,
    )


class LimitError(ValueError):
    """A typed limit that could not be read; the message says what to type."""


def read_limit(typed: str, unit: LimitUnit) -> tuple[int | None, LimitUnit]:
    """The most a question allows, as typed in its box: "250", "250 words", "1,500
    characters"; empty, "none" or "no limit" for no limit. A unit typed in the box wins over
    the one chosen beside it."""
    text = typed.strip().casefold()
    if not text or means_nothing(text) or text in {"no limit", "unlimited"}:
        return None, unit
    match = re.fullmatch(rf"(?:max(?:imum)?\.?\s*)?{_FIGURE}\s*{_UNIT}?", text)
    if match is None or _figure(match[1]) == 0:
        raise LimitError(
            f"“{typed.strip()}” is not a limit GrantDesk can read. Please type the most it "
            "allows in figures, such as 250, or leave it empty if there is no limit."
        )
    return _figure(match[1]), _unit(match[2]) if match[2] else unit
