"""A funder's form printed blank, with room to write, for drafting on paper at home."""

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from grantdesk.domain.funders import Funder, form_questions
from grantdesk.domain.wordcount import LimitUnit, describe_limit
from grantdesk.report.fonts import markup
from grantdesk.report.layout import RULE, TEXT_WIDTH, a4_document, furniture
from grantdesk.report.pdf import BODY, COVER_TITLE, QUESTION, QUIET_NOTE, SUBHEADING

WORDS_PER_LINE = 12
CHARACTERS_PER_LINE = 70
MOST_LINES = 40


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


def lines_for(maximum: int, unit: LimitUnit) -> int:
    per_line = WORDS_PER_LINE if unit is LimitUnit.WORDS else CHARACTERS_PER_LINE
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
        limit = question.limit
        described = describe_limit(limit)
        limit_text = f"{described[0].upper()}{described[1:]}."
        block: list[Flowable] = [
            Paragraph(f"{question.number}. {markup(question.question)}", QUESTION),
            Paragraph(limit_text, QUIET_NOTE),
        ]
        if question.guidance.strip():
            block.append(Paragraph(markup(question.guidance), QUIET_NOTE))
        story.append(KeepTogether([*block, WritingLines(3)]))
        story.append(WritingLines(lines_for(limit.maximum, limit.unit) - 3))
        story.append(Spacer(1, 4 * mm))
    story[-1:] = []
    document.build(story, canvasmaker=furniture(funder.display_name, "", draft=False))
