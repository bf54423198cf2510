"""Small windows the home screen opens: starting an application, and the bin."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
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
from grantdesk.domain.dates import closing_date_problem, parse_date
from grantdesk.domain.funders import Funder
from grantdesk.domain.money import format_money, parse_money
from grantdesk.ui.common.language import show_date
from grantdesk.ui.common.text_size import minimum_characters
from grantdesk.ui.common.wheel import guard_wheel
from grantdesk.ui.common.widgets import CheckedLine, LineField, ProblemLabel, add_form_row, wrapped
from grantdesk.ui.home.application_table import saved_text

NOT_LISTED = -1
"""The new application's funder is not on this PC yet: its form is typed in next."""
NO_FUNDER = 0
"""No funder (yet): the application follows the eleven common questions."""


class NewApplicationDialog(QDialog):
    """Ask for a title (the one thing an application must have), the funder (one of those on
    this PC, one not listed, whose form is typed in next, or none yet) and what else is known."""

    def __init__(self, funders: list[Funder], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a new application"))
        minimum_characters(self, 80)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr("Give it a title and say who it is for. You can fill in the rest later.")
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.title_field = LineField()
        self.title_field.setPlaceholderText(self.tr("for example Friday Night Safe Space"))
        self.title_field.textChanged.connect(self._say_title_problem)
        self.title_problem = ProblemLabel()
        self.funder_combo = QComboBox()
        self.funder_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.funder_combo.setMinimumContentsLength(30)
        self.funder_combo.addItem(self.tr("Please choose…"), None)
        for funder in sorted(funders, key=lambda known: known.display_name.casefold()):
            self.funder_combo.addItem(funder.display_name, funder.id)
        self.funder_combo.addItem(
            self.tr("A funder not listed here (you type in its form next)"), NOT_LISTED
        )
        self.funder_combo.addItem(
            self.tr("Not decided yet (the eleven common questions)"), NO_FUNDER
        )
        self.funder_combo.currentIndexChanged.connect(self._funder_chosen)
        self.funder_problem = ProblemLabel()
        self.name_field = LineField()
        self.name_field.setPlaceholderText(self.tr("for example Dyffryn Community Foundation"))
        self.name_field.textChanged.connect(lambda: self.funder_problem.say(""))
        self.fund_field = LineField()
        self.fund_field.setPlaceholderText(self.tr("if it has more than one"))
        self.amount_field = CheckedLine(parse_money, format_money, None)
        self.amount_field.line.setPlaceholderText(self.tr("for example £4,800"))
        self.closing_field = CheckedLine(parse_date, show_date, None)
        self.closing_field.line.setPlaceholderText(self.tr("for example 31 March 2027"))
        self.closing_field.value_changed.connect(self._say_closing_problem)
        self.closing_problem = ProblemLabel()
        for text, field in (
            (self.tr("Application &title"), self.title_field),
            (self.tr("F&under"), self.funder_combo),
            (self.tr("Funder’s &name"), self.name_field),
            (self.tr("Fund or &programme"), self.fund_field),
            (self.tr("&Amount you will ask for"), self.amount_field),
            (self.tr("&Closing date"), self.closing_field),
        ):
            add_form_row(form, text, field)
            problem = {
                self.title_field: self.title_problem,
                self.funder_combo: self.funder_problem,
                self.closing_field: self.closing_problem,
            }.get(field)
            if problem is not None:
                form.addRow("", problem)
        self._form = form
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Start writing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._funder_chosen()
        guard_wheel(self)

    @property
    def funder_choice(self) -> int | None:
        """A funder's id, NOT_LISTED, NO_FUNDER, or None while nothing is chosen."""
        return self.funder_combo.currentData()

    def _funder_chosen(self) -> None:
        new = self.funder_choice == NOT_LISTED
        for field in (self.name_field, self.fund_field):
            self._form.setRowVisible(field, new)
        if self.funder_choice is not None:
            self.funder_problem.say("")
        self.start_button.setText(
            self.tr("&Next: type in its form") if new else self.tr("&Start writing")
        )

    def _say_title_problem(self) -> None:
        if self.title_field.text().strip():
            self.title_problem.say("")

    def _say_closing_problem(self) -> None:
        self.closing_problem.say(
            QCoreApplication.translate(
                "Dates", closing_date_problem(self.closing_field.value, date.today())
            )
        )

    def accept(self) -> None:
        if not self.title_field.text().strip():
            self.title_problem.say(
                self.tr("Please type a title for the application, so you can find it again.")
            )
            self.title_field.setFocus()
            return
        if self.funder_choice is None:
            self.funder_problem.say(
                self.tr("Please choose the funder, or “Not decided yet” if you do not know.")
            )
            self.funder_combo.setFocus()
            return
        if self.funder_choice == NOT_LISTED and not self.name_field.text().strip():
            self.funder_problem.say(self.tr("Please type the funder’s name."))
            self.name_field.setFocus()
            return
        super().accept()

    def new_funder(self) -> Funder:
        """The funder not listed, as far as it is known yet."""
        return Funder(name=self.name_field.text().strip(), fund=self.fund_field.text().strip())

    def details(self) -> ApplicationDetails:
        return ApplicationDetails(
            title=self.title_field.text().strip(),
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
        minimum_characters(self, 80)
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
        minimum_characters(self, 80)
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
        """A funder's id, NO_FUNDER, or None for the same funder as before."""
        return self.funder_combo.currentData()
