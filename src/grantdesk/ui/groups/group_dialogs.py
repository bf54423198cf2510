"""The dialogs of groups and locking: which group, the lock screen, a new passphrase, and the
recovery key to print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.locking import passphrase_problem
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.messages import translated_error
from grantdesk.ui.common.widgets import ProblemLabel, add_form_row, heading, wrapped


def passphrase_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ChooseGroupDialog(QDialog):
    """Which group's work to open, or a new group."""

    chosen = Signal(object)
    """The group to open (as the groups state gives it)."""

    def __init__(self, groups: list, add: Callable[[str], object]):
        """`groups`: each with its `name` and whether it is `locked`; `add(name)` makes one."""
        super().__init__()
        self._add = add
        self.setWindowTitle(self.tr("Which group? – GrantDesk"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Which group are you working for?")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Each group’s work is kept apart: you only see the group you choose. A "
                    "locked group asks for its passphrase."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Groups on this computer"))
        for workspace in groups:
            shown = (
                self.tr("{name} (locked)").format(name=workspace.name)
                if workspace.locked
                else workspace.name
            )
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, workspace)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._open())
        layout.addWidget(self.list)
        self.open_button = QPushButton(self.tr("&Open this group"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        layout.addWidget(self.open_button)
        form = QFormLayout()
        self.new_name = QLineEdit()
        add_form_row(form, self.tr("Or add a &new group, called:"), self.new_name)
        self.add_button = QPushButton(self.tr("&Add this group"))
        self.add_button.clicked.connect(self._add_group)
        self.new_name.returnPressed.connect(self._add_group)
        form.addRow("", self.add_button)
        layout.addLayout(form)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.accept()
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _add_group(self) -> None:
        try:
            workspace = self._add(self.new_name.text())
        except StoreError as failure:
            self.problem.say(translated_error(failure))
            return
        self.accept()
        self.chosen.emit(workspace)


class LockScreen(QDialog):
    """A locked group: its passphrase (or recovery key) opens it; nothing of it shows before."""

    unlocked = Signal(str)
    """The data key, once the words typed have opened the key file."""
    another_group = Signal()

    def __init__(
        self,
        name: str,
        unlock: Callable[[str | None, str | None], str],
        others: bool,
    ):
        super().__init__()
        self._unlock = unlock
        self._recovery = False
        self.setWindowTitle(self.tr("{name} is locked – GrantDesk").format(name=name))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("{name} is locked").format(name=name)))
        self.explanation = wrapped()
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.words = passphrase_field()
        self.words_label = add_form_row(form, self.tr("&Passphrase:"), self.words)
        layout.addLayout(form)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._try)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(lambda: self._use_recovery_key(not self._recovery))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.switch_button)
        if others:
            self.others_button = QPushButton(self.tr("Choose another &group"))
            self.others_button.clicked.connect(self._choose_another)
            buttons.addWidget(self.others_button)
        layout.addLayout(buttons)
        self._use_recovery_key(False)

    def _use_recovery_key(self, recovery: bool) -> None:
        self._recovery = recovery
        self.words.clear()
        self.problem.say("")
        if recovery:
            self.explanation.setText(
                self.tr(
                    "Type the recovery key from the sheet printed when the group was locked "
                    "(capitals or small letters, with or without the dashes)."
                )
            )
            self.words_label.setText(self.tr("&Recovery key:"))
            self.words.setAccessibleName(self.tr("Recovery key"))
            self.words.setEchoMode(QLineEdit.EchoMode.Normal)
            self.switch_button.setText(self.tr("Use the &passphrase instead"))
        else:
            self.explanation.setText(self.tr("Type the group’s passphrase to open its work."))
            self.words_label.setText(self.tr("&Passphrase:"))
            self.words.setAccessibleName(self.tr("Passphrase"))
            self.words.setEchoMode(QLineEdit.EchoMode.Password)
            self.switch_button.setText(self.tr("Use the &recovery key instead"))
        self.words.setFocus()

    def _try(self) -> None:
        typed = self.words.text()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            key = self._unlock(None, typed) if self._recovery else self._unlock(typed, None)
        except StoreError as failure:
            self.problem.say(translated_error(failure))
            self.words.selectAll()
            return
        finally:
            self.unsetCursor()
        self.accept()
        self.unlocked.emit(key)

    def _choose_another(self) -> None:
        self.accept()
        self.another_group.emit()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; when changing it, the current one first."""

    def __init__(self, parent: QWidget, title: str, explanation: str, current: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(wrapped(explanation))
        form = QFormLayout()
        self.current = passphrase_field() if current else None
        if self.current is not None:
            add_form_row(form, self.tr("&Current passphrase:"), self.current)
        self.passphrase = passphrase_field()
        add_form_row(form, self.tr("&New passphrase:"), self.passphrase)
        self.again = passphrase_field()
        add_form_row(form, self.tr("The new passphrase &again:"), self.again)
        layout.addLayout(form)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(title)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        problem = passphrase_problem(self.passphrase.text(), self.again.text())
        if problem is not None:
            self.problem.say(problem)
            return
        self.accept()

    def say(self, problem: str) -> None:
        self.problem.say(problem)


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: to print or copy onto paper, kept with the group's papers."""

    def __init__(self, name: str, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("The recovery key for {name}").format(name=name))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("{name} is now locked").format(name=name)))
        layout.addWidget(
            wrapped(
                self.tr(
                    "This is the group’s recovery key. It opens the group’s work if the "
                    "passphrase is forgotten. Print it, or copy it carefully onto paper, and keep "
                    "it with the group’s papers, away from this computer."
                )
            )
        )
        key = wrapped(recovery_key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        key.setFont(font)
        key.setAccessibleName(self.tr("Recovery key: {key}").format(key=recovery_key))
        layout.addWidget(key)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Without the passphrase or this recovery key, the group’s work cannot be "
                    "recovered by anyone: not by GrantDesk, nor by whoever looks after this "
                    "computer. It will not be shown again."
                )
            )
        )
        self.print_button = QPushButton(self.tr("&Print the recovery key…"))
        self.print_button.clicked.connect(self._print)
        layout.addWidget(self.print_button)
        self.kept = QCheckBox(
            self.tr("I have printed or written down the recovery key and will keep it safe")
        )
        layout.addWidget(self.kept)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        layout.addWidget(self.done_button)
        self.name = name

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        sheet = QTextDocument()
        sheet.setPlainText(
            self.tr(
                "GrantDesk recovery key for {name}\n\n{key}\n\nKeep this with the group’s papers. "
                "It opens the group’s work if the passphrase is forgotten. Without the "
                "passphrase or this key, the work cannot be recovered."
            ).format(name=self.name, key=self.recovery_key)
        )
        sheet.print_(printer)

    def reject(self) -> None:
        """Escape does not close it until the key is kept: it is never shown again."""
        if self.kept.isChecked():
            super().reject()
