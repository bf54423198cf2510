"""Headings, bold and larger than the text around them.

Apart from widgets.py, so that the window's first frame (ui/home/home_frame.py) needs no more
of Qt than a label: widgets.py imports Qt's large `Qt` namespace, which takes a while to load.
"""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
