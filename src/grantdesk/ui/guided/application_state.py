"""One open application as the guided path edits it: its details, the funder's form it follows,
its answers and the funder's priorities it addresses; and the opening of all of an application's
state at once (with its money, plan and decision)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings

from grantdesk.domain.application import Answer, ApplicationDetails
from grantdesk.domain.decision import Decision
from grantdesk.domain.funders import Funder, FunderName, PastGrant
from grantdesk.domain.questions import form_asks
from grantdesk.domain.revisions import AnswerRevision, RevisionReason
from grantdesk.domain.search import SearchHit
from grantdesk.domain.wordcount import Limit
from grantdesk.ui.autosave import PROFILE, AutoSaver, Edit, application_edit, funder_key
from grantdesk.ui.guided.decision_state import DecisionState
from grantdesk.ui.money.money_state import MoneyState
from grantdesk.ui.plan.plan_state import PlanState

if TYPE_CHECKING:
    from grantdesk.store.repository import Store

log = logging.getLogger(__name__)


class ApplicationState(QObject):
    """Edits are saved through the AutoSaver; choosing a funder and the funder's history are
    read or written at once and raise StoreError for the page to tell. What it reads includes
    edits not on disk yet."""

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
            answers = store.applications.answers(application_id)
            self.form = store.applications.form(application_id)
            self.profile = store.profile.get()
            self.funder = (
                store.funders.get(self.summary.funder_id) if self.summary.funder_id else None
            )
            funders = store.funders.names()
            priorities = store.applications.priorities_addressed(application_id)
            requirements = store.applications.requirements_done(application_id)
        unsaved = saver.unsaved_values()
        self.profile = unsaved.get(PROFILE, self.profile)
        if self.funder is not None:
            self.funder = unsaved.get(funder_key(self.funder.id), self.funder)
        self.funders: list[FunderName] = []
        """The funders to choose from, named as any edit not saved yet names them."""
        for known in funders:
            edited = unsaved.get(funder_key(known.id))
            self.funders.append(
                known if edited is None else FunderName(known.id, edited.name, edited.fund)
            )
        self.details = unsaved.get(("details", application_id), self.summary.details)
        self.priorities_ticked = unsaved.get(("priorities", application_id), priorities)
        self.requirements_done = unsaved.get(("requirements", application_id), requirements)
        for (kind, *owner), value in unsaved.items():
            if owner[:1] == [application_id] and kind in ("answer", "limit"):
                key = owner[1]
                answer = answers.get(key, Answer(key))
                answers[key] = replace(answer, **{"text" if kind == "answer" else "limit": value})
        self.answers = answers

    def _question_title(self, question_key: str) -> str:
        question = next((q for q in self.form if q.key == question_key), None)
        return question.short_title if question is not None else question_key

    def save_details(self, details: ApplicationDetails) -> None:
        base, self.details = self.details, details
        self._schedule(
            self._store.applications.save_details,
            "details",
            QCoreApplication.translate("Saving", "the application’s details"),
            base,
            details,
        )

    def save_answer(self, question_key: str, text: str) -> None:
        answer = self.answers.get(question_key, Answer(question_key))
        self.answers[question_key] = replace(answer, text=text)
        what = QCoreApplication.translate("Saving", "the answer to “{question}”")
        self._schedule(
            self._store.applications.save_answer,
            "answer",
            what.format(question=self._question_title(question_key)),
            answer.text,
            text,
            question_key,
        )

    def save_limit(self, question_key: str, limit: Limit | None) -> None:
        """This application's own limit for a question; None goes back to the form's."""
        answer = self.answers.get(question_key, Answer(question_key))
        self.answers[question_key] = replace(answer, limit=limit)
        what = QCoreApplication.translate("Saving", "the limit for “{question}”")
        self._schedule(
            self._store.applications.save_answer_limit,
            "limit",
            what.format(question=self._question_title(question_key)),
            answer.limit,
            limit,
            question_key,
        )

    def save_priorities(self, ticked: tuple[str, ...]) -> None:
        base, self.priorities_ticked = self.priorities_ticked, ticked
        self._schedule(
            self._store.applications.save_priorities_addressed,
            "priorities",
            QCoreApplication.translate("Saving", "the funder’s priorities you ticked"),
            base,
            ticked,
        )

    def _schedule(self, command, kind: str, what: str, base, value, *within: str) -> None:
        self.saver.schedule(
            application_edit(command, kind, what, base, value, self.application_id, *within)
        )

    def save_requirements_done(self, done: tuple[str, ...]) -> None:
        base, self.requirements_done = self.requirements_done, done
        self._schedule(
            self._store.applications.save_requirements_done,
            "requirements",
            QCoreApplication.translate("Saving", "the funder’s requirements you ticked"),
            base,
            done,
        )

    def choose_funder(self, funder_id: int | None) -> None:
        """Follow this funder's form from now on; the pages are then built again."""
        self.saver.run_now(
            lambda: self._store.applications.set_funder(self.application_id, funder_id)
        )

    def add_funder(self, funder: Funder) -> int:
        """A funder not on this PC yet, its form to be typed in next; returns its id."""
        return self.saver.run_now(lambda: self._store.funders.save(funder))

    def last_feedback(self, funder_id: int) -> Decision | None:
        return self._store.funders.last_feedback_from(funder_id, self.application_id)

    def history(self, funder_id: int) -> list[PastGrant]:
        return self._store.funders.history_with(funder_id, self.application_id)

    def revisions(self, question_key: str) -> list[AnswerRevision]:
        """The answer's earlier versions, newest first (after saving what is typed)."""
        self.saver.wait()
        return self._store.revisions.of_answer(self.application_id, question_key)

    def keep_revision(self, question_key: str, reason: RevisionReason) -> None:
        """Keep the answer as it is before a change made in one go; raises StoreError if what
        is typed cannot be saved first."""
        self.saver.run_now(
            lambda: self._store.revisions.keep(self.application_id, question_key, reason)
        )

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


def write_step(steps: Path, application_id: int, page: str) -> None:
    """Keep the step an application was left at; on the writer thread (a flush to the disk).
    Not the group's work, so a failure is only logged and the step kept in memory."""
    # Qt would make the folder again if it is gone (a USB stick taken out), and the data
    # file must not be looked for in a new empty folder.
    if not steps.parent.is_dir():
        return
    settings = QSettings(str(steps), QSettings.Format.IniFormat)  # one per thread
    settings.setValue(f"left_at/{application_id}", page)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        log.info(
            "The step application %d was left at could not be kept in %s", application_id, steps
        )


class GuidedState:
    """Opens an application's state for the guided path, read in one transaction, and
    remembers the step each application was left at (in `steps.ini`, written by the saver's
    writer thread, so changing step never waits for the disk)."""

    def __init__(self, store: Store, saver: AutoSaver):
        self._store = store
        self._saver = saver
        database = store.engine.url.database
        self._steps = (
            Path(database).with_name(STEPS_FILE) if database and database != ":memory:" else None
        )
        self._left_at: dict[int, str] = {}
        """Steps remembered since this window opened, whether or not on disk yet."""

    def last_step(self, application_id: int) -> str:
        """The step the application was left at ("details" if it has not been opened)."""
        if application_id not in self._left_at and self._steps is not None:
            settings = QSettings(str(self._steps), QSettings.Format.IniFormat)
            self._left_at[application_id] = str(
                settings.value(f"left_at/{application_id}", "details")
            )
        return self._left_at.get(application_id, "details")

    def remember_step(self, application_id: int, page: str) -> None:
        if page == self.last_step(application_id):
            return  # opened where it was left: nothing to write
        self._left_at[application_id] = page
        steps = self._steps
        if steps is not None:
            self._saver.schedule(
                Edit(
                    key=("step", application_id),
                    what=QCoreApplication.translate("Saving", "the step you were at"),
                    base=None,
                    value=page,
                    write=lambda page, _base: write_step(steps, application_id, page),
                )
            )

    def follow_funder(self, application_id: int, funder_id: int) -> None:
        """Follow this funder's form (just typed in or changed): answers move onto it."""
        self._saver.run_now(lambda: self._store.applications.set_funder(application_id, funder_id))

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
