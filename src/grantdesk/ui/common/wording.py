"""Sentences built from domain results, translated, shared by every screen that shows them."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from grantdesk.domain.dates import format_date
from grantdesk.domain.wordcount import LimitCheck, LimitUnit, unit_words


def unit_name(unit: LimitUnit, count: int) -> str:
    return QCoreApplication.translate("Wording", unit_words(unit, count))


def count_text(check: LimitCheck) -> str:
    """ "143 of 250 words"; with a minimum "143 words (at least 50, at most 250)"; with no
    limit "143 words"."""
    limit = check.limit
    count = f"{check.count:,}"
    if limit.maximum is None:
        if limit.minimum is None:
            return QCoreApplication.translate("Wording", "{count} {unit}").format(
                count=count, unit=unit_name(limit.unit, check.count)
            )
        return QCoreApplication.translate("Wording", "{count} {unit} (at least {minimum})").format(
            count=count, unit=unit_name(limit.unit, check.count), minimum=f"{limit.minimum:,}"
        )
    if limit.minimum is None:
        return QCoreApplication.translate("Wording", "{count} of {maximum} {unit}").format(
            count=count,
            maximum=f"{limit.maximum:,}",
            unit=unit_name(limit.unit, limit.maximum),
        )
    return QCoreApplication.translate(
        "Wording", "{count} {unit} (at least {minimum}, at most {maximum})"
    ).format(
        count=count,
        unit=unit_name(limit.unit, check.count),
        minimum=f"{limit.minimum:,}",
        maximum=f"{limit.maximum:,}",
    )


def limit_message(check: LimitCheck) -> str:
    """Over or under the limit, said in words; empty when the answer fits."""
    unit = check.limit.unit
    if check.over_by:
        return QCoreApplication.translate(
            "Wording", "{amount} {unit} over the limit. Please shorten your answer."
        ).format(amount=f"{check.over_by:,}", unit=unit_name(unit, check.over_by))
    if check.under_by:
        return QCoreApplication.translate(
            "Wording", "{amount} {unit} short of the minimum. Please add a little more."
        ).format(amount=f"{check.under_by:,}", unit=unit_name(unit, check.under_by))
    return ""


def saved_at_text(moment: datetime) -> str:
    return QCoreApplication.translate("Wording", "All changes saved at {time}").format(
        time=moment.astimezone().strftime("%H:%M")
    )


def moment_text(moment: datetime) -> str:
    """22 November 2026 at 20:31, by this computer's clock."""
    local = moment.astimezone()
    return QCoreApplication.translate("Wording", "{date} at {time}").format(
        date=format_date(local.date()), time=f"{local:%H:%M}"
    )
