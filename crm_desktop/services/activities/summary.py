"""The calendar read in summary: how many items a day (or an hour of it) holds, and the
first few of them.

A busy office's month is tens of thousands of activities; reading each of them into an
occurrence takes most of a second, and nobody reads a thousand lines in a day's box. The
single timed activities and the tasks, nearly all of them, are counted per slot (a local
day, or an hour of the week and day views) in SQL, and only the first few of each slot
are read, on indexes that hold every column the reads test (models/activities.py:
``ix_activities_single_day``, ``ix_activities_task_day``). The rest are few and read
whole, as a range always read them: the repeating series expanded within the window
only, the all-day activities, what began before the window and still goes on in it, and
what starts on one day of it and goes on into the next.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from crm_desktop.services.activities.occurrences import (
    Occurrence,
    floating_days,
    single_occurrence,
    task_occurrence,
)
from crm_desktop.services.activities.summary_reads import Shape, run, statements, values
from crm_desktop.services.activities.time_limits import day_start, in_zone, shifted, shifted_day
from crm_desktop.services.activities.types import DaySummary

if TYPE_CHECKING:
    from crm_desktop.services.activities.service import ActivityService

#: the smallest step back from an exclusive end to the last moment (and day) it covers
_INSTANT = dt.timedelta(microseconds=1)
_HOUR = dt.timedelta(hours=1)


def _slot_starts(day: dt.date, zone: dt.tzinfo, hourly: bool) -> list[dt.datetime]:
    """Where the slots of the local ``day`` start (UTC): the day's start, or each hour's
    (23 or 25 of them on a day the clocks change)."""
    start = day_start(day, zone)
    if not hourly:
        return [start]
    end = day_start(shifted_day(day, 1), zone)
    found = [start]
    while shifted(found[-1], _HOUR) < end:
        found.append(shifted(found[-1], _HOUR))
    return found


def _on_days(o: Occurrence, zone: dt.tzinfo, first: dt.date, last: dt.date) -> Iterable[dt.date]:
    """The days ``first`` .. ``last`` the occurrence is on (a floating date for an all-day
    one; a timed one on every local day it overlaps)."""
    if o.all_day:
        begin, close = floating_days(o)
    else:
        begin = in_zone(o.start, zone).date()
        close = in_zone(o.end - _INSTANT, zone).date() if o.end > o.start else begin
    day = max(begin, first)
    while day <= min(close, last):
        yield day
        day = shifted_day(day, 1)
        if day == dt.date.max:
            break


def _order(o: Occurrence) -> tuple[bool, dt.datetime, int]:
    return (not o.all_day, o.start, o.activity_id)


class _Window:
    """The days ``first`` .. ``last`` in ``zone`` and their slots."""

    def __init__(self, first: dt.date, last: dt.date, zone: dt.tzinfo, hourly: bool) -> None:
        self.first, self.last, self.zone, self.hourly = first, last, zone, hourly
        self.days: list[dt.date] = []
        day = first
        while day <= last:
            self.days.append(day)
            if day == dt.date.max:
                break
            day = shifted_day(day, 1)
        self.slots = {d: _slot_starts(d, zone, hourly) for d in self.days}
        self.start = self.slots[first][0]
        self.end = day_start(shifted_day(last, 1), zone)

    def ends(self, day: dt.date) -> list[dt.datetime]:
        """Where each slot of ``day`` ends (the next one's start; the last, the day's end)."""
        starts = self.slots[day]
        following = shifted_day(day, 1)
        close = (
            self.slots[following][0] if following in self.slots else day_start(following, self.zone)
        )
        return [*starts[1:], close]

    def slot_of(self, day: dt.date, moment: dt.datetime) -> dt.datetime:
        starts = self.slots[day]
        return starts[max(0, bisect.bisect_right(starts, moment) - 1)]


def summary(
    activities: ActivityService,
    first: dt.date,
    last: dt.date,
    zone: dt.tzinfo,
    *,
    cap: int,
    hourly: bool = False,
    dated_cap: int | None = None,
    owner: int | None = None,
    tasks: bool = True,
    wide: tuple[dt.date, int] | None = None,
) -> dict[dt.date, DaySummary]:
    """Each local day ``first`` .. ``last`` in ``zone``, in summary: the first ``cap``
    items of each day, or with ``hourly`` the first ``cap`` timed items of each hour and
    the first ``dated_cap`` all-day items and tasks of the day; and how many there are.
    Without ``hourly``, ``wide`` (a day, a number) gives that day more (the month's
    chosen day: the first page of its list, in the same read).
    What is on a day, and its order, is what CalendarService.days gives."""
    window = _Window(first, last, zone, hourly)
    # A floating date lies up to a day either side of the zone's days: read wider.
    margin = dt.timedelta(days=1)
    extras: dict[dt.date, list[Occurrence]] = {d: [] for d in window.days}
    for o in activities.occurrences(
        window.start, window.end, owner, dated_margin=margin, starting=False
    ):
        for day in _on_days(o, zone, first, last):
            extras[day].append(o)
    dated_cap = cap if dated_cap is None or not hourly else dated_cap
    caps = {d: cap for d in window.days}
    if wide is not None and not hourly and wide[0] in caps:
        caps[wide[0]] = max(cap, wide[1])
    shape = Shape(
        slots=tuple(len(window.slots[d]) for d in window.days),
        slot_caps=tuple(caps[d] for d in window.days for _start in window.slots[d]),
        task_caps=tuple(caps[d] if not hourly else dated_cap for d in window.days) if tasks else (),
        owned=owner is not None,
    )
    kept = statements(activities.statements, shape, activities.visible())
    bounds = [start for day in window.days for start in window.slots[day]] + [window.end]
    given = values(bounds, window.days if tasks else [], owner)
    with activities.db.read() as session:
        slot_counts, singles, task_counts, due, crossed = run(session, kept, given)
    for row in crossed:
        o = single_occurrence(row)
        start_day = in_zone(o.start, zone).date()
        for day in _on_days(o, zone, first, last):
            if day > start_day:
                extras[day].append(o)
    return _assemble(window, extras, slot_counts, singles, task_counts, due, caps, dated_cap)


def _assemble(
    window: _Window,
    extras: dict[dt.date, list[Occurrence]],
    slot_counts: list[int],
    singles: list[Any],
    task_counts: list[int],
    due: list[Any],
    caps: dict[dt.date, int],
    dated_cap: int,
) -> dict[dt.date, DaySummary]:
    """The days' summaries from what was counted and read."""
    zone = window.zone
    counted: dict[dt.datetime, int] = {}
    index = 0
    for day in window.days:
        for start in window.slots[day]:
            counted[start] = slot_counts[index]
            index += 1
    sampled: dict[tuple[dt.date, dt.datetime], list[Occurrence]] = {}
    for row in singles:
        o = single_occurrence(row)
        day = in_zone(o.start, zone).date()
        if day in window.slots:
            sampled.setdefault((day, window.slot_of(day, o.start)), []).append(o)
    tasks_by_day: dict[dt.date, list[Occurrence]] = {}
    for row in due:
        tasks_by_day.setdefault(row.due_date, []).append(task_occurrence(row))
    task_totals = dict(zip(window.days, task_counts, strict=False))
    found: dict[dt.date, DaySummary] = {}
    for day in window.days:
        dated = sorted(
            [o for o in extras[day] if o.all_day] + tasks_by_day.get(day, []), key=_order
        )
        dated_total = sum(1 for o in extras[day] if o.all_day) + task_totals.get(day, 0)
        by_slot: dict[dt.datetime, list[Occurrence]] = {s: [] for s in window.slots[day]}
        for o in extras[day]:
            if not o.all_day:
                by_slot[window.slot_of(day, max(o.start, window.slots[day][0]))].append(o)
        summary = DaySummary()
        if not window.hourly:
            start = window.slots[day][0]
            timed = sorted(by_slot[start] + sampled.get((day, start), []), key=_order)
            timed_total = counted[start] + len(by_slot[start])
            summary.items = (dated + timed)[: caps[day]]
            shown_dated = sum(1 for o in summary.items if o.all_day)
            summary.dated_more = dated_total - shown_dated
            if timed_total > len(summary.items) - shown_dated:
                summary.more[start] = timed_total - (len(summary.items) - shown_dated)
            summary.total = dated_total + timed_total
        else:
            summary.items = dated[:dated_cap]
            summary.dated_more = dated_total - len(summary.items)
            summary.total = dated_total
            for start, items in by_slot.items():
                timed = sorted(items + sampled.get((day, start), []), key=_order)[: caps[day]]
                slot_total = counted[start] + len(items)
                summary.items += timed
                summary.total += slot_total
                if slot_total > len(timed):
                    summary.more[start] = slot_total - len(timed)
        found[day] = summary
    return found
