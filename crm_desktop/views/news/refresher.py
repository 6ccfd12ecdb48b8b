"""Fetching the news in the background: on a timer while the window is open, and when the
user asks. One fetch at a time; the screen and the panel re-read when it ends
(:attr:`Refresher.ended`, with how each feed went)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from crm_desktop.views.jobs import JobContext
from crm_desktop.views.refresher import Refresher

if TYPE_CHECKING:
    from crm_desktop.services.news.service import NewsService
    from crm_desktop.services.news.types import FetchOutcome

#: how often the feeds are fetched while the program runs
REFRESH_INTERVAL_MS = 30 * 60 * 1000
#: the first fetch waits a little: start-up is not slowed by the news
FIRST_REFRESH_MS = 90 * 1000


class NewsRefresher(Refresher):
    """The window part that fetches the feeds."""

    def __init__(
        self,
        news: Callable[[], NewsService],
        parent: QObject,
        *,
        interval_ms: int = REFRESH_INTERVAL_MS,
        first_ms: int = FIRST_REFRESH_MS,
    ) -> None:
        super().__init__(parent, interval_ms=interval_ms, first_ms=first_ms)
        self._make_news = news
        self.timer.timeout.connect(self.refresh)

    @cached_property
    def news(self) -> NewsService:
        """The news service, made when first used: its feed reader (feedparser) is no part
        of the window's first paint."""
        return self._make_news()

    def refresh(self) -> bool:
        """Fetch every feed now; False when a fetch is already under way."""
        if self.busy():
            self.timer.start(self._interval_ms)
            return False
        news = self.news

        def work(context: JobContext) -> list[FetchOutcome]:
            return news.fetch(progress=context.progress, cancelled=context.cancelled)

        self._run(work)
        return True
