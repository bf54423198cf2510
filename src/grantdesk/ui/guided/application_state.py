"""One open application as the guided path edits it: its details, the funder's form it follows,
its answers and the funder's priorities it addresses; and the opening of all of an application's
state at once (with its money, plan and decision)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.decision import Decision
from grantdesk.domain.funders import Funder, PastGrant
from grantdesk.domain.questions import form_asks
from grantdesk.domain.revisions import AnswerRevision, RevisionReason
from grantdesk.domain.search import SearchHit
from grantdesk.domain.wordcount import Limit
from grantdesk.store.errors import StoreError
from grantdesk.ui.autosave import AutoSaver
from grantdesk.ui.guided.decision_state import DecisionState
from grantdesk.ui.money.money_state import MoneyState
from grantdesk.ui.plan.plan_state import PlanState

if TYPE_CHECKING:
    from grantdesk.store.repository import Store


class ApplicationState(QObject):
    """Edits are saved through the AutoSaver; choosing a funder and the funder's history are
    read or written at once and raise StoreError for the page to tell."""

    def __init__(
        self,
        store: Store,
        saver: AutoSaver,
        application_id: int,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._store = store
        self.saver = saver
        self.application_id = application_id
        with store.transaction():
            self.summary = store.applications.summary(application_id)
            self.answers = store.applications.answers(application_id)
            self.form = store.applications.form(application_id)
            self.profile = store.profile.get()
            self.funder = (
                store.funders.get(self.summary.funder_id) if self.summary.funder_id else None
            )
            self.funders = store.funders.all()
            self.priorities_ticked = store.applications.priorities_addressed(application_id)
            self.requirements_done = store.applications.requirements_done(application_id)
        self.details = self.summary.details

    def save_details(self, details: ApplicationDetails) -> None:
        self.details = details
        application_id = self.application_id
        self.saver.schedule(
            ("details", application_id),
            lambda: self._store.applications.save_details(application_id, details),
        )

    def save_answer(self, question_key: str, text: str) -> None:
        application_id = self.application_id
        self.saver.schedule(
            ("answer", application_id, question_key),
            lambda: self._store.applications.save_answer(application_id, question_key, text),
        )

    def save_limit(self, question_key: str, limit: Limit | None) -> None:
        """This application's own limit for a question; None goes back to the form's."""
        application_id = self.application_id
        self.saver.schedule(
            ("limit", application_id, question_key),
            lambda: self._store.applications.save_answer_limit(application_id, question_key, limit),
        )

    def save_priorities(self, ticked: tuple[str, ...]) -> None:
        self.priorities_ticked = ticked
        application_id = self.application_id
        self.saver.schedule(
            ("priorities", application_id),
            lambda: self._store.applications.save_priorities_addressed(application_id, ticked),
        )

    def save_requirements_done(self, done: tuple[str, ...]) -> None:
        self.requirements_done = done
        application_id = self.application_id
        self.saver.schedule(
            ("requirements", application_id),
            lambda: self._store.applications.save_requirements_done(application_id, done),
        )

    def choose_funder(self, funder_id: int | None) -> None:
        """Follow this funder's form from now on; the pages are then built again."""
        self.saver.flush()
        self._store.applications.set_funder(self.application_id, funder_id)

    def add_funder(self, funder: Funder) -> int:
        """A funder not on this PC yet, its form to be typed in next; returns its id."""
        return self._store.funders.save(funder)

    def last_feedback(self, funder_id: int) -> Decision | None:
        return self._store.funders.last_feedback_from(funder_id, self.application_id)

    def history(self, funder_id: int) -> list[PastGrant]:
        return self._store.funders.history_with(funder_id, self.application_id)

    def revisions(self, question_key: str) -> list[AnswerRevision]:
        """The answer's earlier versions, newest first (after saving what is typed)."""
        self.saver.flush()
        return self._store.revisions.of_answer(self.application_id, question_key)

    def keep_revision(self, question_key: str, reason: RevisionReason) -> None:
        """Keep the answer as it is before a change made in one go; raises StoreError if what
        is typed cannot be saved first."""
        if not self.saver.flush():
            raise StoreError(self.saver.error or "")
        self._store.revisions.keep(self.application_id, question_key, reason)

    def search(self, words: str) -> list[SearchHit]:
        """Earlier answers in every application that contain these words."""
        return self._store.search.answers(words)


@dataclass(frozen=True)
class OpenApplication:
    application: ApplicationState
    money: MoneyState
    plan: PlanState
    decision: DecisionState

    def close(self) -> None:
        for state in (self.application, self.money, self.plan):
            state.deleteLater()


STEPS_FILE = "steps.ini"
"""Beside the database: the step each application was left at, to open it there again."""


class GuidedState:
    """Opens an application's state for the guided path, read in one transaction, and
    remembers the step each application was left at."""

    def __init__(self, store: Store, saver: AutoSaver):
        self._store = store
        self._saver = saver
        database = store.engine.url.database
        self._steps = (
            QSettings(str(Path(database).with_name(STEPS_FILE)), QSettings.Format.IniFormat)
            if database and database != ":memory:"
            else None
        )

    def last_step(self, application_id: int) -> str:
        """The step the application was left at ("details" if it has not been opened)."""
        if self._steps is None:
            return "details"
        return str(self._steps.value(f"left_at/{application_id}", "details"))

    def remember_step(self, application_id: int, page: str) -> None:
        if self._steps is not None:
            self._steps.setValue(f"left_at/{application_id}", page)

    def follow_funder(self, application_id: int, funder_id: int) -> None:
        """Follow this funder's form (just typed in or changed): answers move onto it."""
        self._store.applications.set_funder(application_id, funder_id)

    def open(self, application_id: int, parent: QObject | None = None) -> OpenApplication:
        """Raises StoreError if the application cannot be read."""
        store, saver = self._store, self._saver
        with store.transaction():
            application = ApplicationState(store, saver, application_id, parent)
            return OpenApplication(
                application=application,
                money=MoneyState(
                    store,
                    saver,
                    application_id,
                    application.details,
                    application.funder,
                    form_asks(application.form, "match_funding"),
                    parent,
                ),
                plan=PlanState(store, saver, application_id, parent),
                decision=DecisionState(store, saver, application_id),
            )
