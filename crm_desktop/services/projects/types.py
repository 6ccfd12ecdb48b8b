"""The plain data of projects, for the views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TimelineTask:
    """One bar (or, for a milestone, one diamond) of a project's timeline."""

    id: int
    name: str
    start: dt.date | None
    end: dt.date | None
    percent_done: int
    milestone: bool
    status: str
    depends_on_id: int | None
    assignee: str | None


@dataclass(frozen=True)
class Timeline:
    project_id: int
    name: str
    start: dt.date | None
    end: dt.date | None
    progress: int
    tasks: list[TimelineTask]


@dataclass(frozen=True)
class DueTask:
    """A project task of a user's "My work today": late, under way today, or starting soon."""

    id: int
    name: str
    project_name: str | None
    start: dt.date | None
    end: dt.date | None
    percent_done: int
