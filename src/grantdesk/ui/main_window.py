"""The main window: home, profile and the guided path, with the save status always in view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from grantdesk.store.errors import StoreError
from grantdesk.ui.autosave import AutoSaver
from grantdesk.ui.messages import tell, translated_error
from grantdesk.ui.wording import saved_at_text

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class MainWindow(QMainWindow):
    """The window. Given no store, it says "Opening…" until attach() hands it one, so the
    window appears before the database library has even loaded.

    Nothing here touches Qt's large `Qt` namespace before the window is shown, for the same
    reason: the screens that need it are imported in attach().
    """

    def __init__(self, store: Store | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.saver = AutoSaver(parent=self)
        self.setWindowTitle(self.tr("GrantDesk"))
        self.resize(1100, 760)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.statusBar().showMessage(self.tr("Opening your applications…"))

        self.save_status = QLabel()
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_status)
        self.saver.state_changed.connect(self._show_save_status)
        self._show_save_status()
        self._actions: list[QAction] = []
        self._build_menus()
        if store is not None:
            self.attach(store)

    def attach(self, store: Store) -> None:
        """Build the screens on the opened store and show the home screen."""
        # Imported here so that loading them is not part of the time before the window shows.
        from grantdesk.ui.application_view import ApplicationView
        from grantdesk.ui.home_view import HomeView
        from grantdesk.ui.profile_view import ProfileView

        self.store = store
        self.home = HomeView(store)
        self.profile = ProfileView(store, self.saver)
        self.application = ApplicationView(store, self.saver)
        for view in (self.home, self.profile, self.application):
            self.pages.addWidget(view)
        self.home.open_requested.connect(self.open_application)
        self.home.profile_requested.connect(self.show_profile)
        self.profile.home_requested.connect(self.show_home)
        self.application.home_requested.connect(self.show_home)
        self.application.profile_requested.connect(self.show_profile)
        self.application.title_changed.connect(self._title_for)
        for action in self._actions:
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self.show_home()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("&New application…"),
            QKeySequence.StandardKey.New,
            self._new_application,
        )
        self._action(file_menu, self.tr("&Save now"), QKeySequence.StandardKey.Save, self.save_now)
        file_menu.addSeparator()
        quit_action = self._action(file_menu, self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        quit_action.setEnabled(True)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._action(
            go_menu, self.tr("&All applications"), QKeySequence("Ctrl+Home"), self.show_home
        )
        self._action(
            go_menu, self.tr("Group &profile"), QKeySequence("Ctrl+Shift+P"), self.show_profile
        )

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setEnabled(False)
        action.triggered.connect(slot)
        menu.addAction(action)
        self._actions.append(action)
        return action

    def _show_save_status(self) -> None:
        if self.saver.error:
            text = self.tr("Not saved yet. ") + translated_error(self.saver.error)
            self.save_status.setStyleSheet("color: #a4000f; font-weight: bold;")
        elif self.saver.has_pending:
            text = self.tr("Saving…")
            self.save_status.setStyleSheet("")
        elif self.saver.saved_at is not None:
            text = saved_at_text(self.saver.saved_at)
            self.save_status.setStyleSheet("")
        else:
            text = self.tr("All changes saved")
            self.save_status.setStyleSheet("")
        self.save_status.setText(text)

    def save_now(self) -> None:
        if self.saver.flush():
            self.statusBar().showMessage(self.tr("Everything you have typed is saved."), 5000)

    def _switch_to(self, view: QWidget) -> None:
        """Save before leaving a page (a failed save stays queued and is retried)."""
        self.saver.flush()
        self.pages.setCurrentWidget(view)

    def show_home(self) -> None:
        self._switch_to(self.home)
        self.home.refresh()
        self.home.table.setFocus()
        self._title_for(None)

    def show_profile(self) -> None:
        try:
            self.profile.load()
        except StoreError as failure:
            tell(self, failure)
            return
        self._switch_to(self.profile)
        self.profile.first_field().setFocus()
        self._title_for(self.tr("Group profile"))

    def open_application(self, application_id: int) -> None:
        self.saver.flush()
        try:
            self.application.open_application(application_id)
        except StoreError as failure:
            tell(self, failure)
            return
        self._switch_to(self.application)
        self.application.current_page().first_field().setFocus()

    def _new_application(self) -> None:
        self.show_home()
        self.home.new_application()

    def _title_for(self, what: str | None) -> None:
        self.setWindowTitle(
            self.tr("GrantDesk") if not what else self.tr("{what} – GrantDesk").format(what=what)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saver.flush():
            self.saver.stop()
            event.accept()
            return
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
            self.saver.stop()
            event.accept()
        else:
            event.ignore()
