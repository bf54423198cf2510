"""Every word a person can read is in British English: the text of the program (its
sentences, labels and messages, including those the domain makes and the window translates)
and the example funders and demo group shipped in resources/."""

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import grantdesk

ROOT = Path(grantdesk.__file__).parent
RESOURCES = ROOT.parents[1] / "resources"

US_SPELLINGS = re.compile(
    r"\b(?:"
    r"(?:re)?organiz\w*|colors?\b(?!\s*:)|colored|colorful|center(?:s|ed|ing)?"
    r"|(?<!computer )programs?\b|programed|analyz\w*|favorite\w*|favor(?:s|ed|ing)?"
    r"|honor\w*|behavior\w*|neighbor\w*|labors?\b|(?:a|the|this|your|our|their|its) license"
    r"|defense|offense|catalog(?:s|ed)?\b|dialog\b|gray|enroll(?:s|ed|ment)?\b|fulfills?\b"
    r"|traveled|traveling|canceled|canceling|modeled|modeling|labeled|labeling|counselor"
    r"|meters?\b|liters?\b|mom\b|math\b|zip code|fiscal year|installment|percent\b"
    r"|realiz\w*|recogniz\w*|prioritiz\w*|summariz\w*|apologiz\w*|finaliz\w*|customiz\w*"
    r"|minimiz\w*|maximiz\w*|emphasiz\w*|utiliz\w*|specializ\w*|authoriz\w*|categoriz\w*"
    r"|memoriz\w*|mobiliz\w*|criticiz\w*|standardiz\w*|visualiz\w*|optimiz\w*|stabiliz\w*"
    r"|jewelry|aluminum|pediatric\w*"
    r")",
    re.IGNORECASE,
)
"""US spellings (and US words) a British reader would notice. "color:" in a style sheet is not
read by anyone; "program" is right for a computer program, so a sentence about the computer's
programs (one that names the computer or PDFs) may say it."""
COMPUTER_PROGRAM = re.compile(r"\b(?:computer|PDFs?)\b")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of docstring nodes: read by programmers, not by the people using GrantDesk."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    # A string on its own line after an assignment documents it (an attribute's docstring).
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            found.add(id(node.value))
    return found


def _logged(tree: ast.AST) -> set[int]:
    """The ids of strings written to the log file, for whoever looks into a fault."""
    return {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "log"
        for inner in ast.walk(node)
    }


def program_text(logged: bool = True) -> Iterator[tuple[str, str]]:
    """Every sentence-like string in the program's code (anything with a space in it: names
    and keys have none), with where it is; with what it writes to its log, unless not
    `logged`."""
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _docstrings(tree) | (set() if logged else _logged(tree))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skipped
                and " " in node.value.strip()
            ):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def resource_text() -> Iterator[tuple[str, str]]:
    def strings(value, where):
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, dict):
            for key, inner in value.items():
                yield from strings(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for number, inner in enumerate(value):
                yield from strings(inner, f"{where}[{number}]")

    for path in sorted(RESOURCES.rglob("*.json")):
        yield from strings(json.loads(path.read_text(encoding="utf-8")), path.name)


def us_spellings(texts: Iterator[tuple[str, str]]) -> list[str]:
    return [
        f"{where}: {match.group()!r} in {text[:60]!r}"
        for where, text in texts
        for match in US_SPELLINGS.finditer(text)
        if not (match.group().lower().startswith("program") and COMPUTER_PROGRAM.search(text))
    ]


def test_the_rule_finds_us_spellings_and_lets_british_ones_by():
    found = us_spellings(
        iter(
            [
                ("us", "Our organization's favorite color is centered in the program"),
                ("gb", "Our organisation’s favourite colour is centred in the programme"),
                ("gb", "A computer program and a licence; we are licensed to sell"),
                ("gb", "This computer has no program that opens PDFs"),
                ("css", "color: #000000; background: white"),
            ]
        )
    )
    assert [line.split(": ")[1].split(" in ")[0] for line in found] == [
        "'organization'",
        "'favorite'",
        "'color'",
        "'centered'",
        "'program'",
    ]


def test_no_us_spelling_in_the_programs_words():
    assert us_spellings(program_text()) == []


def test_no_us_spelling_in_the_funders_and_demo_shipped():
    assert us_spellings(resource_text()) == []


STRAIGHT_APOSTROPHE = re.compile(r"\w'\w")
"""An apostrophe typed as ' inside a word ("group's", "don't"), where GrantDesk writes ’."""


def test_the_programs_words_use_the_curly_apostrophe():
    """Every word a person reads (on screen, in the PDF, from the command line) writes "the
    group’s work", as the rest of GrantDesk does, not "the group's work"."""
    straight = [
        f"{where}: {text[:60]!r}"
        for where, text in program_text(logged=False)
        if STRAIGHT_APOSTROPHE.search(text)
    ]
    assert straight == []
