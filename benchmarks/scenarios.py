"""Data the benchmarks share (no reportlab here: the first PDF of a process is timed cold)."""

from datetime import UTC, datetime

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
