"""The home screen: every application, and the way to start, open, copy or delete one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QListView,
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
from grantdesk.domain.decision import reminders, upcoming_of
from grantdesk.ui.common.colours import problem_colour
from grantdesk.ui.common.language import say
from grantdesk.ui.common.messages import run_command, succeeded
from grantdesk.ui.common.tables import (
    FIT_ROWS,
    MINIMUM_SECTION,
    fit_header_height,
    narrowest_wrapping,
    room_for_columns,
    share_width,
)
from grantdesk.ui.common.text_size import minimum_lines, scaled_font
from grantdesk.ui.common.widgets import UndoBanner, add_shortcut, heading, wrapped
from grantdesk.ui.home.application_table import (
    AMOUNT,
    ID_ROLE,
    SAVED,
    TITLE,
    ApplicationTableModel,
)
from grantdesk.ui.home.home_frame import HomeFrame

if TYPE_CHECKING:
    from grantdesk.domain.application import ApplicationSummary
    from grantdesk.domain.decision import ReportDue, Upcoming
    from grantdesk.ui.home.home_state import HomeState


COMING_UP_SHOWN = 5
"""Reminders shown at once under "Coming up"; more scroll."""


class ComingUpList(QListWidget):
    """The reminders, each wrapped to the list's width and shown whole: a long title must not
    push when it closes out of sight, nor a scroll bar cover the text."""

    def __init__(self):
        super().__init__()
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def fit_height(self) -> None:
        """As tall as the first few reminders, as they wrap at the list's width now."""
        self.doItemsLayout()
        shown = min(self.count(), COMING_UP_SHOWN)
        rows = sum(self.visualItemRect(self.item(row)).height() for row in range(shown))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 4)


class HomeView(QWidget):
    """Its dialogs' module (with the funders' forms it needs) is imported when one opens, so
    that at start the list is shown without waiting for it."""

    open_requested = Signal(int)
    profile_requested = Signal()
    funders_requested = Signal()
    form_entry_requested = Signal(int, int)
    """Type in the form of a funder not listed (its id), for a new application (its id)."""
    group_named = Signal(str)
    """The group's name, as its profile gives it, read for the heading."""

    def __init__(
        self,
        state: HomeState | None,
        frame: HomeFrame | None = None,
        parent: QWidget | None = None,
    ):
        """Built around `frame`, the top of the screen the window painted at start (or a new
        one). With no state yet, the data is still opening: the list is a first look
        (show_first_look) until attach() gives the state."""
        super().__init__(parent)
        self._state = state
        self._waiting: Callable[[], None] | None = None
        """What the person chose before the data was open, to do once it is."""
        self._last_binned: int | None = None
        self._has_profile = False

        self.frame = frame if frame is not None else HomeFrame()
        self.frame.layout().setContentsMargins(0, 0, 0, 0)  # this screen's margins hold it
        self.frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.heading = self.frame.heading
        self.profile_button = self.frame.profile_button
        self.profile_button.clicked.connect(self._when_open(self.profile_requested.emit))
        self.funders_button = self.frame.funders_button
        self.funders_button.clicked.connect(self._when_open(self.funders_requested.emit))

        self.profile_banner = QFrame()
        self.profile_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.profile_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        banner_layout = QHBoxLayout(self.profile_banner)
        banner_layout.addWidget(
            wrapped(
                self.tr("Tell GrantDesk about your group once, and every application will use it.")
            ),
            1,
        )
        self.setup_profile_button = QPushButton(self.tr("Set up your group’s profile"))
        self.setup_profile_button.clicked.connect(self._when_open(self.profile_requested.emit))
        banner_layout.addWidget(self.setup_profile_button)

        self.welcome = self._welcome()

        self.model = ApplicationTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
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
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(MINIMUM_SECTION)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        open_selected = self._when_open(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: open_selected())
        on_table = Qt.ShortcutContext.WidgetShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            add_shortcut(QKeySequence(key), self.table, open_selected, on_table)
        delete_selected = self._when_open(self.delete_selected)
        add_shortcut(QKeySequence.StandardKey.Delete, self.table, delete_selected, on_table)

        self.new_button = QPushButton(self.tr("&New application"))
        self.new_button.setToolTip(self.tr("Start a new application (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Make a copy to adapt for another funder"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.bin_button = QPushButton(self.tr("&Bin…"))
        self.new_button.clicked.connect(self._when_open(self.new_application))
        self.open_button.clicked.connect(open_selected)
        self.copy_button.clicked.connect(self._when_open(self.copy_selected))
        self.delete_button.clicked.connect(delete_selected)
        self.bin_button.clicked.connect(self.show_bin)  # shown only once the data is open
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.bin_button)

        self.coming_up_box = QGroupBox(self.tr("Coming up"))
        coming_up_layout = QVBoxLayout(self.coming_up_box)
        self.coming_up = ComingUpList()
        self.coming_up.setAccessibleName(self.tr("Coming up: closing dates and reports due"))
        self.coming_up.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        coming_up_layout.addWidget(self.coming_up)

        self.undo_banner = UndoBanner()
        self.undo_banner.undo_requested.connect(self.undo_delete)
        add_shortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)

        self.buttons = QWidget()
        self.buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.frame)
        self.frame.show()  # taken from the window's pages, which hid it on the way out
        layout.addWidget(self.welcome)
        layout.addWidget(self.profile_banner)
        layout.addWidget(self.coming_up_box)
        layout.addWidget(self.buttons)
        layout.addWidget(self.undo_banner)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)

    def _welcome(self) -> QFrame:
        """The way from an empty PC to a printed application, with the one thing to do next."""
        welcome = QFrame()
        welcome.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(welcome)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Welcome to GrantDesk"), 1.5))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Four steps take you from here to a printed application. Everything is "
                    "saved as you type, on this computer, so you can stop and come back at any "
                    "time."
                )
            )
        )
        self.welcome_steps = []
        self._step_texts = (
            self.tr(
                "Tell GrantDesk about your group. You type this once; every application uses it."
            ),
            self.tr(
                "Start an application and choose the funder. If it is not listed, type in its "
                "form: copy each question from the funder’s form and paste it in."
            ),
            self.tr(
                "Write your answers, the budget and your plan, a step at a time. The word count "
                "and the funder’s limit are always beside what you type."
            ),
            self.tr("Check it, then print it or save it as a PDF to send."),
        )
        for text in self._step_texts:
            step = wrapped(text)
            step.setContentsMargins(12, 2, 0, 2)
            layout.addWidget(step)
            self.welcome_steps.append(step)
        self.welcome_button = QPushButton()
        scaled_font(self.welcome_button, 1.2, bold=True)
        minimum_lines(self.welcome_button, 1.8)
        self.welcome_button.clicked.connect(self._when_open(self._take_the_next_step))
        layout.addSpacing(8)
        layout.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return welcome

    def _take_the_next_step(self) -> None:
        if self._has_profile:
            self.new_application()
        else:
            self.profile_requested.emit()

    def _show_welcome(self, applications: bool, group: str) -> None:
        """Until there is an application, the welcome says the way and offers the next step;
        the list and its buttons (which could do nothing yet) wait."""
        self._has_profile = bool(group)
        self.welcome.setVisible(not applications)
        for widget in (self.table, self.buttons):
            widget.setVisible(applications)
        self.profile_banner.setVisible(applications and not group)
        marks = ("✓" if group else "1.", "2.", "3.", "4.")
        for step, mark, text in zip(self.welcome_steps, marks, self._step_texts, strict=True):
            step.setText(f"{mark}  {text}")
        self.welcome_button.setText(
            self.tr("Start an application →")
            if group
            else self.tr("Start with your group’s profile →")
        )

    def first_field(self) -> QWidget:
        """Where the keyboard goes when the home screen opens."""
        return self.table if self.welcome.isHidden() else self.welcome_button

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column within the width there is, the title keeping at least a third of it;
        when text has to wrap, every row is two lines high (fitting each of a thousand rows
        to its text would be slow)."""
        table = self.table
        header = table.horizontalHeader()
        available = room_for_columns(table)
        columns = range(self.model.columnCount())
        metrics = table.fontMetrics()
        shown = min(self.model.rowCount(), FIT_ROWS)
        natural = [  # measured from the text (asking the view cell by cell is slow)
            max(
                header.sectionSizeHint(column),
                max(
                    (
                        metrics.horizontalAdvance(str(self.model.index(row, column).data()))
                        for row in range(shown)
                    ),
                    default=0,
                )
                + 12,
            )
            for column in columns
        ]
        narrow = narrowest_wrapping(table)
        floors = [
            min(width, max(available // 3, narrow))
            if column == TITLE
            else width
            if column == AMOUNT
            else min(width, narrow)
            for column, width in zip(columns, natural, strict=True)
        ]
        widths = share_width(natural, floors, [TITLE], available)
        for column, width in zip(columns, widths, strict=True):
            header.resizeSection(column, width)
        fit_header_height(table)
        wrapping = any(width < wanted for width, wanted in zip(widths, natural, strict=True))
        lines = 2 if wrapping else 1
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * lines + 10)

    def _when_open(self, action: Callable[[], None]) -> Callable[[], None]:
        """`action` as a button does it: chosen during the first look, while the data is still
        opening, it is done as soon as the data is open (a moment)."""

        def act() -> None:
            if self._state is not None:
                action()
            elif self._waiting is None:
                self._waiting = action
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
                self.frame.opening.show()

        return act

    def show_first_look(
        self,
        group: str,
        applications: list[ApplicationSummary],
        reports: dict[int, list[ReportDue]],
    ) -> None:
        """The list as read at start-up while the data opens; how far each application has got
        follows once it is open (attach)."""
        self._show_list(applications, {}, group)
        self._show_reminders(upcoming_of(applications, reports))
        self.bin_button.hide()

    def attach(self, state: HomeState) -> None:
        """The data is open: the list is read again in full by refresh(), which then does
        whatever was chosen meanwhile."""
        self._state = state

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list from the store; the selection stays where it was if it can."""
        selected = select_id if select_id is not None else self.selected_id()
        applications = run_command(self, self._state.applications)
        group = run_command(self, self._state.group_name)
        progress = run_command(self, self._state.progress)
        binned = run_command(self, self._state.has_binned)
        if applications is None or progress is None:
            return
        self._show_list(applications, progress, group or "", selected)
        self.bin_button.setVisible(bool(binned))
        self._show_coming_up()
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            QApplication.restoreOverrideCursor()
            QTimer.singleShot(0, self, waiting)  # after the window has put the keyboard here

    def _show_list(
        self,
        applications: list[ApplicationSummary],
        progress: dict[int, tuple[int, int]],
        group: str,
        selected: int | None = None,
    ) -> None:
        self.model.set_applications(applications, progress)
        self.frame.opened()
        self.heading.setText(
            self.tr("Applications for {group}").format(group=group)
            if group
            else self.tr("Your applications")
        )
        if group:
            self.group_named.emit(group)
        self._show_welcome(bool(applications), group)
        self._select(selected)
        self._enable_buttons()
        self._fit_columns()

    def _show_coming_up(self) -> None:
        upcoming = run_command(self, self._state.upcoming)
        if upcoming is not None:
            self._show_reminders(upcoming)

    def _show_reminders(self, upcoming: list[Upcoming]) -> None:
        self.coming_up.clear()
        for reminder in reminders(upcoming, date.today()):
            text = say(reminder.message)
            item = QListWidgetItem(
                self.tr("Overdue: {reminder}").format(reminder=text) if reminder.overdue else text
            )
            item.setData(Qt.ItemDataRole.UserRole, reminder.application_id)
            if reminder.overdue:
                item.setForeground(
                    problem_colour(
                        self.coming_up.palette(),
                        self.coming_up.palette().color(QPalette.ColorRole.Base),
                    )
                )
            self.coming_up.addItem(item)
        if self.coming_up.count():
            self.coming_up.fit_height()
        self.coming_up_box.setVisible(self.coming_up.count() > 0)

    def _select(self, application_id: int | None) -> None:
        row = None if application_id is None else self.model.row_of(application_id)
        if row is None:
            row = 0 if self.model.rowCount() else None
        if row is None:
            return
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _enable_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.copy_button, self.delete_button):
            button.setVisible(chosen)

    def new_application(self) -> None:
        """Start one for a funder on this PC, for none yet, or for a funder not listed, whose
        form is typed in next."""
        from grantdesk.ui.home.home_dialogs import NO_FUNDER, NOT_LISTED, NewApplicationDialog

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
        from grantdesk.ui.home.home_dialogs import NO_FUNDER, CopyDialog

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
        from grantdesk.ui.home.home_dialogs import BinDialog

        binned = run_command(self, self._state.binned)
        if binned is None:
            return
        BinDialog(binned, self._restore, self).exec()
        self.undo_banner.hide()
        self._last_binned = None
        self.refresh()
