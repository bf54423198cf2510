"""Telling people when something could not be done, kindly and once."""

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from grantdesk.store.errors import StoreError

log = logging.getLogger(__name__)
Result = TypeVar("Result")


def translated_error(failure: StoreError) -> str:
    """The sentence in the person's language, with the folder or file it names put in."""
    return QCoreApplication.translate("StoreError", failure.template).format(**failure.names)


def tell(parent: QWidget, failure: StoreError) -> None:
    log.warning("%s", failure.message, exc_info=failure)
    QMessageBox.warning(parent, parent.tr("GrantDesk"), translated_error(failure))


def run_command(parent: QWidget, action: Callable[[], Result]) -> Result | None:
    """Run a store command that gives something back; if it fails, say why and return None."""
    try:
        return action()
    except StoreError as failure:
        tell(parent, failure)
        return None


def succeeded(parent: QWidget, action: Callable[[], object]) -> bool:
    """Run a store command now; if it fails, say why and return False."""
    try:
        action()
    except StoreError as failure:
        tell(parent, failure)
        return False
    return True
