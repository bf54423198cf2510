"""What the home screen reads and changes: the applications, the group's name, what is coming
up, copies and the bin. Every method raises StoreError for the screen to tell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantdesk.domain.application import ApplicationDetails, ApplicationSummary
from grantdesk.domain.decision import Upcoming
from grantdesk.domain.funders import Funder, LimitBreach, limit_breaches
from grantdesk.ui.autosave import AutoSaver

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class HomeState:
    """Commands that change applications run on the saver's writer, after everything typed
    so far, and are waited for: their result is needed at once."""

    def __init__(self, store: Store, saver: AutoSaver):
        self._store = store
        self._saver = saver

    def applications(self) -> list[ApplicationSummary]:
        return self._store.applications.summaries()

    def progress(self) -> dict[int, tuple[int, int]]:
        """How many of its questions each application has answered, and how many it has."""
        return self._store.applications.progress()

    def has_binned(self) -> bool:
        """Whether anything is in the bin (else its button could do nothing)."""
        return self._store.applications.has_binned()

    def binned(self) -> list[ApplicationSummary]:
        return self._store.applications.binned()

    def group_name(self) -> str:
        profile = self._store.profile.get()
        return profile.name.strip() if profile is not None else ""

    def upcoming(self) -> list[Upcoming]:
        return self._store.decisions.upcoming()

    def funders(self) -> list[Funder]:
        return self._store.funders.all()

    def create(self, details: ApplicationDetails, funder_id: int | None = None) -> int:
        """A new application, following this funder's form (or the common questions)."""
        return self._saver.run_now(lambda: self._create(details, funder_id))

    def _create(self, details: ApplicationDetails, funder_id: int | None) -> int:
        with self._store.transaction():
            application_id = self._store.applications.create(details)
            if funder_id is not None:
                self._store.applications.set_funder(application_id, funder_id)
            return application_id

    def create_for_new_funder(self, details: ApplicationDetails, funder: Funder) -> tuple[int, int]:
        """A new funder, its form still to be typed in, and a new application following it:
        the ids of the application and the funder."""

        def create() -> tuple[int, int]:
            with self._store.transaction():
                funder_id = self._store.funders.save(funder)
                return self._create(details, funder_id), funder_id

        return self._saver.run_now(create)

    def copy(self, application_id: int) -> int:
        return self._saver.run_now(lambda: self._store.applications.copy(application_id))

    def copy_for_funder(self, application_id: int, funder_id: int | None) -> int:
        return self._saver.run_now(
            lambda: self._store.applications.copy_for_funder(application_id, funder_id)
        )

    def limit_breaches(self, application_id: int) -> list[LimitBreach]:
        """The answers that break the limits of the form this application follows."""
        with self._store.transaction():
            answers = self._store.applications.answers(application_id)
            form = self._store.applications.form(application_id)
        return limit_breaches({key: answer.text for key, answer in answers.items()}, form)

    def move_to_bin(self, application_id: int) -> None:
        self._saver.run_now(lambda: self._store.applications.move_to_bin(application_id))

    def restore_from_bin(self, application_id: int) -> None:
        self._saver.run_now(lambda: self._store.applications.restore_from_bin(application_id))
