"""Telling people when something could not be done, kindly and once."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from grantdesk.store.errors import StoreError

Result = TypeVar("Result")


def translated_error(message: str) -> str:
    return QCoreApplication.translate("StoreError", message)


def tell(parent: QWidget, failure: StoreError) -> None:
    QMessageBox.warning(parent, parent.tr("GrantDesk"), translated_error(failure.message))


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
