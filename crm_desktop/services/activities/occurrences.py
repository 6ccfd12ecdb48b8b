"""One time an activity happens: the expansion of a repeating activity within a range.

A series is expanded on the wall clock of its zone (an all-day one on floating UTC
dates), and no read gives more than MAX_PER_SERIES occurrences of one series, whatever
rule the database holds (services/activities/recurrence.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.services.activities.recurrence import (
    overlaps,
    rule_starts,
    skips_by_day,
    stepped_starts,
)
from crm_desktop.services.activities.time_limits import in_zone, shifted

UTC = dt.UTC


@dataclass(frozen=True)
class Occurrence:
    """One time an activity happens (a recurring activity has many, none stored)."""

    activity_id: int
    kind: str
    subject: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    status: str | None
    owner_id: int
    related_type: str | None = None
    related_id: int | None = None
    related_name: str | None = None
    location: str | None = None
    recurring: bool = False
    #: the activity's version when read (a move by drag saves against it)
    version: int = 0


@lru_cache(maxsize=1024)
def zone_of(name: str | None) -> dt.tzinfo:
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def exception_starts(text: str | None, local_start: dt.datetime) -> list[dt.datetime]:
    """The stored exception dates as aware datetimes (a bare date: at the series' time)."""
    found: list[dt.datetime] = []
    for line in (text or "").split():
        if len(line) == 10:
            day = dt.date.fromisoformat(line)
            found.append(dt.datetime.combine(day, local_start.timetz()))
        else:
            moment = dt.datetime.fromisoformat(line)
            found.append(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return found


def _local_start(first: dt.datetime, all_day: bool, zone_name: str | None) -> dt.datetime:
    if all_day:
        # Floating date: expand on the naive-UTC wall clock, the date is what matters.
        return first.astimezone(UTC)
    return first.astimezone(zone_of(zone_name))


_NO_TIME = dt.timedelta(0)


def expand(activity: Any, start: dt.datetime, end: dt.datetime) -> list[Occurrence]:
    """Occurrences of ``activity`` that overlap [start, end), at most MAX_PER_SERIES.

    A rule that cannot be read (a row another program wrote) shows its first occurrence.
    """
    # Each column is read from the row once: a calendar expands hundreds of series, most
    # of them with no occurrence in a day or a week.
    first, rule = activity.start_at, activity.recurrence
    if first is None:
        return []
    last = activity.end_at
    duration = max(last - first, _NO_TIME) if last else _NO_TIME
    all_day = activity.all_day
    single = [first] if overlaps(first, shifted(first, duration), start, end) else []
    if not rule:
        starts = single
    else:
        try:
            local = _local_start(first, all_day, activity.time_zone)
            starts = _series_starts(rule, activity.exception_dates, local, duration, start, end)
        except (ValueError, TypeError, OverflowError):
            starts = single
    if not starts:
        return []
    row_id, kind, subject, status = activity.id, activity.kind, activity.subject, activity.status
    owner_id, related_type = activity.owner_id, activity.related_type
    related_id, related_name = activity.related_id, activity.related_name
    location, version = activity.location, activity.version
    return [
        Occurrence(
            row_id,
            kind,
            subject,
            in_zone(s, UTC),
            in_zone(shifted(s, duration), UTC),
            all_day,
            status,
            owner_id,
            related_type,
            related_id,
            related_name,
            location,
            bool(rule),
            version,
        )
        for s in starts
    ]


def _series_starts(
    rule: str,
    exceptions: str | None,
    local: dt.datetime,
    duration: dt.timedelta,
    start: dt.datetime,
    end: dt.datetime,
) -> list[dt.datetime]:
    skipped = exception_starts(exceptions, local)
    # At most once a day: a skipped occurrence is its local date (see skips_by_day).
    days = {s.astimezone(local.tzinfo).date() for s in skipped} if skips_by_day(rule) else None
    exact = [] if days is not None else skipped
    starts = stepped_starts(rule, local, duration, start, end, exact)
    if starts is None:
        starts = rule_starts(rule, local, duration, start, end, exact)
    if days:
        starts = [s for s in starts if s.date() not in days]
    return starts


def floating_days(occurrence: Occurrence) -> tuple[dt.date, dt.date]:
    """The first and last date of an all-day occurrence (its end is exclusive)."""
    first = occurrence.start.astimezone(UTC).date()
    if occurrence.end <= occurrence.start:
        return first, first
    return first, (occurrence.end.astimezone(UTC) - dt.timedelta(microseconds=1)).date()


def task_occurrence(task: Any) -> Occurrence:
    """A task as a calendar item: all day on its due date (a floating date)."""
    assert task.due_date is not None
    day = dt.datetime.combine(task.due_date, dt.time(), UTC)
    return Occurrence(
        task.id,
        task.kind,
        task.subject,
        day,
        day,
        True,
        task.status,
        task.owner_id,
        task.related_type,
        task.related_id,
        task.related_name,
        task.location,
        version=task.version,
    )


def single_occurrence(row: Any) -> Occurrence:
    """A single timed (or all-day) activity's row as its one occurrence."""
    end = row.end_at if row.end_at is not None and row.end_at > row.start_at else row.start_at
    return Occurrence(
        row.id,
        row.kind,
        row.subject,
        row.start_at,
        end,
        row.all_day,
        row.status,
        row.owner_id,
        row.related_type,
        row.related_id,
        row.related_name,
        row.location,
        version=row.version,
    )
