import string
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.domain.files import LONGEST, WINDOWS_RESERVED_NAMES, file_name_for

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(code) for code in range(32)}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Friday Night Safe Space", "Friday Night Safe Space"),
        ("Maes-y-Dŵr Youth Drop-In (2027)", "Maes-y-Dŵr Youth Drop-In (2027)"),
        ("Tŷ’r Gymuned: phase 2/3", "Tŷ’r Gymuned phase 2 3"),
        ("Con", "Con_"),
        ("aux", "aux_"),
        ("  PRN.  ", "PRN_"),
        ("nul.txt", "nul txt"),
        ("LPT1", "LPT1_"),
        ("com9", "com9_"),
        ("COM¹", "COM¹_"),
        ("Console club", "Console club"),
        ("COM10", "COM10"),
        ("Summer trip...", "Summer trip"),
        ("", "Application"),
        ("???", "Application"),
        ("🎉", "Application"),
    ],
)
def test_titles_become_names_windows_accepts(title: str, name: str):
    assert file_name_for(title) == name


def test_the_fallback_can_be_said_in_another_language():
    assert file_name_for("", fallback="Cais") == "Cais"


def test_a_long_title_is_cut_without_a_trailing_space():
    title = "A very long title " * 10
    name = file_name_for(title)
    assert len(name) <= LONGEST
    assert name == name.rstrip()
    assert title.startswith(name)


def test_a_letter_typed_with_a_separate_accent_stays_one_letter():
    decomposed = unicodedata.normalize("NFD", "Tŷ Ŵyn")
    assert file_name_for(decomposed) == "Tŷ Ŵyn"


@given(st.text())
def test_every_title_gives_a_name_every_system_accepts(title: str):
    name = file_name_for(title)
    assert 0 < len(name) <= LONGEST
    assert not WINDOWS_FORBIDDEN & set(name)
    assert name == name.strip()
    assert not name.endswith(".")
    assert name.split(".")[0].upper() not in WINDOWS_RESERVED_NAMES
    assert len(f"{name}.pdf".encode()) <= 255  # the longest name Linux and macOS allow


@given(st.text())
def test_a_name_made_safe_stays_the_same(title: str):
    name = file_name_for(title)
    assert file_name_for(name) == name


@given(st.text(alphabet=string.ascii_letters + string.digits + "ŵŷâ ", max_size=60))
def test_plain_words_are_kept_as_typed(title: str):
    name = file_name_for(title)
    words = " ".join(title.split())
    assert name in (words, f"{words}_") or (not words and name == "Application")


@given(st.sampled_from(sorted(WINDOWS_RESERVED_NAMES)), st.sampled_from([str.lower, str.title]))
def test_reserved_names_in_any_case_are_changed(reserved: str, case):
    assert file_name_for(case(reserved)).upper() not in WINDOWS_RESERVED_NAMES
