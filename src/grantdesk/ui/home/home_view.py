"""The home screen: every application, and the way to start, open, copy or delete one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from grantdesk.domain.application import display_title
from grantdesk.domain.decision import reminders
from grantdesk.ui.common.messages import run_command, succeeded
from grantdesk.ui.common.tables import FIT_ROWS
from grantdesk.ui.common.widgets import UndoBanner, add_shortcut, heading, wrapped
from grantdesk.ui.home.application_table import ID_ROLE, SAVED, SORT_ROLE, ApplicationTableModel
from grantdesk.ui.home.home_dialogs import (
    NO_FUNDER,
    NOT_LISTED,
    BinDialog,
    CopyDialog,
    NewApplicationDialog,
)

if TYPE_CHECKING:
    from grantdesk.ui.home.home_state import HomeState


class HomeView(QWidget):
    open_requested = Signal(int)
    profile_requested = Signal()
    funders_requested = Signal()
    form_entry_requested = Signal(int, int)
    """Type in the form of a funder not listed (its id), for a new application (its id)."""

    def __init__(self, state: HomeState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self._last_binned: int | None = None

        self.heading = heading(self.tr("Your applications"), 1.6)
        self.profile_button = QPushButton(self.tr("Group &profile"))
        self.profile_button.clicked.connect(self.profile_requested)
        top = QHBoxLayout()
        self.funders_button = QPushButton(self.tr("F&unders"))
        self.funders_button.setToolTip(self.tr("Funders and their forms (Ctrl+Shift+F)"))
        self.funders_button.clicked.connect(self.funders_requested)
        top.addWidget(self.heading, 1)
        top.addWidget(self.funders_button)
        top.addWidget(self.profile_button)

        self.profile_banner = QFrame()
        self.profile_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.profile_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        banner_layout = QHBoxLayout(self.profile_banner)
        banner_layout.addWidget(
            wrapped(
                self.tr(
                    "Start here: tell GrantDesk about your group once, and every application "
                    "will use it."
                )
            ),
            1,
        )
        self.setup_profile_button = QPushButton(self.tr("Set up your group’s profile"))
        self.setup_profile_button.clicked.connect(self.profile_requested)
        banner_layout.addWidget(self.setup_profile_button)

        self.model = ApplicationTableModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.sorted)
        self.table.setAccessibleName(self.tr("Applications"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SAVED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)  # fitting 1,000 rows each time is slow
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.empty_label = wrapped(
            self.tr("You have no applications yet. Choose “New application” to start one.")
        )
        on_table = Qt.ShortcutContext.WidgetShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            add_shortcut(QKeySequence(key), self.table, self.open_selected, on_table)
        add_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected, on_table)

        self.new_button = QPushButton(self.tr("&New application"))
        self.new_button.setToolTip(self.tr("Start a new application (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Make a copy to adapt for another funder"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.bin_button = QPushButton(self.tr("&Bin…"))
        self.new_button.clicked.connect(self.new_application)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.bin_button.clicked.connect(self.show_bin)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.bin_button)

        self.coming_up_box = QGroupBox(self.tr("Coming up"))
        coming_up_layout = QVBoxLayout(self.coming_up_box)
        self.coming_up = QListWidget()
        self.coming_up.setAccessibleName(self.tr("Coming up: closing dates and reports due"))
        self.coming_up.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        coming_up_layout.addWidget(self.coming_up)

        self.undo_banner = UndoBanner()
        self.undo_banner.undo_requested.connect(self.undo_delete)
        add_shortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.profile_banner)
        layout.addWidget(self.coming_up_box)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1, Qt.AlignmentFlag.AlignTop)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list from the store; the selection stays where it was if it can."""
        selected = select_id if select_id is not None else self.selected_id()
        applications = run_command(self, self._state.applications)
        group = run_command(self, self._state.group_name)
        if applications is None:
            return
        self.model.set_applications(applications)
        self.profile_banner.setVisible(not group)
        self.heading.setText(
            self.tr("Applications for {group}").format(group=group)
            if group
            else self.tr("Your applications")
        )
        self.table.setVisible(bool(applications))
        self.empty_label.setVisible(not applications)
        self._show_coming_up()
        self._select(selected)
        self._enable_buttons()

    def _show_coming_up(self) -> None:
        upcoming = run_command(self, self._state.upcoming)
        if upcoming is None:
            return
        self.coming_up.clear()
        for reminder in reminders(upcoming, date.today()):
            text = QCoreApplication.translate("Reminders", reminder.message)
            item = QListWidgetItem(
                self.tr("Overdue: {reminder}").format(reminder=text) if reminder.overdue else text
            )
            item.setData(Qt.ItemDataRole.UserRole, reminder.application_id)
            if reminder.overdue:
                item.setForeground(QColor("#a4000f"))
            self.coming_up.addItem(item)
        shown = min(self.coming_up.count(), 5)
        if shown:
            rows = sum(self.coming_up.sizeHintForRow(row) for row in range(shown))
            self.coming_up.setFixedHeight(rows + 2 * self.coming_up.frameWidth() + 4)
        self.coming_up_box.setVisible(shown > 0)

    def _select(self, application_id: int | None) -> None:
        row = None if application_id is None else self.model.row_of(application_id)
        if row is None:
            row = 0 if self.model.rowCount() else None
        if row is None:
            return
        index = self.sorted.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _enable_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.copy_button, self.delete_button):
            button.setEnabled(chosen)

    def new_application(self) -> None:
        """Start one for a funder on this PC, for none yet, or for a funder not listed, whose
        form is typed in next."""
        funders = run_command(self, self._state.funders)
        if funders is None:
            return
        dialog = NewApplicationDialog(funders, self)
        if dialog.exec() != NewApplicationDialog.DialogCode.Accepted:
            return
        choice = dialog.funder_choice
        if choice == NOT_LISTED:
            made = run_command(
                self,
                lambda: self._state.create_for_new_funder(dialog.details(), dialog.new_funder()),
            )
            if made is not None:
                self.refresh(made[0])
                self.form_entry_requested.emit(made[1], made[0])
            return
        funder_id = None if choice == NO_FUNDER else choice
        application_id = run_command(self, lambda: self._state.create(dialog.details(), funder_id))
        if application_id is not None:
            self.refresh(application_id)
            self.open_requested.emit(application_id)

    def open_selected(self) -> None:
        application_id = self.selected_id()
        if application_id is not None:
            self.open_requested.emit(application_id)

    def copy_selected(self) -> None:
        """Copy for the same funder or another; for another, say which answers are too long."""
        application_id = self.selected_id()
        if application_id is None:
            return
        summary = self.model.application_at(self.model.row_of(application_id))
        funders = run_command(self, self._state.funders)
        if funders is None:
            return
        dialog = CopyDialog(funders, summary.funder_id, self)
        if dialog.exec() != CopyDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen_funder()
        if chosen == summary.funder_id:
            copy_id = run_command(self, lambda: self._state.copy(application_id))
        else:
            funder_id = None if chosen == NO_FUNDER else chosen
            copy_id = run_command(
                self, lambda: self._state.copy_for_funder(application_id, funder_id)
            )
        if copy_id is None:
            return
        self.refresh(copy_id)
        if chosen != summary.funder_id:
            self._report_breaches(copy_id)

    def _report_breaches(self, copy_id: int) -> None:
        breaches = run_command(self, lambda: self._state.limit_breaches(copy_id))
        if breaches is None:
            return
        self.copy_report = (
            self.tr(
                "The copy is ready, and the original is unchanged. These answers break "
                "the new form’s limits:"
            )
            + "\n\n"
            + "\n".join(
                "•  " + QCoreApplication.translate("Limits", breach.message) for breach in breaches
            )
            if breaches
            else self.tr(
                "The copy is ready, and the original is unchanged. Every answer fits "
                "the new form’s limits."
            )
        )
        QMessageBox.information(self, self.tr("Copied"), self.copy_report)

    def delete_selected(self) -> None:
        application_id = self.selected_id()
        if application_id is None:
            return
        title = display_title(
            self.model.application_at(self.model.row_of(application_id)).details.title
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete this application?"),
            self.tr(
                "Move “{title}” to the bin? You can put it back at any time from the bin."
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not succeeded(self, lambda: self._state.move_to_bin(application_id)):
            return
        self._last_binned = application_id
        self.undo_banner.offer(self.tr("“{title}” was moved to the bin.").format(title=title))
        self.refresh()

    def undo_delete(self) -> None:
        if self._last_binned is None:
            return
        application_id, self._last_binned = self._last_binned, None
        self._restore(application_id)
        self.undo_banner.hide()
        self.refresh(application_id)

    def _restore(self, application_id: int) -> bool:
        return succeeded(self, lambda: self._state.restore_from_bin(application_id))

    def show_bin(self) -> None:
        binned = run_command(self, self._state.binned)
        if binned is None:
            return
        BinDialog(binned, self._restore, self).exec()
        self.undo_banner.hide()
        self._last_binned = None
        self.refresh()
