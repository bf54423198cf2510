"""The top of the home screen, which the window paints first at start."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from grantdesk.ui.common.heading import heading


class HomeFrame(QWidget):
    """The home screen's title and its ways to the funders and the group's profile, and below
    them "Opening your applications…" until the home screen (HomeView) is built around it once
    the data is open. It imports little, so the window paints it at once, while the database
    library loads off the window's thread."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = heading(self.tr("Your applications"), 1.6)
        self.funders_button = QPushButton(self.tr("F&unders"))
        self.funders_button.setToolTip(self.tr("Funders and their forms (Ctrl+Shift+F)"))
        self.profile_button = QPushButton(self.tr("Group &profile"))
        for button in (self.funders_button, self.profile_button):
            button.setEnabled(False)  # until there is something to show
        self.opening = QLabel(self.tr("Opening your applications…"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.funders_button)
        top.addWidget(self.profile_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.opening)
        layout.addStretch(1)

    def opened(self) -> None:
        """The applications are read: the buttons work and the "opening" line goes."""
        for button in (self.funders_button, self.profile_button):
            button.setEnabled(True)
        self.opening.hide()
