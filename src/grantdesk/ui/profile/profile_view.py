"""The group's profile: typed once, used by every application."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.money import format_money, parse_money
from grantdesk.domain.organisation import OrganisationKind, Profile, parse_count, parse_year
from grantdesk.ui.common.language import say
from grantdesk.ui.common.text_size import fixed_lines
from grantdesk.ui.common.widgets import (
    CheckedLine,
    LineField,
    ProblemLabel,
    TextArea,
    add_form_row,
    heading,
    wrapped,
)

if TYPE_CHECKING:
    from grantdesk.ui.profile.profile_state import ProfileState


class ProfileView(QWidget):
    home_requested = Signal()

    def __init__(self, state: ProfileState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self._profile = Profile()

        self.home_button = QPushButton(self.tr("← All applications"))
        self.home_button.setToolTip(self.tr("Back to all your applications (Alt+Home)"))
        self.home_button.clicked.connect(self.home_requested)
        top = QHBoxLayout()
        top.addWidget(self.home_button)
        top.addWidget(heading(self.tr("Your group’s profile"), 1.5), 1)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(
            wrapped(
                self.tr(
                    "Type this once: every application you write will use it. "
                    "Everything is saved as you type."
                )
            )
        )
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        page_layout.addLayout(self.form)
        page_layout.addStretch(1)

        self.fields: dict[str, LineField | TextArea] = {}
        self._text_row("name", self.tr("Group &name"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Please choose…"), None)
        for kind in OrganisationKind:
            self.kind_combo.addItem(say(kind.label), kind)
        self._row(self.tr("&Kind of organisation"), self.kind_combo)
        self._text_row("charity_number", self.tr("C&harity number"))
        self._text_row("company_number", self.tr("Co&mpany number"))
        self._text_row("address", self.tr("&Address"), multi_line=True, lines=5)
        self._text_row("contact_name", self.tr("Main &contact"))
        self._text_row("contact_role", self.tr("Their &role in the group"))
        self._text_row("contact_email", self.tr("&Email"))
        self._text_row("contact_phone", self.tr("&Telephone"))
        self._text_row("activities", self.tr("&What the group actually does"), multi_line=True)
        self.fields["activities"].setPlaceholderText(
            self.tr("What you do week to week, who comes and where – not your mission statement.")
        )
        this_year = date.today().year
        self.year_field = CheckedLine(lambda text: parse_year(text, this_year), str, None)
        self._row(self.tr("&Year the group was set up"), self.year_field)
        self.volunteers_field = CheckedLine(
            lambda text: parse_count(text, self.tr("volunteers")), str, None
        )
        self._row(self.tr("Number of &volunteers"), self.volunteers_field)
        self.staff_field = CheckedLine(
            lambda text: parse_count(text, self.tr("paid staff")), str, None
        )
        self._row(self.tr("Number of &paid staff"), self.staff_field)
        self.income_field = CheckedLine(parse_money, format_money, None)
        self._row(self.tr("&Income last year"), self.income_field)
        self.bank_combo = QComboBox()
        self.bank_combo.addItem(self.tr("Not answered yet"), None)
        self.bank_combo.addItem(self.tr("Yes"), True)
        self.bank_combo.addItem(self.tr("No"), False)
        self._row(self.tr("&Bank account in the group’s name"), self.bank_combo)
        self.bank_problem = ProblemLabel()
        self.form.addRow("", self.bank_problem)

        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroller, 1)

        for field in self.fields.values():
            field.textChanged.connect(self._changed)
            field.left.connect(state.saver.flush)
        for checked in (
            self.year_field,
            self.volunteers_field,
            self.staff_field,
            self.income_field,
        ):
            checked.value_changed.connect(self._changed)
            checked.line.left.connect(state.saver.flush)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.bank_combo.currentIndexChanged.connect(self._changed)

    def _row(self, text: str, field: QWidget) -> None:
        add_form_row(self.form, text, field)

    def _text_row(self, name: str, text: str, multi_line: bool = False, lines: int = 9) -> None:
        field: LineField | TextArea
        if multi_line:
            field = TextArea()
            fixed_lines(field, lines)
        else:
            field = LineField()
        self.fields[name] = field
        self._row(text, field)

    def load(self) -> None:
        """Show the saved profile (raises StoreError if it cannot be read)."""
        profile = self._state.load()
        widgets = [*self.fields.values(), self.kind_combo, self.bank_combo]
        for widget in widgets:
            widget.blockSignals(True)
        for name, field in self.fields.items():
            value = getattr(profile, name)
            if isinstance(field, TextArea):
                field.setPlainText(value)
            else:
                field.setText(value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(profile.kind)))
        self.bank_combo.setCurrentIndex(max(0, self.bank_combo.findData(profile.has_bank_account)))
        for widget in widgets:
            widget.blockSignals(False)
        for checked, value in (
            (self.year_field, profile.year_founded),
            (self.volunteers_field, profile.volunteers),
            (self.staff_field, profile.paid_staff),
            (self.income_field, profile.last_year_income_pence),
        ):
            checked.set_value(value)
        self._profile = profile
        self._show_kind_fields()

    def _changed(self) -> None:
        texts = {
            name: field.toPlainText() if isinstance(field, TextArea) else field.text()
            for name, field in self.fields.items()
        }
        self._profile = replace(
            self._profile,
            **texts,
            kind=self.kind_combo.currentData(),
            year_founded=self.year_field.value,
            volunteers=self.volunteers_field.value,
            paid_staff=self.staff_field.value,
            last_year_income_pence=self.income_field.value,
            has_bank_account=self.bank_combo.currentData(),
        )
        profile = self._profile
        self._state.save(profile)
        self._show_kind_fields()

    def _show_kind_fields(self) -> None:
        kind = self._profile.kind
        for name, shown in (
            ("charity_number", kind is not None and kind.has_charity_number),
            ("company_number", kind is not None and kind.has_company_number),
        ):
            self.form.setRowVisible(self.fields[name], shown)
        self.bank_problem.say(
            self.tr(
                "Most funders can only pay a grant into a bank account in the group’s own name. "
                "If you do not have one yet, ask your local CVS about opening one, or about a "
                "partner who could hold the money for you."
            )
            if self._profile.has_bank_account is False
            else ""
        )

    def first_field(self) -> QWidget:
        return self.fields["name"]
