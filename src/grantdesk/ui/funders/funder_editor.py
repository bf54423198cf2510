"""One funder's form, limits, counting rule, priorities, budget rules and eligibility, as typed
in; every change is saved as it is typed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.budget import format_percent, parse_percent
from grantdesk.domain.dates import format_date, parse_date
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.money import format_money, parse_money
from grantdesk.domain.organisation import parse_count
from grantdesk.domain.questions import COMMON_QUESTIONS
from grantdesk.domain.wordcount import LimitUnit, WordRule
from grantdesk.ui.common.tables import Column, LinesEditor, LineTableModel, choice_column
from grantdesk.ui.common.widgets import (
    CheckedLine,
    LineField,
    TextArea,
    add_form_row,
    wrapped,
)

if TYPE_CHECKING:
    from grantdesk.ui.funders.funders_state import FundersState

UNIT_LABELS = {LimitUnit.WORDS: "words", LimitUnit.CHARACTERS: "characters"}
RULE_LABELS = {
    WordRule.WHITESPACE: "Every run of letters between spaces is a word",
    WordRule.HYPHENS_SPLIT: "Hyphens and dashes split words too",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FundersView", text)


def covers_text(keys: tuple[str, ...]) -> str:
    numbers = [str(question.number) for question in COMMON_QUESTIONS if question.key in keys]
    return ", ".join(numbers)


def parse_covers(text: str) -> tuple[str, ...]:
    """Read "3, 4" (common question numbers) as the keys of those questions; empty is none."""
    cleaned = text.replace(",", " ").replace(";", " ").split()
    if not cleaned or cleaned == ["none"]:
        return ()
    by_number = {str(question.number): question.key for question in COMMON_QUESTIONS}
    unknown = [part for part in cleaned if part not in by_number]
    if unknown:
        raise ValueError(
            "Please type the numbers of the common questions it asks, from 1 to 11, such as "
            "“3, 4” (or leave it empty if it asks none of them)."
        )
    return tuple(dict.fromkeys(by_number[part] for part in cleaned))


def _whole(text: str, what: str) -> int:
    value = parse_count(text, what)
    if value is None or value < 1:
        raise ValueError(f"Please type the number of {what} as a figure, such as 250.")
    return value


class FunderQuestions(LinesEditor):
    def __init__(self, parent: QWidget | None = None):
        model = LineTableModel(
            [
                Column(
                    _tr("The question, in the funder’s words"),
                    lambda q, _: q.text,
                    lambda q, text: replace(q, text=text),
                    stretch=True,
                ),
                Column(
                    _tr("Guidance note"),
                    lambda q, _: q.guidance,
                    lambda q, text: replace(q, guidance=text),
                    stretch=True,
                ),
                Column(
                    _tr("At most"),
                    lambda q, _: f"{q.maximum:,}",
                    lambda q, text: replace(q, maximum=_whole(text, "words or characters")),
                    right_aligned=True,
                ),
                Column(
                    _tr("At least"),
                    lambda q, _: "" if q.minimum is None else f"{q.minimum:,}",
                    lambda q, text: replace(q, minimum=parse_count(text, "words or characters")),
                    right_aligned=True,
                ),
                choice_column(
                    _tr("Counted in"),
                    "unit",
                    UNIT_LABELS,
                    _tr,
                    "Please choose words or characters.",
                ),
                Column(
                    _tr("Common questions it asks"),
                    lambda q, _: covers_text(q.covers),
                    lambda q, text: replace(q, covers=parse_covers(text)),
                ),
            ]
        )
        super().__init__(model, _tr("Add a &question"), parent, remove_text=_tr("Remove question"))
        self.table.setAccessibleName(self.tr("The funder’s questions"))
        self.table.setMinimumHeight(180)
        self.lines_layout.insertWidget(
            0,
            wrapped(
                self.tr(
                    "Type the questions in the funder’s own words and order. In the last "
                    "column give the numbers of the common questions each one asks, so earlier "
                    "answers can move across: {list}."
                ).format(list="; ".join(f"{q.number} {q.short_title}" for q in COMMON_QUESTIONS))
            ),
        )

    def new_row(self) -> FunderQuestion:
        return FunderQuestion()


class FunderEditor(QWidget):
    """Every field of one funder; changes are saved as they are typed."""

    renamed = Signal(int, str)

    def __init__(self, funder: Funder, state: FundersState, parent=None):
        super().__init__(parent)
        self.funder = funder
        self._state = state
        layout = QVBoxLayout(self)
        about = QFormLayout()
        layout.addLayout(about)
        self.name_field = LineField(funder.name)
        add_form_row(about, self.tr("Funder’s &name"), self.name_field)
        self.fund_field = LineField(funder.fund)
        add_form_row(about, self.tr("Fund or &programme"), self.fund_field)
        self.funds_field = TextArea()
        self.funds_field.setPlainText(funder.funds_what)
        self.funds_field.setFixedHeight(70)
        add_form_row(about, self.tr("What it fun&ds"), self.funds_field)
        self.priorities_field = TextArea()
        self.priorities_field.setPlainText("\n".join(funder.priorities))
        self.priorities_field.setFixedHeight(90)
        self.priorities_field.setPlaceholderText(self.tr("One priority a line"))
        add_form_row(about, self.tr("Its prio&rities (one a line)"), self.priorities_field)
        self.minimum_field = CheckedLine(parse_money, format_money, funder.minimum_pence)
        add_form_row(about, self.tr("S&mallest grant"), self.minimum_field)
        self.maximum_field = CheckedLine(parse_money, format_money, funder.maximum_pence)
        add_form_row(about, self.tr("&Largest grant"), self.maximum_field)
        self.opens_field = CheckedLine(parse_date, format_date, funder.opens)
        add_form_row(about, self.tr("Round &opens"), self.opens_field)
        self.closes_field = CheckedLine(parse_date, format_date, funder.closes)
        add_form_row(about, self.tr("Round &closes"), self.closes_field)
        self.contact_field = LineField(funder.contact)
        add_form_row(about, self.tr("Con&tact"), self.contact_field)
        self.notes_field = TextArea()
        self.notes_field.setPlainText(funder.notes)
        self.notes_field.setFixedHeight(60)
        add_form_row(about, self.tr("Not&es"), self.notes_field)
        self.rule_combo = QComboBox()
        for rule, label in RULE_LABELS.items():
            self.rule_combo.addItem(_tr(label), rule)
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(funder.word_rule))
        add_form_row(about, self.tr("How it counts &words"), self.rule_combo)

        self.questions = FunderQuestions()
        self.questions.model.set_rows(funder.questions)
        form_box = QGroupBox(self.tr("Its form"))
        QVBoxLayout(form_box).addWidget(self.questions)
        layout.addWidget(form_box)

        rules = funder.budget_rules
        rules_box = QGroupBox(self.tr("Its budget rules"))
        rules_form = QFormLayout(rules_box)
        self.max_lines_field = CheckedLine(
            lambda text: parse_count(text, "lines"), str, rules.max_lines
        )
        add_form_row(rules_form, self.tr("Most budget lines"), self.max_lines_field)
        self.whole_pounds_box = QCheckBox(self.tr("Whole pounds only"))
        self.whole_pounds_box.setChecked(rules.whole_pounds)
        rules_form.addRow("", self.whole_pounds_box)
        self.management_pence_field = CheckedLine(
            parse_money, format_money, rules.management_cap_pence
        )
        add_form_row(
            rules_form, self.tr("Management costs at most (amount)"), self.management_pence_field
        )
        self.management_share_field = CheckedLine(
            parse_percent, format_percent, rules.management_cap_basis_points
        )
        add_form_row(
            rules_form,
            self.tr("Management costs at most (% of the grant)"),
            self.management_share_field,
        )
        self.other_pence_field = CheckedLine(parse_money, format_money, rules.other_cap_pence)
        add_form_row(rules_form, self.tr("“Other” costs at most (amount)"), self.other_pence_field)
        self.other_share_field = CheckedLine(
            parse_percent, format_percent, rules.other_cap_basis_points
        )
        add_form_row(
            rules_form, self.tr("“Other” costs at most (% of the grant)"), self.other_share_field
        )
        self.share_field = CheckedLine(
            parse_percent, format_percent, rules.max_grant_share_basis_points
        )
        add_form_row(
            rules_form, self.tr("The grant covers at most (% of total cost)"), self.share_field
        )
        layout.addWidget(rules_box)

        eligibility = funder.eligibility
        eligibility_box = QGroupBox(self.tr("Who can apply"))
        eligibility_form = QFormLayout(eligibility_box)
        self.one_at_a_time_box = QCheckBox(self.tr("One grant at a time"))
        self.one_at_a_time_box.setChecked(eligibility.one_grant_at_a_time)
        eligibility_form.addRow("", self.one_at_a_time_box)
        self.report_first_box = QCheckBox(
            self.tr("The last grant’s end-of-grant report must be in before reapplying")
        )
        self.report_first_box.setChecked(eligibility.report_before_reapplying)
        eligibility_form.addRow("", self.report_first_box)
        self.months_field = CheckedLine(
            lambda text: parse_count(text, "months"), str, eligibility.max_project_months
        )
        add_form_row(eligibility_form, self.tr("Longest project (months)"), self.months_field)
        layout.addWidget(eligibility_box)

        for field in (self.name_field, self.fund_field, self.contact_field):
            field.textChanged.connect(self._changed)
            field.left.connect(state.saver.flush)
        for area in (self.funds_field, self.priorities_field, self.notes_field):
            area.textChanged.connect(self._changed)
            area.left.connect(state.saver.flush)
        for checked in (
            self.minimum_field,
            self.maximum_field,
            self.opens_field,
            self.closes_field,
            self.max_lines_field,
            self.management_pence_field,
            self.management_share_field,
            self.other_pence_field,
            self.other_share_field,
            self.share_field,
            self.months_field,
        ):
            checked.value_changed.connect(self._changed)
            checked.line.left.connect(state.saver.flush)
        for box in (self.whole_pounds_box, self.one_at_a_time_box, self.report_first_box):
            box.toggled.connect(self._changed)
        self.rule_combo.currentIndexChanged.connect(self._changed)
        self.questions.model.rows_changed.connect(self._changed)

    def _changed(self) -> None:
        self.funder = replace(
            self.funder,
            name=self.name_field.text(),
            fund=self.fund_field.text(),
            funds_what=self.funds_field.toPlainText(),
            priorities=tuple(
                line.strip()
                for line in self.priorities_field.toPlainText().splitlines()
                if line.strip()
            ),
            minimum_pence=self.minimum_field.value,
            maximum_pence=self.maximum_field.value,
            opens=self.opens_field.value,
            closes=self.closes_field.value,
            contact=self.contact_field.text(),
            notes=self.notes_field.toPlainText(),
            word_rule=self.rule_combo.currentData(),
            questions=self.questions.model.rows,
            budget_rules=replace(
                self.funder.budget_rules,
                max_lines=self.max_lines_field.value,
                whole_pounds=self.whole_pounds_box.isChecked(),
                management_cap_pence=self.management_pence_field.value,
                management_cap_basis_points=self.management_share_field.value,
                other_cap_pence=self.other_pence_field.value,
                other_cap_basis_points=self.other_share_field.value,
                max_grant_share_basis_points=self.share_field.value,
            ),
            eligibility=replace(
                self.funder.eligibility,
                one_grant_at_a_time=self.one_at_a_time_box.isChecked(),
                report_before_reapplying=self.report_first_box.isChecked(),
                max_project_months=self.months_field.value,
            ),
        )
        funder = self.funder
        self._state.save(funder)
        self.renamed.emit(funder.id, funder.display_name)
