"""Data the benchmarks share."""

from grantdesk.domain.budget import STANDARD_CATEGORIES, BudgetLine, VatMode


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
