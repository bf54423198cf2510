"""File names made from what people type (an application's title), accepted by every system.

Windows refuses names such as "Con.pdf" or "aux.pdf" whatever follows the dot, and names
ending in a dot or a space; it also refuses <>:"/\\|?* and control characters.
"""

import unicodedata

WINDOWS_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{number}" for port in ("COM", "LPT") for number in "0123456789¹²³"}
)
KEPT_PUNCTUATION = " -_–'’()"
LONGEST = 80
"""Characters, leaving room for the folder and extension in Windows' 260-character paths."""


def file_name_for(title: str, fallback: str = "Application") -> str:
    """The title as a file name without its extension ("Friday Night Safe Space"): letters
    and digits of any language kept, other characters become spaces, runs of spaces one,
    at most LONGEST characters, never empty, and never a name Windows keeps for itself."""
    composed = unicodedata.normalize("NFC", title)  # ŵ typed as w + ˆ stays one letter
    cleaned = "".join(c if c.isalnum() or c in KEPT_PUNCTUATION else " " for c in composed)
    name = " ".join(cleaned.split())[:LONGEST].rstrip()
    if not name:
        return fallback
    if name.upper() in WINDOWS_RESERVED_NAMES:
        return f"{name}_"
    return name
