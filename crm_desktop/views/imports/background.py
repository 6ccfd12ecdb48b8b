"""One page's background work at a time: starting anew cancels the work before it, and
what that older work still reports is dropped (the page has moved on)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from crm_desktop.views.jobs import Job, JobContext, Jobs

T = TypeVar("T")


class LatestJob:
    """The newest job a page started; only its answers reach the page."""

    def __init__(self, jobs: Jobs) -> None:
        self.jobs = jobs
        self.current: Job | None = None

    def start(
        self,
        work: Callable[[JobContext], T],
        on_done: Callable[[T], object],
        *,
        on_error: Callable[[str], object],
        on_progress: Callable[[int, int, str], object] | None = None,
        on_cancelled: Callable[[T], object] | None = None,
    ) -> Job:
        self.cancel()
        job = Job()
        self.current = job

        def ended(callback: Callable[[Any], object] | None) -> Callable[[Any], None]:
            def answer(value: Any) -> None:
                if self.current is job:
                    self.current = None
                    if callback is not None:
                        callback(value)

            return answer

        def progressed(done: int, total: int, text: str) -> None:
            if self.current is job and on_progress is not None:
                on_progress(done, total, text)

        return self.jobs.run(
            work,
            ended(on_done),
            on_error=ended(on_error),
            on_progress=progressed,
            on_cancelled=ended(on_cancelled),
            job=job,
        )

    def running(self) -> bool:
        return self.current is not None

    def cancel(self) -> None:
        """Ask the current job to stop; nothing it reports reaches the page."""
        if self.current is not None:
            self.current.cancel()
            self.current = None

    def stop_here(self) -> None:
        """Ask the current job to stop, still hearing how it ended (``on_cancelled``)."""
        if self.current is not None:
            self.current.cancel()
