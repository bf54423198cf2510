"""The language GrantDesk speaks: English (the words in the code) or Welsh from the catalogue
resources/i18n/grantdesk_cy.qm. Words with no Welsh yet show in English, never blank."""

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from grantdesk.domain.dates import format_date
from grantdesk.domain.messages import Message, Template, english_plural
from grantdesk.paths import resources_dir
from grantdesk.ui.window_place import window_settings

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "cy": "Cymraeg"}
"""Each language by its own name, as a speaker looks for it."""
SETTING = "language"

_installed: dict[str, object] = {"code": "en", "translator": None}


def catalogue(code: str) -> Path:
    return resources_dir() / "i18n" / f"grantdesk_{code}.qm"


def saved_language() -> str:
    code = str(window_settings().value(SETTING, "en"))
    return code if code in LANGUAGES else "en"


def save_language(code: str) -> None:
    settings = window_settings()
    settings.setValue(SETTING, code)
    settings.sync()


def use_language(code: str, file: Path | None = None) -> None:
    """Translate everything made from now on into `code`, from its catalogue (or `file`)."""
    app = QCoreApplication.instance()
    previous = _installed["translator"]
    if previous is not None:
        app.removeTranslator(previous)
        _installed["translator"] = None
    _installed["code"] = "en"
    if code == "en" and file is None:
        return
    translator = QTranslator(app)
    path = file or catalogue(code)
    if not translator.load(str(path)):
        log.warning("The %s catalogue %s could not be loaded; English shows instead", code, path)
        return
    app.installTranslator(translator)
    _installed.update(code=code, translator=translator)


def current_language() -> str:
    return str(_installed["code"])


def translate(context: str, text: str, count: int = -1) -> str:
    """Qt's translation, with English plural endings ("%n word(s)") read where no catalogue
    gives the plural forms.

    pyside6-lupdate files a domain template with a count as a plain message (it marks plurals
    only in self.tr calls), so one without plural forms is looked up plainly too."""
    translated = QCoreApplication.translate(context, text, None, count)
    if count >= 0 and translated.replace(f"{count}", "%n") == text:
        translated = QCoreApplication.translate(context, text).replace("%n", f"{count:,}")
    return english_plural(translated, count)


def show_date(value: date) -> str:
    """15 January 2027, or 15 Ionawr 2027 in Welsh."""
    return format_date(value, current_language())


def say(message: Message | Template | str) -> str:
    """A domain sentence in the chosen language, its figures put in."""
    if isinstance(message, Message):
        return message.render(translate, current_language())
    if isinstance(message, Template):
        return translate(message.context, message)
    return message
