"""The printed application as an A4 PDF: cover, organisation, every answer with the budget,
plan and exit strategy beside their questions, a declaration, and a footer on every page.

The same function serves the window's Print and Export and `grantdesk pdf`.
"""

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
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
from grantdesk.domain.dates import format_date, format_short_date
from grantdesk.domain.exit import notice_sentence, route_detail
from grantdesk.domain.money import format_money
from grantdesk.domain.plan import PLAN_TABLE_HEADINGS, plan_table
from grantdesk.domain.printable import (
    PrintableApplication,
    QuestionAnswer,
    printed_value,
    section_places,
)
from grantdesk.domain.wordcount import unit_words
from grantdesk.report.fonts import BOLD, ITALIC, REGULAR, printable, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1d1d1b")
QUIET = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9aa5ad")
HEADER_FILL = colors.HexColor("#e3eaee")
ACCENT = colors.HexColor("#1f4e66")
VAT_WORDS = {VatMode.NO_VAT: "No VAT", VatMode.ADD_VAT: "+ VAT", VatMode.INCLUDES_VAT: "Incl. VAT"}


def make_styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=10.5,
        leading=14.5,
        textColor=INK,
        spaceAfter=6,
    )
    return {
        "body": body,
        "note": ParagraphStyle(
            "note", parent=body, fontSize=9, leading=12, textColor=QUIET, spaceAfter=4
        ),
        "empty": ParagraphStyle("empty", parent=body, fontName=ITALIC, textColor=QUIET),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        "cover_group": ParagraphStyle(
            "cover_group", parent=body, fontSize=15, leading=20, spaceAfter=24
        ),
        "section": ParagraphStyle(
            "section",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "question": ParagraphStyle(
            "question",
            parent=body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=12,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
        "money": ParagraphStyle(
            "money", parent=body, fontSize=9, leading=11.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        "money_bold": ParagraphStyle(
            "money_bold",
            parent=body,
            fontName=BOLD,
            fontSize=9,
            leading=11.5,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "plan_cell": ParagraphStyle(
            "plan_cell", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
    }


def markup(text: str) -> str:
    """Typed text as safe paragraph markup: every character kept, line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One flowable per paragraph the person typed, so long answers flow across pages."""
    blocks = [block for block in printable(text).replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(markup(block.strip("\n")), style) for block in blocks if block.strip()]


class _Pages(Canvas):
    """Draws the footer ("Page X of Y") and any DRAFT marking once the page count is known."""

    footer_left = ""
    draft = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
        self.setFont(REGULAR, 8)
        self.setFillColor(QUIET)
        self.drawString(MARGIN, 9.5 * mm, self.footer_left)
        self.drawRightString(PAGE_WIDTH - MARGIN, 9.5 * mm, f"Page {number} of {total}")
        if self.draft:
            self.setFont(BOLD, 9)
            self.setFillColor(colors.HexColor("#a4000f"))
            self.drawCentredString(
                PAGE_WIDTH / 2, PAGE_HEIGHT - 11 * mm, "DRAFT – not the final application"
            )
            self.setFillColor(colors.Color(0.64, 0, 0.06, alpha=0.10))
            self.setFont(BOLD, 110)
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(50)
            self.drawCentredString(0, -35, "DRAFT")
        self.restoreState()


def page_maker(footer: str, draft: bool) -> type[Canvas]:
    """The canvas class that gives every page its footer (and DRAFT marking)."""

    class Pages(_Pages):
        footer_left = printable(footer)[:110]

    Pages.draft = draft
    return Pages


def a4_document(target: Path | BinaryIO, title: str, author: str) -> SimpleDocTemplate:
    register_fonts()
    return SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=printable(title),
        author=printable(author),
        creator="GrantDesk",
        initialFontName=REGULAR,
        initialFontSize=10.5,
        initialLeading=14.5,
    )


def build_pdf(
    application: PrintableApplication,
    target: Path | BinaryIO,
    *,
    draft: bool,
    today: date,
) -> None:
    """Write the application as an A4 PDF to a path or an open binary file."""
    document = a4_document(target, application.title, application.profile.name)
    styles = make_styles()
    footer = " · ".join(
        part for part in (application.profile.name.strip(), application.title) if part
    )
    story = [
        *_cover(application, styles, today, draft),
        PageBreak(),
        *_organisation(application, styles),
        Paragraph("The application", styles["section"]),
    ]
    beside, further = section_places(application)
    for item in application.answers:
        story.extend(_question(application, item, beside.get(item.question.key, ()), styles))
    story.extend(_further_information(application, further, styles))
    if application.asks.declaration:
        story.extend(_declaration(application, styles))
    document.build(story, canvasmaker=page_maker(footer, draft))


def _cover(application: PrintableApplication, styles, today: date, draft: bool) -> list[Flowable]:
    details = application.summary.details
    facts = [
        ("Funder", details.funder),
        ("Fund", details.fund),
        (
            "Amount requested",
            format_money(details.amount_requested_pence)
            if details.amount_requested_pence is not None
            else "",
        ),
        ("Funder’s reference", details.funder_reference),
        ("Closing date", format_date(details.closing_date) if details.closing_date else ""),
        ("Project dates", _project_dates(application)),
        ("Date", format_date(today)),
    ]
    rows = [
        [Paragraph(label, styles["cell_bold"]), Paragraph(markup(value), styles["cell"])]
        for label, value in facts
        if value
    ]
    cover: list[Flowable] = [
        Spacer(1, 45 * mm),
        Paragraph(markup(details.title.strip() or UNTITLED), styles["cover_title"]),
        Paragraph(markup(application.profile.name.strip()), styles["cover_group"]),
        _facts_table(rows, (45 * mm, TEXT_WIDTH - 45 * mm)),
    ]
    if draft:
        cover += [
            Spacer(1, 12 * mm),
            Paragraph(
                "This is a draft. GrantDesk found things still to put right before it is sent.",
                styles["note"],
            ),
        ]
    return cover


def _project_dates(application: PrintableApplication) -> str:
    details = application.summary.details
    if details.project_start and details.project_end:
        return f"{format_date(details.project_start)} to {format_date(details.project_end)}"
    return ""


TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)
"""Tables draw even empty cells with a font; without this it would be the built-in Helvetica."""


def _facts_table(rows: list, widths) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _organisation(application: PrintableApplication, styles) -> list[Flowable]:
    profile = application.profile
    kind = profile.kind
    facts = [
        ("Name", profile.name),
        ("Kind of organisation", kind.label if kind else ""),
        ("Charity number", profile.charity_number if kind and kind.has_charity_number else ""),
        ("Company number", profile.company_number if kind and kind.has_company_number else ""),
        ("Address", profile.address),
        ("Main contact", ", ".join(p for p in (profile.contact_name, profile.contact_role) if p)),
        ("Email", profile.contact_email),
        ("Telephone", profile.contact_phone),
        ("What the group does", profile.activities),
        ("Year set up", str(profile.year_founded) if profile.year_founded else ""),
        ("Volunteers", f"{profile.volunteers:,}" if profile.volunteers is not None else ""),
        ("Paid staff", f"{profile.paid_staff:,}" if profile.paid_staff is not None else ""),
        (
            "Income last year",
            format_money(profile.last_year_income_pence)
            if profile.last_year_income_pence is not None
            else "",
        ),
        (
            "Bank account in the group’s name",
            {True: "Yes", False: "No", None: ""}[profile.has_bank_account],
        ),
    ]
    rows = [
        [Paragraph(label, styles["cell_bold"]), Paragraph(markup(value), styles["cell"])]
        for label, value in facts
        if value
    ]
    flowables: list[Flowable] = [Paragraph("About the organisation", styles["section"])]
    if rows:
        flowables.append(_facts_table(rows, (50 * mm, TEXT_WIDTH - 50 * mm)))
    else:
        flowables.append(Paragraph("The group’s profile has not been filled in.", styles["empty"]))
    flowables.append(Spacer(1, 8 * mm))
    return flowables


def _question(
    application: PrintableApplication, item: QuestionAnswer, sections: tuple[str, ...], styles
) -> list[Flowable]:
    question = item.question
    flowables: list[Flowable] = [
        Paragraph(
            f"{markup(question.shown_number)}. {markup(question.question)}", styles["question"]
        )
    ]
    if not question.kind.is_text:
        value = printed_value(application, item)
        flowables.append(
            Paragraph(markup(value), styles["body"])
            if value
            else Paragraph("No answer yet.", styles["empty"])
        )
        return flowables
    check = item.check
    limit = item.limit
    if limit.maximum is not None:
        flowables.append(
            Paragraph(
                f"{check.count:,} of {limit.maximum:,} {unit_words(limit.unit, limit.maximum)}",
                styles["note"],
            )
        )
    answer = _paragraphs(item.answer.text, styles["body"])
    structured = [
        flowable for key in sections for flowable in _structured(application, key, styles)
    ]
    if answer:
        flowables.extend(answer)
    elif not structured:
        flowables.append(Paragraph("No answer yet.", styles["empty"]))
    flowables.extend(structured)
    return flowables


def _further_information(
    application: PrintableApplication, keys: tuple[str, ...], styles
) -> list[Flowable]:
    """The budget and other funding (and the plan and exit strategy, where the funder asks for
    them) when no question on the form asks for them."""
    sections = [flowable for key in keys for flowable in _structured(application, key, styles)]
    if not sections:
        return []
    return [Paragraph("Further information", styles["section"]), *sections]


def _structured(application: PrintableApplication, key: str, styles) -> list[Flowable]:
    if key == "budget":
        return _budget(application, styles)
    if key == "match_funding":
        return _match_funding(application, styles)
    if key == "monitoring":
        return _plan(application, styles)
    if key == "exit_strategy":
        return _exit(application, styles)
    return []


def _grid(rows: list[list], widths, styles_extra: Iterable = (), header: bool = True) -> Table:
    # splitInRow lets a row taller than a page (a very long plan cell) run onto the next.
    table = Table(
        rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1
    )
    commands = [
        TABLE_FONT,
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LEADING", (0, 0), (-1, -1), 11.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    table.setStyle(TableStyle([*commands, *styles_extra]))
    return table


def _budget(application: PrintableApplication, styles) -> list[Flowable]:
    budget = application.budget
    if not budget.lines:
        return []
    totals = application.totals
    multi_year = len({line.year for line in budget.lines} | set(totals.by_year)) > 1
    flowables: list[Flowable] = []
    for table in application.finances.cost_tables():
        flowables += _cost_table(application, table, multi_year, styles)
    flowables.append(
        Paragraph(
            "Our group can reclaim VAT, so VAT is not included in these costs."
            if budget.vat_recoverable
            else f"Our group cannot reclaim VAT, so VAT is included where it is charged "
            f"({format_money(totals.vat_included)} in all).",
            styles["note"],
        )
    )
    flowables.append(
        _summary_table("Totals by category", totals.by_category.items(), totals.total, styles)
    )
    if multi_year:
        flowables.append(
            _summary_table(
                "Totals by year",
                ((f"Year {year}", pence) for year, pence in totals.by_year.items()),
                totals.total,
                styles,
            )
        )
    return flowables


def _cost_table(
    application: PrintableApplication, table: CostTable, multi_year: bool, styles
) -> list[Flowable]:
    budget = application.budget
    totals = application.totals
    cell, bold, money_bold = (
        styles["cell"],
        styles["cell_bold"],
        styles["money_bold"],
    )
    headings = ["Category", "Description", "Qty", "Unit", "Cost of one", "VAT"]
    widths = [30 * mm, None, 13 * mm, 17 * mm, 21 * mm, 15 * mm]
    if multi_year:
        headings.append("Year")
        widths.append(11 * mm)
    headings.append("Line total")
    widths.append(23 * mm)
    fixed = sum(width for width in widths if width)
    widths = [width or TEXT_WIDTH - fixed for width in widths]
    rows = [
        [
            Paragraph(text, money_bold if text in ("Qty", "Cost of one", "Line total") else bold)
            for text in headings
        ]
    ]
    # Figures are plain table text (they never wrap); only the words need paragraphs.
    for number in table.lines:
        line, cost = budget.lines[number], totals.line_costs[number]
        cells = [
            Paragraph(markup(line.category_name), cell),
            Paragraph(markup(line.description), cell),
            quantity_text(line.quantity_hundredths),
            printable(line.unit),
            format_money(line.unit_cost_pence),
            VAT_WORDS[line.vat],
        ]
        if multi_year:
            cells.append(str(line.year))
        cells.append(format_money(cost))
        rows.append(cells)
    for overhead in table.overheads:
        label = f"Overheads at {format_percent(budget.overhead_basis_points or 0)} of direct costs"
        if multi_year:
            label += f", year {overhead.year}"
        cells = [Paragraph(OVERHEADS, cell), Paragraph(label, cell)]
        cells += [""] * (len(headings) - 3)
        cells.append(format_money(overhead.pence))
        rows.append(cells)
    span = len(headings) - 2
    rows.append(
        [Paragraph(table.total_label, bold)]
        + [""] * span
        + [Paragraph(format_money(table.total_pence), money_bold)]
    )
    last = len(rows) - 1
    return [
        Paragraph(table.title, styles["subheading"]),
        _grid(
            rows,
            widths,
            [
                ("SPAN", (0, last), (span, last)),
                ("BACKGROUND", (0, last), (-1, last), HEADER_FILL),
                *(
                    ("ALIGN", (column, 1), (column, -1), "RIGHT")
                    for column, heading in enumerate(headings)
                    if heading in ("Qty", "Cost of one", "Line total")
                ),
            ],
        ),
    ]


def _summary_table(title: str, items, total: int, styles) -> Flowable:
    rows = [[Paragraph(title, styles["cell_bold"]), Paragraph("", styles["cell"])]]
    rows += [
        [Paragraph(markup(name), styles["cell"]), Paragraph(format_money(pence), styles["money"])]
        for name, pence in items
    ]
    rows.append(
        [
            Paragraph("Total", styles["cell_bold"]),
            Paragraph(format_money(total), styles["money_bold"]),
        ]
    )
    last = len(rows) - 1
    return KeepTogether(
        [
            Spacer(1, 3 * mm),
            _grid(rows, (80 * mm, 30 * mm), [("BACKGROUND", (0, last), (-1, last), HEADER_FILL)]),
        ]
    )


def _match_funding(application: PrintableApplication, styles) -> list[Flowable]:
    balance = application.balance
    flowables: list[Flowable] = []
    if application.match:
        cell, money = styles["cell"], styles["money"]
        rows = [
            [
                Paragraph(text, styles["money_bold"] if text == "Amount" else styles["cell_bold"])
                for text in ("Source", "Status", "Amount", "Details")
            ]
        ]
        for item in application.match:
            detail = item.in_kind_what
            if item.decision_date:
                detail = f"Decision expected {format_short_date(item.decision_date)}"
            rows.append(
                [
                    Paragraph(markup(item.source), cell),
                    Paragraph(item.status.label, cell),
                    Paragraph(format_money(item.amount_pence), money),
                    Paragraph(markup(detail), cell),
                ]
            )
        rows.append(
            [
                Paragraph("Total from elsewhere", styles["cell_bold"]),
                "",
                Paragraph(format_money(balance.match_pence), styles["money_bold"]),
                "",
            ]
        )
        last = len(rows) - 1
        flowables += [
            Paragraph("Other funding", styles["subheading"]),
            _grid(
                rows,
                (55 * mm, 24 * mm, 25 * mm, TEXT_WIDTH - 104 * mm),
                [
                    ("SPAN", (0, last), (1, last)),
                    ("BACKGROUND", (0, last), (-1, last), HEADER_FILL),
                ],
            ),
        ]
    if application.budget.lines or application.match:
        flowables += [
            Spacer(1, 3 * mm),
            KeepTogether(
                [
                    _facts_table(
                        [
                            [
                                Paragraph(label, styles["cell_bold"]),
                                Paragraph(format_money(pence), styles["cell"]),
                            ]
                            for label, pence in money_figures(balance)
                        ],
                        (50 * mm, 40 * mm),
                    ),
                    Spacer(1, 2 * mm),
                    Paragraph(markup(balance_statement(balance)), styles["body"]),
                ]
            ),
        ]
    return flowables


def _plan(application: PrintableApplication, styles) -> list[Flowable]:
    rows = plan_table(application.plan)
    if not rows:
        return []
    cell = styles["plan_cell"]
    header_style = ParagraphStyle("plan_head", parent=cell, fontName=BOLD)
    table_rows = [[Paragraph(name, header_style) for name in PLAN_TABLE_HEADINGS]]
    for row in rows:
        table_rows.append(
            [
                Paragraph(markup(text), cell)
                for text in (
                    row.need,
                    row.outputs,
                    row.outcome,
                    row.indicator,
                    row.baseline,
                    row.target,
                    row.method,
                    row.when,
                )
            ]
        )
    widths = [24 * mm, 25 * mm, 24 * mm, 24 * mm, 16 * mm, 14 * mm, 23 * mm]
    widths.append(TEXT_WIDTH - sum(widths))
    return [
        Paragraph("The plan: need, outputs and outcomes", styles["subheading"]),
        _grid(table_rows, widths),
    ]


def _exit(application: PrintableApplication, styles) -> list[Flowable]:
    plan = application.exit
    if plan.is_empty:
        return []
    flowables: list[Flowable] = [Paragraph("Exit strategy", styles["subheading"])]
    for route in plan.routes:
        detail = route_detail(route)
        text = f"<b>{escape(route.kind.label)}</b>" + (f": {markup(detail)}" if detail else "")
        flowables.append(Paragraph(text, styles["body"], bulletText="•"))
    if plan.notice_months:
        flowables.append(Paragraph(notice_sentence(plan.notice_months), styles["body"]))
    return flowables


def _declaration(application: PrintableApplication, styles) -> list[Flowable]:
    group = markup(application.profile.name.strip() or "our organisation")
    rows = []
    for person in ("First signatory", "Second signatory"):
        rows.append([Paragraph(f"<b>{person}</b>", styles["cell"]), "", "", ""])
        rows.append(
            [
                Paragraph(label, styles["cell"])
                for label in ("Name", "Position in the group", "Signature", "Date")
            ]
        )
        rows.append(["", "", "", ""])
    table = Table(rows, colWidths=[TEXT_WIDTH / 4] * 4, rowHeights=[None, None, 14 * mm] * 2)
    commands = []
    for start in (0, 3):
        commands += [
            ("SPAN", (0, start), (-1, start)),
            ("LINEBELOW", (0, start + 2), (-1, start + 2), 0.6, INK),
            ("TEXTCOLOR", (0, start + 1), (-1, start + 1), QUIET),
        ]
    table.setStyle(
        TableStyle(
            [
                *commands,
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph("Declaration", styles["section"]),
                Paragraph(
                    f"We confirm that the information in this application is true and complete to "
                    f"the best of our knowledge, that we are authorised to apply on behalf of "
                    f"{group}, and that any grant will be used only for the purposes described.",
                    styles["body"],
                ),
                Spacer(1, 4 * mm),
                table,
            ]
        ),
    ]
