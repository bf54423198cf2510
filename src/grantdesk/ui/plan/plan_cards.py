"""The plan as an interview: one card per need and one per change the group hopes for, each
asking in plain words, with one gentle next step beside what is being typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.organisation import parse_count
from grantdesk.domain.plan import (
    METHODS,
    Direction,
    Need,
    Outcome,
    Plan,
    need_next_step,
    outcome_next_step,
)
from grantdesk.ui.common.colours import Panel, panel_style, styled
from grantdesk.ui.common.language import say
from grantdesk.ui.common.text_size import fixed_lines, maximum_characters
from grantdesk.ui.common.widgets import (
    CheckedLine,
    LineField,
    TextArea,
    add_form_row,
    suggest_without_replacing,
    tab_after,
    wrapped,
)

NEXT_STEP_STYLE = panel_style(Panel.NEXT_STEP, "padding: 4px 6px; font-style: italic;")


def text_of(field: LineField | TextArea) -> str:
    return field.toPlainText() if isinstance(field, TextArea) else field.text()


def need_label(plan: Plan, need: Need) -> str:
    """How a need is named in a list: what is counted, its problem, or its place."""
    return (
        need.counted
        or need.problem
        or QCoreApplication.translate("PlanCards", "Need {n}").format(n=plan.needs.index(need) + 1)
    )


class Card(QGroupBox):
    """One need or one change: `edited` with the item as it now stands."""

    edited = Signal(object)
    remove_requested = Signal()

    def __init__(self, remove_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.next_step = wrapped()
        styled(self.next_step, NEXT_STEP_STYLE)
        self.next_step.setAccessibleName(QCoreApplication.translate("PlanCards", "Next step"))
        self.next_step.hide()
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.remove_button.clicked.connect(self.remove_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_step, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)
        self._step = ""

    def text_row(
        self, label: str, placeholder: str = "", wraps: bool = False
    ) -> LineField | TextArea:
        """A question on the card; one whose answer runs long wraps over two lines."""
        field: LineField | TextArea
        if wraps:
            field = TextArea()
            fixed_lines(field, 2)
        else:
            field = LineField()
        field.setPlaceholderText(placeholder)
        field.textChanged.connect(self._changed)
        self.add_row(label, field)
        return field

    def add_row(self, label: str, field: QWidget) -> None:
        """A question on the card, before the card's remove button in Tab's order."""
        add_form_row(self.form, label, field)
        tab_after(field, self.remove_button)

    def set_text(self, field: LineField | TextArea, text: str) -> None:
        """Show a saved value; the box being typed in already holds it, so is left alone."""
        if text_of(field) != text:
            field.blockSignals(True)
            if isinstance(field, TextArea):
                field.setPlainText(text)
            else:
                field.setText(text)
            field.blockSignals(False)

    def say_next_step(self, step: str, shown: bool) -> None:
        self._step = step
        self.next_step.setText(
            QCoreApplication.translate("PlanCards", "Next: {step}").format(step=step)
            if step
            else ""
        )
        self.next_step.setVisible(shown and bool(step))

    @property
    def step(self) -> str:
        return self._step

    def _changed(self) -> None:
        raise NotImplementedError


class NeedCard(Card):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PlanCards", "Remove this need"), parent)
        self._need = Need()
        self.problem = self.text_row(
            QCoreApplication.translate("PlanCards", "What is the problem?"),
            QCoreApplication.translate(
                "PlanCards", "for example nothing for teenagers to do on Fridays"
            ),
            wraps=True,
        )
        self.who = self.text_row(
            QCoreApplication.translate("PlanCards", "Who has it?"),
            QCoreApplication.translate("PlanCards", "for example young people aged 11–17"),
        )
        self.how_many = CheckedLine(
            lambda text: parse_count(
                text, QCoreApplication.translate("PlanCards", "people or things")
            ),
            lambda n: f"{n:,}",
            None,
        )
        maximum_characters(self.how_many, 23)
        self.how_many.value_changed.connect(self._changed)
        self.add_row(QCoreApplication.translate("PlanCards", "How many?"), self.how_many)
        self.measure = self.text_row(
            QCoreApplication.translate("PlanCards", "What do you count?"),
            QCoreApplication.translate("PlanCards", "for example reports of anti-social behaviour"),
        )
        self.severity = self.text_row(
            QCoreApplication.translate("PlanCards", "How bad is it?"),
            QCoreApplication.translate("PlanCards", "if you can say"),
        )
        self.evidence = self.text_row(
            QCoreApplication.translate("PlanCards", "How do you know?"),
            QCoreApplication.translate(
                "PlanCards", "local figures, a survey, what people have told you"
            ),
            wraps=True,
        )

    def show_need(self, need: Need, number: int) -> None:
        self._need = need
        self.setTitle(QCoreApplication.translate("PlanCards", "Need {n}").format(n=number))
        for field, text in (
            (self.problem, need.problem),
            (self.who, need.who),
            (self.measure, need.measure),
            (self.severity, need.severity),
            (self.evidence, need.evidence),
        ):
            self.set_text(field, text)
        if self.how_many.value != need.how_many and not self.how_many.line.hasFocus():
            self.how_many.set_value(need.how_many)

    def first_field(self) -> QWidget:
        return self.problem

    def next_step_for(self, _plan: Plan, _row: int) -> str:
        return need_next_step(self._need)

    def _changed(self) -> None:
        self._need = replace(
            self._need,
            problem=text_of(self.problem),
            who=self.who.text(),
            how_many=self.how_many.value,
            measure=self.measure.text(),
            severity=self.severity.text(),
            evidence=text_of(self.evidence),
        )
        self.edited.emit(self._need)


class OutcomeCard(Card):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PlanCards", "Remove this change"), parent)
        self._loading = True
        self._outcome = Outcome()
        self.change = self.text_row(
            QCoreApplication.translate("PlanCards", "What will change for people?"),
            QCoreApplication.translate(
                "PlanCards", "for example young people feel safer in the town centre"
            ),
            wraps=True,
        )
        self.need_combo = QComboBox()
        # A need is a sentence: the list shows it whole, the box only what fits its room.
        self.need_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.need_combo.setMinimumContentsLength(20)
        self.need_combo.activated.connect(self._changed)
        self.add_row(
            QCoreApplication.translate("PlanCards", "Which need does it answer?"), self.need_combo
        )
        self.indicator = self.text_row(
            QCoreApplication.translate("PlanCards", "How will you know?"),
            QCoreApplication.translate(
                "PlanCards",
                "the same count as for the need: for example reports on Fridays",
            ),
            wraps=True,
        )
        self.baseline = self.text_row(
            QCoreApplication.translate("PlanCards", "How is it now?"),
            QCoreApplication.translate("PlanCards", "for example 63 reports a year"),
        )
        self.target = self.text_row(
            QCoreApplication.translate("PlanCards", "What do you hope for by the end?"),
            QCoreApplication.translate("PlanCards", "for example 47 reports or fewer"),
        )
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(
            QCoreApplication.translate("PlanCards", "Please choose…"), Direction.NOT_SAID
        )
        for direction in (Direction.MORE_IS_BETTER, Direction.LESS_IS_BETTER):
            self.direction_combo.addItem(say(direction.label), direction)
        self.direction_combo.activated.connect(self._changed)
        self.add_row(
            QCoreApplication.translate("PlanCards", "Should this number go up or down?"),
            self.direction_combo,
        )
        self.method_combo = QComboBox()
        self.method_combo.setEditable(True)
        methods = [say(method) for method in METHODS]
        self.method_combo.addItems(methods)
        suggest_without_replacing(self.method_combo, methods)
        self.method_combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("PlanCards", "choose, or type your own")
        )
        self.method_combo.setCurrentIndex(-1)
        self.method_combo.currentTextChanged.connect(self._changed)
        self.add_row(
            QCoreApplication.translate("PlanCards", "How will you find out?"), self.method_combo
        )
        self.when = self.text_row(
            QCoreApplication.translate("PlanCards", "When will you check?"),
            QCoreApplication.translate(
                "PlanCards", "for example at the start and every three months"
            ),
            wraps=True,
        )
        self._loading = False

    def show_outcome(self, outcome: Outcome, plan: Plan, number: int) -> None:
        self._loading = True
        self._outcome = outcome
        self.setTitle(QCoreApplication.translate("PlanCards", "Change {n}").format(n=number))
        for field, text in (
            (self.change, outcome.change),
            (self.indicator, outcome.indicator),
            (self.baseline, outcome.baseline),
            (self.target, outcome.target),
            (self.when, outcome.when),
        ):
            self.set_text(field, text)
        choices = [("", QCoreApplication.translate("PlanCards", "Please choose…"))] + [
            (need.key, need_label(plan, need)) for need in plan.needs
        ]
        shown = [
            (self.need_combo.itemData(n), self.need_combo.itemText(n))
            for n in range(self.need_combo.count())
        ]
        if shown != choices:
            self.need_combo.clear()
            for key, label in choices:
                self.need_combo.addItem(label, key)
        self.need_combo.setCurrentIndex(max(0, self.need_combo.findData(outcome.need_key)))
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(outcome.direction))
        if self.method_combo.currentText() != outcome.method:
            self.method_combo.setEditText(outcome.method)
        self._loading = False

    def first_field(self) -> QWidget:
        return self.change

    def next_step_for(self, plan: Plan, row: int) -> str:
        return outcome_next_step(plan, row)

    def _changed(self) -> None:
        if self._loading:
            return
        self._outcome = replace(
            self._outcome,
            change=text_of(self.change),
            need_key=self.need_combo.currentData() or "",
            indicator=text_of(self.indicator),
            baseline=self.baseline.text(),
            target=self.target.text(),
            direction=self.direction_combo.currentData(),
            method=self.method_combo.currentText(),
            when=text_of(self.when),
        )
        self.edited.emit(self._outcome)
