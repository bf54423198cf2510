"""The funders a group applies to: a list beside the editor of the one chosen, typed in once
and used by every application to them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.files import file_name_for
from grantdesk.domain.funder_file import SUFFIX, FunderFileError
from grantdesk.domain.funders import Funder
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.colours import styled
from grantdesk.ui.common.files import documents_folder
from grantdesk.ui.common.messages import run_command, succeeded, tell
from grantdesk.ui.common.text_size import maximum_characters
from grantdesk.ui.common.wheel import guard_wheel
from grantdesk.ui.common.widgets import heading
from grantdesk.ui.funders.funder_editor import FunderEditor

if TYPE_CHECKING:
    from grantdesk.ui.funders.funders_state import FundersState


class FundersView(QWidget):
    home_requested = Signal()
    form_entry_requested = Signal(int)
    """Type in a funder's form one question at a time (its id)."""

    def __init__(self, state: FundersState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self._saver = state.saver
        self.editor: FunderEditor | None = None
        self.home_button = QPushButton(self.tr("← All applications"))
        self.home_button.setToolTip(self.tr("Back to all your applications (Alt+Home)"))
        self.home_button.clicked.connect(self.home_requested)
        top = QHBoxLayout()
        top.addWidget(self.home_button)
        top.addWidget(heading(self.tr("Funders and their forms"), 1.5), 1)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Funders"))
        maximum_characters(self.list, 56)
        self.list.setWordWrap(True)
        # Laid out again as its width changes (a scroll bar coming, larger text), so a name
        # wraps rather than being cut short.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        # Room between items as padding: spacing would cut a wrapped name short.
        styled(self.list, "QListView::item { padding: 3px 2px; }")
        self.list.currentItemChanged.connect(self._show_selected)
        self.add_button = QPushButton(self.tr("&Add a funder"))
        self.add_button.clicked.connect(self.add_funder)
        self.remove_button = QPushButton(self.tr("Remove this funder…"))
        self.remove_button.clicked.connect(self.remove_funder)
        self.import_button = QPushButton(self.tr("Add a funder from a file…"))
        self.import_button.setToolTip(
            self.tr("Add a funder’s form that someone else typed in and saved as a file")
        )
        self.import_button.clicked.connect(self.import_funder)
        self.export_button = QPushButton(self.tr("Save this funder to a file…"))
        self.export_button.setToolTip(
            self.tr("Save this funder’s form as a file, to give to other groups")
        )
        self.export_button.clicked.connect(self.export_funder)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.import_button)
        left.addWidget(self.export_button)
        left.addWidget(self.remove_button)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.scroller, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def load(self, select_id: int | None = None) -> None:
        funders = run_command(self, self._state.names)
        if funders is None:
            return
        self.list.blockSignals(True)  # the chosen funder is shown once, below
        self.list.clear()
        for funder_id, name in funders:
            item = QListWidgetItem(name or self.tr("(no name yet)"))
            item.setData(Qt.ItemDataRole.UserRole, funder_id)
            self.list.addItem(item)
        rows = [funder_id for funder_id, _name in funders]
        self.list.setCurrentRow(rows.index(select_id) if select_id in rows else 0)
        self.list.blockSignals(False)
        self._show_selected()
        self.remove_button.setVisible(bool(funders))
        self.export_button.setVisible(bool(funders))

    def _show_selected(self, *_unused) -> None:
        self._saver.flush()
        item = self.list.currentItem()
        if item is None:
            self.scroller.takeWidget()
            self.editor = None
            return
        funder = run_command(self, lambda: self._state.get(item.data(Qt.ItemDataRole.UserRole)))
        if funder is None:
            return
        self.editor = FunderEditor(funder, self._state)
        self.editor.renamed.connect(self._rename)
        self.editor.form_entry_requested.connect(self.form_entry_requested)
        self.scroller.setWidget(self.editor)
        guard_wheel(self.editor)

    def _rename(self, funder_id: int, name: str) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == funder_id:
            item.setText(name or self.tr("(no name yet)"))

    def add_funder(self) -> None:
        funder_id = run_command(self, lambda: self._state.add(Funder(name=self.tr("New funder"))))
        if funder_id is not None:
            self.load(funder_id)
            if self.editor is not None:
                self.editor.about.name_field.setFocus()
                self.editor.about.name_field.selectAll()

    def remove_funder(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove this funder?"),
            self.tr(
                "Remove “{name}” from your funders? Applications already written for it "
                "keep every word."
            ).format(name=item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        funder_id = item.data(Qt.ItemDataRole.UserRole)
        if succeeded(self, lambda: self._state.remove(funder_id)):
            self.load()

    def export_funder(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        suggested = documents_folder() / f"{file_name_for(item.text(), 'Funder')}{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the funder to a file"),
            str(suggested),
            self.tr("GrantDesk funder files (*.json)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.name.endswith(".json"):
            target = target.with_name(target.name + SUFFIX)
        funder_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            self._state.save_to_file(funder_id, target)
        except OSError as error:
            self._say(
                self.tr(
                    "GrantDesk could not save the file there ({reason}). Please choose another "
                    "place, such as your Documents folder or a USB stick."
                ).format(reason=error.strerror or error)
            )
            return
        except StoreError as failure:
            tell(self, failure)
            return
        self._say(
            self.tr(
                "Saved “{funder}” to {path}. Give this file to anyone who applies to it."
            ).format(funder=item.text(), path=target),
            QMessageBox.Icon.Information,
        )

    def import_funder(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a funder from a file"),
            str(documents_folder()),
            self.tr("GrantDesk funder files (*.json);;All files (*)"),
        )
        if not chosen:
            return
        source = Path(chosen)
        try:
            funder_id = self._state.add_from_file(source)
        except OSError as error:
            self._say(
                self.tr("GrantDesk could not open {path} ({reason}).").format(
                    path=source, reason=error.strerror or error
                )
            )
            return
        except FunderFileError as refusal:
            self._say(QCoreApplication.translate("FunderFile", str(refusal)))
            return
        except StoreError as failure:
            tell(self, failure)
            return
        self.load(funder_id)
        self.list.setFocus()

    def _say(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, self.tr("Funders"), text, QMessageBox.StandardButton.Ok, self)
        box.exec()

    def first_field(self) -> QWidget:
        return self.list
