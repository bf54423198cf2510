"""Before printing: what is missing or wrong, each a step away; then save as PDF or print."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from grantdesk.domain.funders import ChecklistItem
from grantdesk.domain.printable import ReadinessProblem
from grantdesk.ui.common.widgets import heading, wrapped


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
        self.setMinimumWidth(560)
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
                        "Choose one and press Enter to go straight to it. You can still print "
                        "or save a draft now: every page will be marked DRAFT."
                    )
                )
            )
        else:
            layout.addWidget(heading(self.tr("Nothing is missing"), 1.2))
            layout.addWidget(wrapped(self.tr("It is ready to print or save as a PDF.")))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Things to put right"))
        self.problems.setWordWrap(True)
        for problem in problems:
            item = QListWidgetItem(QCoreApplication.translate("Readiness", problem.message))
            item.setData(Qt.ItemDataRole.UserRole, problem.page)
            self.problems.addItem(item)
        self.problems.itemActivated.connect(self._fix)
        self.problems.setVisible(bool(problems))
        layout.addWidget(self.problems)

        self.checklist = QListWidget()
        self.checklist.setAccessibleName(self.tr("What the funder also asks for"))
        self.checklist.setWordWrap(True)
        self.checklist.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.checklist.setMaximumHeight(160)
        for item in checklist or []:
            mark = self.tr("Done") if item.done else self.tr("Not yet")
            self.checklist.addItem(
                f"{'✓' if item.done else '☐'}  {QCoreApplication.translate('Checklist', item.text)}"
            )
            self.checklist.item(self.checklist.count() - 1).setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{item.text}: {mark}"
            )
        if checklist:
            layout.addWidget(
                wrapped(
                    self.tr(
                        "The funder also asks for these. Tick them on “About this application” "
                        "when they are done; they do not stop you printing."
                    )
                )
            )
            layout.addWidget(self.checklist)
        self.checklist.setVisible(bool(checklist))

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
            self.problems.setCurrentRow(0)
            self.problems.setFocus()
        else:
            self.print_button.setDefault(True)

    @property
    def draft(self) -> bool:
        return self.draft_box.isChecked()

    def _fix(self, item: QListWidgetItem) -> None:
        self.fix_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        self.reject()
