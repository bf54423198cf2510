"""Before printing: what is missing or wrong, each a step away; then save as PDF or print."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.funders import ChecklistItem
from grantdesk.domain.printable import ReadinessProblem
from grantdesk.ui.common.language import say
from grantdesk.ui.common.text_size import minimum_characters
from grantdesk.ui.common.widgets import LinkButton, heading, wrapped


class PrintDialog(QDialog):
    fix_requested = Signal(str)
    """The page to go to, to put a problem right."""

    SAVE, PRINT = 1, 2

    def __init__(
        self,
        problems: list[ReadinessProblem],
        checklist: list[ChecklistItem] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print or save as PDF"))
        minimum_characters(self, 103)
        layout = QVBoxLayout(self)
        if problems:
            layout.addWidget(
                heading(
                    self.tr("{n} things to put right before you send it").format(n=len(problems))
                    if len(problems) > 1
                    else self.tr("One thing to put right before you send it"),
                    1.2,
                )
            )
            layout.addWidget(
                wrapped(
                    self.tr(
                        "Choose one to go straight to it. You can still print or save a draft "
                        "now: every page will be marked DRAFT."
                    )
                )
            )
        else:
            layout.addWidget(heading(self.tr("Nothing is missing"), 1.2))
            layout.addWidget(wrapped(self.tr("It is ready to print or save as a PDF.")))
        self.problem_buttons = [
            self._link(say(problem.message), problem.page) for problem in problems
        ]
        if problems:
            layout.addWidget(self._list(self.problem_buttons, self.tr("Things to put right")))

        self.checklist_buttons = [
            self._link(
                QCoreApplication.translate("Checklist", item.text),
                "details",
                "✓" if item.done else "☐",
                self.tr("done") if item.done else self.tr("not yet"),
            )
            for item in checklist or []
        ]
        if checklist:
            layout.addWidget(
                wrapped(
                    self.tr(
                        "The funder also asks for these. Tick them on “About this application” "
                        "when they are done; they do not stop you printing."
                    )
                )
            )
            layout.addWidget(
                self._list(self.checklist_buttons, self.tr("What the funder also asks for"))
            )

        self.draft_box = QCheckBox(self.tr("Mark every page &DRAFT"))
        self.draft_box.setChecked(bool(problems))
        self.draft_box.setEnabled(not problems)
        layout.addWidget(self.draft_box)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button = QPushButton(self.tr("&Print"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.done(self.SAVE))
        self.print_button.clicked.connect(lambda: self.done(self.PRINT))
        layout.addWidget(buttons)
        if problems:
            self.problem_buttons[0].setFocus()
        else:
            self.print_button.setDefault(True)

    def _link(self, text: str, page: str, mark: str = "•", state: str = "") -> LinkButton:
        link = LinkButton(text, mark)
        if state:
            link.setAccessibleName(f"{text}: {state}")
        link.clicked.connect(lambda: self._fix(page))
        return link

    def _list(self, links: list[LinkButton], name: str) -> QScrollArea:
        """The items one under another, scrolling only if there are more than fit."""
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(2)
        for link in links:
            holder_layout.addWidget(link)
        holder_layout.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(holder)
        area.setAccessibleName(name)
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        # At the dialog's width, and never less than the items need one under another (the
        # layout's heightForWidth leaves out their spacing, so four items scrolled by 2 px).
        wrapped_height = holder.heightForWidth(self.minimumWidth() - 30)
        needed = max(wrapped_height, holder.minimumSizeHint().height()) + 6
        area.setMaximumHeight(min(needed, screen // 2))
        area.setMinimumHeight(min(needed, screen // 4))
        return area

    @property
    def draft(self) -> bool:
        return self.draft_box.isChecked()

    def _fix(self, page: str) -> None:
        self.fix_requested.emit(page)
        self.reject()
