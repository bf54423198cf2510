"""The first step: what the application is called, who it goes to, how much and by when."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.dates import closing_date_problem, parse_date
from grantdesk.domain.decision import days_from_today
from grantdesk.domain.funders import (
    Funder,
    checklist,
    describe_grant_range,
    eligibility_problems,
)
from grantdesk.domain.money import format_money, parse_money
from grantdesk.ui.common.flow import FlowRow
from grantdesk.ui.common.language import say, show_date
from grantdesk.ui.common.messages import run_command, succeeded
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.widgets import (
    CheckedLine,
    LineField,
    ProblemLabel,
    WrappingCheckBox,
    add_form_row,
    heading,
    wrapped,
)
from grantdesk.ui.funders.funder_dialogs import WholeFormDialog

NOT_LISTED = -1
"""The choice of a funder not yet on this PC, whose form is typed in next."""

if TYPE_CHECKING:
    from grantdesk.ui.guided.application_state import ApplicationState


def grant_range_text(funder: Funder) -> str:
    """The funder's own range, said where it cannot be changed (it belongs to the funder)."""
    grants = describe_grant_range(funder.minimum_pence, funder.maximum_pence)
    return QCoreApplication.translate(
        "DetailsPage", "{range}, from the funder’s record (change it on the Funders screen)"
    ).format(
        range=QCoreApplication.translate("GrantRange", grants)
        if grants
        else QCoreApplication.translate("DetailsPage", "No smallest or largest grant given")
    )


class DetailsPage(StepPage):
    funder_chosen = Signal()
    """The application now follows another funder's form (or the common questions)."""
    form_entry_requested = Signal(int)
    """Type in the form of this funder (its id): a new one, or the one chosen."""

    def __init__(self, state: ApplicationState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        saver = state.saver
        summary = state.summary
        details = self._details = state.details
        funder = self.funder = state.funder

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("About this application"), 1.3))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Give the application a title you will recognise, and say who it is for. "
                    "The funder’s guidance notes give the fund’s name, the smallest and largest "
                    "grants it gives and the closing date. The project’s dates set how many "
                    "years the budget covers (up to five)."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.funder_combo = QComboBox()
        # A funder's long name never widens the page past a small screen.
        self.funder_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.funder_combo.setMinimumContentsLength(20)
        known_as = " – ".join(part for part in (details.funder, details.fund) if part.strip())
        self.funder_combo.addItem(
            self.tr("{funder}: its form is not typed in (the eleven common questions)").format(
                funder=known_as
            )
            if known_as and funder is None
            else self.tr("No funder chosen yet: the eleven common questions"),
            None,
        )
        for known in state.funders:
            self.funder_combo.addItem(known.display_name, known.id)
        if funder is not None and self.funder_combo.findData(funder.id) < 0:
            self.funder_combo.addItem(
                self.tr("{funder} (removed from your funders)").format(funder=funder.display_name),
                funder.id,
            )
        self.funder_combo.addItem(
            self.tr("A funder not listed here: type in its form…"), NOT_LISTED
        )
        self.funder_combo.setCurrentIndex(max(0, self.funder_combo.findData(summary.funder_id)))
        self.funder_combo.activated.connect(self._choose_funder)
        add_form_row(form, self.tr("F&under"), self.funder_combo)
        self.whole_form_button = QPushButton(self.tr("See the whole form…"))
        self.whole_form_button.clicked.connect(self.show_whole_form)
        self.form_entry_button = QPushButton(self.tr("Type in or change its form…"))
        self.form_entry_button.clicked.connect(
            lambda: self.form_entry_requested.emit(self.funder.id)
        )
        self.funder_buttons = FlowRow()
        self.funder_buttons.add(self.whole_form_button)
        self.funder_buttons.add(self.form_entry_button)
        form.addRow("", self.funder_buttons)
        self.funder_notes = wrapped()
        self.funder_notes.setAccessibleName(self.tr("About this funder"))
        self.funder_problems = ProblemLabel()
        layout.addWidget(self.funder_notes)
        layout.addWidget(self.funder_problems)
        self.checklist_box = QGroupBox(self.tr("What this funder also asks for"))
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.checklist_boxes: list[QCheckBox] = []
        layout.addWidget(self.checklist_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.title_field = LineField(details.title)
        self.title_problem = ProblemLabel()
        add_form_row(form, self.tr("Application &title"), self.title_field)
        form.addRow("", self.title_problem)
        self.reference_field = LineField(details.funder_reference)
        self.reference_field.setPlaceholderText(self.tr("if the funder gives one"))
        add_form_row(form, self.tr("Funder’s &reference"), self.reference_field)
        self.amount_field = CheckedLine(parse_money, format_money, details.amount_requested_pence)
        self.amount_field.line.setPlaceholderText(self.tr("for example £4,000"))
        add_form_row(form, self.tr("Amount you are as&king for"), self.amount_field)
        self.closing_field = CheckedLine(parse_date, show_date, details.closing_date)
        self.closing_field.line.setPlaceholderText(
            self.tr("day/month/year, for example 15/01/2027")
        )
        add_form_row(form, self.tr("&Closing date"), self.closing_field)
        self.days_left = wrapped()
        self.days_left.setAccessibleName(self.tr("Days to the closing date"))
        form.addRow("", self.days_left)
        self.closing_problem = ProblemLabel()
        form.addRow("", self.closing_problem)
        self.minimum_field = CheckedLine(parse_money, format_money, details.funder_minimum_pence)
        self.maximum_field = CheckedLine(parse_money, format_money, details.funder_maximum_pence)
        if funder is None:
            add_form_row(form, self.tr("S&mallest grant the fund gives"), self.minimum_field)
            add_form_row(form, self.tr("&Largest grant the fund gives"), self.maximum_field)
        else:
            self.grant_range = wrapped(grant_range_text(funder))
            self.grant_range.setAccessibleName(self.tr("The grants this fund gives"))
            form.addRow(self.tr("Grants"), self.grant_range)
        self.start_field = CheckedLine(parse_date, show_date, details.project_start)
        self.start_field.line.setPlaceholderText(self.tr("day/month/year"))
        add_form_row(form, self.tr("Project st&arts"), self.start_field)
        self.end_field = CheckedLine(parse_date, show_date, details.project_end)
        self.end_field.line.setPlaceholderText(self.tr("day/month/year"))
        add_form_row(form, self.tr("Project &ends"), self.end_field)
        layout.addStretch(1)

        for field in (self.title_field, self.reference_field):
            field.textChanged.connect(self._changed)
            field.left.connect(saver.flush)
        for checked in (
            self.amount_field,
            self.closing_field,
            self.minimum_field,
            self.maximum_field,
            self.start_field,
            self.end_field,
        ):
            checked.value_changed.connect(self._changed)
            checked.line.left.connect(saver.flush)
        self._say_title_problem()
        self._show_funder_notes()
        self._show_days_left()
        self._show_checklist()

    def _choose_funder(self, index: int) -> None:
        funder_id = self.funder_combo.itemData(index)
        if funder_id == NOT_LISTED:
            self.funder_combo.setCurrentIndex(
                max(0, self.funder_combo.findData(self.funder.id if self.funder else None))
            )
            details = self._details
            new_id = run_command(
                self, lambda: self._state.add_funder(Funder(name=details.funder, fund=details.fund))
            )
            if new_id is not None:
                self.form_entry_requested.emit(new_id)
            return
        if succeeded(self, lambda: self._state.choose_funder(funder_id)):
            self.funder_chosen.emit()

    def _show_funder_notes(self) -> None:
        """What to know before writing to this funder: what it funds, what it said last time,
        and any of its eligibility rules the group's history with it would break."""
        self._dates_checked = (self._details.project_start, self._details.project_end)
        funder = self.funder
        self.funder_buttons.setVisible(funder is not None)
        if funder is None:
            self.funder_notes.setText("")
            self.funder_notes.hide()
            self.funder_problems.say("")
            return
        notes = []
        if funder.funds_what:
            notes.append(funder.funds_what)
        last = run_command(self, lambda: self._state.last_feedback(funder.id))
        if last is not None:
            if last.feedback.strip():
                notes.append(
                    self.tr("Last time, this funder said: {feedback}").format(
                        feedback=last.feedback.strip()
                    )
                )
            if last.lessons.strip():
                notes.append(
                    self.tr("What you said you would do differently: {lessons}").format(
                        lessons=last.lessons.strip()
                    )
                )
        self.funder_notes.setText("\n\n".join(notes))
        self.funder_notes.setVisible(bool(notes))
        history = run_command(self, lambda: self._state.history(funder.id))
        if history is None:
            return
        problems = eligibility_problems(
            funder, history, self._details.project_start, self._details.project_end
        )
        self.funder_problems.say(
            "\n".join(QCoreApplication.translate("Eligibility", problem) for problem in problems)
        )

    def _show_checklist(self) -> None:
        """The funder's requirements that no check can see, for the amount asked, to tick off;
        the list follows the amount as it is typed."""
        self._checked_amount = self._details.amount_requested_pence
        items = checklist(self.funder, self._checked_amount, self._state.requirements_done)
        for box in self.checklist_boxes:
            self.checklist_layout.removeWidget(box)
            box.deleteLater()
        self.checklist_boxes = []
        for item in items:
            box = WrappingCheckBox(
                QCoreApplication.translate("Checklist", item.text).replace("&", "&&")
            )
            box.setChecked(item.done)
            box.setProperty("key", item.key)
            box.toggled.connect(self._ticked)
            self.checklist_layout.addWidget(box)
            self.checklist_boxes.append(box)
        self.checklist_box.setVisible(bool(items))

    def _ticked(self) -> None:
        shown = {box.property("key"): box.isChecked() for box in self.checklist_boxes}
        kept = [key for key in self._state.requirements_done if key not in shown]
        self._state.save_requirements_done((*kept, *(key for key, done in shown.items() if done)))

    def _show_days_left(self) -> None:
        closing, today = self._details.closing_date, date.today()
        problem = closing_date_problem(closing, today)
        self.closing_problem.say(say(problem))
        self.days_left.setText(
            self.tr("The closing date is {when}.").format(when=say(days_from_today(closing, today)))
            if closing is not None and not problem
            else ""
        )
        self.days_left.setVisible(bool(self.days_left.text()))

    def show_whole_form(self) -> None:
        if self.funder is not None:
            WholeFormDialog(self.funder, self).exec()

    def _changed(self) -> None:
        self._details = replace(
            self._details,
            title=self.title_field.text(),
            funder_reference=self.reference_field.text(),
            amount_requested_pence=self.amount_field.value,
            closing_date=self.closing_field.value,
            funder_minimum_pence=self.minimum_field.value,
            funder_maximum_pence=self.maximum_field.value,
            project_start=self.start_field.value,
            project_end=self.end_field.value,
        )
        self._state.save_details(self._details)
        self._say_title_problem()
        self._show_days_left()
        dates = (self._details.project_start, self._details.project_end)
        if dates != self._dates_checked:
            self._show_funder_notes()
        if self._details.amount_requested_pence != self._checked_amount:
            self._show_checklist()
        self.state_changed.emit()

    def _say_title_problem(self) -> None:
        self.title_problem.say(
            ""
            if self._details.title.strip()
            else self.tr("Please give the application a title, so you can find it again later.")
        )

    @property
    def details(self) -> ApplicationDetails:
        return self._details

    @staticmethod
    def step_title() -> str:
        return QCoreApplication.translate("DetailsPage", "About this application")

    def state(self) -> StepState:
        return self.state_of(self._details)

    @staticmethod
    def state_of(details: ApplicationDetails) -> StepState:
        return StepState.DONE if details.title.strip() else StepState.NEEDS_ATTENTION

    def first_field(self) -> QWidget:
        return self.title_field
