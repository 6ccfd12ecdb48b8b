"""The calendar's reading and moving: activities by local day, a drag to another time.

Reading by day is where time zones meet: timed activities fall on the days of the user's
zone, all-day ones are floating dates (the same date everywhere), and one that spans
midnight is on both days. See services/activities/service.py for how times are stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from crm_desktop.errors import ValidationError
from crm_desktop.models.activities import Activity, ActivityInvitee
from crm_desktop.registry.spec import N_
from crm_desktop.services.activities.occurrences import (
    Occurrence,
    floating_days,
    task_occurrence,
    zone_of,
)
from crm_desktop.services.activities.recurrence import skips_by_day
from crm_desktop.services.activities.service import CALENDAR_COLUMNS, TYPE_KEY, UTC, ActivityService
from crm_desktop.services.activities.summary import summary
from crm_desktop.services.activities.time_limits import day_start, in_zone, shifted_day
from crm_desktop.services.activities.types import DaySummary
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import Record

#: the smallest step back from an exclusive end to the last moment (and day) it covers
_INSTANT = dt.timedelta(microseconds=1)
#: the end of the last day there is
_LAST_MOMENT = dt.datetime.max.replace(tzinfo=UTC)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    """The days ``first`` .. ``last`` (none when ``last`` is before ``first``)."""
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


class CalendarService:
    def __init__(self, activities: ActivityService):
        self.activities = activities
        self.records = activities.records
        self.db = activities.db

    def days(
        self,
        first: dt.date,
        last: dt.date,
        zone: dt.tzinfo,
        *,
        owner: int | None = None,
        tasks: bool = True,
    ) -> dict[dt.date, list[Occurrence]]:
        """What happens on each local day ``first`` .. ``last`` (in ``zone``), in time order.

        An activity over several days is on each of them. All-day activities are floating
        dates and are placed by their date, whatever the zone; with ``tasks``, the tasks due
        on a day are on it too (as all-day items). All-day items come first on a day.
        """
        start = day_start(first, zone)
        end = day_start(shifted_day(last, 1), zone) if last < dt.date.max else _LAST_MOMENT
        by_day: dict[dt.date, list[Occurrence]] = {day: [] for day in _days(first, last)}
        # A floating date lies up to a day either side of the zone's days: read wider.
        margin = dt.timedelta(days=1)
        for o in self.activities.occurrences(start, end, owner, dated_margin=margin):
            if o.all_day:
                begin, close = floating_days(o)
            else:
                if o.start >= end or (o.end <= start and not (o.end == o.start >= start)):
                    continue
                begin = in_zone(o.start, zone).date()
                close = in_zone(o.end - _INSTANT, zone).date() if o.end > o.start else begin
            for day in _days(max(begin, first), min(close, last)):
                by_day[day].append(o)
        if tasks:
            for task in self._tasks_due(first, last, owner):
                assert task.due_date is not None
                by_day[task.due_date].append(task_occurrence(task))
        for items in by_day.values():
            items.sort(key=lambda o: (not o.all_day, o.start, o.activity_id))
        return by_day

    def summary(
        self, first: dt.date, last: dt.date, zone: dt.tzinfo, **options: Any
    ) -> dict[dt.date, DaySummary]:
        """The days ``first`` .. ``last`` as :meth:`days` gives them, in summary: the first
        items of each day (or of each of its hours) and how many there are; the options
        (cap, hourly, dated_cap, owner, tasks) are services/activities/summary.py's."""
        return summary(self.activities, first, last, zone, **options)

    def day_page(
        self,
        day: dt.date,
        zone: dt.tzinfo,
        offset: int,
        limit: int,
        *,
        owner: int | None = None,
    ) -> list[Occurrence]:
        """Items ``offset`` .. ``offset + limit`` of the local ``day``, in :meth:`days`'s
        order: a page of a day's list."""
        found = self.summary(day, day, zone, cap=offset + limit, owner=owner)
        return found[day].items[offset : offset + limit]

    def _tasks_due(self, first: dt.date, last: dt.date, owner: int | None) -> list[Any]:
        query = select(*CALENDAR_COLUMNS).where(
            Activity.deleted_at.is_(None),
            Activity.start_at.is_(None),
            Activity.due_date >= first,
            Activity.due_date <= last,
        )
        if owner is not None:
            query = query.where(Activity.owner_id == owner)
        query = query.where(*self.activities.visible())
        with self.db.read() as session:
            return list(session.execute(query).all())

    def move(
        self,
        activity_id: int,
        version: int,
        occurrence_start: dt.datetime,
        new_start: dt.datetime,
        *,
        zone_name: str | None = None,
        only_this: bool = False,
    ) -> Record:
        """Move one occurrence to ``new_start``, keeping its length; the moved record.

        A single activity just moves (a timed one is then planned in ``zone_name``). Of a
        repeating one, only the occurrence starting at ``occurrence_start`` can move here,
        with ``only_this``: the series skips it and a single copy takes its place, in one
        transaction. Moving a whole series is an edit of its start in the form.
        """
        with self.db.write() as session:
            series = self.records._get(session, TYPE_KEY, activity_id)
            if series.version != version:
                raise self.records._conflict(
                    session, self.records.registry.get(TYPE_KEY), activity_id
                )
            values = series.values
            start, end = values["start_at"], values["end_at"]
            if start is None:
                raise ValidationError({"start_at": "A task has a due date, not a start."})
            length = (end - start) if end is not None else None
            moved: dict[str, Any] = {
                "start_at": new_start,
                "end_at": new_start + length if length is not None else None,
            }
            if zone_name and not values["all_day"]:
                moved["time_zone"] = zone_name
            if not values["recurrence"]:
                self.records._update(session, TYPE_KEY, activity_id, version, moved)
                record_id = activity_id
                changes: tuple[Change, ...] = (Change(TYPE_KEY, (activity_id,), "updated"),)
            elif not only_this:
                raise ValidationError(
                    {"recurrence": N_("Move a whole series by changing its start in the form.")}
                )
            else:
                local = (
                    occurrence_start.astimezone(UTC)
                    if values["all_day"]
                    else occurrence_start.astimezone(zone_of(values["time_zone"]))
                )
                # A local date, where one tells the occurrence: it stays skipped when the
                # series later moves to another time of day.
                own = (
                    local.date().isoformat()
                    if skips_by_day(values["recurrence"])
                    else local.isoformat()
                )
                skipped = "\n".join(filter(None, (values["exception_dates"], own)))
                self.records._update(
                    session, TYPE_KEY, activity_id, version, {"exception_dates": skipped}
                )
                copy = {
                    k: v
                    for k, v in values.items()
                    if k not in ("recurrence", "exception_dates", "uid", "related_name")
                    and not self.records.registry.get(TYPE_KEY).field(k).read_only
                }
                record_id = self.records._create(session, TYPE_KEY, {**copy, **moved})
                invited = session.execute(
                    select(ActivityInvitee.contact_id, ActivityInvitee.user_id).where(
                        ActivityInvitee.activity_id == activity_id
                    )
                ).all()
                session.add_all(
                    ActivityInvitee(activity_id=record_id, contact_id=c, user_id=u)
                    for c, u in invited
                )
                changes = (
                    Change(TYPE_KEY, (activity_id,), "updated"),
                    Change(TYPE_KEY, (record_id,), "created"),
                )
            record = self.records._get(session, TYPE_KEY, record_id)
        for change in changes:
            self.records.hub.publish(change)
        return record
