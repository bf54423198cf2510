"""A budget of many lines is laid out a page at a time: every line printed once, in order
within its category, under the table's header on every page it fills."""

import re
from dataclasses import replace
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from grantdesk.domain.budget import STANDARD_CATEGORIES, Budget, BudgetLine, VatMode
from grantdesk.report.pdf import build_pdf
from grantdesk.report.tables import ROWS_AT_A_TIME
from tests.report.stress import stress_application

LINES = 5 * ROWS_AT_A_TIME + 7


def test_every_line_of_a_long_budget_is_printed_once_in_order_under_its_header():
    lines = tuple(
        BudgetLine(
            STANDARD_CATEGORIES[n % 3], f"Item {n:04d}", 100, "each", 1000 + n, VatMode.NO_VAT, 1
        )
        for n in range(LINES)
    )
    application = replace(stress_application(), budget=Budget(lines))
    output = BytesIO()
    build_pdf(application, output, draft=False, today=date(2026, 11, 22))
    pages = [page.extract_text() for page in PdfReader(BytesIO(output.getvalue())).pages]
    printed = [int(n) for page in pages for n in re.findall(r"Item (\d{4})", page)]
    assert sorted(printed) == list(range(LINES))  # each once
    for category in range(3):  # lines are printed by category, each in the order typed
        in_category = [n for n in printed if n % 3 == category]
        assert in_category == sorted(in_category)
    with_items = [page for page in pages if "Item " in page]
    assert len(with_items) > 5
    assert all("Description" in page for page in with_items)
