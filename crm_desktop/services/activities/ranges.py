"""Reading a range of activities as their occurrences (ActivityService.occurrences).

A range is read through index ranges rather than one scan, each bounded whatever the
range: what starts in it, what started up to LONG_SPAN before it and is still going on,
the few longer ones still going on (their own index), and the repeating activities still
running in it (services/activities/service.py: ``running_series``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import BindParameter, Integer, and_, bindparam, false, or_, select, true
from sqlalchemy.sql import Executable

from crm_desktop.models.activities import Activity
from crm_desktop.models.base import UTCDateTime
from crm_desktop.services.activities.occurrences import Occurrence, expand
from crm_desktop.services.activities.recurrence import series_over
from crm_desktop.services.activities.service import (
    CALENDAR_COLUMNS,
    LONG_SPAN,
    owned_by,
    running_series,
)
from crm_desktop.services.activities.time_limits import shifted

if TYPE_CHECKING:
    from crm_desktop.services.activities.service import ActivityService


def occurrences(
    activities: ActivityService,
    start: dt.datetime,
    end: dt.datetime,
    owner: int | None,
    dated_margin: dt.timedelta,
    starting: bool,
) -> list[Occurrence]:
    """ActivityService.occurrences: what overlaps [start, end), in time order."""
    timed = (start, end)
    start, end = shifted(start, -dated_margin), shifted(end, dated_margin)
    given: dict[str, Any] = {
        "timed_start": timed[0],
        "timed_end": timed[1],
        "start": start,
        "end": end,
        "timed_before": shifted(timed[0], -LONG_SPAN),
        "before": shifted(start, -LONG_SPAN),
    }
    if owner is not None:
        given["owner"] = owner
    key = ("occurrences", starting, owner is not None)
    statements = activities.statements.get(key)
    if statements is None:
        statements = activities.statements[key] = _range_statements(
            activities, starting, owner is not None
        )
    with activities.db.read() as session:
        rows = {a.id: a for s in statements for a in session.execute(s, given)}
    found = [
        o
        for a in rows.values()
        if not series_over(a, start)
        for o in expand(a, *((start, end) if a.all_day else timed))
    ]
    return sorted(found, key=lambda o: (o.start, o.activity_id))


def _moment(name: str) -> BindParameter[dt.datetime]:
    return bindparam(name, type_=UTCDateTime)


def _range_statements(activities: ActivityService, starting: bool, owned: bool) -> list[Executable]:
    """The statements of :func:`occurrences`, their times (and owner) bound parameters:
    built once, and run again with the next range's (services/activities/summary_reads.py
    tells why)."""
    timed_start, timed_end = _moment("timed_start"), _moment("timed_end")
    start, end = _moment("start"), _moment("end")
    live = Activity.deleted_at.is_(None)
    single = Activity.recurrence.is_(None)
    dated = Activity.all_day == true()
    # The margin is the all-day ones' only: a timed one is read in the range itself.
    in_range = (
        and_(Activity.start_at >= timed_start, Activity.start_at < timed_end)
        if starting
        else false()
    )
    ranges = (
        and_(
            single,
            Activity.start_at >= start,
            Activity.start_at < end,
            or_(dated, in_range),
        ),
        # What began shortly before and is still going on, the timed and the all-day
        # apart: each a range of ix_activities_single_day, which holds the end too.
        and_(
            single,
            Activity.all_day == false(),
            Activity.start_at >= _moment("timed_before"),
            Activity.start_at < timed_start,
            Activity.end_at > timed_start,
        ),
        and_(
            single,
            dated,
            Activity.start_at >= _moment("before"),
            Activity.start_at < timed_start,
            Activity.end_at > start,
        ),
        and_(Activity.long_end_at > start, Activity.start_at < start),
        *running_series(start, end),
    )
    owner = (owned_by(bindparam("owner", type_=Integer)),) if owned else ()
    seen = (*owner, *activities.visible())
    # One statement each: in one UNION ALL SQLite no longer keeps each to its index.
    return [select(*CALENDAR_COLUMNS).where(live, w, *seen) for w in ranges]
