"""Where files a person saves go by default, and names safe on any system."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def file_name_for(title: str, fallback: str = "Application") -> str:
    """A title made safe as a file name on any system ("Friday Night Safe Space")."""
    cleaned = "".join(c if c.isalnum() or c in " -_–'’()" else " " for c in title)
    return " ".join(cleaned.split())[:80] or fallback
