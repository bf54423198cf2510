"""The answer to a question that wants a single value: a sum in pounds, a percentage or a date
typed in one line; yes or no, or one of the funder's choices, from a list; or a figure GrantDesk
already holds, shown as it stands and followed wherever it changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from grantdesk.domain.answers import HOLDINGS, NO, YES, held_value, value_problem
from grantdesk.domain.finances import Finances
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.organisation import Profile
from grantdesk.domain.questions import FigureSource, Question, QuestionKind
from grantdesk.ui.common.language import say
from grantdesk.ui.common.text_size import maximum_characters, scaled_font
from grantdesk.ui.common.widgets import LineField, ProblemLabel, wrapped

PLACEHOLDERS = {
    QuestionKind.MONEY: QT_TRANSLATE_NOOP("ValueAnswer", "for example £1,250"),
    QuestionKind.PERCENT: QT_TRANSLATE_NOOP("ValueAnswer", "for example 12.5%"),
    QuestionKind.DATE: QT_TRANSLATE_NOOP("ValueAnswer", "day/month/year, for example 15/01/2027"),
}
PAGE_NAMES = {
    "profile": QT_TRANSLATE_NOOP("ValueAnswer", "Open the group profile"),
    "details": QT_TRANSLATE_NOOP("ValueAnswer", "Go to About this application"),
    "budget": QT_TRANSLATE_NOOP("ValueAnswer", "Go to the budget"),
    "match_funding": QT_TRANSLATE_NOOP("ValueAnswer", "Go to other funding"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValueAnswer", text)


def answered_and_fine(
    question: Question, text: str, profile: Profile | None, finances: Finances | None
) -> tuple[bool, bool]:
    """Whether the question has an answer, and whether that answer passes its checks: a held
    figure is answered once GrantDesk holds a good one; a typed value once anything is typed."""
    problem = "" if finances is None else value_problem(question, text, profile, finances)
    if question.source is not FigureSource.TYPED:
        return finances is not None and not problem, not problem
    return bool(text.strip()), not problem


class ValueAnswer(QWidget):
    """Typed or chosen values are saved as typed (nothing is lost); a value that cannot be
    read is said in words when the person leaves the field. A held figure is only shown."""

    edited = Signal(str)
    left = Signal()
    go_to_requested = Signal(str)
    """The page where GrantDesk keeps a held figure, to change it there."""

    def __init__(self, question: Question, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._text = text
        self._profile: Profile | None = None
        self._finances: Finances | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problem = ProblemLabel()
        self.field: QWidget
        if question.source is not FigureSource.TYPED:
            holding = HOLDINGS[question.source]
            self.held = QLabel()
            scaled_font(self.held, 1.2, bold=True)
            self.held_note = wrapped()
            self.go_button = QPushButton(say(PAGE_NAMES[holding.page]))
            self.go_button.clicked.connect(lambda: self.go_to_requested.emit(holding.page))
            layout.addWidget(self.held)
            layout.addWidget(self.held_note)
            layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.field = self.go_button
        elif question.kind in (QuestionKind.YES_NO, QuestionKind.CHOICE):
            self.combo = QComboBox()
            self.combo.addItem(QCoreApplication.translate("ValueAnswer", "Choose…"), "")
            options = (YES, NO) if question.kind is QuestionKind.YES_NO else question.choices
            for option in options:
                self.combo.addItem(
                    QCoreApplication.translate("ValueAnswer", option)
                    if option in (YES, NO)
                    else option,
                    option,
                )
            if text and self.combo.findData(text) < 0:
                self.combo.addItem(text, text)  # a choice the funder has since dropped
            self.combo.setCurrentIndex(max(0, self.combo.findData(text)))
            self.combo.currentIndexChanged.connect(self._chosen)
            layout.addWidget(self.combo)
            self.field = self.combo
        else:
            self.line = LineField(text)
            self.line.setPlaceholderText(say(PLACEHOLDERS[question.kind]))
            maximum_characters(self.line, 60)
            self.line.textChanged.connect(self._typed)
            self.line.left.connect(self._left)
            layout.addWidget(self.line)
            self.field = self.line
        layout.addWidget(self.problem)

    def show_facts(self, profile: Profile | None, finances: Finances) -> None:
        """What GrantDesk holds now, for a held figure and for the checks."""
        self._profile, self._finances = profile, finances
        if self.question.source is FigureSource.TYPED:
            self.problem.say(self._problem() if self.problem.isVisible() else "")
            return
        value = held_value(self.question.source, profile, finances)
        holding = HOLDINGS[self.question.source]
        self.held.setText(value or QCoreApplication.translate("ValueAnswer", "Not given yet"))
        self.held.setAccessibleName(
            value or QCoreApplication.translate("ValueAnswer", "Not given yet")
        )
        note = (
            QCoreApplication.translate(
                "ValueAnswer",
                "GrantDesk fills this in from {what}, and keeps it in step when that changes.",
            )
            if value
            else QCoreApplication.translate(
                "ValueAnswer", "GrantDesk fills this in from {what}, which it does not have yet."
            )
        )
        self.held_note.setText(
            note.format(what=QCoreApplication.translate("ValueAnswer", holding.what))
        )

    def text(self) -> str:
        return self._text

    def answered_and_fine(self) -> tuple[bool, bool]:
        return answered_and_fine(self.question, self._text, self._profile, self._finances)

    def _problem(self) -> str:
        if self._finances is None:
            return ""
        return value_problem(self.question, self._text, self._profile, self._finances)

    def _typed(self, text: str) -> None:
        self._text = text
        self.edited.emit(text)

    def _chosen(self) -> None:
        self._text = self.combo.currentData() or ""
        self.edited.emit(self._text)

    def _left(self) -> None:
        self.problem.say(QCoreApplication.translate("InputError", self._problem()))
        self.left.emit()
