"""Read the printed application back and check what a reader would see."""

import re
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from grantdesk.domain.application import Answer, ApplicationDetails, ApplicationStatus
from grantdesk.domain.application import ApplicationSummary as Summary
from grantdesk.domain.budget import STANDARD_CATEGORIES, Budget, BudgetLine, VatMode
from grantdesk.domain.exit import ExitPlan
from grantdesk.domain.funders import AskedParts, Funder, FunderQuestion
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plan import Plan
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer
from grantdesk.domain.questions import COMMON_QUESTIONS
from grantdesk.examples.demo import write_demo
from grantdesk.report.pdf import build_pdf
from grantdesk.store.repository import Store

TODAY = date(2026, 11, 22)
AWKWARD = (
    "Tŷ’r Cwm ŵ ŷ Ŵ Ŷ â ê – José and Siân said “diolch” and ‘thanks’ — £1,250.50… "
    "great 😀 and a thumbs up 👍"
)


def pdf_of(application: PrintableApplication, draft: bool) -> PdfReader:
    output = BytesIO()
    build_pdf(application, output, draft=draft, today=TODAY)
    return PdfReader(BytesIO(output.getvalue()))


def flat(text: str) -> str:
    return " ".join(text.split())


def all_text(reader: PdfReader) -> str:
    return flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def demo(store: Store) -> PrintableApplication:
    write_demo(store)
    friday = next(s for s in store.applications.summaries() if s.details.title.startswith("Friday"))
    return store.printable(friday.id)


def test_every_answer_is_there_verbatim_with_the_totals(demo):
    text = all_text(pdf_of(demo, draft=False))
    for item in demo.answers:
        for paragraph in item.answer.text.split("\n"):
            assert flat(paragraph) in text, paragraph[:60]
    assert "Maes-y-Dŵr Youth Drop-In" in text
    # The table's total and the figures beside other funding: one total cost, said the same way.
    assert text.count("Total cost of the project £8,930.00") == 2
    assert text.count("Total cost of the project") == 2
    assert "Amount requested £4,000.00" in text
    assert "Other funding £4,930.00" in text
    assert "so your budget balances" not in text
    assert "so your budget balances." in all_text(pdf_of(demo, draft=True))
    assert "Reports of anti-social behaviour on Friday evenings".lower() in text.lower()
    assert "Declaration" in text


def test_welsh_letters_curly_quotes_and_emoji_show(demo):
    application = replace(
        demo,
        answers=tuple(
            replace(item, answer=Answer(item.question.key, AWKWARD)) for item in demo.answers
        ),
    )
    text = all_text(pdf_of(application, draft=False))
    shown = AWKWARD.replace("😀", "[grinning face]").replace("👍", "[thumbs up sign]")
    assert flat(shown) in text


def test_every_page_says_page_x_of_n_and_draft_only_on_drafts(demo):
    for draft in (True, False):
        reader = pdf_of(demo, draft=draft)
        total = len(reader.pages)
        assert total >= 5
        for number, page in enumerate(reader.pages, start=1):
            page_text = page.extract_text()
            assert f"Page {number} of {total}" in page_text
            assert ("DRAFT" in page_text) is draft
            assert "Maes-y-Dŵr Youth Drop-In · Friday Night Safe Space" in page_text


def test_the_fonts_are_embedded_and_no_builtin_font_is_used(demo):
    reader = pdf_of(demo, draft=True)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "DejaVu" in name
    assert not any("Helvetica" in name for name in fonts)


def test_a_thirty_page_application_builds_and_tables_repeat_their_headings():
    long_answer = "\n\n".join(
        f"Paragraph {n}: " + " ".join(f"word{n}-{w} ŵ" for w in range(120)) for n in range(12)
    )
    lines = tuple(
        BudgetLine(
            STANDARD_CATEGORIES[n % 12],
            f"Budget line {n} – Tŷ",
            100 + n,
            "sessions",
            1000 + n,
            VatMode.ADD_VAT if n % 2 else VatMode.NO_VAT,
            1 + n % 3,
        )
        for n in range(200)
    )
    application = PrintableApplication(
        summary=Summary(
            1,
            ApplicationDetails(
                title="A long one",
                funder="Funder",
                amount_requested_pence=10_000,
                project_start=date(2027, 1, 1),
                project_end=date(2029, 12, 31),
            ),
            ApplicationStatus.DRAFT,
            created_at=TODAY,
            saved_at=TODAY,
        ),
        profile=Profile(name="Big Group"),
        answers=tuple(
            QuestionAnswer(question, Answer(question.key, long_answer))
            for question in COMMON_QUESTIONS
        ),
        budget=Budget(lines, overhead_basis_points=1000),
        match=(),
        plan=Plan(),
        exit=ExitPlan(),
    )
    reader = pdf_of(application, draft=True)
    assert len(reader.pages) >= 30
    pages_with_budget_heading = [
        number
        for number, page in enumerate(reader.pages, start=1)
        if re.search(r"Cost of\s+one", page.extract_text())
    ]
    assert len(pages_with_budget_heading) >= 3
    text = all_text(reader)
    assert "Budget line 199 – Tŷ" in text
    totals = application.totals
    assert f"Total cost of the project {totals.total // 100:,}." in text.replace("£", "")


def test_a_funders_form_prints_in_its_own_words_with_the_budget_where_it_belongs(store, demo):
    from grantdesk.examples.funders import example_funders

    council = next(f for f in example_funders() if "Council" in f.name)
    funder_id = store.funders.save(council)
    store.applications.set_funder(demo.summary.id, funder_id)
    application = store.printable(demo.summary.id)
    text = all_text(pdf_of(application, draft=True))
    assert "5. Budget and other funding" in text
    assert text.index("5. Budget and other funding") < text.index("Expenditure breakdown")
    assert text.index("Expenditure breakdown") < text.index("6. Sustainability")
    assert "Total cost of the project £8,930.00" in text
    assert text.index("4. Outcomes and monitoring") < text.index("The plan: need, outputs")
    assert "Further information" not in text

    foundation = next(f for f in example_funders() if "Foundation" in f.name)
    store.applications.set_funder(demo.summary.id, store.funders.save(foundation))
    text = all_text(pdf_of(store.printable(demo.summary.id), draft=True))
    further = text.split("Further information")[1]
    # Its form asks about other funding nowhere, so that goes under Further information; it
    # does not ask for an exit strategy, so the one the group planned is left out.
    assert "Other funding" in further and "Exit strategy" not in text
    asks_exit = replace(foundation, asks=AskedParts(exit_strategy=True, declaration=False))
    store.applications.set_funder(demo.summary.id, store.funders.save(asks_exit))
    text = all_text(pdf_of(store.printable(demo.summary.id), draft=True))
    assert "Exit strategy" in text.split("Further information")[1]
    assert "Declaration" not in text


def test_the_budget_prints_once_when_two_questions_ask_for_it(store, demo):
    twice = Funder(
        name="Council",
        questions=(
            FunderQuestion("Q6 What will it cost?", covers=("budget",), key="a", label="6"),
            FunderQuestion("Q8 Tell us about your costs", covers=("budget",), key="b", label="8"),
        ),
    )
    store.applications.set_funder(demo.summary.id, store.funders.save(twice))
    text = all_text(pdf_of(store.printable(demo.summary.id), draft=True))
    assert text.count("Expenditure breakdown") == 1
    assert text.index("6. Q6 What will it cost?") < text.index("Expenditure breakdown")
    assert text.index("Expenditure breakdown") < text.index("8. Q8 Tell us about your costs")


def test_a_plan_cell_longer_than_a_page_still_prints(demo):
    from grantdesk.domain.plan import Outcome, Plan

    long_change = " ".join(f"change{n} ŵ" for n in range(400))
    application = replace(demo, plan=Plan(outcomes=(Outcome(change=long_change),)))
    text = all_text(pdf_of(application, draft=True))
    assert "change399 ŵ" in text


def test_an_application_written_in_welsh_is_marked_as_welsh(demo):
    welsh = (
        "Mae ein grŵp yn cwrdd bob nos Wener yn y neuadd. Rydym yn gweithio gyda phobl ifanc "
        "ac mae’r prosiect wedi bod yn llwyddiant, ond mae angen arian arnom hefyd."
    )
    application = replace(
        demo,
        answers=tuple(
            replace(item, answer=Answer(item.question.key, welsh)) for item in demo.answers
        ),
    )
    assert pdf_of(application, draft=False).trailer["/Root"]["/Lang"] == "cy"
    assert pdf_of(demo, draft=False).trailer["/Root"]["/Lang"] == "en-GB"


def test_an_unanswered_question_is_a_note_on_the_draft_and_silent_on_the_final_copy(demo):
    empty = replace(
        demo,
        answers=tuple(
            replace(item, answer=Answer(item.question.key, ""))
            if item.question.key == "organisation_type"
            else item
            for item in demo.answers
        ),
    )
    draft = all_text(pdf_of(empty, draft=True))
    final = all_text(pdf_of(empty, draft=False))
    question = "2. What type of organisation are you"
    assert "Note for the group: no answer yet." in draft.split(question)[1][:200]
    assert question in final and "no answer yet" not in final.lower()


def test_one_signatory_by_default_and_the_usual_declaration(demo):
    text = all_text(pdf_of(demo, draft=False))
    declaration = text[text.rindex("Declaration") :]
    assert "We confirm that the information in this application is true" in declaration
    assert "Signed on behalf of Maes-y-Dŵr Youth Drop-In" in declaration
    assert "Second signatory" not in declaration
    for label in ("Name", "Position", "Signature", "Date"):
        assert label in declaration


def test_the_footer_is_cut_by_its_measured_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from grantdesk.report.fonts import REGULAR
    from grantdesk.report.layout import FOOTER_SIZE, footer_text

    group = "Maes-y-Dŵr Youth Drop-In"
    assert footer_text(group, "Short", 300) == f"{group} · Short"
    wide = "W" * 40 + " and a title"
    for width in (120, 200, 300):
        shown = footer_text(group, wide, width)
        assert stringWidth(shown, REGULAR, FOOTER_SIZE) <= width
        assert shown.endswith("…")
    assert footer_text(group, wide, 200).startswith(group + " · W")
    assert footer_text("G" * 80, "Title", 100).startswith("GGG")


@given(st.text(alphabet=st.sampled_from("abcŵ .!?\n"), min_size=0, max_size=12_000))
def test_a_paragraph_beyond_any_limit_is_laid_out_in_pieces_that_keep_every_word(block):
    from grantdesk.report.pdf import LONGEST_PIECE, in_pieces

    pieces = in_pieces(block)
    assert all(len(piece) <= LONGEST_PIECE for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(block.split())
    if all(len(word) < LONGEST_PIECE // 2 for word in block.split()):
        assert " ".join(pieces).split() == block.split()
