"""What to do when the check at start-up finds the data damaged: said plainly, with the ways
back and what each gives, before anything is changed."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class DamageChoice(Enum):
    CARRY_ON = "carry on with what can be read"
    GO_BACK = "go back to the newest good backup"
    START_AFRESH = "start again with nothing"
    CLOSE = "close GrantDesk and change nothing"


def ask_about_damage(
    parent: QWidget | None,
    damage: str,
    readable: str | None,
    backup: str | None,
    kept_in: Path,
) -> DamageChoice:
    """Ask what to do. `readable` says what carrying on gives (only when the main file can still
    be read), `backup` what the newest good backup holds; None where there is no such way."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Damage", "GrantDesk’s data needs your attention"),
        "",
    )
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    lines = [
        QCoreApplication.translate("Damage", damage),
        QCoreApplication.translate("Damage", "Nothing has been changed or deleted yet."),
    ]
    choices: dict[object, DamageChoice] = {}
    if readable is not None:
        lines.append(
            QCoreApplication.translate(
                "Damage", "GrantDesk can carry on with what can still be read: {what}."
            ).format(what=readable)
        )
        choices[
            box.addButton(
                QCoreApplication.translate("Damage", "&Carry on"), QMessageBox.ButtonRole.AcceptRole
            )
        ] = DamageChoice.CARRY_ON
    if backup is not None:
        lines.append(
            QCoreApplication.translate("Damage", "The newest good backup is from {what}.").format(
                what=backup
            )
        )
        choices[
            box.addButton(
                QCoreApplication.translate("Damage", "&Go back to that backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        ] = DamageChoice.GO_BACK
    if readable is None and backup is None:
        lines.append(
            QCoreApplication.translate(
                "Damage",
                "There is no backup to go back to. GrantDesk can start again with no "
                "applications, or you can close it and ask whoever looks after this computer "
                "for help first.",
            )
        )
        choices[
            box.addButton(
                QCoreApplication.translate("Damage", "&Start again"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        ] = DamageChoice.START_AFRESH
    lines.append(
        QCoreApplication.translate(
            "Damage",
            "Whichever you choose, the damaged files are kept, never deleted, in {folder}; "
            "whoever looks after this computer may be able to recover more from them.",
        ).format(folder=kept_in)
    )
    close = box.addButton(
        QCoreApplication.translate("Damage", "C&lose GrantDesk"), QMessageBox.ButtonRole.RejectRole
    )
    choices[close] = DamageChoice.CLOSE
    box.setDefaultButton(next(iter(choices)))
    box.setEscapeButton(close)
    box.setText("\n\n".join(lines))
    box.exec()
    return choices.get(box.clickedButton(), DamageChoice.CLOSE)
