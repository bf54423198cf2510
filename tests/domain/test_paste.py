"""Rows pasted from the three spreadsheets groups use, exactly as each puts them on the clipboard.

Each copies the selected cells as tab-separated text. A cell holding a line break (Alt+Enter in
Excel, Ctrl+Enter in LibreOffice and Google Sheets) is wrapped in double quotes, with quotes
inside it doubled; a cell with a quote but no line break is not. They differ in line endings:
Excel ends every row with CR LF, the last one too; LibreOffice ends each row with the system's
line end (LF on Linux); Google Sheets separates rows with CR LF on Windows and leaves the last
row unended.
"""

import pytest

from grantdesk.domain.budget import BudgetLine, parse_pasted_rows

EXCEL = (
    "Category\tItem\tQty\tUnit\tCost\r\n"
    'Venue hire\t"Hall hire\nand kitchen"\t40\tsessions\t£25.00\r\n'
    'Staff\t"Youth worker, ""lead""\n(sessional)"\t80\thours\t£15.50\r\n'
    'Equipment\t12" speaker\t1\titem\t£89.99\r\n'
    "Total\t\t\t\t£2,329.99\r\n"
)
LIBREOFFICE = (
    "Category\tItem\tQty\tUnit\tCost\n"
    'Venue hire\t"Hall hire\nand kitchen"\t40\tsessions\t25\n'
    'Staff\t"Youth worker, ""lead""\n(sessional)"\t80\thours\t15.5\n'
    'Equipment\t12" speaker\t1\titem\t89.99\n'
    "Total\t\t\t\t2329.99\n"
)
GOOGLE_SHEETS = (
    "Category\tItem\tQty\tUnit\tCost\r\n"
    'Venue hire\t"Hall hire\nand kitchen"\t40\tsessions\t£25.00\r\n'
    'Staff\t"Youth worker, ""lead""\n(sessional)"\t80\thours\t£15.50\r\n'
    'Equipment\t12" speaker\t1\titem\t£89.99\r\n'
    "Total\t\t\t\t£2,329.99"
)


@pytest.mark.parametrize("clipboard", [EXCEL, LIBREOFFICE, GOOGLE_SHEETS])
def test_quoted_cells_with_line_breaks_arrive_whole_and_what_is_left_out_is_said(clipboard):
    pasted = parse_pasted_rows(clipboard)
    assert pasted.lines == (
        BudgetLine("Venue hire", "Hall hire\nand kitchen", 4000, "sessions", 2500),
        BudgetLine("Staff", 'Youth worker, "lead"\n(sessional)', 8000, "hours", 1550),
        BudgetLine("Equipment", '12" speaker', 100, "item", 8999),
    )
    assert pasted.problems == (
        "Row 1 was left out: it looks like column headings.",
        "Row 5 was left out: it looks like a total, and GrantDesk adds up the budget itself.",
    )


def test_a_quoted_cell_holding_a_tab_stays_one_cell():
    pasted = parse_pasted_rows('"Leaflets\tand posters"\t500\t£0.24\r\n')
    assert pasted.lines == (
        BudgetLine(
            description="Leaflets\tand posters", unit_cost_pence=24, quantity_hundredths=50000
        ),
    )
    assert pasted.problems == ()


def test_blank_rows_are_passed_over_and_a_lone_bad_row_is_explained():
    assert parse_pasted_rows("\r\n\t\t\r\nLeaflets\t£120\r\n\r\n").lines == (
        BudgetLine(description="Leaflets", unit_cost_pence=12000),
    )
    assert parse_pasted_rows("Just words").problems == (
        "Row 1 was not added: it needs at least a description and a cost, split by a tab.",
    )
