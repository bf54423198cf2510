"""The notice shown above every screen when the data folder cannot be written to."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from grantdesk.ui.common.colours import problem_style, styled
from grantdesk.ui.common.widgets import wrapped


class ReadOnlyNotice(QFrame):
    copy_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = wrapped(
            self.tr(
                "Changes cannot be saved here: the folder GrantDesk keeps your work in ({folder}) "
                "cannot be written to. You can still read and print everything. To carry on "
                "working, save a copy to take away and open it in GrantDesk on another "
                "computer, or ask whoever looks after this one to check the folder."
            ).format(folder=folder)
        )
        styled(self.label, problem_style)
        self.setAccessibleName(self.label.text())
        self.button = QPushButton(self.tr("Save a copy to take &away…"))
        self.button.clicked.connect(self.copy_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
