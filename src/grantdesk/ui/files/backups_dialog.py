"""Choosing a backup to go back to: each with when it was taken and what it holds."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.application import display_title
from grantdesk.domain.backups import Backup, BackupContents, BackupReason
from grantdesk.ui.common.language import say
from grantdesk.ui.common.text_size import minimum_characters
from grantdesk.ui.common.widgets import wrapped
from grantdesk.ui.common.wording import moment_text


def contents_text(contents: BackupContents | None) -> str:
    """ "12 applications, last saved 22 November 2026 at 20:29" """
    if contents is None:
        return QCoreApplication.translate("Backups", "it cannot be read")
    count = (
        QCoreApplication.translate("Backups", "1 application")
        if contents.applications == 1
        else QCoreApplication.translate("Backups", "{n} applications").format(
            n=contents.applications
        )
    )
    if contents.last_saved is None:
        return count
    return QCoreApplication.translate("Backups", "{count}, last saved {when}").format(
        count=count, when=moment_text(contents.last_saved)
    )


def backup_text(backup: Backup, contents: BackupContents | None) -> str:
    """ "22 November 2026 at 20:31: 12 applications, last saved …" """
    return QCoreApplication.translate("Backups", "{when}: {holds}").format(
        when=moment_text(backup.taken_at), holds=contents_text(contents)
    )


class RestoreDialog(QDialog):
    """The backups, newest first; choosing one and confirming puts it back."""

    def __init__(
        self, listed: list[tuple[Backup, BackupContents | None]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        minimum_characters(self, 93)
        self._listed = listed
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "GrantDesk makes a backup when it starts and every ten minutes while you "
                    "work, and keeps the last ten and one a day for a month. Choose the one to "
                    "go back to. What is here now is backed up first, so you can undo this."
                )
                if listed
                else self.tr(
                    "There are no backups yet. GrantDesk makes one when it starts and every ten "
                    "minutes while you work."
                )
            )
        )
        list_label = QLabel(self.tr("&Backups, newest first"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        list_label.setBuddy(self.list)
        for backup, contents in listed:
            when = moment_text(backup.taken_at)
            if backup.reason is not BackupReason.AUTOMATIC:
                when += f" ({say(backup.reason.label)})"
            item = QListWidgetItem(f"{when}\n{contents_text(contents)}")
            if contents is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        self.details = wrapped()
        self.details.setAccessibleName(self.tr("What the chosen backup holds"))
        layout.addWidget(self.details)
        layout.addWidget(
            wrapped(
                self.tr(
                    "To keep a copy somewhere else, copy a backup file from the folder "
                    "“backups” in GrantDesk’s data folder, or use “Save a copy to take away”. "
                    "Copying grantdesk.sqlite3 itself while GrantDesk is open can miss your "
                    "latest changes."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_details)
        first_readable = next(
            (row for row, (_backup, contents) in enumerate(listed) if contents is not None), -1
        )
        self.list.setCurrentRow(first_readable)
        self._show_details(first_readable)

    def _show_details(self, row: int) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None)
        if chosen is None:
            self.details.setText("")
            return
        contents = self._listed[row][1]
        lines = []
        if contents.group:
            lines.append(self.tr("Group: {name}").format(name=contents.group))
        if contents.titles:
            lines.append(
                self.tr("Most recently saved: {titles}").format(
                    titles="; ".join(display_title(title) for title in contents.titles)
                )
            )
        self.details.setText("\n".join(lines))

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._listed) or self._listed[row][1] is None:
            return None
        return self._listed[row][0]

    def accept(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Go back to this backup?"),
            self.tr(
                "Go back to the backup from {when}? Everything in GrantDesk will be as it was "
                "then. What is here now is backed up first, so you can undo this straight "
                "after."
            ).format(when=moment_text(chosen.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().accept()
