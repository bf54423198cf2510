"""Typing in a funder's form one question at a time: what the funder is, then each question as
pasted from its form, then what else it asks for (with its optional rules folded away). Opened
from a new application for a funder not listed, from "About this application", from a question
whose limit came from the funder, or from the Funders screen. Saved as it is typed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.funders import Funder, FunderQuestion, form_questions
from grantdesk.domain.questions import describe_answer
from grantdesk.ui.common.colours import styled
from grantdesk.ui.common.messages import run_command
from grantdesk.ui.common.text_size import maximum_characters, minimum_characters
from grantdesk.ui.common.wheel import guard_wheel
from grantdesk.ui.common.widgets import add_shortcut, heading, tab_after, wrapped
from grantdesk.ui.funders.funder_parts import FunderAbout, FunderRules
from grantdesk.ui.funders.question_entry import QuestionEntry

if TYPE_CHECKING:
    from grantdesk.ui.funders.funders_state import FundersState

ABOUT, QUESTION, RULES = range(3)


def blank(question: FunderQuestion) -> bool:
    return not question.text.strip()


class FormEntryView(QWidget):
    finished = Signal(int)
    """The person is done with this funder's form (its id); everything is saved."""

    def __init__(self, state: FundersState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.funder = Funder()
        self.questions: list[FunderQuestion] = []
        self.about: FunderAbout | None = None
        self.shown = ABOUT
        self.rules: FunderRules | None = None

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.finish)
        self.title = heading("", 1.4)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("The funder’s form, step by step"))
        self.steps.setWordWrap(True)
        # Laid out again as its width changes (a scroll bar coming, larger text), so a name
        # wraps rather than being cut short.
        self.steps.setResizeMode(QListView.ResizeMode.Adjust)
        # Room between items as padding: spacing would cut a wrapped name short.
        styled(self.steps, "QListView::item { padding: 3px 2px; }")
        minimum_characters(self.steps, 30)
        maximum_characters(self.steps, 50)
        self.steps.currentRowChanged.connect(self._show_step)
        self.add_button = QPushButton(self.tr("&Add a question"))
        self.add_button.setToolTip(self.tr("Add a question after this one (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add_question)
        self.remove_button = QPushButton(self.tr("&Remove this question"))
        self.remove_button.clicked.connect(self.remove_question)
        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)

        self.entry = QuestionEntry()
        self.entry.changed.connect(self._question_edited)
        self.entry.left.connect(state.saver.flush)
        self.about_page = QWidget()
        about_layout = QVBoxLayout(self.about_page)
        about_layout.setContentsMargins(0, 0, 0, 0)
        about_layout.addWidget(heading(self.tr("About the funder"), 1.2))
        about_layout.addWidget(
            wrapped(
                self.tr(
                    "Its name, and the smallest and largest grants it gives, from its guidance "
                    "notes. Then press Next and type in its questions one at a time, in its "
                    "order: copy each one from the funder’s form and paste it in."
                )
            )
        )
        self.about_slot = QVBoxLayout()
        about_layout.addLayout(self.about_slot)
        about_layout.addStretch(1)
        self.rules_page = QWidget()
        rules_layout = QVBoxLayout(self.rules_page)
        rules_layout.setContentsMargins(0, 0, 0, 0)
        rules_layout.addWidget(heading(self.tr("Anything else it asks for"), 1.2))
        self.rules_slot = QVBoxLayout()
        rules_layout.addLayout(self.rules_slot)
        rules_layout.addStretch(1)
        # One page shows at a time; the others are hidden rather than stacked, so the height
        # (and any scrolling) is the shown page's own.
        self.pages = (self.about_page, self.entry, self.rules_page)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        for page in self.pages:
            holder_layout.addWidget(page)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(holder)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.scroller, 1)

        self.previous_button = QPushButton(self.tr("← &Back"))
        self.previous_button.setToolTip(self.tr("The step before (Ctrl+Page Up)"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.steps.currentRow() - 1))
        self.position = QLabel()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.setToolTip(self.tr("Ctrl+Enter"))
        self.next_button.clicked.connect(self.go_next)
        self.last_button = QPushButton(self.tr("That was the las&t question →"))
        self.last_button.clicked.connect(lambda: self.go_to(self.steps.count() - 1))
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.finish)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.position)
        bottom.addStretch(1)
        bottom.addWidget(self.last_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.done_button)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+PgDown"):
            add_shortcut(keys, self, self.go_next)
        add_shortcut("Ctrl+PgUp", self, lambda: self.go_to(self.steps.currentRow() - 1))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    def load(self, funder_id: int, question_key: str | None, back_to: str, done: str) -> bool:
        """Show the funder's form from the start, or at one of its questions. `back_to` and
        `done` say where finishing leads ("Back to the application"). False if it cannot be
        read (the person has been told why)."""
        funder = run_command(self, lambda: self._state.get(funder_id))
        if funder is None:
            return False
        self.funder = funder
        self.questions = list(funder.questions)
        self.back_button.setText("← " + back_to)
        self.done_button.setText(done + " →")
        self.title.setText(
            self.tr("The form of {funder}").format(
                funder=funder.display_name or self.tr("a funder")
            )
        )
        for old in (self.about, self.rules):
            if old is not None:
                old.deleteLater()
        self.about = FunderAbout(funder, brief=True)
        self.about_slot.addWidget(self.about)
        self.rules = FunderRules(funder)
        self.rules_slot.addWidget(self.rules)
        # Made afresh for each funder, so Tab would reach them last: what follows them on
        # screen is put after them.
        tab_after(
            self.about,
            self.entry,
            self.rules,
            self.previous_button,
            self.last_button,
            self.next_button,
            self.done_button,
        )
        for part in (self.about, self.rules):
            part.changed.connect(self._save)
            part.left.connect(self._state.saver.flush)
        self.about.name_field.textChanged.connect(self._show_title)
        self._show_title()
        guard_wheel(self)
        self._list_steps()
        keys = [question.key for question in self.questions]
        self.go_to(1 + keys.index(question_key) if question_key in keys else ABOUT)
        return True

    def _list_steps(self) -> None:
        self.steps.blockSignals(True)
        current = self.steps.currentRow()
        self.steps.clear()
        self.steps.addItem(self.tr("About the funder"))
        for number, question in enumerate(self.questions, start=1):
            self.steps.addItem(self._step_text(number, question))
        self.steps.addItem(self.tr("Anything else it asks for"))
        self.steps.setCurrentRow(max(0, min(current, self.steps.count() - 1)))
        self.steps.blockSignals(False)

    def _step_text(self, number: int, question: FunderQuestion) -> str:
        shown = question.label.strip() or str(number)
        if blank(question):
            return self.tr("{n}. (not typed in yet)").format(n=shown)
        text = " ".join(question.text.split())
        asked = QCoreApplication.translate("Limits", describe_answer(_as_asked(question)))
        return f"{shown}. {text}\n({asked})"

    def _show_title(self) -> None:
        name = self.about.name_field.text().strip() if self.about else ""
        self.title.setText(
            self.tr("The form of {funder}").format(funder=name or self.tr("a funder"))
        )

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        on_question = 0 < row < self.steps.count() - 1
        self._drop_blank_questions(keep=row - 1 if on_question else None)
        row = self.steps.currentRow()
        last = self.steps.count() - 1
        if on_question:
            self.entry.load(self.questions[row - 1], row, len(self.questions))
        self.shown = QUESTION if on_question else ABOUT if row == 0 else RULES
        for index, page in enumerate(self.pages):
            page.setVisible(index == self.shown)
        self.scroller.verticalScrollBar().setValue(0)
        self.remove_button.setVisible(on_question)
        self.previous_button.setEnabled(row > 0)
        self.last_button.setVisible(on_question)
        self.next_button.setVisible(row < last)
        self._name_next(row)
        self.done_button.setVisible(row == last)
        self.position.setText(
            self.tr("Question {n} of {total}").format(n=row, total=len(self.questions))
            if on_question
            else ""
        )
        self.first_field().setFocus()

    def _name_next(self, row: int) -> None:
        last = self.steps.count() - 1
        if row == 0:
            text = self.tr("Next: its questions →")
        elif row == last - 1:
            blank_now = blank(self.questions[row - 1])
            text = self.tr("Next →") if blank_now else self.tr("Add the next question →")
        else:
            text = self.tr("Next question →")
        self.next_button.setText(text)

    def _drop_blank_questions(self, keep: int | None) -> None:
        """Questions left with nothing typed go, once the person has moved on from them."""
        kept = [
            question
            for index, question in enumerate(self.questions)
            if not blank(question) or index == keep
        ]
        if len(kept) == len(self.questions):
            return
        shown = self.questions[keep] if keep is not None else None
        self.questions = kept
        self._list_steps()
        row = 1 + kept.index(shown) if shown is not None else self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)
        self._save()

    def go_to(self, row: int) -> None:
        if 0 <= row < self.steps.count():
            self._state.saver.flush()
            if row == self.steps.currentRow():
                self._show_step(row)
            else:
                self.steps.setCurrentRow(row)

    def go_next(self) -> None:
        """On to the next step; after the last question typed in, a new one."""
        row = self.steps.currentRow()
        last = self.steps.count() - 1
        if row == last:
            return
        if (row == 0 and not self.questions) or (
            row == last - 1 and row > 0 and not blank(self.questions[row - 1])
        ):
            self.add_question()
        else:
            self.go_to(row + 1)

    def add_question(self) -> None:
        """A new question after the one on screen (or at the end), with no limit until one is
        typed or pasted in with the question."""
        row = self.steps.currentRow()
        position = row if 0 < row < self.steps.count() - 1 else len(self.questions)
        self.questions.insert(position, FunderQuestion(maximum=None))
        self._list_steps()
        self.go_to(position + 1)

    def remove_question(self) -> None:
        row = self.steps.currentRow()
        if not 0 < row < self.steps.count() - 1:
            return
        del self.questions[row - 1]
        self._save()
        self._list_steps()
        self.go_to(min(row, self.steps.count() - 2) if self.questions else ABOUT)

    def _question_edited(self) -> None:
        row = self.steps.currentRow()
        self.questions[row - 1] = self.entry.question
        self.steps.item(row).setText(self._step_text(row, self.entry.question))
        self._save()
        self._name_next(row)

    def _save(self) -> None:
        funder = replace(self.funder, questions=tuple(q for q in self.questions if not blank(q)))
        if self.about is not None and self.rules is not None:
            funder = self.rules.apply(self.about.apply(funder))
        self.funder = funder
        self._state.save(funder)

    def finish(self) -> None:
        self._drop_blank_questions(keep=None)
        self._state.saver.flush()
        self.finished.emit(self.funder.id)

    def first_field(self) -> QWidget:
        if self.shown == QUESTION:
            return self.entry.first_field()
        if self.shown == ABOUT and self.about is not None:
            return self.about.name_field
        return self.done_button


def _as_asked(question: FunderQuestion):
    """The question as an application asks it, for describing its answer."""
    return form_questions(Funder(questions=(question,)))[0]
