"""The last step: sending it, and what happened after, so nothing is forgotten."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from grantdesk.domain.application import ApplicationStatus
from grantdesk.domain.dates import parse_date
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.money import format_money, parse_money
from grantdesk.ui.common.language import say, show_date
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.tables import Column, LinesEditor, LineTableModel, choice_column
from grantdesk.ui.common.text_size import fixed_lines, minimum_lines
from grantdesk.ui.common.widgets import CheckedLine, TextArea, add_form_row, heading, wrapped

if TYPE_CHECKING:
    from grantdesk.ui.guided.decision_state import DecisionState

DONE_LABELS = {
    False: QT_TRANSLATE_NOOP("DecisionPage", "Not yet"),
    True: QT_TRANSLATE_NOOP("DecisionPage", "Sent"),
}


class ReportsEditor(LinesEditor):
    """The monitoring and reporting schedule of a grant: what is due, when, and sent or not."""

    def __init__(self, reports: tuple[ReportDue, ...], parent: QWidget | None = None):
        model = LineTableModel(
            [
                Column(
                    QCoreApplication.translate("DecisionPage", "What is due"),
                    lambda r, _: r.what,
                    lambda r, text: replace(r, what=text),
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("DecisionPage", "Due by"),
                    lambda r, _: show_date(r.due) if r.due else "",
                    lambda r, text: replace(r, due=parse_date(text, month_is_its_last_day=True)),
                ),
                choice_column(
                    QCoreApplication.translate("DecisionPage", "Sent?"),
                    "done",
                    DONE_LABELS,
                    say,
                    QCoreApplication.translate("DecisionPage", "Please choose from the list."),
                ),
            ]
        )
        model.set_rows(reports)
        super().__init__(
            model,
            QCoreApplication.translate("DecisionPage", "Add a re&port"),
            parent,
            remove_text=QCoreApplication.translate("DecisionPage", "Remove report"),
        )
        self.table.setAccessibleName(self.tr("Reports due"))
        minimum_lines(self.table, 10)

    def new_row(self) -> ReportDue:
        return ReportDue()


class DecisionPage(StepPage):
    def __init__(self, state: DecisionState, parent=None):
        super().__init__(parent)
        self._state = state
        saver = state.saver
        self.decision = state.decision
        self.status = state.status
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("After you send it"), 1.3))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Keep a note of what happens: when it went, what the funder decided and "
                    "why, and, if it is successful, the offer and the reports you must send. "
                    "Reports due appear on the home screen so none is missed."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.status_combo = QComboBox()
        for status in ApplicationStatus:
            self.status_combo.addItem(say(status.label), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(self.status))
        add_form_row(form, self.tr("&Where it is now"), self.status_combo)
        decision = self.decision
        self.submitted_field = CheckedLine(parse_date, show_date, decision.submitted_on)
        add_form_row(form, self.tr("Date s&ent"), self.submitted_field)

        self.unsuccessful_box = QGroupBox(self.tr("If it was not successful"))
        unsuccessful = QFormLayout(self.unsuccessful_box)
        unsuccessful.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.feedback_field = TextArea()
        self.feedback_field.setPlainText(decision.feedback)
        fixed_lines(self.feedback_field, 5)
        add_form_row(unsuccessful, self.tr("What the funder sa&id"), self.feedback_field)
        self.lessons_field = TextArea()
        self.lessons_field.setPlainText(decision.lessons)
        fixed_lines(self.lessons_field, 5)
        add_form_row(unsuccessful, self.tr("What we will do &differently"), self.lessons_field)
        unsuccessful.addRow(
            "",
            wrapped(self.tr("GrantDesk shows this the next time you write to this funder.")),
        )
        layout.addWidget(self.unsuccessful_box)

        self.successful_box = QGroupBox(self.tr("If it was successful"))
        successful = QVBoxLayout(self.successful_box)
        offer = QFormLayout()
        offer.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        successful.addLayout(offer)
        self.offer_field = CheckedLine(parse_date, show_date, decision.offer_date)
        add_form_row(offer, self.tr("Date of the &offer"), self.offer_field)
        self.awarded_field = CheckedLine(parse_money, format_money, decision.amount_awarded_pence)
        add_form_row(offer, self.tr("Amount &awarded"), self.awarded_field)
        self.terms_field = TextArea()
        self.terms_field.setPlainText(decision.terms)
        fixed_lines(self.terms_field, 5)
        add_form_row(offer, self.tr("The grant’s &terms and conditions"), self.terms_field)
        self.signed_field = CheckedLine(parse_date, show_date, decision.agreement_signed_on)
        add_form_row(offer, self.tr("Agreement &signed on"), self.signed_field)
        self.reports = ReportsEditor(state.reports)
        successful.addWidget(wrapped(self.tr("Monitoring and reporting schedule")))
        successful.addWidget(self.reports)
        layout.addWidget(self.successful_box)
        layout.addStretch(1)

        self.status_combo.currentIndexChanged.connect(self._status_changed)
        for checked in (
            self.submitted_field,
            self.offer_field,
            self.awarded_field,
            self.signed_field,
        ):
            checked.value_changed.connect(self._changed)
            checked.line.left.connect(saver.flush)
        for area in (self.feedback_field, self.lessons_field, self.terms_field):
            area.textChanged.connect(self._changed)
            area.left.connect(saver.flush)
        self.reports.model.rows_changed.connect(self._reports_changed)
        self._show_parts()

    def _status_changed(self) -> None:
        self.status = self.status_combo.currentData()
        status = self.status
        self._state.set_status(status)
        if status is ApplicationStatus.SUBMITTED and self.submitted_field.value is None:
            self.submitted_field.line.setPlaceholderText(self.tr("the day you sent it"))
        self._show_parts()
        self.state_changed.emit()

    def _changed(self) -> None:
        self.decision = Decision(
            submitted_on=self.submitted_field.value,
            feedback=self.feedback_field.toPlainText(),
            lessons=self.lessons_field.toPlainText(),
            offer_date=self.offer_field.value,
            amount_awarded_pence=self.awarded_field.value,
            terms=self.terms_field.toPlainText(),
            agreement_signed_on=self.signed_field.value,
        )
        self._state.set_decision(self.decision)

    def _reports_changed(self, reports: tuple[ReportDue, ...]) -> None:
        self._state.set_reports(reports)

    def _show_parts(self) -> None:
        self.unsuccessful_box.setVisible(self.status is ApplicationStatus.UNSUCCESSFUL)
        self.successful_box.setVisible(self.status is ApplicationStatus.SUCCESSFUL)

    @staticmethod
    def step_title() -> str:
        return QCoreApplication.translate("DecisionPage", "After you send it")

    def state(self) -> StepState:
        return self.state_of(self.status)

    @staticmethod
    def state_of(status: ApplicationStatus) -> StepState:
        return StepState.NOT_STARTED if status is ApplicationStatus.DRAFT else StepState.DONE

    def first_field(self) -> QWidget:
        return self.status_combo
