"""A pseudo-translation: every word in the catalogue wrapped in ⟦…⟧, so any text on screen or
on paper that is not wrapped did not come through the catalogue."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from grantdesk.domain.dates import WELSH_MONTHS

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "grantdesk_cy.ts"
OPEN, CLOSE = "⟦", "⟧"
_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def build_pseudo_catalogue(folder: Path) -> Path:
    """grantdesk_cy.ts with every source wrapped, compiled by lrelease; returns the .qm."""
    tree = ET.parse(CATALOGUE)
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        wrapped = f"{OPEN}{source}{CLOSE}"
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = wrapped
        else:
            translation.text = wrapped
    pseudo = folder / "grantdesk_pseudo.ts"
    tree.write(pseudo, encoding="utf-8", xml_declaration=True)
    compiled = folder / "grantdesk_pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", pseudo, "-qm", compiled], check=True)
    return compiled


def untranslated_part(text: str, own_words: list[str]) -> str:
    """What is left of a text once the catalogue's words, the group's own words, numbers and
    Welsh month names are taken out: letters left over are English that escaped the catalogue."""
    if text.strip() in own_words:
        return ""
    text = text.replace("&&", "＆").replace("&", "")  # keyboard shortcut marks
    previous = None
    while previous != text:  # wrapped words may hold wrapped words
        previous, text = text, _WRAPPED.sub(" ", text)
    for words in own_words:
        if len(words) > 12:  # short ones ("Staff", "yes") could hide words of GrantDesk's own
            text = text.replace(words, " ")
    for month in WELSH_MONTHS:
        text = text.replace(month, " ")
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)  # rich text's tags and entities
    return " ".join(re.findall(r"[^\W\d_]{2,}", text))
