"""Earlier versions of one answer: each with when it was kept and how long it was, read whole,
and put back (what is there now is kept too, and Ctrl+Z in the answer undoes it)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.revisions import AnswerRevision
from grantdesk.domain.wordcount import WordRule, count_words
from grantdesk.ui.common.language import say
from grantdesk.ui.common.widgets import wrapped
from grantdesk.ui.common.wording import moment_text


class RevisionsDialog(QDialog):
    restore_requested = Signal(str)
    """The text of the version to put back."""

    def __init__(
        self,
        revisions: list[AnswerRevision],
        rule: WordRule = WordRule.WHITESPACE,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.revisions = revisions
        self.setWindowTitle(self.tr("Earlier versions of this answer"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "GrantDesk keeps your answer as it was every few minutes while you write, "
                    "and before a draft or an earlier version is put in. Choose one to read it. "
                    "Putting it back keeps what you have now as a version too, and Ctrl+Z in "
                    "your answer undoes it."
                )
                if revisions
                else self.tr(
                    "There are no earlier versions of this answer yet. GrantDesk keeps one every "
                    "few minutes while you write, and before a draft is put in."
                )
            )
        )
        list_label = QLabel(self.tr("&Versions, newest first"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier versions, newest first"))
        list_label.setBuddy(self.list)
        for revision in revisions:
            words = count_words(revision.text, rule)
            self.list.addItem(
                QListWidgetItem(
                    self.tr("{when}: {words} words, {why}").format(
                        when=moment_text(revision.saved_at),
                        words=f"{words:,}",
                        why=say(revision.reason.label),
                    )
                )
            )
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        text_label = QLabel(self.tr("The chosen &version, whole"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The chosen version"))
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("&Put this version back"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0 if revisions else -1)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        chosen = 0 <= row < len(self.revisions)
        self.text.setPlainText(self.revisions[row].text if chosen else "")
        self.restore_button.setEnabled(chosen)

    def accept(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.revisions):
            self.restore_requested.emit(self.revisions[row].text)
            super().accept()
