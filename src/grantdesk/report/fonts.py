"""The embedded fonts, and text made safe for them: every typed character shows, and one the
font lacks (an emoji, say) becomes a visible description rather than a blank."""

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

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
_SUBDIVISION_FLAG = re.compile(
    "\U0001f3f4([\U000e0061-\U000e007a\U000e0030-\U000e0039]+)\U000e007f"
)
"""A black flag followed by tag letters naming a region ("gbwls"): Wales, Scotland, England."""
_COUNTRY_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
"""Two regional indicator letters: the flag of that country ("GB")."""
_REGIONS = {
    "gbwls": "Wales",
    "gbsct": "Scotland",
    "gbeng": "England",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "EU": "European Union",
}


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
def _needs_attention() -> re.Pattern[str]:
    """Every character that cannot go onto the page as it is: those the font lacks, those
    beyond the Basic Multilingual Plane (reportlab maps their text wrongly, so they could be
    drawn but not copied or searched), control characters and tabs."""
    register_fonts()
    drawable = sorted(
        code
        for code in pdfmetrics.getFont(REGULAR).face.charToGlyph
        if code <= 0xFFFF and unicodedata.category(chr(code)) not in ("Cc", "Cf", "Cs")
    )
    ranges = []
    start = previous = drawable[0]
    for code in drawable[1:]:
        if code != previous + 1:
            ranges.append((start, previous))
            start = code
        previous = code
    ranges.append((start, previous))
    allowed = "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        for low, high in ranges
    )
    return re.compile(f"[^\n{allowed}]")


def printable(text: str) -> str:
    """The text with each character the font cannot show replaced by its name in brackets
    ("[thumbs up sign]"), emoji joiners and skin tones dropped, and other control characters
    (a stray bell from a paste) removed. Tabs become spaces. A flag is named for its place
    ("[flag: Wales]"), not for the black flag it is built on."""
    text = _SUBDIVISION_FLAG.sub(_flag_name, text)
    text = _COUNTRY_FLAG.sub(_flag_name, text)
    return _needs_attention().sub(_substitute, text)


def _flag_name(match: re.Match[str]) -> str:
    if match[0].startswith("\U0001f3f4"):
        code = "".join(chr(ord(tag) - 0xE0000) for tag in match[1])
    else:
        code = "".join(chr(ord(letter) - 0x1F1E6 + ord("A")) for letter in match[0])
    return f"[flag: {_REGIONS.get(code, code.upper())}]"


def _substitute(match: re.Match[str]) -> str:
    character = match[0]
    if character == "\t":
        return "    "
    if (
        character in _INVISIBLE_JOINERS
        or ord(character) in _SKIN_TONES
        or unicodedata.category(character) in ("Cc", "Cf", "Cs")
    ):
        return ""
    return f"[{unicodedata.name(character, 'symbol').lower()}]"


def markup(text: str) -> str:
    """Typed text as safe paragraph markup: every character kept, line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")
