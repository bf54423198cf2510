"""One path for every save, written by one writer thread so the window never waits for the disk.

When edits go to the disk: after a short pause in typing, at least once a second while typing
goes on (so steady typing is never more than about two seconds from the disk), when a field
is left, when the page changes and when the window closes.

How: edits wait in a queue keyed by what they change, so a burst of typing becomes one write.
The queue is handed to the writer thread (one batch at a time, in the order the edits were
made), which runs each edit's store command. Each edit carries its base, what the window
last saw of that thing; the store refuses the edit if what is stored has changed meanwhile
(see store/edits.py), and the window asks the person which version to keep. A write that
fails stays queued, in order, and is tried again every few seconds until it works.

States read back what they have queued but not yet written with `unsaved_values()`, so a
page built again straight after an edit shows the edit, not the older text on disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from grantdesk.store.errors import UNKNOWN, ChangedElsewhere, StoreError

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300
"""A pause in typing this long sends what was typed."""
LONGEST_WAIT_MS = 1000
"""Typing that goes on without a pause is sent at least this often."""
RETRY_DELAY_MS = 3000
"""How often a failed write is tried again."""

Result = TypeVar("Result")

PROFILE = ("profile",)
"""The key of the group profile's edits: the profile screen makes them, and the guided path
shows the profile too, so it reads them back while they are on their way to the disk."""


def funder_key(funder_id: int | None) -> tuple:
    """The key of a funder's edits (made on the funders screen, read by the guided path)."""
    return ("funder", funder_id)


@dataclass(frozen=True)
class Edit:
    """One change to one thing, from `base` (what the window last saw) to `value`.

    `write(value, base)` is the store command; it runs on the writer thread and raises
    ChangedElsewhere if what is stored is no longer `base`. `what` names the thing for
    people ("the budget"), in case they must be asked.
    """

    key: Hashable
    what: str
    base: Any
    value: Any
    write: Callable[[Any, Any], None]

    @classmethod
    def saved_by(
        cls,
        command: Callable[..., None],
        *first: Any,
        key: Hashable,
        what: str,
        base: Any,
        value: Any,
    ) -> Edit:
        """An edit written by `command(*first, value, base=base)`, a store command."""
        return cls(key, what, base, value, lambda value, base: command(*first, value, base=base))

    def then(self, newer: Edit) -> Edit:
        """This edit followed by a newer one of the same thing, as one write from this base."""
        return replace(newer, base=self.base)


def application_edit(
    command: Callable[..., None],
    kind: str,
    what: str,
    base: Any,
    value: Any,
    application_id: int,
    *within: str,
) -> Edit:
    """An edit of one part of an application (its budget; the answer to one question), keyed
    (kind, application, *within) and written by `command(application_id, *within, value,
    base=base)`."""
    return Edit.saved_by(
        command,
        application_id,
        *within,
        key=(kind, application_id, *within),
        what=what,
        base=base,
        value=value,
    )


@dataclass(frozen=True)
class Conflict:
    """An edit refused because the thing was changed elsewhere; `theirs` is what is stored."""

    edit: Edit
    theirs: Any


@dataclass
class _Batch:
    edits: list[Edit]
    saved: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    failure: StoreError | None = None
    future: Future | None = None
    finished: bool = False


class AutoSaver(QObject):
    state_changed = Signal()
    conflict_found = Signal()
    _written = Signal(object)

    def __init__(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC), parent=None):
        super().__init__(parent)
        self._clock = clock
        self._pending: dict[Hashable, Edit] = {}
        self._to_take: dict[Hashable, Callable[[], None]] = {}
        self._writing: _Batch | None = None
        self._send_next = False
        self.conflicts: dict[Hashable, Conflict] = {}
        self._when_settled: list[Callable[[], None]] = []
        self._writer_pool: ThreadPoolExecutor | None = None
        self._written.connect(self._finish)
        self._pause = self._timer(self.flush)
        self._longest_wait = self._timer(self.flush)
        self._retry = self._timer(self.flush)
        self.retry_delay_ms = RETRY_DELAY_MS
        self.saved_at: datetime | None = None
        self.error: StoreError | None = None
        self._stopped = False

    @property
    def _writer(self) -> ThreadPoolExecutor:
        """The one writer thread (a single-worker pool), made at the first save."""
        if self._writer_pool is None:
            from concurrent.futures import ThreadPoolExecutor  # not needed before the window shows

            self._writer_pool = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="grantdesk-writer"
            )
        return self._writer_pool

    def _timer(self, action: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(action)
        return timer

    @property
    def unsaved(self) -> bool:
        """Something edited is not on disk yet: queued, being written, failed or refused."""
        return bool(self._pending or self._to_take or self._writing or self.conflicts)

    @property
    def queued(self) -> bool:
        """Some edits wait for the pause (or a retry) before going to the writer."""
        return bool(self._pending or self._to_take)

    @property
    def settled(self) -> bool:
        """Nothing is being written, and nothing queued could be written right now."""
        return self._writing is None and (not self.queued or self.error is not None)

    def schedule(self, edit: Edit) -> None:
        """Queue an edit, after any earlier queued edit of the same thing."""
        if edit.key in self.conflicts:
            conflict = self.conflicts[edit.key]
            self.conflicts[edit.key] = replace(conflict, edit=conflict.edit.then(edit))
        else:
            earlier = self._pending.get(edit.key)
            self._pending[edit.key] = earlier.then(edit) if earlier else edit
            self._send_in_time()
        self.state_changed.emit()

    def schedule_later(self, key: Hashable, take: Callable[[], None]) -> None:
        """Something typed whose value is costly to read at every key (all the text of a very
        long answer): `take` reads it and schedules its edit, once, just before the queue is
        next sent or read back, which happens as it would for an edit."""
        self._to_take[key] = take
        self._send_in_time()
        self.state_changed.emit()

    def _send_in_time(self) -> None:
        if self.error is None:
            self._pause.start(SAVE_DELAY_MS)
            if not self._longest_wait.isActive():
                self._longest_wait.start(LONGEST_WAIT_MS)

    def _take(self) -> None:
        taking, self._to_take = self._to_take, {}
        for take in taking.values():
            take()

    def unsaved_values(self) -> dict[Hashable, Any]:
        """The newest value of everything edited but not yet on disk, by key."""
        self._take()
        values = {}
        if self._writing is not None:
            values.update((edit.key, edit.value) for edit in self._writing.edits)
        values.update((key, conflict.edit.value) for key, conflict in self.conflicts.items())
        values.update((key, edit.value) for key, edit in self._pending.items())
        return values

    def flush(self) -> None:
        """Hand everything queued to the writer now; this does not wait for the disk."""
        self._take()
        for timer in (self._pause, self._longest_wait, self._retry):
            timer.stop()
        if self._stopped:
            return
        if self._writing is not None:
            self._send_next = True
            return
        if not self._pending:
            self._settle()
            return
        batch = _Batch(list(self._pending.values()))
        try:
            batch.future = self._writer.submit(self._write, batch)
        except RuntimeError:  # Python itself is shutting down: no thread can be started
            log.warning("%d changes could not be saved: Python was shutting down", len(batch.edits))
            self._stopped = True
            return
        self._pending = {}
        self._writing = batch
        self.state_changed.emit()

    def _write(self, batch: _Batch) -> None:
        """On the writer thread: each edit in order, stopping at the first that fails."""
        for edit in batch.edits:
            try:
                edit.write(edit.value, edit.base)
            except ChangedElsewhere as refused:
                batch.conflicts.append(Conflict(edit, refused.theirs))
            except StoreError as failure:
                batch.failure = failure
                break
            except Exception as error:  # a fault of ours: keep the text, say so, keep trying
                log.exception("Saving failed unexpectedly")
                batch.failure = StoreError(UNKNOWN)
                batch.failure.__cause__ = error
                break
            batch.saved += 1
        try:
            self._written.emit(batch)
        except RuntimeError:
            log.info("The window closed while its last changes were being saved.")

    def _finish(self, batch: _Batch) -> None:
        """On the window's thread, once a batch is written (or has failed)."""
        if batch.finished:
            return
        batch.finished = True
        self._writing = None
        unsent = batch.edits[batch.saved + len(batch.conflicts) :]  # from the one that failed
        if unsent:
            # Back to the head of the queue, each under any newer edit of the same thing.
            requeued = {edit.key: edit for edit in unsent}
            for key, newer in self._pending.items():
                requeued[key] = requeued[key].then(newer) if key in requeued else newer
            self._pending = requeued
        for conflict in batch.conflicts:
            newer = self._pending.pop(conflict.edit.key, None)
            self.conflicts[conflict.edit.key] = (
                replace(conflict, edit=conflict.edit.then(newer)) if newer else conflict
            )
        if batch.failure is not None:
            self._failed(batch.failure)
        else:
            if self.error is not None:
                log.info("Saving works again; everything queued meanwhile is being written.")
            self.error = None
            self.saved_at = self._clock()
            if self._pending and self._send_next:
                self._send_next = False
                self.flush()
        if batch.conflicts:
            self.conflict_found.emit()
        self._settle()
        self.state_changed.emit()

    def _failed(self, failure: StoreError) -> None:
        if self.error is None or self.error.message != failure.message:
            log.warning("Saving failed; GrantDesk keeps trying: %s", failure.message)
            log.info("What went wrong", exc_info=failure)
        self.error = failure
        self._send_next = False
        self._retry.start(self.retry_delay_ms)

    def _settle(self) -> None:
        if not self.settled:
            return
        waiting, self._when_settled = self._when_settled, []
        for action in waiting:
            action()

    def when_settled(self, action: Callable[[], None]) -> None:
        """Run `action` once everything queued is on disk, or has failed for now (so what is
        on disk is as new as it can be): at once if nothing is being written. What is queued
        is sent now rather than after the pause."""
        if self.settled:
            action()
            return
        self._when_settled.append(action)
        self.flush()

    def wait(self) -> None:
        """Block until everything queued is written (or has failed, or been refused)."""
        self._send_next = True
        self.flush()
        while self._writing is not None:
            batch = self._writing
            batch.future.result()
            self._finish(batch)

    def run_now(self, command: Callable[[], Result]) -> Result:
        """Run a store command that is needed at once (a new application, a copy), on the
        writer after everything typed so far, and wait for it. Raises StoreError if what was
        typed cannot be saved first, or the command fails."""
        self.wait()
        if self.error is not None:
            raise StoreError(self.error.template, **self.error.names)
        return self._writer.submit(command).result()

    def keep_mine(self, key: Hashable) -> None:
        """Save the person's version over the one saved elsewhere."""
        conflict = self.conflicts.pop(key)
        self.schedule(replace(conflict.edit, base=conflict.theirs))
        self.flush()

    def use_theirs(self, key: Hashable) -> Edit:
        """Drop the person's version of a refused edit (returned, to copy if wanted)."""
        conflict = self.conflicts.pop(key)
        self.state_changed.emit()
        return conflict.edit

    def stop(self) -> None:
        """The window is closing: no more retries; a write under way finishes on its own."""
        for timer in (self._pause, self._longest_wait, self._retry):
            timer.stop()
        self._stopped = True
        if self._writer_pool is not None:
            self._writer_pool.shutdown(wait=False)
