"""The two tables of a funder's record: its form (each question with its number, kind, limit,
guidance and the common questions it asks) and its requirements in words."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from grantdesk.domain.funders import FunderQuestion, Requirement
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.money import format_money, means_nothing, parse_money
from grantdesk.domain.organisation import parse_count
from grantdesk.domain.questions import COMMON_QUESTIONS, FigureSource, QuestionKind
from grantdesk.domain.wordcount import LimitUnit
from grantdesk.ui.common.language import say
from grantdesk.ui.common.tables import (
    Column,
    LinesEditor,
    LineTableModel,
    chosen,
)
from grantdesk.ui.common.text_size import minimum_lines
from grantdesk.ui.common.widgets import wrapped

UNIT_LABELS = {
    LimitUnit.WORDS: QT_TRANSLATE_NOOP("FundersView", "words"),
    LimitUnit.CHARACTERS: QT_TRANSLATE_NOOP("FundersView", "characters"),
}
KIND_LABELS = {
    QuestionKind.LONG_ANSWER: QT_TRANSLATE_NOOP("FundersView", "Long answer"),
    QuestionKind.ONE_LINE: QT_TRANSLATE_NOOP("FundersView", "One line"),
    QuestionKind.MONEY: QT_TRANSLATE_NOOP("FundersView", "Sum in pounds"),
    QuestionKind.PERCENT: QT_TRANSLATE_NOOP("FundersView", "Percentage"),
    QuestionKind.DATE: QT_TRANSLATE_NOOP("FundersView", "Date"),
    QuestionKind.YES_NO: QT_TRANSLATE_NOOP("FundersView", "Yes or no"),
    QuestionKind.CHOICE: QT_TRANSLATE_NOOP("FundersView", "A choice"),
}
SOURCE_LABELS = {
    FigureSource.TYPED: QT_TRANSLATE_NOOP("FundersView", "Typed by the group"),
    FigureSource.INCOME_LAST_YEAR: QT_TRANSLATE_NOOP("FundersView", "Income last year (profile)"),
    FigureSource.AMOUNT_REQUESTED: QT_TRANSLATE_NOOP("FundersView", "Amount asked for"),
    FigureSource.PROJECT_COST: QT_TRANSLATE_NOOP("FundersView", "Total cost of the project"),
    FigureSource.OTHER_FUNDING: QT_TRANSLATE_NOOP("FundersView", "Other funding"),
    FigureSource.GRANT_SHARE: QT_TRANSLATE_NOOP(
        "FundersView", "Share of the cost the grant covers"
    ),
    FigureSource.PROJECT_START: QT_TRANSLATE_NOOP("FundersView", "Date the project starts"),
    FigureSource.PROJECT_END: QT_TRANSLATE_NOOP("FundersView", "Date the project ends"),
}


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


def _words_or_characters() -> str:
    return QCoreApplication.translate("FundersView", "words or characters")


def with_maximum(question: FunderQuestion, text: str) -> FunderQuestion:
    """An empty "at most" (or "none", "no limit") is no limit; it can never be less than the
    "at least"."""
    if means_nothing(text) or text.strip().casefold() == "no limit":
        return replace(question, maximum=None)
    maximum = parse_count(text, _words_or_characters())
    if maximum == 0:
        raise ValueError("Please type the limit as a figure, such as 250, or leave it empty.")
    if maximum is not None and question.minimum is not None and maximum < question.minimum:
        raise ValueError(
            f"The most cannot be less than the least ({question.minimum:,}). Please change the "
            "least first."
        )
    return replace(question, maximum=maximum)


def with_minimum(question: FunderQuestion, text: str) -> FunderQuestion:
    minimum = parse_count(text, _words_or_characters()) or None
    if minimum is not None and question.maximum is not None and minimum > question.maximum:
        raise ValueError(
            f"The least cannot be more than the most ({question.maximum:,}). Please change the "
            "most first."
        )
    return replace(question, minimum=minimum)


def with_kind(question: FunderQuestion, kind: QuestionKind) -> FunderQuestion:
    """A new kind keeps where the answer comes from only if that suits the kind."""
    source = question.source if question.source.kind in (None, kind) else FigureSource.TYPED
    return replace(question, kind=kind, source=source)


def with_source(question: FunderQuestion, source: FigureSource) -> FunderQuestion:
    """Taking the answer from what GrantDesk holds makes the question that kind of figure."""
    return replace(question, source=source, kind=source.kind or question.kind)


def _written(question: FunderQuestion, figure: int | None) -> str:
    """A limit as the table shows it: only a written answer has one."""
    return "" if figure is None or not question.kind.is_text else f"{figure:,}"


def list_text(items: tuple[str, ...]) -> str:
    """A short list (choices, budget headings) as one line: "North; South"."""
    return "; ".join(items)


def parse_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace("\n", ";").split(";") if part.strip())


class FunderQuestions(LinesEditor):
    def __init__(self, parent: QWidget | None = None):
        model = LineTableModel(
            [
                Column(
                    QCoreApplication.translate("FundersView", "No."),
                    lambda q, _: q.label,
                    lambda q, text: replace(q, label=text.strip()),
                ),
                Column(
                    QCoreApplication.translate(
                        "FundersView", "The question, in the funder’s words"
                    ),
                    lambda q, _: q.text,
                    lambda q, text: replace(q, text=text),
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("FundersView", "Kind"),
                    lambda q, _: say(KIND_LABELS[q.kind]),
                    lambda q, text: with_kind(
                        q,
                        chosen(
                            text,
                            KIND_LABELS,
                            say,
                            QCoreApplication.translate(
                                "FundersView", "Please choose a kind from the list."
                            ),
                        ),
                    ),
                    choices=lambda: [say(label) for label in KIND_LABELS.values()],
                ),
                Column(
                    QCoreApplication.translate("FundersView", "At most"),
                    lambda q, _: _written(q, q.maximum),
                    with_maximum,
                    right_aligned=True,
                ),
                Column(
                    QCoreApplication.translate("FundersView", "At least"),
                    lambda q, _: _written(q, q.minimum),
                    with_minimum,
                    right_aligned=True,
                ),
                Column(
                    QCoreApplication.translate("FundersView", "Counted in"),
                    lambda q, _: say(UNIT_LABELS[q.unit]) if q.kind.is_text else "",
                    lambda q, text: replace(
                        q,
                        unit=chosen(
                            text,
                            UNIT_LABELS,
                            say,
                            QCoreApplication.translate(
                                "FundersView", "Please choose words or characters."
                            ),
                        ),
                    ),
                    choices=lambda: [say(label) for label in UNIT_LABELS.values()],
                ),
                Column(
                    QCoreApplication.translate("FundersView", "Guidance note"),
                    lambda q, _: q.guidance,
                    lambda q, text: replace(q, guidance=text),
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("FundersView", "Common questions it asks"),
                    lambda q, _: covers_text(q.covers),
                    lambda q, text: replace(q, covers=parse_covers(text)),
                ),
                Column(
                    QCoreApplication.translate("FundersView", "Choices (for a choice)"),
                    lambda q, _: list_text(q.choices),
                    lambda q, text: replace(q, choices=parse_list(text)),
                ),
                Column(
                    QCoreApplication.translate("FundersView", "Answer filled in from"),
                    lambda q, _: say(SOURCE_LABELS[q.source]),
                    lambda q, text: with_source(
                        q,
                        chosen(
                            text,
                            SOURCE_LABELS,
                            say,
                            QCoreApplication.translate(
                                "FundersView", "Please choose from the list."
                            ),
                        ),
                    ),
                    choices=lambda: [say(label) for label in SOURCE_LABELS.values()],
                ),
            ]
        )
        super().__init__(
            model,
            QCoreApplication.translate("FundersView", "Add a &question"),
            parent,
            remove_text=QCoreApplication.translate("FundersView", "Remove question"),
        )
        self.table.setAccessibleName(self.tr("The funder’s questions"))
        minimum_lines(self.table, 12)
        self.lines_layout.insertWidget(
            0,
            wrapped(
                self.tr(
                    "Type the questions in the funder’s own words and order, with its own "
                    "numbers if it has them. Leave “At most” empty where the funder sets no "
                    "limit. For a written answer, give the numbers of the common questions it "
                    "asks, so earlier answers can move across: {list}. A figure can be filled "
                    "in from what GrantDesk already holds, and then keeps in step with it."
                ).format(list="; ".join(f"{q.number} {q.short_title}" for q in COMMON_QUESTIONS))
            ),
        )

    def new_row(self) -> FunderQuestion:
        return FunderQuestion()


def _with_from(requirement: Requirement, text: str) -> Requirement:
    low = parse_money(text)
    if low is not None and requirement.to_pence is not None and low > requirement.to_pence:
        raise ValueError("The smallest grant it applies to cannot be more than the largest.")
    return replace(requirement, from_pence=low)


def _with_to(requirement: Requirement, text: str) -> Requirement:
    high = parse_money(text)
    if high is not None and requirement.from_pence is not None and high < requirement.from_pence:
        raise ValueError("The largest grant it applies to cannot be less than the smallest.")
    return replace(requirement, to_pence=high)


class FunderRequirements(LinesEditor):
    """What the funder asks for that no rule captures, each for the grants it applies to."""

    def __init__(self, parent: QWidget | None = None):
        model = LineTableModel(
            [
                Column(
                    QCoreApplication.translate("FundersView", "What the funder asks for"),
                    lambda r, _: r.text,
                    lambda r, text: replace(r, text=text),
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("FundersView", "For grants from"),
                    lambda r, _: "" if r.from_pence is None else format_money(r.from_pence),
                    _with_from,
                    right_aligned=True,
                ),
                Column(
                    QCoreApplication.translate("FundersView", "Up to"),
                    lambda r, _: "" if r.to_pence is None else format_money(r.to_pence),
                    _with_to,
                    right_aligned=True,
                ),
            ]
        )
        super().__init__(
            model,
            QCoreApplication.translate("FundersView", "Add a requ&irement"),
            parent,
            remove_text=QCoreApplication.translate("FundersView", "Remove requirement"),
        )
        self.table.setAccessibleName(self.tr("The funder’s requirements"))
        minimum_lines(self.table, 7)
        self.lines_layout.insertWidget(
            0,
            wrapped(
                self.tr(
                    "Anything else the funder asks for, in its words (“a copy of your latest "
                    "accounts”). Leave the amounts empty if it applies to every grant. Each "
                    "application to this funder shows them as a checklist."
                )
            ),
        )

    def new_row(self) -> Requirement:
        return Requirement()
