"""Work fetched from outside on a timer while the window is open, and when the user asks:
one fetch at a time, on a worker thread, its progress and end told by signals. The news
feeds and the mailbox are fetched so (views/news/refresher.py, views/mail/refresher.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.views.jobs import Job, JobContext, Jobs


class Refresher(QObject):
    """A window part (:class:`WindowPart`) that runs one fetch at a time; its subclass
    connects :attr:`timer` to what the timer's turn fetches."""

    started = Signal()
    #: done so far, of how many, and what is being fetched
    progress = Signal(int, int, str)
    #: the fetch ended, done or stopped: its outcomes
    ended = Signal(object)
    #: the fetch could not run at all (the database is busy, a server refused): a sentence
    failed = Signal(str)

    def __init__(self, parent: QObject | None, *, interval_ms: int, first_ms: int) -> None:
        super().__init__(parent)
        self.jobs = Jobs(self)
        self.job: Job | None = None
        self._interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.start(first_ms)

    def busy(self) -> bool:
        return self.job is not None

    def _run(self, work: Callable[[JobContext], Any]) -> Job:
        """Run ``work`` now (the fetch under way, when there is one); the timer's next
        turn counts from here."""
        self.timer.start(self._interval_ms)
        if self.job is not None:
            return self.job
        self.job = self.jobs.run(
            work,
            self._ended,
            on_error=self._failed,
            on_progress=self.progress.emit,
            on_cancelled=self._ended,
        )
        self.started.emit()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        self.timer.stop()
        self.cancel()
        self.jobs.shutdown()

    def _ended(self, outcomes: object) -> None:
        self.job = None
        self.ended.emit(outcomes)

    def _failed(self, sentence: str) -> None:
        self.job = None
        self.failed.emit(sentence)
