"""The expenditure breakdown and match funding, in whole pence.

The rounding rule, used everywhere and only here: an amount that falls between two pence
(2.5 hours at £13.33, VAT on £9.99, 10% of £1,234.55) is rounded to the nearest penny, with
an exact half penny rounded up. Each printed line is rounded once; every total is the sum of
the printed lines beneath it, so the figures on the page always add up.
"""

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from grantdesk.domain.changes import first_change
from grantdesk.domain.dates import months_needed
from grantdesk.domain.messages import QT_TRANSLATE_NOOP, Message, Template, joined, say
from grantdesk.domain.money import format_money, parse_money

QUANTITY_SCALE = 100
"""Quantities are kept in hundredths, so 2.5 days is 250 and sums stay whole numbers."""
LARGEST_QUANTITY = 1_000_000 * QUANTITY_SCALE
VAT_RATE_PERCENT = 20
"""The UK standard rate. A price that includes VAT holds 20/120 of itself in VAT."""
BASIS_POINTS = 10_000
"""Percentages are kept in hundredths of a per cent: 12.5% is 1250."""
MAX_YEARS = 5
CHANGED_LINES_WORKED_OUT_ALONE = 8
"""More changed lines than this, and the totals are added up afresh."""

OVERHEADS = "Overheads and management"
OTHER = "Other"
STANDARD_CATEGORIES = (
    "Staff",
    "Sessional workers",
    "Volunteer expenses",
    "Venue hire",
    "Equipment",
    "Materials and consumables",
    "Travel",
    "Training",
    "Publicity",
    "Evaluation",
    OVERHEADS,
    OTHER,
)
STANDARD_UNITS = (
    "sessions",
    QT_TRANSLATE_NOOP("BudgetUnit", "hours"),
    QT_TRANSLATE_NOOP("BudgetUnit", "days"),
    QT_TRANSLATE_NOOP("BudgetUnit", "weeks"),
    QT_TRANSLATE_NOOP("BudgetUnit", "months"),
    QT_TRANSLATE_NOOP("BudgetUnit", "items"),
    QT_TRANSLATE_NOOP("BudgetUnit", "people"),
    QT_TRANSLATE_NOOP("BudgetUnit", "trips"),
)


class BudgetModel(Enum):
    """How a funder asks for the budget."""

    WHOLE_PROJECT = "whole_project"
    """Every cost of the project, with the amount asked and the other funding: the two sides
    balance."""
    ASKED_COSTS = "asked_costs"
    """Only the costs this funder is asked to pay (adding up to the amount asked), and the
    total cost of the whole project as one figure; other funding covers the rest."""
    PAID_BY = "paid_by"
    """Every cost of the project, each line marked as paid by this funder or by others."""


class VatMode(Enum):
    NO_VAT = "none"
    """No VAT is charged (staff, sessional workers, most hall hire from charities)."""
    ADD_VAT = "add"
    """The price was typed without VAT, and VAT is charged on top."""
    INCLUDES_VAT = "includes"
    """The price was typed as charged, with VAT already in it."""


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator ÷ denominator to the nearest whole number, an exact half going up."""
    quotient, remainder = divmod(numerator, denominator)
    return quotient + (1 if 2 * remainder >= denominator else 0)


@dataclass(frozen=True)
class BudgetLine:
    category: str = ""
    description: str = ""
    quantity_hundredths: int = QUANTITY_SCALE
    unit: str = ""
    unit_cost_pence: int = 0
    vat: VatMode = VatMode.NO_VAT
    year: int = 1
    paid_by_others: bool = False
    """Where the funder has lines marked by who pays: paid from other funding, not this grant."""

    @property
    def price_pence(self) -> int:
        """Quantity × unit cost, as typed (before any VAT is added or taken off)."""
        return round_half_up(self.quantity_hundredths * self.unit_cost_pence, QUANTITY_SCALE)

    @property
    def vat_pence(self) -> int:
        """The VAT in this line's price (added on top, or contained in it)."""
        price = self.price_pence
        if self.vat is VatMode.ADD_VAT:
            return round_half_up(price * VAT_RATE_PERCENT, 100)
        if self.vat is VatMode.INCLUDES_VAT:
            return price - round_half_up(price * 100, 100 + VAT_RATE_PERCENT)
        return 0

    def cost_pence(self, vat_recoverable: bool) -> int:
        """What the line costs the project: VAT is a real cost unless the group can reclaim it."""
        price = self.price_pence
        if self.vat is VatMode.ADD_VAT:
            return price if vat_recoverable else price + self.vat_pence
        if self.vat is VatMode.INCLUDES_VAT and vat_recoverable:
            return price - self.vat_pence
        return price

    @property
    def category_name(self) -> str:
        return self.category.strip() or OTHER


@dataclass(frozen=True)
class Budget:
    lines: tuple[BudgetLine, ...] = ()
    vat_recoverable: bool = False
    overhead_basis_points: int | None = None
    """Overheads charged as a share of direct costs (full cost recovery); None when not used."""
    whole_project_cost_pence: int | None = None
    """Where the funder asks only for the costs it pays: the total cost of the whole project."""


@dataclass(frozen=True)
class Overhead:
    """Overheads worked out on one year's direct costs (and, where lines are marked by who
    pays, on one payer's)."""

    year: int
    pence: int
    paid_by_others: bool = False


@dataclass(frozen=True)
class BudgetTotals:
    line_costs: tuple[int, ...]
    overhead_rows: tuple[Overhead, ...]
    by_category: dict[str, int]
    by_year: dict[int, int]
    vat_included: int
    total: int
    others_pence: int = 0
    """What lines marked as paid by others come to, with their overheads."""
    line_sums: "LineSums | None" = field(default=None, repr=False, compare=False)
    """What the lines alone add up to, kept so the totals after a change to a few lines can
    be worked out from those lines alone (see `budget_totals`)."""

    @property
    def overheads(self) -> int:
        return sum(row.pence for row in self.overhead_rows)

    @property
    def overhead_by_year(self) -> dict[int, int]:
        by_year: dict[int, int] = {}
        for row in self.overhead_rows:
            by_year[row.year] = by_year.get(row.year, 0) + row.pence
        return by_year

    @property
    def asked_pence(self) -> int:
        """What the lines this funder is asked to pay come to (all of them, unless lines are
        marked by who pays)."""
        return self.total - self.others_pence


def category_order(categories: set[str]) -> list[str]:
    """Standard categories in their usual order, then the group's own, alphabetically."""
    standard = [name for name in STANDARD_CATEGORIES if name in categories]
    return standard + sorted(categories - set(STANDARD_CATEGORIES), key=str.casefold)


def paid_by_others(line: BudgetLine, model: BudgetModel) -> bool:
    """Whether a line is paid from other funding: only where the funder's lines are marked by
    who pays (the mark is kept, and ignored, under the other models)."""
    return model is BudgetModel.PAID_BY and line.paid_by_others


@dataclass
class LineSums:
    """The lines' costs and what they add up to, before overheads, for one budget model.
    Added to only while it is being worked out; copied before it is changed."""

    model: BudgetModel
    vat_recoverable: bool
    line_costs: tuple[int, ...]
    by_category: dict[str, int]
    by_year: dict[int, int]
    direct: dict[tuple[int, bool], int]
    """Each year's direct costs (every line not itself an overhead), by who pays."""
    vat_included: int
    others: int


def _line_keys(line: BudgetLine, model: BudgetModel) -> tuple[str, int, bool]:
    return line.category_name, line.year, paid_by_others(line, model)


def _add_lines(sums: LineSums, lines: Iterable[tuple[BudgetLine, int]], sign: int) -> None:
    """Add (sign 1) or take away (sign -1) lines and their costs from the sums, in place."""
    by_category, by_year, direct = sums.by_category, sums.by_year, sums.direct
    vat_included, others = 0, 0
    for line, cost in lines:
        category, year, payer = _line_keys(line, sums.model)
        by_category[category] = by_category.get(category, 0) + sign * cost
        by_year[year] = by_year.get(year, 0) + sign * cost
        if category != OVERHEADS:
            direct[year, payer] = direct.get((year, payer), 0) + sign * cost
        if not sums.vat_recoverable:
            vat_included += sign * line.vat_pence
        others += sign * cost if payer else 0
    sums.vat_included += vat_included
    sums.others += others


def _line_sums(budget: Budget, model: BudgetModel) -> LineSums:
    recoverable = budget.vat_recoverable
    line_costs = tuple(line.cost_pence(recoverable) for line in budget.lines)
    sums = LineSums(model, recoverable, line_costs, {}, {}, {}, 0, 0)
    _add_lines(sums, zip(budget.lines, line_costs, strict=True), 1)
    return sums


def _changed_line_sums(
    budget: Budget, model: BudgetModel, earlier: tuple[Budget, "BudgetTotals"]
) -> LineSums | None:
    """The sums for `budget` worked out from an earlier budget's, when only a few lines
    changed and each changed line still counts under the same category, year and payer (an
    amount, a description or the VAT edited); None when they must be added up afresh."""
    before, totals = earlier
    sums = totals.line_sums
    if (
        sums is None
        or sums.model is not model
        or before.vat_recoverable != budget.vat_recoverable
        or len(before.lines) != len(budget.lines)
    ):
        return None
    changed: list[int] = []
    position = first_change(before.lines, budget.lines)
    while position < len(budget.lines) and len(changed) <= CHANGED_LINES_WORKED_OUT_ALONE:
        changed.append(position)
        position = first_change(before.lines, budget.lines, position + 1)
    if len(changed) > CHANGED_LINES_WORKED_OUT_ALONE or any(
        _line_keys(before.lines[n], model) != _line_keys(budget.lines[n], model) for n in changed
    ):
        return None
    costs = list(sums.line_costs)
    for position in changed:
        costs[position] = budget.lines[position].cost_pence(budget.vat_recoverable)
    worked_out = replace(
        sums,
        line_costs=tuple(costs),
        by_category=dict(sums.by_category),
        by_year=dict(sums.by_year),
        direct=dict(sums.direct),
    )
    _add_lines(worked_out, ((before.lines[n], sums.line_costs[n]) for n in changed), -1)
    _add_lines(worked_out, ((budget.lines[n], costs[n]) for n in changed), 1)
    return worked_out


def budget_totals(
    budget: Budget,
    model: BudgetModel | None = None,
    earlier: tuple[Budget, "BudgetTotals"] | None = None,
) -> BudgetTotals:
    """Line costs, overheads by year, and totals by category, by year and in all.

    Overheads on a percentage are worked out on each year's direct costs (every line not
    itself an overhead), rounded once per year; the overhead total is the sum of those years.
    Where lines are marked by who pays, each payer's overheads are worked out on its own
    lines, so each payer's total is the sum of its printed lines.

    Given an `earlier` budget and its totals, a budget that differs from it in a line or two
    (one cell edited) is worked out from those lines alone, with the same result.
    """
    model = model or BudgetModel.WHOLE_PROJECT
    sums = (earlier and _changed_line_sums(budget, model, earlier)) or _line_sums(budget, model)
    by_category = dict(sums.by_category)
    by_year = dict(sums.by_year)
    others = sums.others
    overhead_rows: list[Overhead] = []
    if budget.overhead_basis_points:
        for (year, payer), pence in sorted(sums.direct.items()):
            overhead = round_half_up(pence * budget.overhead_basis_points, BASIS_POINTS)
            overhead_rows.append(Overhead(year, overhead, payer))
            by_year[year] += overhead
            by_category[OVERHEADS] = by_category.get(OVERHEADS, 0) + overhead
            others += overhead if payer else 0
    ordered = {name: by_category[name] for name in category_order(set(by_category))}
    return BudgetTotals(
        line_costs=sums.line_costs,
        overhead_rows=tuple(overhead_rows),
        by_category=ordered,
        by_year=dict(sorted(by_year.items())),
        vat_included=sums.vat_included,
        total=sum(sums.line_costs) + sum(row.pence for row in overhead_rows),
        others_pence=others,
        line_sums=sums,
    )


@dataclass(frozen=True)
class CostTable:
    """One table of costs as the funder's copy prints it: its lines (by their place in the
    budget), its worked-out overheads and its total, the sum of them all."""

    title: str
    lines: tuple[int, ...]
    overheads: tuple[Overhead, ...]
    total_label: str
    total_pence: int


def cost_tables(budget: Budget, totals: BudgetTotals, model: BudgetModel) -> list[CostTable]:
    """The tables of costs the funder's copy prints, following how the funder asks."""
    everything = tuple(range(len(budget.lines)))
    if model is BudgetModel.WHOLE_PROJECT:
        return [
            CostTable(
                QT_TRANSLATE_NOOP("Budget", "Expenditure breakdown"),
                everything,
                totals.overhead_rows,
                QT_TRANSLATE_NOOP("Budget", "Total cost of the project"),
                totals.total,
            )
        ]
    if model is BudgetModel.ASKED_COSTS:
        return [
            CostTable(
                QT_TRANSLATE_NOOP("Budget", "The costs we are asking you to fund"),
                everything,
                totals.overhead_rows,
                QT_TRANSLATE_NOOP("Budget", "Total we are asking you to fund"),
                totals.total,
            )
        ]
    tables = []
    for by_others, title, total_label, total in (
        (
            False,
            QT_TRANSLATE_NOOP("Budget", "The costs we are asking you to fund"),
            QT_TRANSLATE_NOOP("Budget", "Total we are asking you to fund"),
            totals.asked_pence,
        ),
        (
            True,
            QT_TRANSLATE_NOOP("Budget", "The costs paid by other funding"),
            QT_TRANSLATE_NOOP("Budget", "Total paid by other funding"),
            totals.others_pence,
        ),
    ):
        lines = tuple(n for n in everything if paid_by_others(budget.lines[n], model) == by_others)
        overheads = tuple(row for row in totals.overhead_rows if row.paid_by_others == by_others)
        if lines or overheads:
            tables.append(CostTable(title, lines, overheads, total_label, total))
    return tables


def project_years(start: date | None, end: date | None) -> int:
    """How many project years (1 to 5) the dates span; 1 when they are not both known."""
    if start is None or end is None or end < start:
        return 1
    return max(1, min(MAX_YEARS, -(-months_needed(start, end) // 12)))


class QuantityError(ValueError):
    """A typed quantity that could not be read; the message says what to type."""


_QUANTITY = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{0,2}))?")


def parse_quantity(text: str) -> int:
    """Read "40", "2.5" or "1,000" as hundredths. An empty entry means one."""
    cleaned = text.strip()
    if not cleaned:
        return QUANTITY_SCALE
    if cleaned.startswith("-"):
        raise QuantityError("A quantity cannot be less than nothing. Please type it in figures.")
    match = _QUANTITY.fullmatch(cleaned)
    if match is None or not (match[1] or match[2]):
        raise QuantityError(
            f"“{cleaned}” is not a quantity. Please type a number, for example 40 or 2.5."
        )
    whole = (match[1] or "0").replace(",", "").lstrip("0") or "0"
    if len(whole) > len(str(LARGEST_QUANTITY // QUANTITY_SCALE)):  # not read: Python refuses
        raise QuantityError("That is far more than a budget line would need. Please check.")
    hundredths = int(whole) * QUANTITY_SCALE + int((match[2] or "").ljust(2, "0"))
    if hundredths > LARGEST_QUANTITY:
        raise QuantityError(f"{cleaned} is far more than a budget line would need. Please check.")
    return hundredths


def format_quantity(hundredths: int) -> str:
    whole, part = divmod(hundredths, QUANTITY_SCALE)
    if part == 0:
        return f"{whole:,}"
    return f"{whole:,}.{part:02d}".rstrip("0")


class PercentError(ValueError):
    """A typed percentage that could not be read."""


def parse_percent(text: str) -> int | None:
    """Read "10", "10%" or "12.5 %" as basis points; None when empty."""
    cleaned = text.strip().removesuffix("%").strip()
    if not cleaned:
        return None
    try:
        hundredths = parse_quantity(cleaned)
    except QuantityError:
        raise PercentError(
            f"“{text.strip()}” is not a percentage. Please type a number, for example 10 or 12.5."
        ) from None
    if hundredths > 100 * QUANTITY_SCALE:
        raise PercentError("A share cannot be more than 100%. Please type a number from 0 to 100.")
    return hundredths


def format_percent(basis_points: int) -> str:
    return f"{format_quantity(basis_points)}%"


@dataclass(frozen=True)
class PastedRows:
    lines: tuple[BudgetLine, ...]
    problems: tuple[str, ...] = field(default=())


def parse_pasted_rows(text: str, default_year: int = 1) -> PastedRows:
    """Turn rows copied from a spreadsheet into budget lines, and say what was left out.

    Excel, LibreOffice and Google Sheets all put tab-separated text on the clipboard, with a
    cell that holds a line break (or a tab, or starts with a quote) in double quotes and its
    own quotes doubled; the csv module reads that. The columns are read by how many there are:
    2: description, cost · 3: description, quantity, unit cost ·
    4: description, quantity, unit, unit cost · 5 or more: category, description,
    quantity, unit, unit cost (and year). A heading row and a total row are left out, and
    said so: GrantDesk adds up the budget itself.
    """
    lines: list[BudgetLine] = []
    problems: list[str] = []
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect="excel-tab"))
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if any(cell.casefold() in TOTAL_WORDS for cell in cells[:2]):
            problems.append(
                f"Row {number} was left out: it looks like a total, and GrantDesk adds up the "
                "budget itself."
            )
            continue
        try:
            lines.append(_line_from_cells(cells, default_year))
        except ValueError as error:  # MoneyError and QuantityError are ValueErrors
            headings = not any(character.isdigit() for character in "".join(cells))
            if number == 1 and len(rows) > 1 and headings:
                problems.append("Row 1 was left out: it looks like column headings.")
            else:
                problems.append(f"Row {number} was not added: {error}")
    return PastedRows(tuple(lines), tuple(problems))


TOTAL_WORDS = frozenset({"total", "totals", "subtotal", "sub-total", "sub total", "grand total"})
"""What a spreadsheet's own total row says where a description would be."""


def _line_from_cells(cells: list[str], default_year: int) -> BudgetLine:
    count = len(cells)
    category = ""
    unit = ""
    year = default_year
    if count == 2:
        description, quantity, cost = cells[0], "1", cells[1]
    elif count == 3:
        description, quantity, cost = cells
    elif count == 4:
        description, quantity, unit, cost = cells
    elif count >= 5:
        category, description, quantity, unit, cost = cells[:5]
        if count > 5 and cells[5]:
            year = parse_project_year(cells[5])
    else:
        raise ValueError("it needs at least a description and a cost, split by a tab.")
    unit_cost = parse_money(cost)
    if unit_cost is None:
        raise ValueError("it has no cost.")
    return BudgetLine(
        category=_standard_name(category),
        description=description,
        quantity_hundredths=parse_quantity(quantity),
        unit=unit,
        unit_cost_pence=unit_cost,
        year=year,
    )


def parse_project_year(text: str) -> int:
    """Read "2" or "Year 2" as a project year from 1 to 5."""
    digits = text.lower().removeprefix("year").strip()
    readable = digits.isascii() and digits.isdigit() and len(digits) <= 2
    if not readable or not 1 <= int(digits) <= MAX_YEARS:
        raise ValueError(f"“{text}” is not a project year from 1 to {MAX_YEARS}.")
    return int(digits)


def _standard_name(category: str) -> str:
    """A typed category matched to the standard list regardless of capitals."""
    for name in STANDARD_CATEGORIES:
        if name.casefold() == category.casefold():
            return name
    return category


class MatchStatus(Enum):
    SECURED = "secured"
    APPLIED_FOR = "applied_for"
    IN_KIND = "in_kind"

    @property
    def label(self) -> str:
        return {
            "secured": QT_TRANSLATE_NOOP("MatchStatus", "Secured"),
            "applied_for": QT_TRANSLATE_NOOP("MatchStatus", "Applied for"),
            "in_kind": QT_TRANSLATE_NOOP("MatchStatus", "In kind"),
        }[self.value]


@dataclass(frozen=True)
class MatchFunding:
    source: str = ""
    amount_pence: int = 0
    status: MatchStatus = MatchStatus.SECURED
    in_kind_what: str = ""
    """For in-kind support: what it is (volunteer time, a donated venue…)."""
    decision_date: date | None = None
    """For funding applied for: when the decision is expected."""


@dataclass(frozen=True)
class Balance:
    """The money side by side, the way the funder asks for the budget."""

    costs_pence: int
    """Every line and overhead listed."""
    requested_pence: int
    match_pence: int
    unsecured_pence: int = 0
    model: BudgetModel = BudgetModel.WHOLE_PROJECT
    asked_costs_pence: int = 0
    """The costs this funder is asked to pay: every line under ASKED_COSTS, the lines marked
    as its own under PAID_BY (not used for the whole project)."""
    stated_project_cost_pence: int | None = None
    """The whole project's cost as the group gives it, under ASKED_COSTS."""
    rest_listed: bool = True
    """Whether other funding must cover the rest of the project: the form asks about it, or
    some is listed (always, for the whole project)."""

    @property
    def total_project_cost_pence(self) -> int | None:
        if self.model is BudgetModel.ASKED_COSTS:
            return self.stated_project_cost_pence
        return self.costs_pence

    @property
    def asked_gap_pence(self) -> int:
        """The costs listed for this funder less the amount asked (0 for the whole project)."""
        if self.model is BudgetModel.WHOLE_PROJECT:
            return 0
        return self.asked_costs_pence - self.requested_pence

    @property
    def rest_pence(self) -> int | None:
        """What the project costs beyond what this funder is asked for."""
        if self.model is BudgetModel.PAID_BY:
            return self.costs_pence - self.asked_costs_pence
        total = self.total_project_cost_pence
        return None if total is None else total - self.requested_pence

    @property
    def uncovered_pence(self) -> int:
        """Positive: the rest not covered by other funding. Negative: more found than needed."""
        rest = self.rest_pence
        return 0 if rest is None else rest - self.match_pence

    @property
    def balances(self) -> bool:
        if self.model is BudgetModel.WHOLE_PROJECT:
            return self.uncovered_pence == 0
        if self.asked_gap_pence:
            return False
        if self.model is BudgetModel.ASKED_COSTS and (
            self.stated_project_cost_pence is None
            or self.stated_project_cost_pence < self.requested_pence
        ):
            return False
        return self.uncovered_pence == 0 or not self.rest_listed


def balance_of(
    totals: BudgetTotals,
    requested_pence: int | None,
    match: tuple[MatchFunding, ...],
    model: BudgetModel = BudgetModel.WHOLE_PROJECT,
    stated_project_cost_pence: int | None = None,
    other_funding_asked: bool = True,
) -> Balance:
    return Balance(
        costs_pence=totals.total,
        requested_pence=requested_pence or 0,
        match_pence=sum(item.amount_pence for item in match),
        unsecured_pence=sum(
            item.amount_pence for item in match if item.status is MatchStatus.APPLIED_FOR
        ),
        model=model,
        asked_costs_pence=totals.asked_pence,
        stated_project_cost_pence=stated_project_cost_pence,
        rest_listed=other_funding_asked or bool(match) or model is BudgetModel.WHOLE_PROJECT,
    )


def balance_statement(balance: Balance) -> Message:
    """Whether the budget balances, said in words with the figures."""
    if balance.model is BudgetModel.WHOLE_PROJECT:
        sentences = [_whole_project_statement(balance)]
    else:
        sentences = [_asked_costs_statement(balance), *_rest_statement(balance)]
        if balance.balances:
            sentences.append(say(QT_TRANSLATE_NOOP("Balance", "Your budget balances.")))
    if balance.unsecured_pence:
        sentences.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Balance",
                    "{unsecured} of the money from elsewhere is applied for but not yet secured.",
                ),
                unsecured=format_money(balance.unsecured_pence),
            )
        )
    return joined(sentences)


def _whole_project_statement(balance: Balance) -> Message:
    figures = {
        "costs": format_money(balance.costs_pence),
        "requested": format_money(balance.requested_pence),
        "match": format_money(balance.match_pence),
        "gap": format_money(abs(balance.uncovered_pence)),
    }
    if balance.uncovered_pence > 0:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "Your costs come to {costs}. You are asking for {requested} and have {match} from "
            "elsewhere, so {gap} is not covered.",
        )
    elif balance.uncovered_pence < 0:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "Your costs come to {costs}. You are asking for {requested} and have {match} from "
            "elsewhere, which is {gap} more than your costs. Please lower the amount you ask "
            "for, or check your costs.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "Your costs come to {costs}. You are asking for {requested} and have {match} from "
            "elsewhere, so your budget balances.",
        )
    return say(template, **figures)


def _asked_costs_statement(balance: Balance) -> Message:
    marked = balance.model is BudgetModel.PAID_BY
    figures = {
        "asked": format_money(balance.asked_costs_pence),
        "requested": format_money(balance.requested_pence),
        "gap": format_money(abs(balance.asked_gap_pence)),
    }
    gap = balance.asked_gap_pence
    if gap > 0 and marked:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The lines paid by this funder come to {asked}, but you are asking for {requested}, "
            "{gap} less. Please ask for {asked}, or mark the lines other funding pays for.",
        )
    elif gap > 0:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The costs you list for this funder come to {asked}, but you are asking for "
            "{requested}, {gap} less. Please ask for {asked}, or take out costs others pay.",
        )
    elif gap < 0 and marked:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The lines paid by this funder come to {asked}, but you are asking for {requested}, "
            "{gap} more. Please lower the amount you ask for, or mark the lines this grant pays "
            "for.",
        )
    elif gap < 0:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The costs you list for this funder come to {asked}, but you are asking for "
            "{requested}, {gap} more. Please lower the amount you ask for, or list every cost it "
            "pays for.",
        )
    elif marked:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The lines paid by this funder come to {asked}, the amount you are asking for.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The costs you list for this funder come to {asked}, the amount you are asking for.",
        )
    return say(template, **figures)


def _rest_statement(balance: Balance) -> list[Message]:
    uncovered = balance.uncovered_pence
    figures = {"match": format_money(balance.match_pence), "gap": format_money(abs(uncovered))}
    if balance.model is BudgetModel.PAID_BY:
        figures["others"] = format_money(balance.rest_pence or 0)
        if not balance.rest_pence and not balance.match_pence:
            return []
        if not balance.rest_listed:
            template = QT_TRANSLATE_NOOP(
                "Balance", "The lines paid by other funding come to {others}."
            )
        elif uncovered > 0:
            template = QT_TRANSLATE_NOOP(
                "Balance",
                "The lines paid by other funding come to {others} and you have {match} from "
                "elsewhere, so {gap} is not covered.",
            )
        elif uncovered < 0:
            template = QT_TRANSLATE_NOOP(
                "Balance",
                "The lines paid by other funding come to {others} and you have {match} from "
                "elsewhere, {gap} more than they cost. Please check your other funding, or mark "
                "which lines it pays for.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Balance",
                "The lines paid by other funding come to {others} and you have {match} from "
                "elsewhere, which covers them.",
            )
        return [say(template, **figures)]
    total = balance.stated_project_cost_pence
    if total is None:
        return [
            say(QT_TRANSLATE_NOOP("Balance", "Please give the total cost of the whole project."))
        ]
    figures.update(
        whole=format_money(total),
        requested=format_money(balance.requested_pence),
        rest=format_money(total - balance.requested_pence),
    )
    if total < balance.requested_pence:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The whole project cannot cost less than the amount you ask for: {whole} is less "
            "than {requested}. Please check the total cost of the project.",
        )
    elif total == balance.requested_pence and not balance.match_pence:
        template = QT_TRANSLATE_NOOP(
            "Balance", "The whole project costs {whole}: this grant would pay for all of it."
        )
    elif not balance.rest_listed:
        template = QT_TRANSLATE_NOOP(
            "Balance", "The whole project costs {whole}, so {rest} comes from elsewhere."
        )
    elif uncovered > 0:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The whole project costs {whole}, so {rest} comes from elsewhere; you have {match}, "
            "so {gap} is not covered.",
        )
    elif uncovered < 0:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The whole project costs {whole}, so {rest} comes from elsewhere; you have {match}, "
            "{gap} more than that. Please check the total cost of the project, or your other "
            "funding.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Balance",
            "The whole project costs {whole}, so {rest} comes from elsewhere; you have {match}, "
            "which covers it.",
        )
    return [say(template, **figures)]


@dataclass(frozen=True)
class MoneyAtAGlance:
    """The money on one line, for the screen: what it costs, what is asked for, the other
    money, the gap between them, and one thing to do next."""

    costs_label: str
    costs_pence: int | None
    """None where the funder wants the whole project's cost and it is not given yet."""
    requested_pence: int
    other_pence: int
    gap_pence: int
    """Positive: short by this much; negative: this much too much; 0: it balances."""
    advice: Message
    balances: bool


def at_a_glance(balance: Balance) -> MoneyAtAGlance:
    whole = balance.model is BudgetModel.ASKED_COSTS
    gap = balance.asked_gap_pence or (balance.uncovered_pence if balance.rest_listed else 0)
    return MoneyAtAGlance(
        costs_label=QT_TRANSLATE_NOOP("MoneySummary", "The whole project costs")
        if whole
        else QT_TRANSLATE_NOOP("MoneySummary", "Your costs"),
        costs_pence=balance.total_project_cost_pence,
        requested_pence=balance.requested_pence,
        other_pence=balance.match_pence,
        gap_pence=gap,
        advice=money_advice(balance),
        balances=balance.balances,
    )


def money_advice(balance: Balance) -> Message:
    """One line: what to do next so the money balances, or that it does."""
    return say(
        _advice(balance),
        **{
            "asked": format_money(balance.asked_costs_pence),
            "gap": format_money(abs(balance.uncovered_pence)),
            "unsecured": format_money(balance.unsecured_pence),
        },
    )


def _advice(balance: Balance) -> Template:
    if not balance.costs_pence:
        return QT_TRANSLATE_NOOP(
            "Balance",
            "List your costs in the budget: GrantDesk adds them up against what you ask for.",
        )
    marked = balance.model is BudgetModel.PAID_BY
    gap = balance.asked_gap_pence
    if gap > 0 and marked:
        return QT_TRANSLATE_NOOP(
            "Balance",
            "The lines paid by this funder come to {asked}: ask for that, or mark the lines "
            "other funding pays for.",
        )
    if gap > 0:
        return QT_TRANSLATE_NOOP(
            "Balance",
            "The costs you list for this funder come to {asked}: ask for that, or take out costs "
            "others pay.",
        )
    if gap < 0 and marked:
        return QT_TRANSLATE_NOOP(
            "Balance",
            "The lines paid by this funder come to {asked}: ask for no more than that, or mark "
            "the lines this grant pays for.",
        )
    if gap < 0:
        return QT_TRANSLATE_NOOP(
            "Balance",
            "The costs you list for this funder come to {asked}: ask for no more than that, or "
            "list every cost it pays for.",
        )
    stated = balance.stated_project_cost_pence
    if balance.model is BudgetModel.ASKED_COSTS:
        if stated is None:
            return QT_TRANSLATE_NOOP(
                "Balance", "Give the total cost of the whole project, below the lines."
            )
        if stated < balance.requested_pence:
            return QT_TRANSLATE_NOOP(
                "Balance",
                "The whole project cannot cost less than you ask for: check its total cost.",
            )
    uncovered = balance.uncovered_pence if balance.rest_listed else 0
    if uncovered > 0:
        return QT_TRANSLATE_NOOP(
            "Balance", "{gap} is not covered yet: add other funding, or lower your costs."
        )
    if uncovered < 0:
        return QT_TRANSLATE_NOOP(
            "Balance",
            "You have {gap} more than you need: ask for less, or check your other funding.",
        )
    if balance.unsecured_pence:
        return QT_TRANSLATE_NOOP(
            "Balance",
            "It balances, but {unsecured} of the other money is applied for, not yet secured.",
        )
    return QT_TRANSLATE_NOOP("Balance", "It balances.")


def money_figures(balance: Balance) -> list[tuple[str, int]]:
    """The figures the funder's copy sets side by side, the same whichever way the budget is
    asked: the project's total cost is printed once, and always the same figure."""
    figures = []
    if balance.total_project_cost_pence is not None:
        figures.append(
            (
                QT_TRANSLATE_NOOP("Balance", "Total cost of the project"),
                balance.total_project_cost_pence,
            )
        )
    figures += [
        (QT_TRANSLATE_NOOP("Balance", "Amount requested"), balance.requested_pence),
        (QT_TRANSLATE_NOOP("Balance", "Other funding"), balance.match_pence),
    ]
    return figures


def grant_range_problem(
    requested_pence: int | None,
    minimum_pence: int | None,
    maximum_pence: int | None,
    what: Template | None = None,
) -> Message | None:
    """Said when an amount is outside the funder's smallest or largest grant; else None.
    `what` says what the amount is ("You are asking for", the default)."""
    if requested_pence is None:
        return None
    what = what or QT_TRANSLATE_NOOP("Balance", "You are asking for")
    if maximum_pence is not None and requested_pence > maximum_pence:
        template = QT_TRANSLATE_NOOP(
            "Balance", "{what} {amount}, but this fund gives at most {limit}."
        )
        limit = maximum_pence
    elif minimum_pence is not None and requested_pence < minimum_pence:
        template = QT_TRANSLATE_NOOP(
            "Balance", "{what} {amount}, but this fund gives at least {limit}."
        )
        limit = minimum_pence
    else:
        return None
    return say(template, what=what, amount=format_money(requested_pence), limit=format_money(limit))


SMALLEST_LINE_PENCE = 100


def line_problems(budget: Budget, totals: BudgetTotals) -> list[str]:
    """Lines that cost less than £1: an empty line, or a cost not yet typed."""
    problems = []
    for number, cost in enumerate(totals.line_costs, 1):
        if cost < SMALLEST_LINE_PENCE:
            line = budget.lines[number - 1]
            named = f" (“{line.description.strip()}”)" if line.description.strip() else ""
            problems.append(
                f"Budget line {number}{named} comes to {format_money(cost)}: each line should be "
                "at least £1. Please fill in its cost, or remove the line."
            )
    return problems


def match_problems(match: tuple[MatchFunding, ...]) -> list[str]:
    """Other funding applied for without the date the decision is expected."""
    return [
        f"“{item.source.strip() or 'Other funding'}” is applied for, but there is no date for "
        "when you will hear. Please add when the decision is expected."
        for item in match
        if item.status is MatchStatus.APPLIED_FOR and item.decision_date is None
    ]
