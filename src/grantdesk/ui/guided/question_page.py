"""A page of the guided path: one question, what funders look for, an example, and the answer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.application import Answer
from grantdesk.domain.organisation import Profile
from grantdesk.domain.questions import Question
from grantdesk.domain.revisions import RevisionReason
from grantdesk.domain.wordcount import Limit, LimitUnit, check_limit
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.messages import tell
from grantdesk.ui.common.step_page import StepPage, StepState
from grantdesk.ui.common.widgets import ProblemLabel, TextArea, add_shortcut, heading, wrapped
from grantdesk.ui.common.wording import count_text, limit_message
from grantdesk.ui.guided.revisions_dialog import RevisionsDialog
from grantdesk.ui.guided.search_dialog import SearchDialog
from grantdesk.ui.plan.draft_panel import AT_END, REPLACING, DraftPanel

if TYPE_CHECKING:
    from grantdesk.ui.guided.application_state import ApplicationState

LARGEST_LIMIT = 100_000
log = logging.getLogger(__name__)


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


class QuestionPage(StepPage):
    profile_requested = Signal()

    def __init__(
        self,
        question: Question,
        question_count: int,
        answer: Answer,
        state: ApplicationState,
        parent: QWidget | None = None,
        helper: QuestionHelper | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self._state = state
        profile = state.profile
        self._limit = answer.limit or question.limit

        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr("Question {n} of {total}").format(n=question.number, total=question_count)
            )
        )
        layout.addWidget(heading(question_text(question.question), 1.3))

        guidance_box = QGroupBox(self.tr("What funders look for"))
        guidance_layout = QVBoxLayout(guidance_box)
        guidance_layout.addWidget(wrapped(as_bullets(question_text(question.guidance))))
        layout.addWidget(guidance_box)

        self.example_button = QPushButton(self.tr("Show an &example of a strong answer"))
        self.example_button.setCheckable(True)
        self.example_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.example_label = wrapped(question_text(question.example))
        self.example_label.setStyleSheet("background: #f4f1e8; padding: 8px;")
        self.example_label.hide()
        self.example_button.toggled.connect(self._show_example)
        layout.addWidget(self.example_button)
        layout.addWidget(self.example_label)

        if "organisation_type" in question.common_keys:
            layout.addWidget(self._profile_box(profile))
        self.helper = helper
        if helper is not None:
            layout.addWidget(helper)
            helper.changed.connect(lambda: self._show_count(self.editor.toPlainText()))
            panels = [helper] if isinstance(helper, DraftPanel) else helper.findChildren(DraftPanel)
            for panel in panels:
                panel.insert_requested.connect(self.insert_draft)

        self.find_button = QPushButton(self.tr("Find earlier answers… (Ctrl+F)"))
        self.find_button.setToolTip(
            self.tr("Search everything you have written before and put it into this answer")
        )
        self.find_button.clicked.connect(self.find_earlier)
        add_shortcut("Ctrl+F", self, self.find_earlier)
        self.versions_button = QPushButton(self.tr("Earlier versions… (Ctrl+Shift+H)"))
        self.versions_button.setToolTip(
            self.tr("This answer as it was earlier, to read or put back")
        )
        self.versions_button.clicked.connect(self.show_versions)
        add_shortcut("Ctrl+Shift+H", self, self.show_versions)
        tools = QHBoxLayout()
        tools.addWidget(self.find_button)
        tools.addWidget(self.versions_button)
        tools.addStretch(1)
        layout.addLayout(tools)

        answer_label = QLabel(
            self.tr("&Anything to add in your own words (optional)")
            if helper is not None and helper.answer_is_optional
            else self.tr("&Your answer")
        )
        self.editor = TextArea()
        self.editor.setPlainText(answer.text)
        self.editor.setMinimumHeight(220)
        self.editor.setAccessibleName(
            self.tr("Your answer to question {n}").format(n=question.number)
        )
        self.editor.setAccessibleDescription(question_text(question.question))
        answer_label.setBuddy(self.editor)
        layout.addWidget(answer_label)
        layout.addWidget(self.editor, 1)

        count_row = QHBoxLayout()
        self.count_label = QLabel()
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        limit_label = QLabel(self.tr("&Limit for this answer:"))
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(1, LARGEST_LIMIT)
        self.limit_spin.setGroupSeparatorShown(True)
        self.limit_spin.setValue(self._limit.maximum)
        self.limit_spin.setAccessibleName(self.tr("Limit for this answer"))
        limit_label.setBuddy(self.limit_spin)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("words"), LimitUnit.WORDS)
        self.unit_combo.addItem(self.tr("characters"), LimitUnit.CHARACTERS)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(self._limit.unit))
        self.unit_combo.setAccessibleName(self.tr("Count the limit in"))
        count_row.addWidget(limit_label)
        count_row.addWidget(self.limit_spin)
        count_row.addWidget(self.unit_combo)
        layout.addLayout(count_row)

        self.limit_problem = ProblemLabel()
        layout.addWidget(self.limit_problem)

        self.editor.textChanged.connect(self._text_changed)
        self.editor.left.connect(state.saver.flush)
        self.limit_spin.valueChanged.connect(self._limit_changed)
        self.unit_combo.currentIndexChanged.connect(self._limit_changed)
        self._answered = answer.is_answered
        self._within = True
        self._show_count(answer.text)

    def _profile_box(self, profile: Profile | None) -> QGroupBox:
        box = QGroupBox(self.tr("From your group’s profile"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(wrapped(self._profile_summary(profile)))
        button = QPushButton(self.tr("Open the group &profile"))
        button.clicked.connect(self.profile_requested)
        box_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _profile_summary(self, profile: Profile | None) -> str:
        if profile is None or profile.kind is None:
            return self.tr(
                "You have not said what kind of organisation your group is yet. "
                "Open the group profile to choose, and it will show here."
            )
        lines = [QCoreApplication.translate("OrganisationKind", profile.kind.label)]
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

    def _show_example(self, shown: bool) -> None:
        self.example_label.setVisible(shown)
        self.example_button.setText(
            self.tr("Hide the &example")
            if shown
            else self.tr("Show an &example of a strong answer")
        )

    def _text_changed(self) -> None:
        text = self.editor.toPlainText()
        self._state.save_answer(self.question.key, text)
        self._show_count(text)

    def _limit_changed(self) -> None:
        self._limit = Limit(
            self.limit_spin.value(), self.unit_combo.currentData(), self._limit.minimum
        )
        own_limit = None if self._limit == self.question.limit else self._limit
        self._state.save_limit(self.question.key, own_limit)
        self._show_count(self.editor.toPlainText())

    def _show_count(self, text: str) -> None:
        check = check_limit(text, self._limit, self.question.word_rule)
        counted = count_text(check)
        self.count_label.setText(counted)
        self.count_label.setAccessibleName(counted)
        self.limit_problem.say(limit_message(check))
        helper = self.helper
        state = (
            bool(text.strip()) or (helper is not None and helper.has_content()),
            check.within and not (helper is not None and helper.needs_attention()),
        )
        if state != (self._answered, self._within):
            self._answered, self._within = state
            self.state_changed.emit()

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
        dialog = RevisionsDialog(revisions, self.question.word_rule, self)
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
        return f"{self.question.number}. {question_text(self.question.short_title)}"

    def state(self) -> StepState:
        if not self._within:
            return StepState.NEEDS_ATTENTION
        return StepState.DONE if self._answered else StepState.NOT_STARTED

    def first_field(self) -> QWidget:
        return self.editor
