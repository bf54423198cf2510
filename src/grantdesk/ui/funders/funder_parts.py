"""The parts of a funder's record apart from its questions, each a widget that shows its part
and writes it back into a Funder: what the funder is (name, fund, grants, dates) and its rules
(what it asks for besides its questions and its other requirements, then, folded away as
optional, how it counts, its budget and who can apply). The Funders screen and the typing-in of a
form one question at a time both use them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.budget import BudgetModel, format_percent, parse_percent
from grantdesk.domain.dates import parse_date
from grantdesk.domain.funders import AskedParts, Funder
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.money import format_money, parse_money
from grantdesk.domain.organisation import parse_count
from grantdesk.domain.wordcount import CharacterRule, WordRule
from grantdesk.ui.common.language import say, show_date
from grantdesk.ui.common.text_size import fixed_lines
from grantdesk.ui.common.widgets import (
    CheckedLine,
    Fold,
    LineField,
    TextArea,
    WrappingCheckBox,
    add_form_row,
    wrapped,
)
from grantdesk.ui.funders.form_tables import FunderRequirements, list_text, parse_list

RULE_LABELS = {
    WordRule.WHITESPACE: QT_TRANSLATE_NOOP(
        "FundersView", "Every run of letters between spaces is a word"
    ),
    WordRule.HYPHENS_SPLIT: QT_TRANSLATE_NOOP("FundersView", "Hyphens and dashes split words too"),
}
CHARACTER_LABELS = {
    CharacterRule.WEB_FORM: QT_TRANSLATE_NOOP(
        "FundersView", "As a web form counts them (an emoji is 2)"
    ),
    CharacterRule.EACH_CHARACTER: QT_TRANSLATE_NOOP(
        "FundersView", "Each letter, space and emoji once"
    ),
    CharacterRule.WITHOUT_SPACES: QT_TRANSLATE_NOOP(
        "FundersView", "As a web form counts them, without spaces"
    ),
}
MODEL_LABELS = {
    BudgetModel.WHOLE_PROJECT: QT_TRANSLATE_NOOP(
        "FundersView", "The whole project’s costs, with the amount asked and other funding"
    ),
    BudgetModel.ASKED_COSTS: QT_TRANSLATE_NOOP(
        "FundersView", "Only the costs it would pay, and the total cost of the project"
    ),
    BudgetModel.PAID_BY: QT_TRANSLATE_NOOP(
        "FundersView", "Every cost, each marked as paid by this funder or by others"
    ),
}
ASKED_LABELS = {
    "plan": QT_TRANSLATE_NOOP("FundersView", "An outcomes plan (how things are now, and the aim)"),
    "exit_strategy": QT_TRANSLATE_NOOP("FundersView", "An exit strategy (after the funding ends)"),
    "declaration": QT_TRANSLATE_NOOP("FundersView", "A declaration to sign"),
    "paper_copy": QT_TRANSLATE_NOOP("FundersView", "A signed paper copy too"),
}


def combo(labels: dict, current) -> QComboBox:
    """A list to choose from that may be narrower than its longest choice, so the editor fits
    a small screen."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    for value, label in labels.items():
        box.addItem(say(label), value)
    box.setCurrentIndex(box.findData(current))
    return box


class FunderPart(QWidget):
    """A part of the funder's record: `changed` on every edit, `left` on leaving a field."""

    changed = Signal()
    left = Signal()

    def watch(self, *fields: QWidget) -> None:
        for field in fields:
            if isinstance(field, CheckedLine):
                field.value_changed.connect(self.changed)
                field.line.left.connect(self.left)
            elif isinstance(field, QCheckBox):
                field.toggled.connect(self.changed)
            elif isinstance(field, QComboBox):
                field.currentIndexChanged.connect(self.changed)
            else:
                field.textChanged.connect(self.changed)
                field.left.connect(self.left)

    def apply(self, funder: Funder) -> Funder:
        """The funder with this part as it is on screen."""
        raise NotImplementedError


class FunderAbout(FunderPart):
    """What the funder is. Brief, it asks only what an application needs at once: the name,
    the fund, the smallest and largest grant and when the round closes."""

    def __init__(self, funder: Funder, brief: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_field = LineField(funder.name)
        add_form_row(form, self.tr("Funder’s &name"), self.name_field)
        self.fund_field = LineField(funder.fund)
        self.fund_field.setPlaceholderText(self.tr("if it has more than one"))
        add_form_row(form, self.tr("Fund or &programme"), self.fund_field)
        self.funds_field = TextArea()
        self.funds_field.setPlainText(funder.funds_what)
        fixed_lines(self.funds_field, 4)
        add_form_row(form, self.tr("What it fun&ds"), self.funds_field)
        self.priorities_field = TextArea()
        self.priorities_field.setPlainText("\n".join(funder.priorities))
        fixed_lines(self.priorities_field, 5)
        self.priorities_field.setPlaceholderText(self.tr("One priority a line"))
        add_form_row(form, self.tr("Its prio&rities (one a line)"), self.priorities_field)
        self.minimum_field = CheckedLine(self._smallest_grant, format_money, funder.minimum_pence)
        add_form_row(form, self.tr("S&mallest grant"), self.minimum_field)
        self.maximum_field = CheckedLine(self._largest_grant, format_money, funder.maximum_pence)
        add_form_row(form, self.tr("&Largest grant"), self.maximum_field)
        self.opens_field = CheckedLine(parse_date, show_date, funder.opens)
        add_form_row(form, self.tr("Round &opens"), self.opens_field)
        self.closes_field = CheckedLine(parse_date, show_date, funder.closes)
        self.closes_field.line.setPlaceholderText(self.tr("for example 31 March 2027"))
        add_form_row(form, self.tr("Round &closes"), self.closes_field)
        self.contact_field = LineField(funder.contact)
        add_form_row(form, self.tr("Con&tact"), self.contact_field)
        self.notes_field = TextArea()
        self.notes_field.setPlainText(funder.notes)
        fixed_lines(self.notes_field, 3)
        add_form_row(form, self.tr("Not&es"), self.notes_field)
        if brief:
            for field in (
                self.funds_field,
                self.priorities_field,
                self.opens_field,
                self.contact_field,
                self.notes_field,
            ):
                form.setRowVisible(field, False)
        self.watch(
            self.name_field,
            self.fund_field,
            self.funds_field,
            self.priorities_field,
            self.minimum_field,
            self.maximum_field,
            self.opens_field,
            self.closes_field,
            self.contact_field,
            self.notes_field,
        )

    def _smallest_grant(self, text: str) -> int | None:
        """The smallest grant, never more than the largest."""
        smallest = parse_money(text)
        largest = self.maximum_field.value
        if smallest is not None and largest is not None and smallest > largest:
            raise ValueError(
                f"The smallest grant cannot be more than the largest ({format_money(largest)})."
            )
        return smallest

    def _largest_grant(self, text: str) -> int | None:
        largest = parse_money(text)
        smallest = self.minimum_field.value
        if largest is not None and smallest is not None and largest < smallest:
            raise ValueError(
                f"The largest grant cannot be less than the smallest ({format_money(smallest)})."
            )
        return largest

    def apply(self, funder: Funder) -> Funder:
        return replace(
            funder,
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
        )


class FunderRules(FunderPart):
    """What the funder asks for besides its questions and its other requirements, then its
    optional rules, folded away until wanted: how it counts, its budget and who can apply."""

    def __init__(self, funder: Funder, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._asked_box(funder))
        more = QWidget()
        more_layout = QVBoxLayout(more)
        more_layout.setContentsMargins(12, 0, 0, 0)
        more_layout.addWidget(
            wrapped(
                self.tr(
                    "Only if the funder’s guidance sets these. Left as they are, GrantDesk "
                    "counts as most funders do and asks for the whole project’s budget."
                )
            )
        )
        more_layout.addWidget(self._counting_box(funder))
        more_layout.addWidget(self._budget_box(funder))
        more_layout.addWidget(self._eligibility_box(funder))
        self.requirements = FunderRequirements()
        self.requirements.model.set_rows(funder.requirements)
        requirements_box = QGroupBox(self.tr("Its other requirements"))
        QVBoxLayout(requirements_box).addWidget(self.requirements)
        layout.addWidget(requirements_box)
        self.more = Fold(self.tr("More rules (optional)"), more)
        layout.addWidget(self.more)
        self.requirements.model.rows_changed.connect(self.changed)
        self.watch(
            self.declaration_field,
            *self.asked_boxes.values(),
            self.signatories_combo,
            self.rule_combo,
            self.characters_combo,
            self.model_combo,
            self.headings_field,
            self.max_lines_field,
            self.item_length_field,
            self.whole_pounds_box,
            self.management_pence_field,
            self.management_share_field,
            self.management_headings_field,
            self.other_pence_field,
            self.other_share_field,
            self.other_headings_field,
            self.share_field,
            self.one_at_a_time_box,
            self.report_first_box,
            self.months_field,
        )

    def _asked_box(self, funder: Funder) -> QGroupBox:
        box = QGroupBox(self.tr("What it asks for besides its questions"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            wrapped(
                self.tr(
                    "GrantDesk looks for these, and prints them, only where the funder asks "
                    "for them."
                )
            )
        )
        self.asked_boxes = {}
        for name, label in ASKED_LABELS.items():
            check = WrappingCheckBox(say(label))
            check.setChecked(getattr(funder.asks, name))
            form.addRow(check)
            self.asked_boxes[name] = check
        self.declaration_field = TextArea()
        self.declaration_field.setPlainText(funder.declaration)
        fixed_lines(self.declaration_field, 4)
        self.declaration_field.setPlaceholderText(
            self.tr("Leave empty for GrantDesk’s usual declaration")
        )
        add_form_row(form, self.tr("Its own declaration"), self.declaration_field)
        self.signatories_combo = combo(
            {
                1: QT_TRANSLATE_NOOP("FundersView", "One person signs"),
                2: QT_TRANSLATE_NOOP("FundersView", "Two people sign"),
            },
            funder.signatories,
        )
        add_form_row(form, self.tr("Who signs"), self.signatories_combo)
        return box

    def _counting_box(self, funder: Funder) -> QGroupBox:
        box = QGroupBox(self.tr("How it counts"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rule_combo = combo(RULE_LABELS, funder.word_rule)
        add_form_row(form, self.tr("How it counts &words"), self.rule_combo)
        self.characters_combo = combo(CHARACTER_LABELS, funder.character_rule)
        add_form_row(form, self.tr("How it counts c&haracters"), self.characters_combo)
        return box

    def _budget_box(self, funder: Funder) -> QGroupBox:
        rules = funder.budget_rules
        box = QGroupBox(self.tr("Its budget"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.model_combo = combo(MODEL_LABELS, funder.budget_model)
        add_form_row(form, self.tr("How it asks for the &budget"), self.model_combo)
        self.headings_field = LineField(list_text(rules.headings))
        add_form_row(
            form,
            self.tr("Its own budget headings"),
            self.headings_field,
            self.tr("A semicolon between each, for example Staff; Venue; Management"),
        )
        self.max_lines_field = CheckedLine(
            lambda text: parse_count(text, self.tr("lines")), str, rules.max_lines
        )
        add_form_row(form, self.tr("Most budget lines"), self.max_lines_field)
        self.item_length_field = CheckedLine(
            lambda text: parse_count(text, self.tr("characters")), str, rules.max_item_characters
        )
        add_form_row(
            form, self.tr("Longest description of a line (characters)"), self.item_length_field
        )
        self.whole_pounds_box = QCheckBox(self.tr("Whole pounds only"))
        self.whole_pounds_box.setChecked(rules.whole_pounds)
        form.addRow(self.whole_pounds_box)
        self.management_pence_field = CheckedLine(
            parse_money, format_money, rules.management_cap_pence
        )
        add_form_row(
            form, self.tr("Management costs at most (amount)"), self.management_pence_field
        )
        self.management_share_field = CheckedLine(
            parse_percent, format_percent, rules.management_cap_basis_points
        )
        add_form_row(
            form,
            self.tr("Management costs at most (% of the grant)"),
            self.management_share_field,
        )
        self.management_headings_field = LineField(list_text(rules.management_headings))
        add_form_row(
            form, self.tr("Headings that count as management"), self.management_headings_field
        )
        self.other_pence_field = CheckedLine(parse_money, format_money, rules.other_cap_pence)
        add_form_row(form, self.tr("“Other” costs at most (amount)"), self.other_pence_field)
        self.other_share_field = CheckedLine(
            parse_percent, format_percent, rules.other_cap_basis_points
        )
        add_form_row(
            form, self.tr("“Other” costs at most (% of the grant)"), self.other_share_field
        )
        self.other_headings_field = LineField(list_text(rules.other_headings))
        add_form_row(form, self.tr("Headings that count as “other”"), self.other_headings_field)
        self.share_field = CheckedLine(
            parse_percent, format_percent, rules.max_grant_share_basis_points
        )
        add_form_row(form, self.tr("The grant covers at most (% of total cost)"), self.share_field)
        return box

    def _eligibility_box(self, funder: Funder) -> QGroupBox:
        eligibility = funder.eligibility
        box = QGroupBox(self.tr("Who can apply"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.one_at_a_time_box = QCheckBox(self.tr("One grant at a time"))
        self.one_at_a_time_box.setChecked(eligibility.one_grant_at_a_time)
        form.addRow(self.one_at_a_time_box)
        self.report_first_box = QCheckBox(self.tr("The last grant’s final report first"))
        self.report_first_box.setToolTip(
            self.tr("The last grant’s end-of-grant report must be in before applying again")
        )
        self.report_first_box.setChecked(eligibility.report_before_reapplying)
        form.addRow(self.report_first_box)
        self.months_field = CheckedLine(
            lambda text: parse_count(text, self.tr("months")), str, eligibility.max_project_months
        )
        add_form_row(form, self.tr("Longest project (months)"), self.months_field)
        return box

    def apply(self, funder: Funder) -> Funder:
        return replace(
            funder,
            word_rule=self.rule_combo.currentData(),
            character_rule=self.characters_combo.currentData(),
            budget_model=self.model_combo.currentData(),
            budget_rules=replace(
                funder.budget_rules,
                max_lines=self.max_lines_field.value,
                whole_pounds=self.whole_pounds_box.isChecked(),
                management_cap_pence=self.management_pence_field.value,
                management_cap_basis_points=self.management_share_field.value,
                other_cap_pence=self.other_pence_field.value,
                other_cap_basis_points=self.other_share_field.value,
                max_grant_share_basis_points=self.share_field.value,
                headings=parse_list(self.headings_field.text()),
                management_headings=parse_list(self.management_headings_field.text()),
                other_headings=parse_list(self.other_headings_field.text()),
                max_item_characters=self.item_length_field.value,
            ),
            eligibility=replace(
                funder.eligibility,
                one_grant_at_a_time=self.one_at_a_time_box.isChecked(),
                report_before_reapplying=self.report_first_box.isChecked(),
                max_project_months=self.months_field.value,
            ),
            asks=AskedParts(
                **{name: check.isChecked() for name, check in self.asked_boxes.items()}
            ),
            requirements=self.requirements.model.rows,
            declaration=self.declaration_field.toPlainText(),
            signatories=self.signatories_combo.currentData(),
        )
