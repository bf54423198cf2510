"""A funder's form printed blank, with room to write, for drafting on paper at home."""

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from grantdesk.domain.funders import Funder, form_questions
from grantdesk.domain.questions import Question, QuestionKind, describe_answer
from grantdesk.domain.wordcount import LimitUnit
from grantdesk.report.fonts import markup
from grantdesk.report.layout import RULE, TEXT_WIDTH, a4_document, furniture
from grantdesk.report.pdf import BODY, COVER_TITLE, QUESTION, QUIET_NOTE, SUBHEADING

WORDS_PER_LINE = 12
CHARACTERS_PER_LINE = 70
MOST_LINES = 40
NO_LIMIT_LINES = 12


class WritingLines(Flowable):
    """Ruled lines to write an answer on."""

    def __init__(self, count: int, gap: float = 8 * mm):
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, available_width, available_height):
        return TEXT_WIDTH, self.count * self.gap

    def split(self, available_width, available_height):
        fits = int(available_height // self.gap)
        if fits < 1 or fits >= self.count:
            return []
        return [WritingLines(fits, self.gap), WritingLines(self.count - fits, self.gap)]

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        for line in range(1, self.count + 1):
            y = self.count * self.gap - line * self.gap
            self.canv.line(0, y, TEXT_WIDTH, y)


def lines_for(question: Question) -> int:
    """Room to write the answer: one line for a single value or a one-line answer, else enough
    for the limit (or a page's worth where there is none)."""
    if not question.kind.is_text or question.kind is QuestionKind.ONE_LINE:
        return 1
    maximum = question.limit.maximum
    if maximum is None:
        return NO_LIMIT_LINES
    per_line = WORDS_PER_LINE if question.limit.unit is LimitUnit.WORDS else CHARACTERS_PER_LINE
    return max(4, min(MOST_LINES, -(-maximum // per_line)))


def build_blank_form(funder: Funder, target: Path | BinaryIO) -> None:
    document = a4_document(target, f"{funder.display_name}: blank form", "")
    story: list[Flowable] = [
        Paragraph(markup(funder.display_name or "Application form"), COVER_TITLE),
        Paragraph("A blank copy of the form, to draft your answers on paper.", QUIET_NOTE),
    ]
    if funder.priorities:
        story.append(Paragraph("The funder’s priorities", SUBHEADING))
        story.extend(
            Paragraph(markup(priority), BODY, bulletText="•") for priority in funder.priorities
        )
    for question in form_questions(funder):
        described = describe_answer(question)
        block: list[Flowable] = [
            Paragraph(f"{markup(question.shown_number)}. {markup(question.question)}", QUESTION),
            Paragraph(markup(f"{described[0].upper()}{described[1:]}."), QUIET_NOTE),
        ]
        if question.guidance.strip():
            block.append(Paragraph(markup(question.guidance), QUIET_NOTE))
        lines = lines_for(question)
        story.append(KeepTogether([*block, WritingLines(min(3, lines))]))
        if lines > 3:
            story.append(WritingLines(lines - 3))
        story.append(Spacer(1, 4 * mm))
    story[-1:] = []
    document.build(story, canvasmaker=furniture(funder.display_name, "", draft=False))
