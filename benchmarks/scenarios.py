"""Data the benchmarks share (no reportlab here: the first PDF of a process is timed cold)."""

from datetime import UTC, datetime
from pathlib import Path

from grantdesk.domain.application import (
    Answer,
    ApplicationDetails,
    ApplicationStatus,
    ApplicationSummary,
)
from grantdesk.domain.budget import STANDARD_CATEGORIES, Budget, BudgetLine, VatMode
from grantdesk.domain.exit import ExitPlan
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plan import Plan
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer
from grantdesk.domain.questions import COMMON_QUESTIONS
from grantdesk.store.database import open_database
from grantdesk.store.repository import Store


def three_year_budget_lines(count: int = 500) -> tuple[BudgetLine, ...]:
    """A long budget over three years: every category, VAT added to two lines in three."""
    return tuple(
        BudgetLine(
            STANDARD_CATEGORIES[n % len(STANDARD_CATEGORIES)],
            f"Line {n} – ŵ",
            100 + n,
            "sessions",
            1000 + n,
            VatMode.ADD_VAT if n % 3 else VatMode.NO_VAT,
            1 + n % 3,
        )
        for n in range(count)
    )


WORDS = (
    "youth club volunteers Friday sessions safeguarding training Tŷ’r Cwm Maes-y-Dŵr "
    "anti-social behaviour police community centre hall kitchen meal young people families "
    "isolation wellbeing outcomes baseline target evidence survey referrals partners council "
    "school trip summer residential equipment budget match funding exit strategy ŵyn cae"
).split()


def many_applications(folder: Path, count: int = 1000) -> Store:
    """1,000 applications of 12 answers each, written in one transaction (set-up, not timed)."""
    engine = open_database(folder)
    store = Store(engine)
    questions = [question.key for question in COMMON_QUESTIONS] + ["funder:extra"]
    with engine.begin() as connection:
        raw = connection.connection.dbapi_connection
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
        for number in range(count):
            cursor = raw.execute(
                "INSERT INTO application (title, funder, fund, status, created_at, updated_at, "
                "vat_recoverable, funder_reference, priorities_addressed, feedback, lessons, "
                "terms, closing_date) VALUES (?, 'A funder', '', 'draft', ?, ?, 0, '', '', '', "
                "'', '', ?)",
                (f"Application {number}", now, now, f"2027-{1 + number % 12:02d}-15"),
            )
            application_id = cursor.lastrowid
            raw.executemany(
                "INSERT INTO answer (application_id, question_key, text, updated_at) "
                "VALUES (?, ?, ?, ?)",
                [
                    (
                        application_id,
                        key,
                        " ".join(
                            WORDS[(number * 7 + slot * 13 + w) % len(WORDS)]
                            for w in range(60 + (number + slot) % 140)
                        ),
                        now,
                    )
                    for slot, key in enumerate(questions)
                ],
            )
    return store


def twenty_pages() -> PrintableApplication:
    """Eleven long answers and nothing else: about 20 pages of paragraphs."""
    answer_text = "\n\n".join(
        f"Paragraph {n}. " + " ".join(f"Gair{w} ŵ ŷ" for w in range(110)) for n in range(5)
    )
    return PrintableApplication(
        summary=ApplicationSummary(
            1,
            ApplicationDetails(
                title="Twenty pages", funder="A funder", amount_requested_pence=500_000
            ),
            ApplicationStatus.DRAFT,
            datetime.now(UTC),
            datetime.now(UTC),
        ),
        profile=Profile(name="Benchmark group"),
        answers=tuple(
            QuestionAnswer(question, Answer(question.key, answer_text))
            for question in COMMON_QUESTIONS
        ),
        budget=Budget(),
        match=(),
        plan=Plan(),
        exit=ExitPlan(),
    )


def same_paragraphs(application: PrintableApplication) -> list[str]:
    """The words the application prints, as plain paragraphs: every answer paragraph, and one
    paragraph for each budget line, match funding row and outcome."""
    texts = [
        paragraph for item in application.answers for paragraph in item.answer.text.split("\n\n")
    ]
    texts += [
        f"{line.category} {line.description} {line.unit} {line.unit_cost_pence}"
        for line in application.budget.lines
    ]
    texts += [
        f"{item.source} {item.amount_pence} {item.in_kind_what}" for item in application.match
    ]
    texts += [
        f"{o.change} {o.indicator} {o.baseline} {o.target} {o.method} {o.when}"
        for o in application.plan.outcomes
    ]
    return texts
