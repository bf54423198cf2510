"""Sentences built from domain results, translated, shared by every screen that shows them."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from grantdesk.domain.messages import english_plural
from grantdesk.domain.wordcount import LimitCheck, LimitUnit
from grantdesk.ui.common.language import show_date


def _filled(text: str, n: int, **figures: str) -> str:
    """A translated sentence with its figures put in; "word(s)" read in English by the count
    (Welsh has its own plural forms in the catalogue)."""
    return english_plural(text, n).format(**figures)


class Wording(QObject):
    """The live counts. Methods of a QObject so that pyside6-lupdate files their plurals with
    their numerus forms (it does so only for self.tr) under the context used at run time."""

    def count_text(self, check: LimitCheck) -> str:
        """ "143 of 250 words"; with a minimum "143 words (at least 50, at most 250)"; with no
        limit "143 words"."""
        limit, n = check.limit, check.count
        words = limit.unit is LimitUnit.WORDS
        figures = {"count": f"{n:,}"}
        if limit.maximum is None and limit.minimum is None:
            text = (
                self.tr("{count} word(s)", "", n)
                if words
                else self.tr("{count} character(s)", "", n)
            )
        elif limit.maximum is None:
            text = (
                self.tr("{count} word(s) (at least {minimum})", "", n)
                if words
                else self.tr("{count} character(s) (at least {minimum})", "", n)
            )
            figures["minimum"] = f"{limit.minimum:,}"
        elif limit.minimum is None:
            n = limit.maximum
            text = (
                self.tr("{count} of {maximum} word(s)", "", n)
                if words
                else self.tr("{count} of {maximum} character(s)", "", n)
            )
            figures["maximum"] = f"{limit.maximum:,}"
        else:
            text = (
                self.tr("{count} word(s) (at least {minimum}, at most {maximum})", "", n)
                if words
                else self.tr("{count} character(s) (at least {minimum}, at most {maximum})", "", n)
            )
            figures.update(minimum=f"{limit.minimum:,}", maximum=f"{limit.maximum:,}")
        return _filled(text, n, **figures)

    def limit_message(self, check: LimitCheck) -> str:
        """Over or under the limit, said in words; empty when the answer fits."""
        words = check.limit.unit is LimitUnit.WORDS
        if check.over_by:
            n = check.over_by
            text = (
                self.tr("{amount} word(s) over the limit. Please shorten your answer.", "", n)
                if words
                else self.tr(
                    "{amount} character(s) over the limit. Please shorten your answer.",
                    "",
                    n,
                )
            )
        elif check.under_by:
            n = check.under_by
            text = (
                self.tr("{amount} word(s) short of the minimum. Please add a little more.", "", n)
                if words
                else self.tr(
                    "{amount} character(s) short of the minimum. Please add a little more.",
                    "",
                    n,
                )
            )
        else:
            return ""
        return _filled(text, n, amount=f"{n:,}")

    def length_text(self, unit: LimitUnit, length: int, maximum: int) -> str:
        """Said of an example longer than the limit."""
        text = (
            self.tr(
                "This example is {length} word(s); yours must be {maximum} or fewer, so take "
                "the ideas rather than the length.",
                "",
                length,
            )
            if unit is LimitUnit.WORDS
            else self.tr(
                "This example is {length} character(s); yours must be {maximum} or fewer, so "
                "take the ideas rather than the length.",
                "",
                length,
            )
        )
        return _filled(text, length, length=f"{length:,}", maximum=f"{maximum:,}")


_wording = Wording()
count_text = _wording.count_text
limit_message = _wording.limit_message
length_text = _wording.length_text


def saved_at_text(moment: datetime) -> str:
    return QCoreApplication.translate("Wording", "All changes saved at {time}").format(
        time=moment.astimezone().strftime("%H:%M")
    )


def moment_text(moment: datetime) -> str:
    """22 November 2026 at 20:31, by this computer's clock."""
    local = moment.astimezone()
    return QCoreApplication.translate("Wording", "{date} at {time}").format(
        date=show_date(local.date()), time=f"{local:%H:%M}"
    )
