"""Money as integer pence: reading what people type, and writing it the British way."""

import re

PENCE_PER_POUND = 100
CEILING_PENCE = 100_000_000 * PENCE_PER_POUND
"""£100 million: far above any small grant or group income, so larger figures are typing slips."""

_AMOUNT = re.compile(r"(?P<pounds>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<pence>\d{0,2}))?")


_TOO_MUCH = (
    "{amount} is far more than any grant application would ask for. Please check the figure."
)

ZERO_WORDS = frozenset({"none", "nil", "no", "nothing", "zero", "nought"})
"""What people type for nothing at all where a number is asked: each is read as 0."""


def means_nothing(text: str) -> bool:
    return text.strip().strip(".!").casefold() in ZERO_WORDS


class MoneyError(ValueError):
    """A typed amount that is not a sum of money; the message says what to type instead."""


def parse_money(text: str) -> int | None:
    """Read an amount such as "£1,234.50", "1234.5", "£ 20" or "1,234" as pence ("none",
    "nil" or "no" is nothing: 0).

    Returns None for an empty entry. Raises MoneyError, with a plain message, for anything
    that is not an amount of money or that no grant application would contain.
    """
    if means_nothing(text):
        return 0
    cleaned = text.strip().replace(" ", "")
    if cleaned.startswith("£"):
        cleaned = cleaned[1:]
    if not cleaned:
        return None
    if cleaned.startswith("-"):
        raise MoneyError(
            "An amount cannot be less than nothing. Please type it without a minus sign."
        )
    match = _AMOUNT.fullmatch(cleaned)
    if match is None or not (match["pounds"] or match["pence"]):
        raise MoneyError(
            f"“{text.strip()}” is not an amount of money. Please type it in figures, "
            "for example £1,234.50."
        )
    pounds = (match["pounds"] or "0").replace(",", "").lstrip("0")
    if len(pounds) > len(str(CEILING_PENCE // PENCE_PER_POUND)):
        # Checked before reading the figure: Python refuses to read thousands of digits.
        raise MoneyError(_TOO_MUCH.format(amount="That amount"))
    amount = int(pounds or "0") * PENCE_PER_POUND + int((match["pence"] or "").ljust(2, "0"))
    if amount > CEILING_PENCE:
        raise MoneyError(_TOO_MUCH.format(amount=format_money(amount)))
    return amount


def format_money(pence: int) -> str:
    """£1,234.50 for 123450; a shortfall shows as −£5.00."""
    sign = "−" if pence < 0 else ""
    pounds, remainder = divmod(abs(pence), PENCE_PER_POUND)
    return f"{sign}£{pounds:,}.{remainder:02d}"


def parse_required_money(text: str) -> int:
    """As parse_money, for a place where an amount must be given (a cell in a budget line)."""
    amount = parse_money(text)
    if amount is None:
        raise MoneyError("Please type an amount in figures, for example £75.00.")
    return amount
