"""The printed application as an A4 PDF: cover, organisation, every answer with the budget,
plan and exit strategy beside their questions, and the declaration to sign.

The funder's copy says only what the group wrote, in the funder's order and wording, with the
tables. A draft adds notes to the group (counts, what is still missing), each clearly marked.
The same function serves the window's Print and Export and `grantdesk pdf`.
"""

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from grantdesk.domain.application import UNTITLED
from grantdesk.domain.budget import (
    OVERHEADS,
    CostTable,
    VatMode,
    balance_statement,
    format_percent,
    money_figures,
)
from grantdesk.domain.budget import format_quantity as quantity_text
from grantdesk.domain.exit import ExitRouteKind, notice_sentence, route_detail
from grantdesk.domain.messages import ENGLISH, QT_TRANSLATE_NOOP, Message, Template, Wording
from grantdesk.domain.money import format_money
from grantdesk.domain.plan import plan_table
from grantdesk.domain.printable import (
    PrintableApplication,
    QuestionAnswer,
    printed_value,
    readiness_problems,
    section_places,
    written_language,
)
from grantdesk.domain.wordcount import LimitUnit
from grantdesk.report.fonts import BOLD, ITALIC, REGULAR, markup, printable
from grantdesk.report.layout import (
    ACCENT,
    DRAFT_RED,
    INK,
    QUIET,
    TEXT_WIDTH,
    a4_document,
    furniture,
    shorten_to_width,
)
from grantdesk.report.tables import CELL_BOLD, Column, Grid, facts_table

BODY = ParagraphStyle(
    "body",
    fontName=REGULAR,
    bulletFontName=REGULAR,
    fontSize=10.5,
    leading=14.5,
    textColor=INK,
    spaceAfter=6,
    allowWidows=0,
    allowOrphans=0,
)
BODY_BOLD = ParagraphStyle("body_bold", parent=BODY, fontName=BOLD, spaceAfter=0)
BODY_CELL = ParagraphStyle("body_cell", parent=BODY, spaceAfter=0)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=12, spaceAfter=4)
QUIET_NOTE = ParagraphStyle("quiet", parent=SMALL, textColor=QUIET)
NOTE_FOR_GROUP = ParagraphStyle(
    "note_for_group",
    parent=SMALL,
    fontName=ITALIC,
    textColor=DRAFT_RED,
    borderColor=DRAFT_RED,
    borderWidth=0.6,
    borderPadding=4,
    leftIndent=4,
    rightIndent=4,
    spaceBefore=6,
    spaceAfter=10,
)
COVER_TITLE = ParagraphStyle(
    "cover_title",
    parent=BODY,
    fontName=BOLD,
    fontSize=26,
    leading=32,
    textColor=ACCENT,
    spaceAfter=10,
)
COVER_GROUP = ParagraphStyle("cover_group", parent=BODY, fontSize=15, leading=20, spaceAfter=24)
SECTION = ParagraphStyle(
    "section",
    parent=BODY,
    fontName=BOLD,
    fontSize=15,
    leading=19,
    textColor=ACCENT,
    spaceBefore=10,
    spaceAfter=8,
    keepWithNext=1,
)
QUESTION = ParagraphStyle(
    "question",
    parent=BODY,
    fontName=BOLD,
    fontSize=11.5,
    leading=15,
    spaceBefore=12,
    spaceAfter=3,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "subheading", parent=BODY, fontName=BOLD, spaceBefore=8, spaceAfter=4, keepWithNext=1
)
HEADINGS = (COVER_TITLE, SECTION, QUESTION, SUBHEADING)

VAT_WORDS = {
    VatMode.NO_VAT: QT_TRANSLATE_NOOP("Printed", "No VAT"),
    VatMode.ADD_VAT: QT_TRANSLATE_NOOP("Printed", "+ VAT"),
    VatMode.INCLUDES_VAT: QT_TRANSLATE_NOOP("Printed", "Incl. VAT"),
}
ROUTE_HEADINGS = {
    ExitRouteKind.OTHER_FUNDERS: QT_TRANSLATE_NOOP("Printed", "Funding from elsewhere"),
    ExitRouteKind.EARNED_INCOME: QT_TRANSLATE_NOOP("Printed", "Earned income"),
    ExitRouteKind.VOLUNTEERS: QT_TRANSLATE_NOOP("Printed", "Volunteers"),
    ExitRouteKind.PARTNER: QT_TRANSLATE_NOOP("Printed", "A partner"),
    ExitRouteKind.LEGACY: QT_TRANSLATE_NOOP("Printed", "What the project leaves behind"),
}
"""How each way of carrying on is headed on the funder's copy (the screen's own labels are
choices addressed to the group)."""
PLAN_COLUMNS = (
    QT_TRANSLATE_NOOP("Printed", "Need"),
    QT_TRANSLATE_NOOP("Printed", "Outcome"),
    QT_TRANSLATE_NOOP("Printed", "Indicator"),
    QT_TRANSLATE_NOOP("Printed", "Baseline"),
    QT_TRANSLATE_NOOP("Printed", "Target"),
    QT_TRANSLATE_NOOP("Printed", "Method"),
    QT_TRANSLATE_NOOP("Printed", "When"),
)
NO_ANSWER_YET = QT_TRANSLATE_NOOP("Printed", "no answer yet.")
MOST_PLAN_LINES = 7
"""A plan grid whose cells would run longer than this prints as one block per outcome."""
OUTLINE_LENGTH = 90 * mm


def document_title(application: PrintableApplication) -> str:
    """The title the PDF carries (and a viewer shows in its window bar): the application's
    title and the group's name."""
    group = application.profile.name.strip()
    return printable(" – ".join(part for part in (application.title, group) if part))


def build_pdf(
    application: PrintableApplication,
    target: Path | BinaryIO,
    *,
    draft: bool,
    today: date,
    on_progress: Callable[[int, int], None] | None = None,
    words: Wording = ENGLISH,
) -> None:
    """Write the application as an A4 PDF to a path or an open binary file. `on_progress(done,
    total)` is told, as the pages are laid out, how many of the parts of the application are
    placed; an exception it raises stops the build. GrantDesk's own words are put in the
    reader's language by `words`; the group's are printed as they wrote them."""
    details = application.summary.details
    document = a4_document(
        target,
        document_title(application),
        application.profile.name.strip(),
        written_language(application),
        subject=" – ".join(part for part in (details.funder, details.fund) if part),
    )
    story = _Story(application, draft, today, words).flowables()
    if on_progress is not None:
        total = len(story)
        document.setProgressCallBack(
            lambda kind, value: on_progress(value, total) if kind == "PROGRESS" else None
        )
    document.build(
        story,
        canvasmaker=furniture(application.profile.name, application.title, draft, words),
    )


def write_pdf(
    application: PrintableApplication,
    target: Path,
    *,
    draft: bool,
    today: date,
    on_progress: Callable[[int, int], None] | None = None,
    words: Wording = ENGLISH,
) -> None:
    """Write the PDF to a file whole or not at all: it is built beside the file under another
    name and put in its place only when finished, so a build stopped or failed part-way
    leaves no half-written file, and any earlier file of that name as it was."""
    handle, name = tempfile.mkstemp(prefix=".", suffix=".pdf.part", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    partial.chmod(0o644)  # as a file saved by any program, not private as a temporary one
    try:
        build_pdf(
            application, partial, draft=draft, today=today, on_progress=on_progress, words=words
        )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def heading(text: str, style: ParagraphStyle, level: int) -> Paragraph:
    """A heading that is also a bookmark at the given level of the outline."""
    paragraph = Paragraph(markup(text), style)
    paragraph.outline_title = shorten_to_width(
        " ".join(printable(text).split()), OUTLINE_LENGTH, REGULAR, 10
    )
    paragraph.outline_level = level
    return paragraph


def paragraphs(text: str, style: ParagraphStyle = BODY) -> list[Paragraph]:
    """One flowable per paragraph the person typed, so long answers flow across pages."""
    blocks = printable(text).replace("\r\n", "\n").split("\n\n")
    return [
        Paragraph(markup(piece), style)
        for block in blocks
        if block.strip()
        for piece in in_pieces(block.strip("\n"))
    ]


LONGEST_PIECE = 3000
"""Characters laid out as one paragraph. ReportLab lays out the rest of a paragraph again on
every page it continues onto, so a paragraph of 100,000 characters would take minutes."""
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def in_pieces(block: str) -> list[str]:
    """A paragraph longer than any funder allows, cut at sentence ends (or, failing those,
    between words) into pieces of at most LONGEST_PIECE characters; shorter ones are whole."""
    if len(block) <= LONGEST_PIECE:
        return [block]
    pieces: list[str] = []
    start = 0
    while len(block) - start > LONGEST_PIECE:
        window = block[start : start + LONGEST_PIECE]
        ends = [match.end() for match in SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > LONGEST_PIECE // 2 else window.rfind(" ") + 1
        cut = cut if cut > 0 else LONGEST_PIECE
        pieces.append(block[start : start + cut].rstrip())
        start += cut
    pieces.append(block[start:])
    return pieces


class _Story:
    def __init__(self, application: PrintableApplication, draft: bool, today: date, words: Wording):
        self.application = application
        self.words = words
        self.draft = draft
        self.today = today

    def note(self, text: Message | Template | str) -> list[Flowable]:
        """A note to the group, on drafts only; never on the funder's copy."""
        if not self.draft:
            return []
        note = self.words(QT_TRANSLATE_NOOP("Printed", "Note for the group:"))
        return [Paragraph(f"<b>{escape(note)}</b> {markup(self.words(text))}", NOTE_FOR_GROUP)]

    def flowables(self) -> list[Flowable]:
        story = [*self.cover(), PageBreak(), *self.organisation()]
        story.append(
            heading(self.words(QT_TRANSLATE_NOOP("Printed", "The application")), SECTION, 0)
        )
        beside, further = section_places(self.application)
        for item in self.application.answers:
            story.extend(self.question(item, beside.get(item.question.key, ())))
        story.extend(self.further_information(further))
        if self.application.asks.declaration:
            story.extend(self.declaration())
        return story

    def cover(self) -> list[Flowable]:
        application = self.application
        details = application.summary.details
        requested = details.amount_requested_pence
        facts = [
            (self.words(QT_TRANSLATE_NOOP("Printed", "Funder")), details.funder),
            (self.words(QT_TRANSLATE_NOOP("Printed", "Fund")), details.fund),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Amount requested")),
                format_money(requested) if requested is not None else "",
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Funder’s reference")),
                details.funder_reference,
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Closing date")),
                self.words.date(details.closing_date) if details.closing_date else "",
            ),
            (self.words(QT_TRANSLATE_NOOP("Printed", "Project dates")), self.project_dates()),
            (self.words(QT_TRANSLATE_NOOP("Printed", "Date")), self.words.date(self.today)),
        ]
        cover: list[Flowable] = [
            Spacer(1, 40 * mm),
            heading(details.title.strip() or UNTITLED, COVER_TITLE, 0),
            Paragraph(markup(application.profile.name.strip()), COVER_GROUP),
            facts_table([(label, value) for label, value in facts if value]),
        ]
        if self.draft:
            problems = readiness_problems(application, self.today)
            cover.append(Spacer(1, 10 * mm))
            if problems:
                cover += self.note(
                    self.words(
                        QT_TRANSLATE_NOOP(
                            "Printed", "this copy is a draft. Still to put right before it is sent:"
                        )
                    )
                    + "\n"
                    + "\n".join(f"• {self.words(problem.message)}" for problem in problems)
                )
            else:
                cover += self.note(QT_TRANSLATE_NOOP("Printed", "this copy is marked as a draft."))
        return cover

    def project_dates(self) -> str:
        details = self.application.summary.details
        if details.project_start and details.project_end:
            return self.words(
                QT_TRANSLATE_NOOP("Printed", "{start} to {end}"),
                start=details.project_start,
                end=details.project_end,
            )
        return ""

    def organisation(self) -> list[Flowable]:
        profile = self.application.profile
        kind = profile.kind
        income = profile.last_year_income_pence
        facts = [
            (self.words(QT_TRANSLATE_NOOP("Printed", "Name")), profile.name),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Kind of organisation")),
                self.words(kind.label) if kind else "",
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Charity number")),
                profile.charity_number if kind and kind.has_charity_number else "",
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Company number")),
                profile.company_number if kind and kind.has_company_number else "",
            ),
            (self.words(QT_TRANSLATE_NOOP("Printed", "Address")), profile.address),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Main contact")),
                ", ".join(p for p in (profile.contact_name, profile.contact_role) if p),
            ),
            (self.words(QT_TRANSLATE_NOOP("Printed", "Email")), profile.contact_email),
            (self.words(QT_TRANSLATE_NOOP("Printed", "Telephone")), profile.contact_phone),
            (self.words(QT_TRANSLATE_NOOP("Printed", "What the group does")), profile.activities),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Year set up")),
                str(profile.year_founded) if profile.year_founded else "",
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Volunteers")),
                f"{profile.volunteers:,}" if profile.volunteers is not None else "",
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Paid staff")),
                f"{profile.paid_staff:,}" if profile.paid_staff is not None else "",
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Income last year")),
                format_money(income) if income is not None else "",
            ),
            (
                self.words(QT_TRANSLATE_NOOP("Printed", "Bank account in the group’s name")),
                {
                    True: self.words(QT_TRANSLATE_NOOP("Printed", "Yes")),
                    False: self.words(QT_TRANSLATE_NOOP("Printed", "No")),
                    None: "",
                }[profile.has_bank_account],
            ),
        ]
        filled = [(label, value) for label, value in facts if value.strip()]
        if not filled:
            return self.note(
                QT_TRANSLATE_NOOP("Printed", "the group’s profile has not been filled in.")
            )
        return [
            heading(self.words(QT_TRANSLATE_NOOP("Printed", "About the organisation")), SECTION, 0),
            facts_table(filled),
        ]

    def question(self, item: QuestionAnswer, sections: tuple[str, ...]) -> list[Flowable]:
        question = item.question
        title = heading(f"{question.shown_number}. {self.words(question.question)}", QUESTION, 1)
        if not question.kind.is_text:
            value = printed_value(self.application, item)
            return (
                [title, Paragraph(markup(value), BODY)]
                if value
                else [
                    title,
                    *self.note(NO_ANSWER_YET),
                ]
            )
        structured = [flowable for key in sections for flowable in self.structured(key, level=2)]
        answer = paragraphs(item.answer.text)
        flowables: list[Flowable] = [title, *answer]
        limit = item.limit
        if answer and limit.maximum is not None:
            flowables += self.note(self.count_note(item))
        elif not answer and not structured:
            flowables += self.note(NO_ANSWER_YET)
        flowables.extend(structured)
        return flowables

    def count_note(self, item: QuestionAnswer) -> str:
        """The answer's length against the funder's limit, and how far over or short it is."""
        check, limit = item.check, item.limit
        of = (
            QT_TRANSLATE_NOOP("Printed", "{length} of %n word(s)")
            if limit.unit is LimitUnit.WORDS
            else QT_TRANSLATE_NOOP("Printed", "{length} of %n character(s)")
        )
        length = self.words(of, limit.maximum, length=f"{check.count:,}")
        if check.over_by:
            length = self.words(
                QT_TRANSLATE_NOOP("Printed", "{length}, {over} over the limit"),
                length=length,
                over=f"{check.over_by:,}",
            )
        elif check.under_by:
            length = self.words(
                QT_TRANSLATE_NOOP("Printed", "{length}, {under} short of the minimum"),
                length=length,
                under=f"{check.under_by:,}",
            )
        return self.words(QT_TRANSLATE_NOOP("Printed", "{length}."), length=length)

    def further_information(self, keys: tuple[str, ...]) -> list[Flowable]:
        """The budget and other funding (and the plan and exit strategy, where the funder asks
        for them) when no question on the form asks for them."""
        sections = [flowable for key in keys for flowable in self.structured(key, level=1)]
        if not sections:
            return []
        return [
            heading(self.words(QT_TRANSLATE_NOOP("Printed", "Further information")), SECTION, 0),
            *sections,
        ]

    def structured(self, key: str, level: int) -> list[Flowable]:
        if key == "budget":
            return self.budget(level)
        if key == "match_funding":
            return self.match_funding(level)
        if key == "monitoring":
            return self.plan(level)
        if key == "exit_strategy":
            return self.exit(level)
        return []

    def budget(self, level: int) -> list[Flowable]:
        budget = self.application.budget
        if not budget.lines:
            return []
        totals = self.application.totals
        multi_year = len({line.year for line in budget.lines} | set(totals.by_year)) > 1
        flowables: list[Flowable] = []
        for table in self.application.finances.cost_tables():
            flowables += self.cost_table(table, multi_year, level)
        flowables.append(Spacer(1, 2 * mm))
        if budget.vat_recoverable:
            flowables.append(
                Paragraph(
                    self.words(
                        QT_TRANSLATE_NOOP(
                            "Printed", "We can reclaim VAT, so VAT is not included in these costs."
                        )
                    ),
                    SMALL,
                )
            )
        elif totals.vat_included:  # with no VAT charged on any line there is nothing to say
            flowables.append(
                Paragraph(
                    self.words(
                        QT_TRANSLATE_NOOP(
                            "Printed",
                            "We cannot reclaim VAT, so VAT is included where it is charged "
                            "({vat} in all).",
                        ),
                        vat=format_money(totals.vat_included),
                    ),
                    SMALL,
                )
            )
        flowables += [
            *self.summary(
                self.words(QT_TRANSLATE_NOOP("Printed", "Category")),
                totals.by_category.items(),
                totals.total,
            ),
        ]
        if multi_year:
            flowables.extend(
                self.summary(
                    self.words(QT_TRANSLATE_NOOP("Printed", "Year")),
                    (
                        (self.words(QT_TRANSLATE_NOOP("Printed", "Year {year}"), year=year), pence)
                        for year, pence in totals.by_year.items()
                    ),
                    totals.total,
                )
            )
        return flowables

    def cost_table(self, table: CostTable, multi_year: bool, level: int) -> list[Flowable]:
        """One table of costs, its lines grouped under their categories."""
        budget, totals = self.application.budget, self.application.totals
        columns = [
            Column(self.words(QT_TRANSLATE_NOOP("Printed", "Description"))),
            Column(self.words(QT_TRANSLATE_NOOP("Printed", "Qty")), figure=True),
            Column(self.words(QT_TRANSLATE_NOOP("Printed", "Unit"))),
            Column(self.words(QT_TRANSLATE_NOOP("Printed", "Cost of one")), figure=True),
            Column(self.words(QT_TRANSLATE_NOOP("Printed", "VAT")), figure=True),
            *(
                [Column(self.words(QT_TRANSLATE_NOOP("Printed", "Year")), figure=True)]
                if multi_year
                else []
            ),
            Column(self.words(QT_TRANSLATE_NOOP("Printed", "Line total")), figure=True),
        ]
        blank = [""] * (len(columns) - 1)
        rows: list[list[str]] = []
        groups = set()
        basis = format_percent(budget.overhead_basis_points or 0)
        for category in totals.by_category:
            lines = [
                number for number in table.lines if budget.lines[number].category_name == category
            ]
            overheads = table.overheads if category == OVERHEADS else ()
            if not lines and not overheads:
                continue
            groups.add(len(rows))
            rows.append([category, *blank])
            for number in lines:
                line = budget.lines[number]
                rows.append(
                    [
                        line.description,
                        quantity_text(line.quantity_hundredths),
                        line.unit,
                        format_money(line.unit_cost_pence),
                        self.words(VAT_WORDS[line.vat]),
                        *([str(line.year)] if multi_year else []),
                        format_money(totals.line_costs[number]),
                    ]
                )
            for overhead in overheads:
                label = (
                    self.words(
                        QT_TRANSLATE_NOOP(
                            "Printed", "Overheads at {basis} of direct costs, year {year}"
                        ),
                        basis=basis,
                        year=overhead.year,
                    )
                    if multi_year
                    else self.words(
                        QT_TRANSLATE_NOOP("Printed", "Overheads at {basis} of direct costs"),
                        basis=basis,
                    )
                )
                rows.append([label, *blank[:-1], format_money(overhead.pence)])
        rows.append([self.words(table.total_label), *blank[:-1], format_money(table.total_pence)])
        grid = Grid(columns, rows, total_rows=1, group_rows=frozenset(groups))
        return [
            heading(self.words(table.title), SUBHEADING, level),
            grid.table(self.squeezed(grid, widen=0)),
        ]

    @staticmethod
    def squeezed(grid: Grid, widen: int | None = None) -> list[float]:
        """The grid's widths in the text column; when even its widest words cannot all fit,
        the figures keep their room and the wordy columns share what is left."""
        widths = grid.widths(widen=widen)
        if widths is not None:
            return widths
        least, _ = grid.measure()
        figures = sum(w for w, column in zip(least, grid.columns, strict=True) if column.figure)
        wordy = sum(w for w, column in zip(least, grid.columns, strict=True) if not column.figure)
        share = (TEXT_WIDTH - figures) / wordy
        return [
            width if column.figure else width * share
            for width, column in zip(least, grid.columns, strict=True)
        ]

    def summary(self, name: str, items: Iterable[tuple[str, int]], total: int) -> list[Flowable]:
        grid = Grid(
            [Column(name), Column(self.words(QT_TRANSLATE_NOOP("Printed", "Total")), figure=True)],
            [[label, format_money(pence)] for label, pence in items]
            + [[self.words(QT_TRANSLATE_NOOP("Printed", "Total")), format_money(total)]],
            total_rows=1,
        )
        widths = grid.widths(fill=False) or self.squeezed(grid)
        return [Spacer(1, 4 * mm), grid.table(widths)]

    def match_funding(self, level: int) -> list[Flowable]:
        application = self.application
        balance = application.balance
        flowables: list[Flowable] = []
        if application.match:
            rows = []
            for item in application.match:
                detail = item.in_kind_what
                if item.decision_date:
                    detail = self.words(
                        QT_TRANSLATE_NOOP("Printed", "Decision expected {date}"),
                        date=item.decision_date,
                    )
                rows.append(
                    [
                        item.source,
                        self.words(item.status.label),
                        format_money(item.amount_pence),
                        detail,
                    ]
                )
            rows.append(
                [
                    self.words(QT_TRANSLATE_NOOP("Printed", "Total from elsewhere")),
                    "",
                    format_money(balance.match_pence),
                    "",
                ]
            )
            grid = Grid(
                [
                    Column(self.words(QT_TRANSLATE_NOOP("Printed", "Source"))),
                    Column(self.words(QT_TRANSLATE_NOOP("Printed", "Status"))),
                    Column(self.words(QT_TRANSLATE_NOOP("Printed", "Amount")), figure=True),
                    Column(self.words(QT_TRANSLATE_NOOP("Printed", "Details"))),
                ],
                rows,
                total_rows=1,
            )
            flowables += [
                heading(
                    self.words(QT_TRANSLATE_NOOP("Printed", "Other funding")), SUBHEADING, level
                ),
                grid.table(self.squeezed(grid, widen=3)),
            ]
        if application.budget.lines or application.match:
            figures = [
                [self.words(label), format_money(pence)] for label, pence in money_figures(balance)
            ]
            grid = Grid([Column(""), Column("", figure=True)], figures, header=False)
            flowables += [
                Spacer(1, 4 * mm),
                grid.table(grid.widths(fill=False) or self.squeezed(grid)),
                *(self.note(balance_statement(balance)) if application.budget.lines else []),
            ]
        return flowables

    def plan(self, level: int) -> list[Flowable]:
        plan = self.application.plan
        rows = plan_table(plan)
        if not rows:
            return []
        flowables: list[Flowable] = [
            heading(
                self.words(QT_TRANSLATE_NOOP("Printed", "The plan: need, outputs and outcomes")),
                SUBHEADING,
                level,
            )
        ]
        outputs = [output.summary for output in plan.outputs if output.summary]
        if outputs:
            flowables.append(
                Paragraph(
                    self.words(QT_TRANSLATE_NOOP("Printed", "What we will deliver (outputs)")),
                    BODY_BOLD,
                )
            )
            flowables += [Paragraph(markup(text), BODY, bulletText="•") for text in outputs]
        outcome_rows = [
            [row.need, row.outcome, row.indicator, row.baseline, row.target, row.method, row.when]
            for row in rows
            if any((row.need, row.outcome, row.indicator, row.method, row.when))
        ]
        if not outcome_rows:
            return flowables
        grid = Grid([Column(self.words(name)) for name in PLAN_COLUMNS], outcome_rows)
        widths = grid.widths()
        if widths is not None and grid.lines_needed(widths) <= MOST_PLAN_LINES:
            return [*flowables, Spacer(1, 2 * mm), grid.table(widths)]
        for number, row in enumerate(outcome_rows, start=1):
            need, outcome, *measures = row
            title = (
                self.words(
                    QT_TRANSLATE_NOOP("Printed", "Outcome {number}: {outcome}"),
                    number=number,
                    outcome=outcome,
                )
                if outcome
                else self.words(QT_TRANSLATE_NOOP("Printed", "Need: {need}"), need=need)
            )
            facts = [(self.words(PLAN_COLUMNS[0]), need)] if outcome and need else []
            facts += [
                (self.words(label), value)
                for label, value in zip(PLAN_COLUMNS[2:], measures, strict=True)
                if value.strip()
            ]
            block: list[Flowable] = [Paragraph(markup(title), SUBHEADING)]
            if facts:
                block.append(facts_table(facts, BODY_BOLD, BODY_CELL))
            flowables += [*block, Spacer(1, 2 * mm)]
        return flowables

    def exit(self, level: int) -> list[Flowable]:
        plan = self.application.exit
        if plan.is_empty:
            return []
        flowables: list[Flowable] = [
            heading(self.words(QT_TRANSLATE_NOOP("Printed", "Exit strategy")), SUBHEADING, level)
        ]
        for route in plan.routes:
            detail = route_detail(route, self.words)
            text = f"<b>{escape(self.words(ROUTE_HEADINGS[route.kind]))}</b>"
            flowables.append(
                Paragraph(text + (f": {markup(detail)}" if detail else ""), BODY, bulletText="•")
            )
        if plan.notice_months:
            flowables.append(
                Paragraph(escape(notice_sentence(plan.notice_months, self.words)), BODY)
            )
        return flowables

    def declaration(self) -> list[Flowable]:
        application = self.application
        funder = application.funder
        group = markup(
            application.profile.name.strip()
            or self.words(QT_TRANSLATE_NOOP("Printed", "our organisation"))
        )
        if funder is not None and funder.declaration.strip():
            words = paragraphs(funder.declaration)
        else:
            words = [
                Paragraph(
                    self.words(
                        QT_TRANSLATE_NOOP(
                            "Printed",
                            "We confirm that the information in this application is true and "
                            "complete to the best of our knowledge, that we are authorised to "
                            "apply on behalf of {group}, and that any grant will be used only for "
                            "the purposes described.",
                        ),
                        group=group,
                    ),
                    BODY,
                )
            ]
        signatories = 2 if funder is not None and funder.signatories >= 2 else 1
        blocks = []
        for number in range(1, signatories + 1):
            title = self.words(
                QT_TRANSLATE_NOOP("Printed", "Signed on behalf of {group}")
                if signatories == 1
                else QT_TRANSLATE_NOOP("Printed", "First signatory, for {group}")
                if number == 1
                else QT_TRANSLATE_NOOP("Printed", "Second signatory, for {group}"),
                group=group,
            )
            blocks.append(KeepTogether([Paragraph(title, SUBHEADING), signature_lines(self.words)]))
        return [
            heading(self.words(QT_TRANSLATE_NOOP("Printed", "Declaration")), SECTION, 0),
            *words,
            *blocks,
        ]


def signature_lines(w: Wording) -> Table:
    """A ruled line each for name, position, signature and date, tall enough to write on."""
    labels = [
        w(QT_TRANSLATE_NOOP("Printed", "Name")),
        w(QT_TRANSLATE_NOOP("Printed", "Position")),
        w(QT_TRANSLATE_NOOP("Printed", "Signature")),
        w(QT_TRANSLATE_NOOP("Printed", "Date")),
    ]
    table = Table(
        [[Paragraph(label, CELL_BOLD), ""] for label in labels],
        colWidths=(28 * mm, TEXT_WIDTH - 28 * mm),
        rowHeights=[12 * mm] * len(labels),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
