"""The A4 page and what every page carries: a text column exactly TEXT_WIDTH wide, the footer
and DRAFT mark inside the band office printers reach, headings kept with what follows them,
and the document's title, language, bookmarks and XMP metadata."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus.doctemplate import FrameBreak

from grantdesk.domain.messages import ENGLISH, QT_TRANSLATE_NOOP, Wording
from grantdesk.report.fonts import BOLD, REGULAR, printable, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
SAFE_EDGE = 12 * mm
"""Many office printers cannot print nearer the edge than this: nothing is drawn there."""
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 25 * mm
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN
FOOTER_SIZE = 9
FOOTER_BASELINE = 15 * mm
FOOTER_RULE = 19.5 * mm
DRAFT_BASELINE = PAGE_HEIGHT - 16 * mm
WATERMARK_SIZE = 90

INK = colors.HexColor("#1d1d1b")
QUIET = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9aa5ad")
HEADER_FILL = colors.HexColor("#e3eaee")
ACCENT = colors.HexColor("#1f4e66")
DRAFT_RED = colors.HexColor("#a4000f")

ELLIPSIS = "…"
SEPARATOR = " · "


def shorten_to_width(text: str, width: float, font: str = REGULAR, size: float = FOOTER_SIZE):
    """The text as it is when it fits; otherwise cut, at a word where one is near, with "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start of the text that fits with the ellipsis after it
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    at_word = cut.rsplit(" ", 1)[0]
    if " " in cut and len(at_word) >= len(cut) * 0.7:
        cut = at_word
    return cut.rstrip(" ,.;:·–-") + ELLIPSIS if cut.strip() else ELLIPSIS


def footer_text(group: str, title: str, width: float) -> str:
    """ "Group · Title" within the width: the title is shortened first, the group name only when
    even it alone would not leave room for a few letters of the title."""
    group, title = printable(group.strip()), printable(title.strip())
    whole = SEPARATOR.join(part for part in (group, title) if part)
    if stringWidth(whole, REGULAR, FOOTER_SIZE) <= width or not (group and title):
        return shorten_to_width(whole, width)
    room = width - stringWidth(group + SEPARATOR, REGULAR, FOOTER_SIZE)
    if room >= stringWidth("Abcdefghij" + ELLIPSIS, REGULAR, FOOTER_SIZE):
        return group + SEPARATOR + shorten_to_width(title, room)
    return shorten_to_width(whole, width)


def page_label(number: int, total: int, words: Wording = ENGLISH) -> str:
    return words(
        QT_TRANSLATE_NOOP("Printed", "Page {number} of {total}"), number=number, total=total
    )


@dataclass(frozen=True)
class Bookmark:
    title: str
    level: int
    top: float


class PageFurniture(Canvas):
    """Draws each page's footer ("Page X of Y") and DRAFT mark once the page count is known,
    and files the bookmarks made on each page against that page."""

    group = ""
    title = ""
    draft = False
    words = ENGLISH

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self.bookmarks: list[Bookmark] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self.bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        right = page_label(total, total, self.words)
        room = TEXT_WIDTH - stringWidth(right, REGULAR, FOOTER_SIZE) - 8 * mm
        footer = footer_text(self.group, self.title, room)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            for index, mark in enumerate(self.bookmarks):
                key = f"p{number}m{index}"
                self.bookmarkPage(key, fit="XYZ", left=0, top=mark.top)
                self.addOutlineEntry(mark.title, key, level=mark.level)
            self._decorate(footer, number, total)
            super().showPage()
        super().save()

    def _decorate(self, footer: str, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, FOOTER_RULE, PAGE_WIDTH - MARGIN, FOOTER_RULE)
        self.setFont(REGULAR, FOOTER_SIZE)
        self.setFillColor(QUIET)
        self.drawString(MARGIN, FOOTER_BASELINE, footer)
        self.drawRightString(
            PAGE_WIDTH - MARGIN, FOOTER_BASELINE, page_label(number, total, self.words)
        )
        if self.draft:
            self.setFont(BOLD, FOOTER_SIZE)
            self.setFillColor(DRAFT_RED)
            self.drawCentredString(
                PAGE_WIDTH / 2,
                DRAFT_BASELINE,
                self.words(QT_TRANSLATE_NOOP("Printed", "DRAFT – not the final application")),
            )
            self.setFillColor(colors.Color(0.64, 0, 0.06, alpha=0.10))
            self.setFont(BOLD, WATERMARK_SIZE)
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(50)
            self.drawCentredString(
                0, -WATERMARK_SIZE / 3, self.words(QT_TRANSLATE_NOOP("Printed", "DRAFT"))
            )
        self.restoreState()


class KeepWithStart(KeepTogether):
    """Headings kept with the start of what follows them (the first lines of a paragraph, the
    first rows of a table), rather than with all of it: the group moves to the next page only
    when not even that start fits below the headings, so no heading ends a page and no table
    leaves a third of a page empty."""

    SAFETY = 2  # points: what the frame's own sums may differ from ours by

    def wrap(self, available_width, available_height):
        return available_width, 0xFFFFFF  # always asked to split, which measures what it needs

    def split(self, available_width, available_height):
        content = list(self._content)
        *headings, following = content
        frame = getattr(self, "_frame", None)
        if not headings or (frame is not None and getattr(frame, "_atTop", False)):
            return content
        gap = max(headings[-1].getSpaceAfter(), following.getSpaceBefore())
        room = (
            available_height - _height_of(headings, available_width, self.canv) - gap - self.SAFETY
        )
        if room > 0:
            _, height = following.wrapOn(self.canv, available_width, room)
            if height <= room:
                return content
            parts = following.splitOn(self.canv, available_width, room)
            if len(parts) > 1 and not hasattr(parts[0], "frameAction"):
                _, first_height = parts[0].wrapOn(self.canv, available_width, room)
                if first_height <= room:
                    return [*headings, *parts]
        return [FrameBreak(), *content]


def _height_of(flowables: list[Flowable], width: float, canvas) -> float:
    height, previous_after = 0.0, None
    for flowable in flowables:
        _, own = flowable.wrapOn(canvas, width, PAGE_HEIGHT)
        if previous_after is not None:
            height += max(previous_after, flowable.getSpaceBefore())
        height += own
        previous_after = flowable.getSpaceAfter()
    return height


class ApplicationDocument(BaseDocTemplate):
    """An A4 document with one text column and no hidden padding, whose headings become
    bookmarks: a flowable with an `outline_title` (and `outline_level`) is one."""

    def afterFlowable(self, flowable: Flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title:
            top = self.frame._y + flowable.height + flowable.getSpaceBefore()
            self.canv.bookmarks.append(
                Bookmark(title, getattr(flowable, "outline_level", 0), min(top, PAGE_HEIGHT))
            )


def a4_document(
    target: Path | BinaryIO, title: str, author: str, language: str = "en-GB", subject: str = ""
) -> ApplicationDocument:
    register_fonts()
    document = ApplicationDocument(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=printable(title),
        author=printable(author),
        subject=printable(subject),
        creator="GrantDesk",
        lang=language,
        keepTogetherClass=KeepWithStart,
        initialFontName=REGULAR,
        initialFontSize=10.5,
        initialLeading=14.5,
    )
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        TEXT_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    document.addPageTemplates([PageTemplate("page", [frame], onPage=_describe_document)])
    return document


def _describe_document(canvas: Canvas, document: ApplicationDocument) -> None:
    """Once, on the first page: the title in the viewer's window bar, the bookmarks pane open,
    and the XMP metadata an archive reads."""
    if getattr(canvas, "_described", False):
        return
    canvas._described = True
    canvas.setViewerPreference("DisplayDocTitle", "true")
    canvas.showOutline()
    packet = xmp_packet(document.title, document.author, document.subject, document.lang)
    canvas._doc.Catalog.Metadata = XMP(creator=lambda _document: packet.encode())


def xmp_packet(title: str, author: str, subject: str, language: str) -> str:
    """The document's description in XMP (Dublin Core and PDF schemas)."""
    moment = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    creator = (
        f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
        if author
        else ""
    )
    description = (
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li>'
        "</rdf:Alt></dc:description>"
        if subject
        else ""
    )
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"{creator}{description}"
        f"<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>"
        "<xmp:CreatorTool>GrantDesk</xmp:CreatorTool>"
        f"<xmp:CreateDate>{moment}</xmp:CreateDate>"
        "<pdf:Producer>ReportLab PDF Library</pdf:Producer>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def furniture(group: str, title: str, draft: bool, words: Wording = ENGLISH) -> type[PageFurniture]:
    """The canvas class that gives every page its footer (and DRAFT marking)."""
    return type(
        "Pages",
        (PageFurniture,),
        {"group": group, "title": title, "draft": draft, "words": words},
    )
