"""The stress application, built once per module, checked the way a grants panel and a
printer would meet it: nothing over a border, nothing split, nothing stranded, nothing in the
band a printer cannot reach, nothing addressed to the group on the funder's copy."""

import math
import re
from dataclasses import dataclass
from io import BytesIO
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from grantdesk.domain.budget import balance_statement
from grantdesk.domain.exit import ExitRouteKind
from grantdesk.domain.money import format_money
from grantdesk.report.layout import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, SAFE_EDGE, ApplicationDocument
from grantdesk.report.pdf import HEADINGS, ROUTE_HEADINGS, build_pdf, document_title
from tests.report.stress import TODAY, stress_application

MONEY = re.compile(r"£\d{1,3}(?:,\d{3})*\.\d\d(?!\d)")


@dataclass(frozen=True)
class Placed:
    flowable: Flowable
    page: int


@dataclass(frozen=True)
class Built:
    data: bytes
    placed: list[Placed]

    @property
    def reader(self) -> PdfReader:
        return PdfReader(BytesIO(self.data))

    def page_texts(self) -> list[str]:
        return [page.extract_text() for page in self.reader.pages]


def build_recorded(application, draft: bool) -> Built:
    """Build the PDF, noting each flowable the layout places and the page it lands on."""
    placed: list[Placed] = []
    original = ApplicationDocument.afterFlowable

    def record(document, flowable):
        placed.append(Placed(flowable, document.page))
        original(document, flowable)

    output = BytesIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ApplicationDocument, "afterFlowable", record)
        build_pdf(application, output, draft=draft, today=TODAY)
    return Built(output.getvalue(), placed)


@pytest.fixture(scope="module")
def application():
    return stress_application()


@pytest.fixture(scope="module")
def final(application) -> Built:
    return build_recorded(application, draft=False)


@pytest.fixture(scope="module")
def draft(application) -> Built:
    return build_recorded(application, draft=True)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_it_builds_and_every_page_is_numbered(final):
    texts = final.page_texts()
    assert len(texts) > 20
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def cell_room(table: Table, row: int, column: int) -> float | None:
    """The width text has in a cell (spans included), or None for a cell hidden by a span."""
    span = getattr(table, "_spanRanges", {}).get((column, row), (column, row, column, row))
    if span is None:
        return None
    first, _, last, _ = span
    style = table._cellStyles[row][column]
    return sum(table._colWidths[first : last + 1]) - style.leftPadding - style.rightPadding


@pytest.mark.parametrize("copy", ["final", "draft"])
def test_every_table_cell_holds_its_text_within_its_borders(copy, request):
    built = request.getfixturevalue(copy)
    tables = [placed.flowable for placed in built.placed if isinstance(placed.flowable, Table)]
    assert len(tables) > 10
    checked = 0
    for table in tables:
        assert sum(table._colWidths) <= PAGE_WIDTH - 2 * MARGIN + 0.01
        for row, cells in enumerate(table._cellvalues):
            for column, value in enumerate(cells):
                room = cell_room(table, row, column)
                if room is None:
                    continue
                style = table._cellStyles[row][column]
                if isinstance(value, str):
                    assert "\n" not in value
                    drawn = stringWidth(value, style.fontname, style.fontsize)
                    assert drawn <= room + 0.01, (value, drawn, room)
                    checked += 1
                elif isinstance(value, Paragraph):
                    font, size = value.style.fontName, value.style.fontSize
                    for word in value.getPlainText().split():
                        assert stringWidth(word, font, size) <= room + 0.01, (word, room)
                    value.wrap(room, PAGE_HEIGHT)
                    assert max(value.getActualLineWidths0(), default=0) <= room + 0.01
                    checked += 1
    assert checked > 1000


def test_no_money_figure_is_split_across_lines(final, application):
    text = "\n".join(final.page_texts())
    for stray in re.finditer(r"£[\d,.]+", text):
        assert MONEY.fullmatch(stray[0]), f"broken figure {stray[0]!r}"
    printed = set(MONEY.findall(text))
    totals = application.totals
    expected = {format_money(cost) for cost in totals.line_costs}
    expected |= {format_money(totals.total), *map(format_money, totals.by_category.values())}
    expected |= {format_money(line.unit_cost_pence) for line in application.budget.lines}
    assert totals.total > 100_000_000
    assert expected <= printed, sorted(expected - printed)[:5]


def test_no_heading_is_the_last_thing_on_a_page(final, draft):
    for built in (final, draft):
        placed = built.placed
        for here, after in pairwise(placed):
            if isinstance(here.flowable, Paragraph) and here.flowable.style in HEADINGS:
                assert after.page == here.page, (
                    f"“{here.flowable.getPlainText()[:50]}” ends page {here.page}"
                )
        assert not (
            isinstance(placed[-1].flowable, Paragraph) and placed[-1].flowable.style in HEADINGS
        )


def drawn_objects(data: bytes):
    """Every object drawn on every page (form contents included), with its page number."""
    document = pdfium.PdfDocument(data)
    try:
        for number, page in enumerate(document, start=1):
            for drawn in page.get_objects(max_depth=5):
                yield number, drawn
    finally:
        document.close()


def test_everything_is_drawn_at_least_12_mm_inside_the_page_and_tables_keep_to_the_column(draft):
    for number, drawn in drawn_objects(draft.data):
        if drawn.type == pdfium_c.FPDF_PAGEOBJ_FORM:
            continue
        left, bottom, right, top = drawn.get_bounds()
        where = f"page {number}: {(left, bottom, right, top)}"
        assert left >= SAFE_EDGE and bottom >= SAFE_EDGE, where
        assert right <= PAGE_WIDTH - SAFE_EDGE and top <= PAGE_HEIGHT - SAFE_EDGE, where
        assert left >= MARGIN - 1 and right <= PAGE_WIDTH - MARGIN + 1, where


def test_no_text_is_smaller_than_9_points(draft):
    sizes = set()
    for _, drawn in drawn_objects(draft.data):
        if drawn.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            a, b, c, d, _, _ = drawn.get_matrix().get()
            sizes.add(round(drawn.get_font_size() * math.sqrt(abs(a * d - b * c)), 2))
    assert min(sizes) >= 9


def app_voice(application) -> list[str]:
    """Sentences the app says to the group, which only a draft may carry."""
    return [
        "Note for the group",
        "No answer yet",
        "no answer yet",
        "so your budget balances",
        "Please lower the amount you ask for",
        flat(str(balance_statement(application.balance)))[:60],
        *(kind.label for kind in ExitRouteKind if kind.label not in ROUTE_HEADINGS.values()),
        "this copy is a draft",
    ]


def test_the_funders_copy_carries_no_counts_or_advice_and_the_draft_does(final, draft, application):
    final_text = flat(" ".join(final.page_texts()))
    draft_text = flat(" ".join(draft.page_texts()))
    counts = re.compile(r"\d[\d,]* of [\d,]+ (words|characters)")
    assert not counts.search(final_text)
    assert len(counts.findall(draft_text)) == len(application.answers)
    for sentence in app_voice(application):
        assert sentence not in final_text, sentence
    assert "Note for the group" in draft_text
    assert flat(str(balance_statement(application.balance)))[:60] in draft_text


def test_split_tables_repeat_their_heading_row(final):
    budget_pages = [text for text in final.page_texts() if re.search(r"Line \d+:", text)]
    assert len(budget_pages) >= 4
    for text in budget_pages:
        assert "Line total" in text


def test_long_plans_print_one_block_per_outcome(final):
    text = flat(" ".join(final.page_texts()))
    for number in range(1, 13):
        assert f"Outcome {number}: Outcome {number}:" in text
    assert "Indicator Share of regular attenders" in text


def test_one_date_style_throughout(final):
    text = " ".join(final.page_texts())
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", text)
    assert "Decision expected 9 February 2027" in flat(text)
    assert "15 January 2027" in text


def test_welsh_and_emoji_print_as_words_and_the_welsh_flag_is_named(final):
    text = flat(" ".join(final.page_texts()))
    assert "[flag: Wales]" in text
    assert "waving black flag" not in text
    assert "Tŷ’r Cwm" in text and "ŵ ŷ" in text and "[thumbs up sign]" in text


def test_the_footer_shortens_the_title_and_never_meets_the_page_number(draft):
    document = pdfium.PdfDocument(draft.data)
    for page in document:
        footer = [
            (drawn.get_bounds(), drawn.extract().strip())
            for drawn in page.get_objects(textpage=page.get_textpage())
            if drawn.type == pdfium_c.FPDF_PAGEOBJ_TEXT and drawn.get_bounds()[3] < 20 * mm
        ]
        (left_box, left_text), (right_box, right_text) = sorted(footer)
        assert left_text.startswith("Cymdeithas Gymunedol") and left_text.endswith("…")
        assert re.fullmatch(r"Page \d+ of \d+", right_text)
        assert left_box[2] + 5 * mm < right_box[0]
    document.close()


def test_the_funders_own_declaration_with_two_signatories(final, application):
    text = flat(" ".join(final.page_texts()))
    declaration = text[text.rindex("Declaration") :]
    assert flat(application.funder.declaration.split("\n\n")[0]) in declaration
    assert "Rydym yn datgan bod yr wybodaeth yn wir ac yn gyflawn." in declaration
    assert "First signatory" in declaration and "Second signatory" in declaration
    for label in ("Name", "Position", "Signature", "Date"):
        assert declaration.count(label) == 2


def test_title_language_outline_and_metadata(final, application):
    reader = final.reader
    assert reader.metadata.title == document_title(application)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert root["/PageMode"] == "/UseOutlines"
    xmp = reader.xmp_metadata
    assert xmp.dc_title["x-default"] == document_title(application)
    assert xmp.dc_language == ["en-GB"]

    def titles(outline):
        for entry in outline:
            if isinstance(entry, list):
                yield from titles(entry)
            else:
                yield entry.title

    found = list(titles(reader.outline))
    assert found[0].startswith("Ein Cymuned")
    for expected in (
        "About the organisation",
        "The application",
        "1. What does your organisation do?",
        "Expenditure breakdown",
        "Other funding",
        "The plan: need, outputs and outcomes",
        "Exit strategy",
        "Declaration",
    ):
        assert expected in found, expected
    assert sum(bool(re.match(r"\d+\. ", title)) for title in found) == 11
