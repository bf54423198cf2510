"""Small windows the home screen opens: starting an application, and the bin."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.application import ApplicationDetails, ApplicationSummary, display_title
from grantdesk.domain.dates import format_date, parse_date
from grantdesk.domain.funders import Funder
from grantdesk.domain.money import format_money, parse_money
from grantdesk.ui.common.wheel import guard_wheel
from grantdesk.ui.common.widgets import CheckedLine, LineField, ProblemLabel, add_form_row, wrapped
from grantdesk.ui.home.application_table import saved_text


class NewApplicationDialog(QDialog):
    """Ask for a title (the one thing an application must have) and what else is known."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a new application"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(self.tr("You only need a title to start. You can fill in the rest later."))
        )
        form = QFormLayout()
        layout.addLayout(form)
        self.title_field = LineField()
        self.title_field.setPlaceholderText(self.tr("for example Friday Night Safe Space"))
        self.title_problem = ProblemLabel()
        self.funder_field = LineField()
        self.amount_field = CheckedLine(parse_money, format_money, None)
        self.closing_field = CheckedLine(parse_date, format_date, None)
        self.closing_field.line.setPlaceholderText(self.tr("day/month/year"))
        for text, field in (
            (self.tr("Application &title"), self.title_field),
            (self.tr("&Funder"), self.funder_field),
            (self.tr("&Amount you will ask for"), self.amount_field),
            (self.tr("&Closing date"), self.closing_field),
        ):
            add_form_row(form, text, field)
            if field is self.title_field:
                form.addRow("", self.title_problem)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Start writing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.title_field.text().strip():
            self.title_problem.say(
                self.tr("Please type a title for the application, so you can find it again.")
            )
            self.adjustSize()
            self.title_field.setFocus()
            return
        super().accept()

    def details(self) -> ApplicationDetails:
        return ApplicationDetails(
            title=self.title_field.text().strip(),
            funder=self.funder_field.text().strip(),
            amount_requested_pence=self.amount_field.value,
            closing_date=self.closing_field.value,
        )


class BinDialog(QDialog):
    """Applications moved to the bin, each of which can be put back."""

    def __init__(
        self,
        binned: list[ApplicationSummary],
        restore: Callable[[int], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bin"))
        self.setMinimumWidth(480)
        self._restore_application = restore
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Applications you delete wait here until you restore them. "
                    "Nothing in the bin is lost."
                )
                if binned
                else self.tr("The bin is empty.")
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Applications in the bin"))
        for summary in binned:
            text = self.tr("{title} (last saved {when})").format(
                title=display_title(summary.details.title), when=saved_text(summary.saved_at)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.list.addItem(item)
        layout.addWidget(self.list)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(bool(binned))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if binned:
            self.list.setCurrentRow(0)

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if not self._restore_application(item.data(Qt.ItemDataRole.UserRole)):
            return
        self.list.takeItem(self.list.row(item))
        self.restore_button.setEnabled(self.list.count() > 0)


class CopyDialog(QDialog):
    """Copy for the same funder, or another (answers then move by what each question asks)."""

    def __init__(self, funders: list[Funder], current_funder: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy this application"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "The copy is a new draft; the original stays exactly as it is. For another "
                    "funder, each answer moves to the question on its form that asks the same "
                    "thing, and GrantDesk tells you which answers are now too long."
                )
            )
        )
        form = QFormLayout()
        self.funder_combo = QComboBox()
        self.funder_combo.addItem(self.tr("The same funder"), current_funder)
        self.funder_combo.addItem(self.tr("No funder: the eleven common questions"), NO_FUNDER)
        for funder in funders:
            if funder.id != current_funder:
                self.funder_combo.addItem(funder.display_name, funder.id)
        add_form_row(form, self.tr("The copy is &for"), self.funder_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Make the &copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        guard_wheel(self)

    def chosen_funder(self) -> int | None:
        return self.funder_combo.currentData()


NO_FUNDER = 0
"""The choice of no funder at all in CopyDialog (None means the same funder as before)."""
