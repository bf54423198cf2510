"""The main window: home, profile and the guided path, with the save status always in view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from grantdesk.store.errors import StoreError
from grantdesk.ui.autosave import AutoSaver, Conflict
from grantdesk.ui.common.announce import announce
from grantdesk.ui.common.colours import Panel, panel_style, problem_style, styled
from grantdesk.ui.common.language import LANGUAGES, current_language, save_language, use_language
from grantdesk.ui.common.messages import tell, translated_error
from grantdesk.ui.common.text_size import TEXT_SIZES, set_text_size
from grantdesk.ui.common.wording import moment_text, saved_at_text
from grantdesk.ui.home.home_frame import HomeFrame
from grantdesk.ui.preferences import Preferences
from grantdesk.ui.window_place import WindowPlace

if TYPE_CHECKING:
    from grantdesk.domain.backups import Backup
    from grantdesk.store.repository import Store
    from grantdesk.store.sqlite_files import FirstLook
    from grantdesk.ui.common.widgets import ProblemLabel
    from grantdesk.ui.home.home_state import HomeState
    from grantdesk.ui.home.home_view import HomeView
    from grantdesk.ui.printing.print_flow import PrintFlow

CLOSING_NOTICE_MS = 400
"""Closing waits for the last changes to reach the disk; after this long it says so."""


class MainWindow(QMainWindow):
    """The window. Given no store, it shows the top of the home screen and "Opening your
    applications…" until attach() hands it one, so it is painted before the database library
    has even loaded.

    Nothing here touches Qt's large `Qt` namespace before the window is shown, for the same
    reason: the screens that need it are imported in attach().
    """

    group_named = Signal(str)
    """The group's name as its profile gives it, each time the home screen reads it."""

    def __init__(self, store: Store | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.saver = AutoSaver(parent=self)
        self.print_flow: PrintFlow | None = None
        self._unsaved_text_event: QEvent.Type | None = None
        """Set in attach(), with the boxes that can hold text that cannot be saved."""
        self._holding_unsaved_text: list = []
        """The boxes that held text that cannot be read when one last said so (a box says
        whenever it starts or stops holding such text), so the save status, shown again at
        every edit, need not look through every box on every screen."""
        self.setWindowTitle(self.tr("GrantDesk"))
        self.preferences = Preferences()
        set_text_size(self.preferences.text_size)
        self.place = WindowPlace(self)
        self.pages = QStackedWidget()
        self._undo_restore: Backup | None = None
        central = QWidget()
        self.notices = QVBoxLayout(central)
        """Notices above every screen (why changes are not saved, a restore to undo)."""
        self.notices.setContentsMargins(0, 0, 0, 0)
        self.notices.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.save_problem: ProblemLabel | None = None
        """Why the latest changes are not saved, in full, above the page (made when needed)."""
        self.home_frame = HomeFrame()
        self.pages.addWidget(self.home_frame)
        self.home: HomeView | None = None
        """Built at the first look at the data, or with the other screens once it is open."""

        self.save_status = QLabel()
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_status)
        self.saver.state_changed.connect(self._show_save_status)
        # Asked from the event loop, not from inside whatever noticed the clash.
        self.saver.conflict_found.connect(
            lambda: QTimer.singleShot(0, self, self._settle_conflicts)
        )
        self._settling = False
        self._closing = False
        self._told_not_saved = False
        """A screen reader was told something is not saved, so is told when all is saved."""
        self._show_save_status()
        self._actions: list[QAction] = []
        self._build_menus()
        if store is not None:
            self.attach(store)

    def show_first_look(self, look: FirstLook) -> None:
        """The applications as read at start-up while the database library loads (which takes
        a good while longer): listed at once, and whatever is chosen is done once the data is
        open (attach)."""
        self.home = self._home_view(None)
        self.home.show_first_look(look.group, look.applications, look.reports)
        self.pages.setCurrentWidget(self.home)
        self.home.first_field().setFocus()

    def _home_view(self, state: HomeState | None) -> HomeView:
        from grantdesk.ui.home.home_view import HomeView

        home = HomeView(state, self.home_frame)
        home.group_named.connect(self.group_named)
        self.home_frame = None  # painted at start; built again with the home screen if need be
        self.pages.addWidget(home)
        return home

    def attach(self, store: Store) -> None:
        """Build the screens on the opened store and show the home screen."""
        # Imported here so that loading them is not part of the time before the window shows
        # (and at start-up, already imported off the window's thread: see ui/screens.py).
        from grantdesk.ui.screens import UNSAVED_TEXT_CHANGED, BackupsState

        self._unsaved_text_event = UNSAVED_TEXT_CHANGED
        self.store = store
        self.backups = BackupsState(store, self.saver, self)
        self.backups.problem.connect(
            lambda problem: self.statusBar().showMessage(translated_error(problem), 15000)
        )
        self._build_screens()
        self.statusBar().clearMessage()
        self.show_home()

    def _build_screens(self) -> None:
        """The screens and what they open, in the language chosen."""
        from grantdesk.ui.screens import (
            ApplicationView,
            FormEntryView,
            FundersState,
            FundersView,
            GuidedState,
            HomeState,
            PrintFlow,
            ProfileState,
            ProfileView,
            TakeAwayFlow,
            TakeAwayState,
            UndoBanner,
        )

        store = self.store
        self.restore_banner = UndoBanner()
        self.restore_banner.undo_requested.connect(self.undo_restore)
        self.notices.insertWidget(0, self.restore_banner)
        if store.read_only:
            from grantdesk.ui.files.read_only_notice import ReadOnlyNotice

            self.read_only_notice = ReadOnlyNotice(store.database.parent)
            self.read_only_notice.copy_requested.connect(self.save_copy_to_take_away)
            self.notices.insertWidget(0, self.read_only_notice)
            self.read_only_notice.show()
        self.takeaway = TakeAwayFlow(self, TakeAwayState(store))
        self.takeaway.added.connect(self._show_added)
        if self.home is None:
            self.home = self._home_view(HomeState(store, self.saver))
        else:  # the first look at start-up
            self.home.attach(HomeState(store, self.saver))
        self.profile = ProfileView(ProfileState(store, self.saver))
        self.application = ApplicationView(GuidedState(store, self.saver), self.saver)
        funders = FundersState(store, self.saver)
        self.funders = FundersView(funders)
        self.form_entry = FormEntryView(funders)
        self._form_entered_for: tuple[int | None, str] = (None, "")
        self._back_to: tuple[int, str] | None = None
        """The application and step the profile or funders were opened from, to go back to."""
        self.print_flow = PrintFlow(self, store.printable)
        self.print_flow.fix_requested.connect(self._go_and_fix)
        for view in (self.profile, self.application, self.funders, self.form_entry):
            self.pages.addWidget(view)
        self.home.form_entry_requested.connect(
            lambda funder_id, application_id: self.enter_form(funder_id, application_id, "details")
        )
        self.application.form_entry_requested.connect(self.enter_form)
        self.funders.form_entry_requested.connect(self.enter_form)
        self.form_entry.finished.connect(self._form_entered)
        self.home.funders_requested.connect(self.show_funders)
        self.funders.home_requested.connect(self.go_back)
        self.home.open_requested.connect(self.open_application)
        self.home.profile_requested.connect(self.show_profile)
        self.profile.home_requested.connect(self.go_back)
        self.application.home_requested.connect(self.show_home)
        self.application.profile_requested.connect(self.show_profile)
        self.application.title_changed.connect(self._title_for)
        self.application.print_requested.connect(self.print_application)
        for action in self._actions:
            action.setEnabled(True)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("&New application…"),
            QKeySequence.StandardKey.New,
            self._new_application,
        )
        self._action(file_menu, self.tr("&Save now"), QKeySequence.StandardKey.Save, self.save_now)
        self._action(
            file_menu,
            self.tr("&Print or save as PDF…"),
            QKeySequence.StandardKey.Print,
            self.print_application,
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("Save a copy to take &away…"), [], self.save_copy_to_take_away
        )
        self._action(file_menu, self.tr("Open a c&opy…"), [], self.open_copy)
        self._action(file_menu, self.tr("Restore from a &backup…"), [], self.restore_from_backup)
        file_menu.addSeparator()
        quit_action = self._action(file_menu, self.tr("&Quit"), "Ctrl+Q", self.close)
        quit_action.setEnabled(True)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._action(
            go_menu,
            self.tr("&All applications"),
            # Text boxes keep Ctrl+Home for "start of the text", so Alt+Home works everywhere.
            ["Alt+Home", "Ctrl+Home"],
            self.show_home,
        )
        self._action(go_menu, self.tr("Group &profile"), "Ctrl+Shift+P", self.show_profile)
        self._action(go_menu, self.tr("F&unders"), "Ctrl+Shift+F", lambda: self.show_funders())
        self._build_settings_menu()

    def _build_settings_menu(self) -> None:
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self._add_language_choice(settings_menu)
        size_menu = settings_menu.addMenu(self.tr("Text &size"))
        self.text_sizes = QActionGroup(self)
        names = {
            100: self.tr("&100% (this computer’s own size)"),
            125: self.tr("1&25%"),
            150: self.tr("1&50%"),
            200: self.tr("&200%"),
        }
        for size in TEXT_SIZES:
            action = size_menu.addAction(names[size])
            action.setCheckable(True)
            action.setChecked(size == self.preferences.text_size)
            action.setData(size)
            self.text_sizes.addAction(action)
        self.text_sizes.triggered.connect(lambda action: self.change_text_size(action.data()))

    def change_text_size(self, size: int) -> None:
        """All the window's text at `size`% from now on, and at the next start."""
        self.preferences.text_size = size
        set_text_size(size)
        for action in self.text_sizes.actions():
            action.setChecked(action.data() == size)

    def _add_language_choice(self, settings_menu: QMenu) -> None:
        """Settings > Language: English or Cymraeg, each by its own name."""
        languages = settings_menu.addMenu(self.tr("&Language"))
        choice = QActionGroup(languages)
        for code, name in LANGUAGES.items():
            action = languages.addAction(f"&{name}")
            action.setCheckable(True)
            action.setChecked(code == current_language())
            choice.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.switch_language(code))

    def switch_language(self, code: str) -> None:
        """Speak `code` from now on (and at the next start); the screens are built again in
        it once everything typed is saved, and open where they were."""
        if code == current_language():
            return
        save_language(code)
        use_language(code)
        self.save_everything()
        self.saver.when_settled(self._show_in_new_language)

    def _show_in_new_language(self) -> None:
        self.menuBar().clear()
        self._actions.clear()
        self._build_menus()
        self.save_status.setAccessibleName(self.tr("Save status"))
        if self.store is None:
            self.setWindowTitle(self.tr("GrantDesk"))
            return
        view, shown = self.application, self.pages.currentWidget()
        step = view.page_keys[view.steps.currentRow()] if view.application_id else None
        reopen = view.application_id if shown is view else None
        funder = self.funders.editor.funder.id if self.funders.editor else None
        was_profile, was_funders = shown is self.profile, shown in (self.funders, self.form_entry)
        old = [self.pages.widget(index) for index in range(self.pages.count())]
        old += [self.restore_banner, getattr(self, "read_only_notice", None)]
        old += [self.print_flow, self.takeaway]
        for thing in filter(None, old):
            if isinstance(thing, QWidget):
                thing.hide()
            thing.deleteLater()
        self.home = None
        self._build_screens()
        if reopen is not None:
            self.open_application(reopen)
            self.application.go_to_page(step)
        elif was_profile:
            self.show_profile()
        elif was_funders:
            self.show_funders(funder)
        else:
            self.show_home()

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        """A menu item; `shortcut` is a standard key or a key sequence's text, or a list of
        them. (Making a QKeySequence of a QKeySequence would load Qt's whole `Qt` namespace
        before the window's first paint.)"""
        action = QAction(text, self)
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setEnabled(False)
        action.triggered.connect(slot)
        menu.addAction(action)
        self._actions.append(action)
        return action

    def customEvent(self, event: QEvent) -> None:
        if event.type() == self._unsaved_text_event:
            from grantdesk.ui.common.widgets import CheckedLine

            self._holding_unsaved_text = [
                box for box in self.pages.findChildren(CheckedLine) if box.unsaved_text
            ]
            self._show_save_status()

    def _unsaved_text_status(self) -> str:
        """Said while a box on screen holds text that cannot be read, so is not saved."""
        holding = [
            box
            for box in self._holding_unsaved_text
            if isValid(box) and box.unsaved_text and box.isVisibleTo(self)
        ]
        if not holding:
            return ""
        return self.tr("Not saved: “{text}” in {field}. Please correct it.").format(
            text=holding[0].unsaved_text, field=holding[0].line.accessibleName()
        )

    def _show_save_status(self) -> None:
        saver = self.saver
        problem = ""
        if saver.error is not None:
            problem = translated_error(saver.error)
        elif saver.conflicts:
            problem = self.tr(
                "{what} was changed somewhere else, so GrantDesk has not saved over it."
            ).format(what=next(iter(saver.conflicts.values())).edit.what)
            problem = problem[:1].upper() + problem[1:]
        unsaved = self._unsaved_text_status()
        if unsaved:
            text, style = unsaved, problem_style
        elif problem:
            text, style = self.tr("Not saved yet"), problem_style
        elif saver.unsaved:
            text, style = self.tr("Saving…"), ""
        elif saver.saved_at is not None:
            text, style = saved_at_text(saver.saved_at), ""
        else:
            text, style = self.tr("All changes saved"), ""
        styled(self.save_status, style)  # first: bold text needs more room
        self.save_status.setText(text)
        self._say_save_problem(problem)
        if unsaved or problem:
            self._told_not_saved = True  # the problem itself is said where it is shown
        elif self._told_not_saved and not saver.unsaved:
            self._told_not_saved = False
            announce(self.save_status, text)

    def _say_save_problem(self, problem: str) -> None:
        """The whole reason, where it has room to be read (the status bar cuts long lines)."""
        if self.save_problem is None:
            if not problem:
                return
            from grantdesk.ui.common.widgets import ProblemLabel

            self.save_problem = ProblemLabel()
            styled(self.save_problem, panel_style(Panel.NOTICE, "padding: 6px; font-weight: bold;"))
            self.save_problem.setAccessibleName(self.tr("Why your changes are not saved"))
            self.notices.insertWidget(0, self.save_problem)
        if problem != self.save_problem.text():
            self.save_problem.say(problem)

    def save_now(self) -> None:
        self.save_everything()
        self.saver.when_settled(self._say_if_saved)

    def _say_if_saved(self) -> None:
        if not self.saver.unsaved:
            saved = self.tr("Everything you have typed is saved.")
            self.statusBar().showMessage(saved, 5000)
            announce(self.save_status, saved)

    def save_everything(self) -> None:
        """Send all that is typed to the disk, including a table cell still being typed in;
        this does not wait for the disk."""
        self._hand_over_typing()
        self.saver.flush()

    def _hand_over_typing(self) -> None:
        """The field being typed in hands its text to the saver (a table cell commits)."""
        typing_in = QApplication.focusWidget()
        if typing_in is not None and self.isAncestorOf(typing_in):
            # Leaving a field hands its text over (a table cell commits its edit).
            table = next(
                (
                    widget
                    for widget in _ancestors(typing_in)
                    if isinstance(widget, QAbstractItemView)
                ),
                None,
            )
            typing_in.clearFocus()
            QApplication.processEvents()
            back_to = table if table is not None else typing_in
            if isValid(back_to):
                back_to.setFocus()

    def _saved_first(self) -> bool:
        """Save everything typed and wait for the disk, before making something from what is
        saved (a take-away copy) or putting something in its place (a restore). If it cannot
        be saved, say why and return False."""
        self.save_everything()
        self.saver.wait()
        if not self.saver.unsaved:
            return True
        QMessageBox.warning(
            self,
            self.tr("Your latest changes are not saved yet"),
            self.tr(
                "{reason}\n\nPlease try again once the bottom of the window says your changes "
                "are saved. GrantDesk keeps trying by itself, and nothing you typed is lost."
            ).format(reason=self.save_problem.text() if self.save_problem else ""),
        )
        return False

    def _settle_conflicts(self) -> None:
        """Ask, one at a time, which version to keep of each thing changed somewhere else."""
        if self._settling:
            return
        self._settling = True
        try:
            while self.saver.conflicts:
                self._settle(next(iter(self.saver.conflicts.values())))
        finally:
            self._settling = False

    def _settle(self, conflict: Conflict) -> None:
        edit = conflict.edit
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changed somewhere else"),
            self.tr(
                "While you were working, {what} was changed somewhere else: in another "
                "GrantDesk using the same folder, or by a GrantDesk command. GrantDesk has not "
                "saved over it.\n\nKeep your version (the other changes to it are replaced), "
                "or use the other version (yours is copied, so you can paste it back)?"
            ).format(what=edit.what),
            parent=self,
        )
        keep = box.addButton(self.tr("&Keep my version"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Use the other version"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            self.saver.keep_mine(edit.key)
            return
        mine = self.saver.use_theirs(edit.key).value
        QApplication.clipboard().setText(mine if isinstance(mine, str) else repr(mine))
        self._show_again()

    def _show_again(self) -> None:
        """Read again from what is saved what is on screen, and the open application (after
        the person chose the version saved elsewhere)."""
        view = self.application
        if view.application_id is not None:
            view.reopen_at(view.page_keys[view.steps.currentRow()])
        shown = self.pages.currentWidget()
        if shown is self.profile:
            self.profile.load()
        elif shown is self.funders:
            self.funders.load(self.funders.editor.funder.id if self.funders.editor else None)
        elif shown is self.home:
            self.home.refresh()

    def _switch_to(self, view: QWidget) -> None:
        from grantdesk.ui.common.wheel import guard_wheel

        guard_wheel(view)
        self.pages.setCurrentWidget(view)
        self._show_save_status()

    def show_home(self) -> None:
        self.save_everything()
        self._back_to = None
        self._switch_to(self.home)
        self._title_for(None)
        # The list shows what is on disk, so it is read once the last changes are there.
        self.saver.when_settled(self._list_applications)

    def _list_applications(self) -> None:
        self.home.refresh()
        if self.pages.currentWidget() is self.home:
            self.home.first_field().setFocus()

    def show_profile(self) -> None:
        self.save_everything()
        try:
            self.profile.load()
        except StoreError as failure:
            tell(self, failure)
            return
        self._remember_the_way_back(self.profile.home_button)
        self._switch_to(self.profile)
        self.profile.first_field().setFocus()
        self._title_for(self.tr("Group profile"))

    def show_funders(self, select_id: int | None = None) -> None:
        self.save_everything()
        self._remember_the_way_back(self.funders.home_button)
        self._switch_to(self.funders)
        self.funders.load(select_id)
        self.funders.first_field().setFocus()
        self._title_for(self.tr("Funders"))

    def _remember_the_way_back(self, back_button: QPushButton) -> None:
        """Opened from a step of an application, the back button goes back to that step."""
        view = self.application
        if self.pages.currentWidget() is view and view.application_id is not None:
            self._back_to = (view.application_id, view.page_keys[view.steps.currentRow()])
        elif self.pages.currentWidget() is self.home:
            self._back_to = None
        back_button.setText(
            self.tr("← Back to the application") if self._back_to else self.tr("← All applications")
        )

    def go_back(self) -> None:
        """Back to the step the profile or funders were opened from, or else the home screen."""
        if self._back_to is None:
            self.show_home()
            return
        application_id, page = self._back_to
        self.save_everything()
        self._back_to = None
        self.open_application(application_id)  # built afresh, with what was changed
        self.application.go_to_page(page)

    def enter_form(
        self, funder_id: int, application_id: int | None = None, question_key: str = ""
    ) -> None:
        """Type in or change a funder's form one question at a time; afterwards the application
        it was entered for (if any) follows it, shown at the question that sent the person,
        or at `question_key`'s page."""
        self.save_everything()
        funder_key = question_key.removeprefix("funder:") if question_key else None
        if application_id is None:
            back, done = self.tr("Back to the funders"), self.tr("Done: back to the funders")
        else:
            back = self.tr("Back to the application")
            done = self.tr("Done: write the application")
        if not self.form_entry.load(funder_id, funder_key, back, done):
            return
        self._form_entered_for = (application_id, question_key or "details")
        self._switch_to(self.form_entry)
        self.form_entry.first_field().setFocus()
        self._title_for(self.tr("The funder’s form"))

    def _form_entered(self, funder_id: int) -> None:
        application_id, page = self._form_entered_for
        if application_id is None:
            self.show_funders(funder_id)
            return
        try:
            self.application.follow_funder(application_id, funder_id, page)
        except StoreError as failure:
            tell(self, failure)
            return
        self._switch_to(self.application)
        self.application.current_page().first_field().setFocus()

    def open_application(self, application_id: int) -> None:
        self.save_everything()
        try:
            self.application.open_application(application_id)
        except StoreError as failure:
            tell(self, failure)
            return
        self._switch_to(self.application)
        self.application.current_page().first_field().setFocus()

    def print_application(self) -> None:
        """Check what is missing, then save the application as a PDF or print that PDF."""
        application_id = self._chosen_application()
        if application_id is None:
            self.statusBar().showMessage(
                self.tr("Choose or open an application first, then press Ctrl+P."), 6000
            )
            return
        self.save_everything()
        self.saver.when_settled(lambda: self._print_when_saved(application_id))

    def _print_when_saved(self, application_id: int) -> None:
        """The PDF is made from what is saved, so it waits for the latest changes."""
        if not self.saver.unsaved:
            self.print_flow.start(application_id)
            return
        QMessageBox.warning(
            self,
            self.tr("Your latest changes are not saved yet"),
            self.tr(
                "The PDF would not include your latest changes, because they are not saved "
                "yet. The bottom of the window says why; GrantDesk keeps trying, and you can "
                "print as soon as it says your changes are saved."
            ),
        )

    def _chosen_application(self) -> int | None:
        """The application open, or else the one chosen on the home screen."""
        if self.pages.currentWidget() is self.application:
            return self.application.application_id
        if self.pages.currentWidget() is self.home:
            return self.home.selected_id()
        return None

    def _go_and_fix(self, application_id: int, page: str) -> None:
        if page == "profile":
            self.show_profile()
            return
        if self.application.application_id != application_id:
            self.open_application(application_id)
        self._switch_to(self.application)
        self.application.go_to_page(page)

    def save_copy_to_take_away(self) -> None:
        application_id = self._chosen_application()
        if application_id is None:
            self.statusBar().showMessage(
                self.tr("Choose or open an application first, then save a copy of it."), 6000
            )
            return
        if self._saved_first():
            self.takeaway.save_copy(application_id)

    def open_copy(self) -> None:
        if self._saved_first():
            self.takeaway.open_copy()

    def _show_added(self, application_id: int) -> None:
        self.show_home()
        self.home.refresh(application_id)

    def start_automatic_backups(self) -> None:
        """A backup now and every ten minutes, made off the window's thread."""
        self.backups.start_automatic()

    def restore_from_backup(self) -> None:
        from grantdesk.ui.files.backups_dialog import RestoreDialog

        if not self._saved_first():
            return
        dialog = RestoreDialog(self.backups.listed(), self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if self._put_back(chosen):
            self.restore_banner.offer(
                self.tr(
                    "Everything is as it was on {when}. What was here just before is kept as a "
                    "backup: press Undo to go back to it."
                ).format(when=moment_text(chosen.taken_at))
            )

    def undo_restore(self) -> None:
        if self._undo_restore is not None and self._put_back(self._undo_restore):
            self.restore_banner.offer(
                self.tr("Everything is back as it was before you restored the backup.")
            )
            self._undo_restore = None
            self.restore_banner.button.hide()

    def _put_back(self, backup: Backup) -> bool:
        try:
            self._undo_restore = self.backups.restore(backup)
        except StoreError as failure:
            tell(self, failure)
            return False
        self.restore_banner.button.show()
        self.show_home()
        return True

    def _new_application(self) -> None:
        self.show_home()
        self.home.new_application()

    def come_forward(self) -> None:
        """GrantDesk was started again on this data folder: this window is the one to use."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _title_for(self, what: str | None) -> None:
        self.setWindowTitle(
            self.tr("GrantDesk") if not what else self.tr("{what} – GrantDesk").format(what=what)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing waits until the last changes are on disk (and says so if that takes more
        than a moment); if they cannot be saved, it asks first."""
        saver = self.saver
        self._hand_over_typing()
        if saver.error is None:
            saver.flush()
        if not saver.unsaved:
            self._close_now(event)
            return
        if not saver.settled and saver.error is None:  # a retry in flight need not be awaited
            event.ignore()
            if not self._closing:
                self._closing = True
                QTimer.singleShot(CLOSING_NOTICE_MS, self, self._say_closing)
                saver.when_settled(self._close_when_settled)
            return
        self._closing = False
        self.statusBar().clearMessage()
        answer = QMessageBox.warning(
            self,
            self.tr("Your latest changes are not saved"),
            self.tr(
                "GrantDesk could not save your latest changes. If you close now, they will be "
                "lost. Copy any text you need first, or keep GrantDesk open while it tries again."
                "\n\nClose anyway?"
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Close:
            self._close_now(event)
        else:
            event.ignore()

    def _close_when_settled(self) -> None:
        if self._closing:
            self._closing = False
            QTimer.singleShot(0, self, self.close)  # dropped if the window is gone

    def _say_closing(self) -> None:
        if self._closing:
            self.statusBar().showMessage(
                self.tr("Saving your last changes… GrantDesk will close when they are safe.")
            )

    def _close_now(self, event: QCloseEvent) -> None:
        self._closing = False
        self.saver.stop()
        if self.store is not None:
            # Its files are free once the window goes: a group can then be locked or unlocked.
            self.store.engine.dispose()
        event.accept()


def _ancestors(widget: QWidget):
    while widget is not None:
        yield widget
        widget = widget.parentWidget()
