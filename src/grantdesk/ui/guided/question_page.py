"""A page of the guided path: one question, what funders look for, an example, and the answer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.application import Answer
from grantdesk.domain.organisation import Profile
from grantdesk.domain.printable import answer_limit
from grantdesk.domain.questions import Question, QuestionKind
from grantdesk.domain.revisions import RevisionReason
from grantdesk.domain.wordcount import Limit, LimitUnit, check_limit, measure
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.colours import Panel, panel_style, styled
from grantdesk.ui.common.flow import FlowRow
from grantdesk.ui.common.language import say
from grantdesk.ui.common.messages import tell
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.tables import LinesEditor, LineTableView
from grantdesk.ui.common.text_size import minimum_lines
from grantdesk.ui.common.widgets import (
    Fold,
    LineField,
    ProblemLabel,
    TextArea,
    add_shortcut,
    heading,
    wrapped,
)
from grantdesk.ui.common.wording import count_text, length_text, limit_message
from grantdesk.ui.guided.revisions_dialog import RevisionsDialog
from grantdesk.ui.guided.search_dialog import SearchDialog
from grantdesk.ui.guided.value_answer import ValueAnswer
from grantdesk.ui.plan.draft_panel import AT_END, REPLACING, DraftPanel

if TYPE_CHECKING:
    from grantdesk.ui.guided.application_state import ApplicationState
    from grantdesk.ui.money.money_state import MoneyState

LARGEST_LIMIT = 100_000
FAR_BEYOND_ANY_LIMIT = 100_000
"""An answer longer than this many characters is far beyond what any funder takes (a pasted
document, say): it is kept whole, but said plainly, and not read or counted at every key."""
COUNT_PAUSE_MS = 500
"""Such an answer is counted again once typing pauses this long."""
log = logging.getLogger(__name__)
LONG_QUESTION = 160
"""A question longer than this (in characters) is shown at the size of the text around it."""


class QuestionHelper(Protocol):
    """A structured editor shown above a question's answer (the budget, match funding…)."""

    changed: SignalInstance
    answer_is_optional: bool
    """True where the helper itself is the answer (a budget), so the words are extra."""

    def has_content(self) -> bool: ...

    def needs_attention(self) -> bool: ...


class HelperStack(QWidget):
    """Several helpers shown one above the other, answering as one (a funder may ask about the
    budget and other funding in one question)."""

    changed = Signal()

    def __init__(self, helpers: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.helpers = helpers
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for helper in helpers:
            layout.addWidget(helper)
            helper.changed.connect(self.changed)
        self.answer_is_optional = all(helper.answer_is_optional for helper in helpers)

    def has_content(self) -> bool:
        return any(helper.has_content() for helper in self.helpers)

    def needs_attention(self) -> bool:
        return any(helper.needs_attention() for helper in self.helpers)


def question_text(text: str) -> str:
    return QCoreApplication.translate("CommonQuestions", text)


def as_bullets(lines: str) -> str:
    return "\n".join(f"•  {line}" for line in lines.splitlines() if line.strip())


def step_state(answered: bool, within: bool) -> StepState:
    """A question's step: needing attention when its answer breaks a rule, else done once
    answered."""
    if not within:
        return StepState.NEEDS_ATTENTION
    return StepState.DONE if answered else StepState.NOT_STARTED


def follow_cell(area: QScrollArea, table: LineTableView, cell: QModelIndex) -> None:
    """Keep the cell moved to in view: the table scrolls to it within itself, and the part
    of the page holding the table (`area`) scrolls to that."""
    place = table.visualRect(cell)
    centre = table.viewport().mapTo(area.widget(), place.center())
    area.ensureVisible(centre.x(), centre.y(), 0, place.height() // 2 + 1)


class QuestionPage(StepPage):
    """The question, then what helps with it (the funder's guidance, general tips, an example,
    a helper such as the budget) in a part that scrolls and folds, then the answer box with its
    live count, which stays in view whatever the helper above it holds. Beside a table of
    lines (the budget) the answer box follows the table in the part that scrolls, so the table
    has the page's height."""

    profile_requested = Signal()
    go_to_requested = Signal(str)
    """Another step of the path to go to (where GrantDesk keeps a figure this answer shows)."""
    funder_form_requested = Signal(str)
    """Change this question (its limit) on the funder's form: the question's key."""
    scrolls_itself = True

    def __init__(
        self,
        question: Question,
        question_count: int,
        answer: Answer,
        state: ApplicationState,
        parent: QWidget | None = None,
        helper: QuestionHelper | None = None,
        money: MoneyState | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self._state = state
        self._money = money
        self._limit = answer_limit(question, answer)
        self._answered = answer.is_answered
        self._within = True

        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self._position(question_count)))
        long_question = len(question.question) > LONG_QUESTION
        self.title = heading(question_text(question.question), 1.0 if long_question else 1.3)
        layout.addWidget(self.title)

        self.helper = helper
        self.helps = QScrollArea()
        helps = QWidget()
        self.helps_layout = QVBoxLayout(helps)
        self.helps_layout.setContentsMargins(0, 0, 0, 0)
        self._add_guidance(self.helps_layout)
        if "organisation_type" in question.common_keys:
            self.helps_layout.addWidget(self._profile_box(state.profile))
        self.tables: list[LinesEditor] = []
        if helper is not None:
            self.helps_layout.addWidget(helper)
            helper.changed.connect(lambda: self._show_count(self.answer_text()))
            panels = [helper] if isinstance(helper, DraftPanel) else helper.findChildren(DraftPanel)
            for panel in panels:
                panel.insert_requested.connect(self.insert_draft)
            self.tables = (
                [helper] if isinstance(helper, LinesEditor) else helper.findChildren(LinesEditor)
            )
        self.helps.setWidgetResizable(True)
        self.helps.setFrameShape(QFrame.Shape.NoFrame)
        self.helps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.helps.setWidget(helps)
        self.helps.setAccessibleName(self.tr("Help with this question"))
        layout.addWidget(self.helps, 3 if helper is not None else 1)

        answer_box = QWidget()
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        self.editor: TextArea | LineField | None = None
        self.value: ValueAnswer | None = None
        if question.kind.is_text:
            self._add_text_answer(answer_layout, answer, helper)
        else:
            self.value = ValueAnswer(question, answer.text)
            self.value.edited.connect(self._text_changed)
            self.value.left.connect(state.saver.flush)
            self.value.go_to_requested.connect(self.go_to_requested)
            answer_label = QLabel(self.tr("&Your answer"))
            answer_label.setBuddy(self.value.field)
            self.value.field.setAccessibleName(
                self.tr("Your answer to question {n}").format(n=question.shown_number)
            )
            answer_layout.addWidget(answer_label)
            answer_layout.addWidget(self.value)
            if money is not None:
                money.changed.connect(self._show_facts)
            self._show_facts()
        self.answer_box = answer_box
        if self.tables:
            # A table of lines needs the height of the page more than the answer box needs to
            # stay in view: the answer follows it, and the help above scrolls away.
            self.helps_layout.addWidget(answer_box)
            for lines in self.tables:
                lines.table.selectionModel().currentChanged.connect(
                    lambda current, _, table=lines.table: follow_cell(self.helps, table, current)
                )
            if self.editor is not None:
                # Reached by its label's key or by clicking, the box comes into view whole,
                # its count too.
                self.editor.entered.connect(
                    lambda: self.helps.ensureWidgetVisible(self.answer_box, 0, 0)
                )
        else:
            self.helps_layout.addStretch(1)
            layout.addWidget(answer_box, 1 if helper is not None else 2)
        self._fit_helps()
        self._show_count(answer.text)

    def _fit_helps(self) -> None:
        """Without a helper, the help part takes no more room than it needs at this width, so
        the answer box has the rest; with nothing in it, it goes."""
        content = self.helps.widget()
        shown = self.helper is not None or any(
            child.isVisibleTo(content)
            for child in content.findChildren(QWidget)
            if child.parent() is content
        )
        self.helps.setVisible(shown)
        if self.helper is None and shown:
            width = self.helps.viewport().width()
            needed = content.heightForWidth(width)
            self.helps.setMaximumHeight((needed if needed > 0 else content.sizeHint().height()) + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_helps()

    def _position(self, question_count: int) -> str:
        question = self.question
        if question.shown_number != str(question.number):
            return self.tr("{question} · {n} of {total} on this form").format(
                question=question.called, n=question.number, total=question_count
            )
        return self.tr("Question {n} of {total}").format(n=question.number, total=question_count)

    def _add_guidance(self, layout: QVBoxLayout) -> None:
        """The funder's own guidance first (open); GrantDesk's general tips (for a funder's
        question) and an example folded away until wanted, the tips marked as general, so they
        never speak over the funder."""
        question = self.question
        if question.guidance.strip():
            title = (
                self.tr("What funders look for")
                if question.is_common
                else self.tr("The funder’s guidance")
            )
            self.guidance_label = wrapped(as_bullets(question_text(question.guidance)))
            styled(self.guidance_label, panel_style(Panel.GUIDANCE))
            # Open, unless a helper (the budget, a checklist) needs the room.
            guidance = Fold(title, self.guidance_label, open_=self.helper is None)
            guidance.toggled.connect(self._fit_helps)
            layout.addWidget(guidance)
        if question.tips.strip():
            self.tips_label = wrapped(
                self.tr(
                    "General tips for questions like this one. Where they differ from what this "
                    "funder asks, follow the funder."
                )
                + "\n"
                + as_bullets(question_text(question.tips))
            )
            styled(self.tips_label, panel_style(Panel.GUIDANCE))
            tips = Fold(self.tr("GrantDesk’s general &tips"), self.tips_label)
            tips.toggled.connect(self._fit_helps)
            self.tips_button = tips.button
            layout.addWidget(tips)
        self.example_label = wrapped(question_text(question.example))
        styled(self.example_label, panel_style(Panel.EXAMPLE))
        example = QWidget()
        example_layout = QVBoxLayout(example)
        example_layout.setContentsMargins(0, 0, 0, 0)
        self.example_note = wrapped(self._example_length_note())
        example_layout.addWidget(self.example_note)
        # Shown only once inside the page: shown before, it would open as a window of its own
        # and take the keyboard from the main window.
        self.example_note.setVisible(bool(self.example_note.text()))
        example_layout.addWidget(self.example_label)
        fold = Fold(self.tr("An &example of a strong answer"), example)
        fold.toggled.connect(self._fit_helps)
        self.example_button = fold.button
        layout.addWidget(fold)
        fold.setHidden(not question.example.strip())

    def _example_length_note(self) -> str:
        """Said plainly when the example is longer than this answer may be."""
        limit = self._limit
        if limit.maximum is None or not self.question.kind.is_text:
            return ""
        length = measure(self.question.example, limit.unit, self.question.counting)
        if length <= limit.maximum:
            return ""
        return length_text(limit.unit, length, limit.maximum)

    def _add_text_answer(
        self, layout: QVBoxLayout, answer: Answer, helper: QuestionHelper | None
    ) -> None:
        question = self.question
        label_row = FlowRow()
        answer_label = QLabel(
            self.tr("&Anything to add in your own words (optional)")
            if helper is not None and helper.answer_is_optional
            else self.tr("&Your answer")
        )
        answer_label.setWordWrap(True)
        label_row.add(answer_label, 1)
        if question.kind is QuestionKind.LONG_ANSWER:
            self.find_button = QPushButton(self.tr("Find earlier answers…"))
            self.find_button.setToolTip(
                self.tr(
                    "Search everything you have written before and put it into this answer (Ctrl+F)"
                )
            )
            self.find_button.clicked.connect(self.find_earlier)
            label_row.add(self.find_button)
            add_shortcut("Ctrl+F", self, self.find_earlier)
            self.versions_button = QPushButton(self.tr("Earlier versions…"))
            self.versions_button.setToolTip(
                self.tr("This answer as it was earlier, to read or put back (Ctrl+Shift+H)")
            )
            self.versions_button.clicked.connect(self.show_versions)
            label_row.add(self.versions_button)
            add_shortcut("Ctrl+Shift+H", self, self.show_versions)
        layout.addWidget(label_row)
        if question.kind is QuestionKind.ONE_LINE:
            self.editor = LineField(answer.text)
            self.editor.textChanged.connect(self._text_changed)
        else:
            self.editor = TextArea()
            self.editor.setPlainText(answer.text)
            lines = 3 if helper is not None else 5  # it grows into the room there is
            minimum_lines(self.editor, lines)
            if helper is not None:
                self.editor.give_way()  # the helper (a table of costs) has the room first
            self.editor.textChanged.connect(self._typed)
            self._count_later = QTimer(self)
            self._count_later.setSingleShot(True)
            self._count_later.timeout.connect(lambda: self._show_count(self.answer_text()))
        self.editor.setAccessibleName(
            self.tr("Your answer to question {n}").format(n=question.shown_number)
        )
        self.editor.setAccessibleDescription(question_text(question.question))
        answer_label.setBuddy(self.editor)
        layout.addWidget(self.editor, 0 if question.kind is QuestionKind.ONE_LINE else 1)

        count_row = FlowRow()
        self.count_label = QLabel()
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        count_row.add(self.count_label, 1)
        if question.is_common:
            self._add_own_limit(count_row)
        else:
            self.funder_limit_button = QPushButton(
                self.tr("Change the limit on the funder’s form…")
            )
            self.funder_limit_button.setToolTip(
                self.tr("The limit comes from the funder’s form, so it is changed there")
            )
            self.funder_limit_button.clicked.connect(
                lambda: self.funder_form_requested.emit(question.key)
            )
            count_row.add(self.funder_limit_button)
        layout.addWidget(count_row)
        if question.kind is QuestionKind.ONE_LINE:
            layout.addStretch(1)

        self.limit_problem = ProblemLabel()
        layout.addWidget(self.limit_problem)
        self.too_long_note = ProblemLabel()
        layout.addWidget(self.too_long_note)
        self.editor.left.connect(self._state.saver.flush)

    def _add_own_limit(self, count_row: FlowRow) -> None:
        """On the common questions, the group sets the limit from the funder's guidance."""
        limit_label = QLabel(self.tr("&Limit for this answer:"))
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, LARGEST_LIMIT)
        self.limit_spin.setSpecialValueText(self.tr("No limit"))
        self.limit_spin.setGroupSeparatorShown(True)
        self.limit_spin.setValue(self._limit.maximum or 0)
        self.limit_spin.setAccessibleName(self.tr("Limit for this answer"))
        limit_label.setBuddy(self.limit_spin)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("words"), LimitUnit.WORDS)
        self.unit_combo.addItem(self.tr("characters"), LimitUnit.CHARACTERS)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(self._limit.unit))
        self.unit_combo.setAccessibleName(self.tr("Count the limit in"))
        limit = QWidget()  # kept together on one line, as they read as one
        limit_layout = QHBoxLayout(limit)
        limit_layout.setContentsMargins(0, 0, 0, 0)
        limit_layout.addWidget(limit_label)
        limit_layout.addWidget(self.limit_spin)
        limit_layout.addWidget(self.unit_combo)
        count_row.add(limit)
        self.limit_spin.valueChanged.connect(self._limit_changed)
        self.unit_combo.currentIndexChanged.connect(self._limit_changed)

    def answer_text(self) -> str:
        if self.value is not None:
            return self.value.text()
        if isinstance(self.editor, LineField):
            return self.editor.text()
        return self.editor.toPlainText()

    def _show_facts(self) -> None:
        if self.value is not None and self._money is not None:
            self.value.show_facts(self._state.profile, self._money.finances)
            self._show_count(self.answer_text())

    def _profile_box(self, profile: Profile | None) -> QGroupBox:
        box = QGroupBox(self.tr("From your group’s profile"))
        box_layout = QVBoxLayout(box)
        self.profile_summary = wrapped(self._profile_summary(profile))
        box_layout.addWidget(self.profile_summary)
        self.profile_button = QPushButton(self.tr("Open the group &profile"))
        self.profile_button.clicked.connect(self.profile_requested)
        box_layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _profile_summary(self, profile: Profile | None) -> str:
        if profile is None or profile.kind is None:
            return self.tr(
                "You have not said what kind of organisation your group is yet. "
                "Open the group profile to choose, and it will show here."
            )
        lines = [say(profile.kind.label)]
        if profile.kind.has_charity_number and profile.charity_number:
            lines.append(self.tr("Charity number: {number}").format(number=profile.charity_number))
        if profile.kind.has_company_number and profile.company_number:
            lines.append(self.tr("Company number: {number}").format(number=profile.company_number))
        lines.append(
            {
                True: self.tr("Bank account in the group’s name: yes"),
                False: self.tr("Bank account in the group’s name: not yet"),
                None: self.tr("Bank account in the group’s name: not answered yet"),
            }[profile.has_bank_account]
        )
        return "\n".join(lines)

    def _text_changed(self, text: str) -> None:
        self._state.save_answer(self.question.key, text)
        self._show_count(text)

    def _typed(self) -> None:
        if self.editor.document().characterCount() <= FAR_BEYOND_ANY_LIMIT:
            self._text_changed(self.answer_text())
            return
        # Reading or counting all of so long an answer at every key would hold up typing: it
        # is read when the saver sends what was typed, and counted when typing pauses.
        self._state.saver.schedule_later(self, self._save_long_answer)
        self._count_later.start(COUNT_PAUSE_MS)

    def _save_long_answer(self) -> None:
        self._state.save_answer(self.question.key, self.answer_text())

    def _limit_changed(self) -> None:
        self._limit = Limit(
            self.limit_spin.value() or None, self.unit_combo.currentData(), self._limit.minimum
        )
        own_limit = None if self._limit == self.question.limit else self._limit
        self._state.save_limit(self.question.key, own_limit)
        self.example_note.setText(self._example_length_note())
        self.example_note.setVisible(bool(self.example_note.text()))
        self._show_count(self.answer_text())

    def _show_count(self, text: str) -> None:
        helper = self.helper
        if self.value is not None:
            state = self.value.answered_and_fine()
        else:
            check = check_limit(text, self._limit, self.question.counting)
            counted = count_text(check)
            self.count_label.setText(counted)
            self.count_label.setAccessibleName(counted)
            self.limit_problem.say(limit_message(check))
            self.too_long_note.say(self._too_long_message(text))
            state = (
                bool(text.strip()) or (helper is not None and helper.has_content()),
                check.within and not (helper is not None and helper.needs_attention()),
            )
        if state != (self._answered, self._within):
            self._answered, self._within = state
            self.state_changed.emit()

    def _too_long_message(self, text: str) -> str:
        if len(text) <= FAR_BEYOND_ANY_LIMIT:
            return ""
        return self.tr(
            "This answer is {length} characters long: far more than any funder takes. All of "
            "it is kept and saved, but it needs cutting down to what this funder asks for. "
            "While it is this long, the count above is brought up to date when you stop typing "
            "for a moment."
        ).format(length=f"{len(text):,}")

    def find_earlier(self) -> None:
        dialog = SearchDialog(self._state.search, self)
        dialog.insert_requested.connect(self.insert_draft)
        dialog.exec()

    def show_versions(self) -> None:
        try:
            revisions = self._state.revisions(self.question.key)
        except StoreError as failure:
            tell(self, failure)
            return
        dialog = RevisionsDialog(revisions, self.question.counting.words, self)
        dialog.restore_requested.connect(self.put_back)
        dialog.exec()

    def put_back(self, text: str) -> None:
        """Put an earlier version in place of the answer, keeping the answer as it is first;
        Ctrl+Z in the answer undoes it."""
        self._keep_before(RevisionReason.BEFORE_RESTORE)
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def _keep_before(self, reason: RevisionReason) -> None:
        """Keep the answer as it is before a change made in one go. If that cannot be saved
        now, the change still goes ahead: Ctrl+Z undoes it, and the save status says why."""
        try:
            self._state.keep_revision(self.question.key, reason)
        except StoreError:
            log.warning("The answer could not be kept before a change", exc_info=True)

    def insert_draft(self, draft: str, where: str) -> None:
        """Put a draft into the answer where the person chose; replacing asks first. The
        answer as it was is kept among its earlier versions."""
        replacing_words = where == REPLACING and self.editor.toPlainText().strip()
        if replacing_words and not self._replacing_is_wanted():
            return
        self._keep_before(RevisionReason.BEFORE_DRAFT)
        cursor = self.editor.textCursor()
        if where == AT_END:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            if self.editor.toPlainText().strip():
                draft = "\n\n" + draft
        elif where == REPLACING:
            cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(draft)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def _replacing_is_wanted(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace your answer?"),
            self.tr(
                "This puts the draft in place of everything you have written for this "
                "question. You can press Ctrl+Z straight away to get your words back, and "
                "they are kept among the earlier versions of this answer. "
                "Replace your answer?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def step_title(self) -> str:
        return self.title_of(self.question)

    @staticmethod
    def title_of(question: Question) -> str:
        return f"{question.shown_number}. {question_text(question.short_title)}"

    def state(self) -> StepState:
        return step_state(self._answered, self._within)

    def first_field(self) -> QWidget:
        """The table of lines, where there is one (the answer box is below it), else the
        answer."""
        if self.tables:
            return self.tables[0].table
        return self.editor if self.value is None else self.value.field
