"""The embedded fonts, and text made safe for them: every typed character shows, and one the
font lacks (an emoji, say) becomes a visible description rather than a blank."""

import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from grantdesk.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_INVISIBLE_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}
_SKIN_TONES = range(0x1F3FB, 0x1F400)


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def printable(text: str) -> str:
    """The text with each character the font cannot draw replaced by its name in brackets
    ("[thumbs up sign]"), emoji joiners and skin tones dropped, and other control characters
    (a stray bell from a paste) removed. Tabs become spaces.

    Characters beyond the Basic Multilingual Plane (most emoji) are always named: reportlab
    writes their text mapping wrongly, so they would draw but could not be copied or searched.
    """
    covered = _covered()
    pieces = []
    for character in text.replace("\t", "    "):
        code = ord(character)
        if (code in covered and code <= 0xFFFF) or character == "\n":
            pieces.append(character)
        elif not _is_invisible(character):
            pieces.append(f"[{unicodedata.name(character, 'symbol').lower()}]")
    return "".join(pieces)


def _is_invisible(character: str) -> bool:
    """Joiners, skin tones, control and formatting characters: nothing to show."""
    return (
        character in _INVISIBLE_JOINERS
        or ord(character) in _SKIN_TONES
        or unicodedata.category(character) in ("Cc", "Cf", "Cs")
    )
