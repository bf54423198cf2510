"""Save a copy to take away, and Open a copy: choosing the file, asking before adding an
application whose title is already here, and saying what happened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from grantdesk.domain.application import display_title
from grantdesk.domain.files import file_name_for
from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.takeaway import SUFFIX, Added, ProfileOutcome
from grantdesk.store.errors import StoreError
from grantdesk.ui.common.language import say
from grantdesk.ui.common.messages import tell
from grantdesk.ui.common.wording import moment_text

if TYPE_CHECKING:
    from grantdesk.ui.files.takeaway_state import TakeAwayState


SAFE_WAY = QT_TRANSLATE_NOOP(
    "TakeAway",
    "This copy holds everything about the application, including your latest changes; copying "
    "the file grantdesk.sqlite3 itself while GrantDesk is open can miss them.",
)


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


class TakeAwayFlow(QObject):
    added = Signal(int)
    """A copy was added here as this application."""

    def __init__(self, window: QWidget, state: TakeAwayState):
        super().__init__(window)
        self._window = window
        self._state = state

    def save_copy(self, application_id: int) -> None:
        try:
            title = display_title(self._state.summary(application_id).details.title)
        except StoreError as failure:
            tell(self._window, failure)
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("TakeAway", "Save a copy to take away"),
            str(_documents() / f"{file_name_for(title)}{SUFFIX}"),
            QCoreApplication.translate("TakeAway", "GrantDesk copies (*{suffix})").format(
                suffix=SUFFIX
            ),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + SUFFIX)
        try:
            self._state.save_copy(application_id, path)
        except StoreError as failure:
            tell(self._window, failure)
            return
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("TakeAway", "Copy saved"),
            QCoreApplication.translate(
                "TakeAway",
                "A copy of “{title}” is saved as {path}.\n\nOn the other computer, open "
                "GrantDesk and choose File, then Open a copy. Bring it back the same way: it is "
                "added beside this one, so nothing is replaced.\n\n",
            ).format(title=title, path=path)
            + say(SAFE_WAY),
        )

    def open_copy(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("TakeAway", "Open a copy"),
            str(_documents()),
            QCoreApplication.translate(
                "TakeAway", "GrantDesk copies (*{suffix} *.json);;All files (*)"
            ).format(suffix=SUFFIX),
        )
        if not chosen:
            return
        try:
            copy = self._state.read(Path(chosen))
        except StoreError as failure:
            tell(self._window, failure)
            return
        title = copy.application.details.title
        same = self._state.same_title(title)
        if same and not self._alongside_is_wanted(display_title(title), same[0].saved_at):
            return
        try:
            added = self._state.add(copy)
        except StoreError as failure:
            tell(self._window, failure)
            return
        self._report(added)
        self.added.emit(added.application_id)

    def _alongside_is_wanted(self, title: str, saved_at) -> bool:
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("TakeAway", "You already have this application"),
            QCoreApplication.translate(
                "TakeAway",
                "You already have “{title}” here (last saved {when}). Add the copy beside it? "
                "Nothing is replaced: you will have both, and can delete the one you do not "
                "want (it goes to the bin).",
            ).format(title=title, when=moment_text(saved_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _report(self, added: Added) -> None:
        lines = [
            QCoreApplication.translate("TakeAway", "“{title}” is added.").format(title=added.title)
        ]
        if added.funder_added:
            lines.append(
                QCoreApplication.translate(
                    "TakeAway", "Its funder’s form, “{funder}”, is added to your funders."
                ).format(funder=added.funder_added)
            )
        if added.profile is ProfileOutcome.ADDED:
            lines.append(
                QCoreApplication.translate(
                    "TakeAway", "The group profile in the copy is now your group’s profile."
                )
            )
        elif added.profile is ProfileOutcome.KEPT_OURS:
            lines.append(
                QCoreApplication.translate(
                    "TakeAway",
                    "The group profile in the copy differs from yours; yours is kept as it is.",
                )
            )
        QMessageBox.information(
            self._window, QCoreApplication.translate("TakeAway", "Copy added"), "\n\n".join(lines)
        )
