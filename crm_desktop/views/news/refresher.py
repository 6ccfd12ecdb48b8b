"""Fetching the news in the background: on a timer while the window is open, and when the
user asks. One fetch at a time; the screen and the panel re-read when it ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.views.jobs import Job, JobContext, Jobs

if TYPE_CHECKING:
    from crm_desktop.services.news.service import NewsService
    from crm_desktop.services.news.types import FetchOutcome

#: how often the feeds are fetched while the program runs
REFRESH_INTERVAL_MS = 30 * 60 * 1000
#: the first fetch waits a little: start-up is not slowed by the news
FIRST_REFRESH_MS = 90 * 1000


class NewsRefresher(QObject):
    """The window part that fetches the feeds (a :class:`WindowPart`)."""

    started = Signal()
    #: feeds fetched so far, of how many, and the last one's title
    progress = Signal(int, int, str)
    #: the fetch ended (done or cancelled): how each feed went
    refreshed = Signal(object)  # list[FetchOutcome]
    #: the fetch could not run at all (the database is busy, say): one sentence
    failed = Signal(str)

    def __init__(
        self,
        news: NewsService,
        parent: QObject,
        *,
        interval_ms: int = REFRESH_INTERVAL_MS,
        first_ms: int = FIRST_REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.news = news
        self.jobs = Jobs(self)
        self.job: Job | None = None
        self._interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(first_ms)

    def busy(self) -> bool:
        return self.job is not None

    def refresh(self) -> bool:
        """Fetch every feed now; False when a fetch is already under way."""
        self.timer.start(self._interval_ms)
        if self.job is not None:
            return False

        def work(context: JobContext) -> list[FetchOutcome]:
            return self.news.fetch(progress=context.progress, cancelled=context.cancelled)

        self.job = self.jobs.run(
            work,
            self._ended,
            on_error=self._failed,
            on_progress=self.progress.emit,
            on_cancelled=self._ended,
        )
        self.started.emit()
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        self.timer.stop()
        self.cancel()
        self.jobs.shutdown()

    def _ended(self, outcomes: list[FetchOutcome]) -> None:
        self.job = None
        self.refreshed.emit(outcomes)

    def _failed(self, sentence: str) -> None:
        self.job = None
        self.failed.emit(sentence)
