"""Work off the GUI thread, the one way the program does it.

:meth:`Jobs.run` runs a function on a worker thread of Qt's global pool and hands its
outcome back on the GUI thread: the result to ``on_done``, progress to ``on_progress``,
what a cancelled job made to ``on_cancelled``. A problem the user can act on (a
:class:`~crm_desktop.errors.DomainError`) reaches ``on_error`` as its one sentence. Any
other exception is a bug: it goes to the crash handler (``sys.excepthook``) with its
traceback, and ``on_error`` gets a short sentence, so the caller can close its progress
and give its buttons back. The work function gets a :class:`JobContext` to report
progress and to see whether the user cancelled; it stops where it can.

A :class:`Jobs` belongs to one part of the window; after :meth:`Jobs.shutdown` (the
window closes or moves to another database) or once its owner is gone, late answers
are dropped: a job finishing then has nobody left to tell.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from shiboken6 import isValid

from crm_desktop.errors import DomainError
from crm_desktop.views.shell.crash import domain_error_text

log = logging.getLogger(__name__)

T = TypeVar("T")

# What a worker reports back (the first item of the ``finished`` signal's tuple).
_DONE, _CANCELLED, _PROBLEM, _BUG = "done", "cancelled", "problem", "bug"


def wait_for_all(timeout_ms: int) -> bool:
    """Wait for every job of the program to end (it is closing); False on a timeout."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Job(QObject):
    """One piece of work on its way; :meth:`cancel` asks it to stop."""

    #: done so far, the total (0: unknown), a word on what was done last
    progressed = Signal(int, int, str)
    #: (how it ended, its result or exception), emitted from the worker thread
    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class JobContext:
    """What the work function sees of its job, on the worker thread."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress (delivered to ``on_progress`` on the GUI thread)."""
        self._job.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        """True once the user cancelled: stop at the next good place, and return what
        was made so far (it goes to ``on_cancelled``)."""
        return self._job.cancelled()


def _execute(job: Job, work: Callable[[JobContext], Any]) -> None:
    try:
        result = work(JobContext(job))
    except DomainError as exc:
        job.finished.emit((_PROBLEM, exc))
    except Exception as exc:  # a bug: told on the GUI thread instead of lost with the thread
        job.finished.emit((_BUG, exc))
    else:
        job.finished.emit((_CANCELLED if job.cancelled() else _DONE, result))


class Jobs(QObject):
    """The background work of one part of the window."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._running: set[Job] = set()
        self._stopped = False

    def run(
        self,
        work: Callable[[JobContext], T],
        on_done: Callable[[T], object],
        *,
        on_error: Callable[[str], object],
        on_progress: Callable[[int, int, str], object] | None = None,
        on_cancelled: Callable[[T], object] | None = None,
        job: Job | None = None,
    ) -> Job:
        """Start ``work(context)`` on a worker thread; see the module's description.
        ``job`` is the job's handle when the caller made it beforehand (to cancel it
        before it starts, say); a new one otherwise. The handle is returned."""
        job = job if job is not None else Job()
        self._running.add(job)  # Python keeps the job (and its signals) until it reports
        if on_progress is not None:
            job.progressed.connect(
                lambda done, total, text: self._open() and on_progress(done, total, text)
            )
        job.finished.connect(
            lambda outcome: self._finish(job, outcome, on_done, on_error, on_cancelled)
        )
        QThreadPool.globalInstance().start(lambda: _execute(job, work))
        return job

    def busy(self) -> bool:
        """Some job has not answered yet."""
        return bool(self._running)

    def shutdown(self) -> None:
        """No more answers: cancel what runs, and drop what it reports."""
        self._stopped = True
        for job in self._running:
            job.cancel()

    def _open(self) -> bool:
        return isValid(self) and not self._stopped

    def _finish(
        self,
        job: Job,
        outcome: tuple[str, Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[str], object],
        on_cancelled: Callable[[Any], object] | None,
    ) -> None:
        self._running.discard(job)
        how, value = outcome
        if how == _BUG:
            log.error("background work failed", exc_info=value)
            sys.excepthook(type(value), value, value.__traceback__)
        if not self._open():
            return
        if how == _DONE:
            on_done(value)
        elif how == _CANCELLED:
            if on_cancelled is not None:
                on_cancelled(value)
        elif how == _PROBLEM:
            on_error(domain_error_text(value))
        else:
            on_error(
                QCoreApplication.translate(
                    "jobs", "Something unexpected stopped this work; nothing more was done."
                )
            )
