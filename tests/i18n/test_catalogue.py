"""The catalogue matches the code, and Welsh dates are read and written."""

import ast
import importlib.util
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.dates import parse_date
from grantdesk.domain.months import format_date
from tests.i18n.pseudo import CATALOGUE, ROOT


def _messages(catalogue: Path) -> set[tuple[str, str, bool]]:
    return {
        (context.findtext("name"), message.findtext("source"), message.get("numerus") == "yes")
        for context in ET.parse(catalogue).iter("context")
        for message in context.iter("message")
    }


def test_the_welsh_catalogue_holds_exactly_the_words_in_the_code(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "installer/translations.py"
    )
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    (fresh,) = translations.update(tmp_path)
    missing = _messages(fresh) - _messages(CATALOGUE)
    gone = _messages(CATALOGUE) - _messages(fresh)
    assert not missing and not gone, (
        "resources/i18n/grantdesk_cy.ts is out of date: run installer/translations.py\n"
        f"new in the code: {sorted(missing)[:10]}\nno longer in the code: {sorted(gone)[:10]}"
    )


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_a_date_written_in_welsh_reads_back(day):
    assert parse_date(format_date(day, "cy")) == day


def test_welsh_dates_are_read_as_people_write_them():
    today = date(2026, 12, 1)
    assert format_date(date(2027, 3, 1), "cy") == "1 Mawrth 2027"
    assert parse_date("15 Ionawr 2027", today) == date(2027, 1, 15)
    assert parse_date("dydd Mawrth 16 Mawrth 2027", today) == date(2027, 3, 16)
    assert parse_date("1af o Fawrth 2027", today) == date(2027, 3, 1)
    assert parse_date("31 Rhagfyr", today) == date(2026, 12, 31)


def test_every_word_put_into_a_message_about_a_count_is_marked_for_translation():
    """parse_count puts the thing counted ("lines", "months") into its message: a word given
    to it as plain text would stay English in a Welsh message."""
    plain = []
    for path in sorted((ROOT / "src" / "grantdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "parse_count"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
            ):
                plain.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[1].value!r}")
    assert not plain, "Not marked for translation:\n" + "\n".join(plain)
