"""Running slow work off the window's thread, and bringing its result back to it.

    run_in_background(window, lambda: build_pdf(...), on_done, on_failed)

`work` runs on a worker thread and must not touch widgets; `on_done(result)` or
`on_failed(error)` then runs on the window's thread. If `owner` is gone by then, neither runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
Result = TypeVar("Result")


class _Outcome(QObject):
    """Lives on the window's thread, so its signals are delivered there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], outcome: _Outcome):
        super().__init__()
        self._work = work
        self._outcome = outcome

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # on a worker thread, nothing else would ever report it
            log.exception("Work in the background failed")
            self._emit(self._outcome.failed, error)
        else:
            self._emit(self._outcome.succeeded, result)

    @staticmethod
    def _emit(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            log.info("The window that asked for this work has closed; its result is dropped.")


def run_in_background(
    owner: QObject,
    work: Callable[[], Result],
    on_done: Callable[[Result], None],
    on_failed: Callable[[Exception], None],
) -> None:
    outcome = _Outcome(owner)

    def finish(handler: Callable, value: object) -> None:
        outcome.deleteLater()
        handler(value)

    outcome.succeeded.connect(lambda result: finish(on_done, result))
    outcome.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(_Task(work, outcome))
