"""Sentences for people, kept as a template with named places for their figures, so the window
and the PDF can put them in the reader's language (docs/translating.md).

The domain only marks its words for the translation catalogue; Qt's translator is applied at
the edge, where a sentence is shown or printed (`Message.render`).
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

Translate = Callable[[str, str, int], str]
"""(context, source text, count) -> the text in the reader's language; count is -1 when the
text has no plural."""


class Template(str):
    """Words from GrantDesk itself (never the group's), with the catalogue context they are
    filed under. Compares and formats as the plain English text."""

    context: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark `text` for the catalogue under `context` without translating it: pyside6-lupdate
    extracts every call spelled this way, with literal arguments."""
    template = Template(text)
    template.context = context
    return template


_SENTENCES = Template("")
"""Stands for sentences joined one after another (see joined and Message.render)."""
_SENTENCES.context = ""

_ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def english_plural(text: str, count: int) -> str:
    """ "%n word(s)" read in English: "1 word", "2 words". Welsh, with its six plural forms,
    comes from the catalogue's numerus forms instead."""
    return _ENGLISH_PLURAL.sub("" if count == 1 else r"\1", text)


def untranslated(context: str, text: str, count: int = -1) -> str:
    return text if count < 0 else text.replace("%n", f"{count:,}")


@dataclass(frozen=True, eq=False)
class Message:
    """A sentence with figures: `template` holds {named} places (and %n for `count`, with
    "(s)" where English adds a plural ending)."""

    template: Template
    figures: Mapping[str, object] = field(default_factory=dict)
    count: int = -1

    def render(self, translate: Translate = untranslated, language: str = "en") -> str:
        if self.template is _SENTENCES:
            return " ".join(_figure(value, translate, language) for value in self.figures.values())
        text = english_plural(
            translate(self.template.context, self.template, self.count), self.count
        )
        return text.format(
            **{name: _figure(value, translate, language) for name, value in self.figures.items()}
        )

    def __str__(self) -> str:
        return self.render()

    def __eq__(self, other: object) -> bool:
        """Equal to another message, or to the English sentence it reads as."""
        if isinstance(other, Message | str):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __bool__(self) -> bool:
        return True


def joined(sentences: list[Message]) -> Message:
    """Sentences one after another, each translated on its own."""
    figures = {f"s{number}": sentence for number, sentence in enumerate(sentences)}
    return Message(_SENTENCES, figures) if len(sentences) != 1 else sentences[0]


def say(template: Template, count: int = -1, **figures: object) -> Message:
    return Message(template, figures, count)


def _figure(value: object, translate: Translate, language: str) -> str:
    if isinstance(value, Message):
        return value.render(translate, language)
    if isinstance(value, Template):
        return translate(value.context, value, -1)
    if isinstance(value, date):
        from grantdesk.domain.dates import format_date  # dates.py makes messages itself

        return format_date(value, language)
    return str(value)
