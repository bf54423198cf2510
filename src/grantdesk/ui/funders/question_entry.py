"""One question of a funder's form, typed in as the funder wrote it: paste the question, say its
limit (or none) and how it counts, and which of the common questions it is most like (chosen
already from its words, so earlier answers move onto it)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.funders import FunderQuestion
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.organisation import parse_count
from grantdesk.domain.question_match import limit_in, most_like, read_limit
from grantdesk.domain.questions import COMMON_QUESTIONS, FigureSource, QuestionKind
from grantdesk.domain.wordcount import LimitUnit
from grantdesk.ui.common.language import say
from grantdesk.ui.common.text_size import fixed_lines, maximum_characters
from grantdesk.ui.common.widgets import (
    CheckedLine,
    Fold,
    LineField,
    TextArea,
    add_form_row,
    heading,
    wrapped,
)
from grantdesk.ui.funders.form_tables import KIND_LABELS, SOURCE_LABELS, UNIT_LABELS, with_kind

NONE_OF_THESE = QT_TRANSLATE_NOOP("QuestionEntry", "None of these: a question of its own")


class QuestionEntry(QWidget):
    """Shows one question at a time (load()); `changed` on every edit, `question` as typed."""

    changed = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._question = FunderQuestion()
        self._limit_by_hand = False
        self._like_by_hand = False
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", 1.2)
        layout.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.text_field = TextArea()
        self.text_field.setPlaceholderText(
            self.tr("Copy the question from the funder’s form or guidance and paste it here")
        )
        fixed_lines(self.text_field, 4)
        add_form_row(form, self.tr("The &question, in the funder’s words"), self.text_field)

        self.kind_combo = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(say(label), kind)
        add_form_row(form, self.tr("What &kind of answer"), self.kind_combo)

        self.most_field = CheckedLine(self._read_most, self._show_most, None)
        self.most_field.line.setPlaceholderText(self.tr("no limit"))
        maximum_characters(self.most_field, 27)
        self.unit_combo = QComboBox()
        for unit, label in UNIT_LABELS.items():
            self.unit_combo.addItem(say(label), unit)
        self.unit_combo.setAccessibleName(self.tr("Counted in"))
        self.least_field = CheckedLine(self._read_least, lambda figure: f"{figure:,}", None)
        self.least_field.line.setAccessibleName(self.tr("At least"))
        maximum_characters(self.least_field, 23)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.most_field)
        limit_row.addWidget(self.unit_combo)
        limit_row.addSpacing(12)
        self.least_label = QLabel(self.tr("at l&east"))
        self.least_label.setBuddy(self.least_field.line)
        limit_row.addWidget(self.least_label)
        limit_row.addWidget(self.least_field)
        limit_row.addStretch(1)
        # Said beside the box, not as a hint inside it: a hint is cut short in a narrow box.
        self.least_note = wrapped(self.tr("Leave “at least” empty unless the form sets a minimum."))
        self.least_field.line.setAccessibleDescription(self.least_note.text())
        self.limit_row = QWidget()
        limit_layout = QVBoxLayout(self.limit_row)
        limit_layout.setContentsMargins(0, 0, 0, 0)
        limit_row.setContentsMargins(0, 0, 0, 0)
        limit_layout.addLayout(limit_row)
        limit_layout.addWidget(self.least_note)
        self.limit_label = QLabel(self.tr("&Limit: at most"))
        self.limit_label.setBuddy(self.most_field.line)
        self.most_field.line.setAccessibleName(self.tr("Limit: at most"))
        form.addRow(self.limit_label, self.limit_row)

        self.like_combo = QComboBox()
        # Each choice holds the keys of the common questions it stands for, spaced.
        self.like_combo.addItem(say(NONE_OF_THESE), "")
        for common in COMMON_QUESTIONS:
            self.like_combo.addItem(f"{common.number}. {say(common.short_title)}", common.key)
        self.like_note = wrapped(
            self.tr(
                "Chosen from the question’s words: change it if it is wrong. What you wrote "
                "before for that kind of question moves onto this one."
            )
        )
        self.like_row = QWidget()
        like_layout = QVBoxLayout(self.like_row)
        like_layout.setContentsMargins(0, 0, 0, 0)
        like_layout.addWidget(self.like_combo)
        like_layout.addWidget(self.like_note)
        like_label = QLabel(self.tr("Which of these is it &most like?"))
        like_label.setWordWrap(True)
        like_label.setBuddy(self.like_combo)
        self.like_combo.setAccessibleName(self.tr("Which of these is it most like?"))
        form.addRow(like_label, self.like_row)

        self.choices_field = TextArea()
        fixed_lines(self.choices_field, 4)
        self.choices_field.setPlaceholderText(self.tr("One choice a line, as the form lists them"))
        self.choices_label = add_form_row(form, self.tr("Its c&hoices"), self.choices_field)
        self.source_combo = QComboBox()
        self.source_label = add_form_row(
            form, self.tr("The a&nswer is filled in from"), self.source_combo
        )

        self.label_field = LineField()
        maximum_characters(self.label_field, 27)
        add_form_row(form, self.tr("Its n&umber on the form"), self.label_field)

        self.guidance_field = TextArea()
        fixed_lines(self.guidance_field, 4)
        self.guidance_field.setAccessibleName(self.tr("The funder’s guidance for this question"))
        self.guidance = Fold(
            self.tr("The funder’s guidance for it (o&ptional)"), self.guidance_field
        )
        layout.addWidget(self.guidance)
        layout.addStretch(1)
        self._form = form

        self.text_field.textChanged.connect(self._text_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.most_field.value_changed.connect(self._most_typed)
        self.unit_combo.activated.connect(self._unit_chosen)
        self.least_field.value_changed.connect(self._edited)
        self.like_combo.activated.connect(self._like_chosen)
        self.choices_field.textChanged.connect(self._edited)
        self.source_combo.currentIndexChanged.connect(self._edited)
        self.label_field.textChanged.connect(self._edited)
        self.guidance_field.textChanged.connect(self._edited)
        for field in (self.text_field, self.choices_field, self.label_field, self.guidance_field):
            field.left.connect(self.left)
        for checked in (self.most_field, self.least_field):
            checked.line.left.connect(self.left)

    def load(self, question: FunderQuestion, number: int, total: int) -> None:
        """Show a question; one with nothing typed yet has its limit and likeness guessed
        from the words as they are pasted in."""
        self._loading = True
        self._question = question
        fresh = not question.text.strip()
        self._limit_by_hand = not fresh
        self._like_by_hand = not fresh
        self.title.setText(self.tr("Question {n} of {total}").format(n=number, total=total))
        self.text_field.setPlainText(question.text)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(question.kind))
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(question.unit))
        self.most_field.set_value(
            None if question.maximum is None else (question.maximum, question.unit)
        )
        self.least_field.set_value(question.minimum)
        self._show_likeness(question.covers)
        self.choices_field.setPlainText("\n".join(question.choices))
        self._fill_sources(question.kind, question.source)
        self.label_field.setText(question.label)
        self.label_field.setPlaceholderText(self.tr("if it has one, such as Q{n}").format(n=number))
        self.guidance_field.setPlainText(question.guidance)
        self.guidance.set_open(bool(question.guidance.strip()))
        self._show_for_kind(question.kind)
        self._loading = False

    @property
    def question(self) -> FunderQuestion:
        return self._question

    def first_field(self) -> QWidget:
        return self.text_field

    def _read_most(self, text: str) -> tuple[int, LimitUnit] | None:
        maximum, unit = read_limit(text, self.unit_combo.currentData())
        least = self.least_field.value
        if maximum is not None and least is not None and maximum < least:
            raise ValueError(
                f"The most cannot be less than the least ({least:,}). Please change the least "
                "first."
            )
        return None if maximum is None else (maximum, unit)

    def _show_most(self, value: tuple[int, LimitUnit]) -> str:
        return f"{value[0]:,}"

    def _read_least(self, text: str) -> int | None:
        least = parse_count(text, self.tr("words or characters")) or None
        most = self.most_field.value
        if least is not None and most is not None and least > most[0]:
            raise ValueError(
                f"The least cannot be more than the most ({most[0]:,}). Please change the most "
                "first."
            )
        return least

    def _show_likeness(self, covers: tuple[str, ...]) -> None:
        index = self.like_combo.findData(" ".join(covers))
        if index < 0:  # several common questions at once, as a funder file may say
            titles = ", ".join(str(q.number) for q in COMMON_QUESTIONS if q.key in covers)
            self.like_combo.addItem(
                self.tr("Several: {numbers}").format(numbers=titles), " ".join(covers)
            )
            index = self.like_combo.count() - 1
        self.like_combo.setCurrentIndex(index)

    def _fill_sources(self, kind: QuestionKind, source: FigureSource) -> None:
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for option, label in SOURCE_LABELS.items():
            if option.kind in (None, kind):
                self.source_combo.addItem(say(label), option)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(source)))
        self.source_combo.blockSignals(False)

    def _show_for_kind(self, kind: QuestionKind) -> None:
        form = self._form
        form.setRowVisible(self.limit_row, kind.is_text)
        form.setRowVisible(self.like_row, kind.is_text)
        form.setRowVisible(self.choices_field, kind is QuestionKind.CHOICE)
        form.setRowVisible(self.source_combo, self.source_combo.count() > 1)

    def _text_changed(self) -> None:
        if self._loading:
            return
        text = self.text_field.toPlainText()
        if not self._limit_by_hand:
            limit = limit_in(text)
            if limit is not None:
                self.unit_combo.setCurrentIndex(self.unit_combo.findData(limit.unit))
                self.least_field.set_value(limit.minimum)
                self.most_field.set_value(
                    None if limit.maximum is None else (limit.maximum, limit.unit)
                )
        if not self._like_by_hand:
            key = most_like(text)
            self._show_likeness((key,) if key else ())
        self._edited()

    def _kind_changed(self) -> None:
        if self._loading:
            return
        kind = self.kind_combo.currentData()
        self._fill_sources(kind, self.source_combo.currentData())
        self._show_for_kind(kind)
        self._edited()

    def _most_typed(self) -> None:
        self._limit_by_hand = True
        value = self.most_field.value
        if value is not None:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(value[1]))
        self._edited()

    def _unit_chosen(self) -> None:
        self._limit_by_hand = True
        value = self.most_field.value
        if value is not None:
            self.most_field.set_value((value[0], self.unit_combo.currentData()))
        self._edited()

    def _like_chosen(self) -> None:
        self._like_by_hand = True
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        most = self.most_field.value
        question = with_kind(self._question, self.kind_combo.currentData())
        self._question = replace(
            question,
            text=self.text_field.toPlainText(),
            maximum=None if most is None else most[0],
            minimum=self.least_field.value,
            unit=self.unit_combo.currentData(),
            covers=tuple(self.like_combo.currentData().split()) if question.kind.is_text else (),
            choices=tuple(
                line.strip()
                for line in self.choices_field.toPlainText().splitlines()
                if line.strip()
            ),
            source=self.source_combo.currentData() or FigureSource.TYPED,
            label=self.label_field.text().strip(),
            guidance=self.guidance_field.toPlainText(),
        )
        self.changed.emit()
