"""Headings, bold and larger than the text around them.

Apart from widgets.py, so that the window's first frame (ui/home/home_frame.py) needs no more
of Qt than a label: widgets.py imports Qt's large `Qt` namespace, which takes a while to load.
"""

from PySide6.QtWidgets import QLabel, QWidget

from grantdesk.ui.common.text_size import scaled_font


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    scaled_font(label, scale, bold=True)  # follows the text size chosen in Settings
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
