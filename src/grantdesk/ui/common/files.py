"""Where files a person saves go by default (names safe on any system: domain/files.py)."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())
