"""Writing activities as an iCalendar (.ics) file other calendars accept (RFC 5545).

Events carry UID, DTSTAMP and their start either with a TZID (and the VTIMEZONE it needs)
or in UTC; all-day events use VALUE=DATE; tasks become VTODO with a DUE date. An imported
override of a series' occurrence (exchange/ical/uids.py) goes out as the series' UID with
its RECURRENCE-ID, as other calendars write it, when the series goes out too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

import icalendar

from crm_desktop.exchange.ical.uids import OVERRIDE, split_uid
from crm_desktop.models.activities import Activity
from crm_desktop.services.activities.occurrences import exception_starts, zone_of
from crm_desktop.services.activities.recurrence import skips_by_day
from crm_desktop.services.activities.time_limits import shifted_day

UTC = dt.UTC
PRODID = "-//CRM Desktop//CRM Desktop//EN"
_EVENT_STATUS = {"Planned": "CONFIRMED", "Held": "CONFIRMED", "Not Held": "CANCELLED"}
_TODO_STATUS = {
    "Not Started": "NEEDS-ACTION",
    "In Progress": "IN-PROCESS",
    "Completed": "COMPLETED",
    "Deferred": "CANCELLED",
}
_PRIORITY = {"High": 1, "Medium": 5, "Low": 9}


def uid_of(activity: Activity) -> str:
    return activity.uid or f"activity-{activity.id}@crm-desktop"


def _local(moment: dt.datetime, activity: Activity) -> dt.datetime:
    """``moment`` in the activity's zone; in UTC without one, or where the zone's clock
    would fall outside the years datetime holds (a row another program wrote)."""
    if activity.time_zone:
        try:
            return moment.astimezone(ZoneInfo(activity.time_zone))
        except OverflowError:
            pass
    return moment.astimezone(UTC)


#: (series, the original start of the occurrence it replaces) of an override
Original = tuple[Activity, dt.date | dt.datetime]


def _common(
    component: icalendar.Component, activity: Activity, stamp: dt.datetime, uid: str | None = None
) -> None:
    component.add("UID", uid or uid_of(activity))
    component.add("DTSTAMP", stamp)
    component.add("SUMMARY", activity.subject)
    component.add("X-CRM-DESKTOP-KIND", activity.kind)
    if activity.status:
        # STATUS cannot say "held"; our own property keeps it for a re-import.
        component.add("X-CRM-DESKTOP-STATUS", activity.status)
    component.add("CATEGORIES", [activity.kind])
    if activity.location:
        component.add("LOCATION", activity.location)
    text = "\n\n".join(filter(None, (activity.description, activity.outcome)))
    if text:
        component.add("DESCRIPTION", text)
    if activity.priority in _PRIORITY:
        component.add("PRIORITY", _PRIORITY[activity.priority])
    if activity.modified_at:
        component.add("LAST-MODIFIED", activity.modified_at)
    if activity.reminder_minutes is not None:
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", activity.subject)
        alarm.add("TRIGGER", dt.timedelta(minutes=-activity.reminder_minutes))
        component.add_component(alarm)


def _event(
    activity: Activity,
    stamp: dt.datetime,
    original: Original | None = None,
    overridden: frozenset[dt.date | dt.datetime] = frozenset(),
) -> icalendar.Event:
    """The VEVENT of ``activity``; of an override with ``original``; a series leaves the
    ``overridden`` occurrences out of its EXDATE (their overrides say what became of them)."""
    assert activity.start_at is not None
    event = icalendar.Event()
    _common(event, activity, stamp, uid_of(original[0]) if original else None)
    if original is not None:
        event.add("RECURRENCE-ID", _original_value(*original))
    start, end = activity.start_at, activity.end_at
    if activity.all_day:
        day = start.astimezone(UTC).date()
        event.add("DTSTART", day)
        last = end.astimezone(UTC).date() if end else day
        # DTEND of an all-day event is exclusive: at least the next day.
        event.add("DTEND", max(last, shifted_day(day, 1)))
    else:
        event.add("DTSTART", _local(start, activity))
        if end is not None:
            event.add("DTEND", _local(end, activity))
    if activity.status in _EVENT_STATUS:
        event.add("STATUS", _EVENT_STATUS[activity.status])
    if activity.recurrence:
        rule = icalendar.vRecur.from_ical(activity.recurrence.removeprefix("RRULE:"))
        if activity.all_day and rule.get("UNTIL"):
            rule["UNTIL"] = [_until_date(rule["UNTIL"][0])]
        event.add("RRULE", rule)
        local_start = start.astimezone(UTC) if activity.all_day else _local(start, activity)
        skipped = exception_starts(activity.exception_dates, local_start)
        for moment in skipped:
            value = _original_value(activity, moment)
            if _key(value) not in overridden:
                event.add("EXDATE", value)
    return event


def _original_value(series: Activity, when: dt.date | dt.datetime) -> dt.date | dt.datetime:
    """An EXDATE or RECURRENCE-ID of ``series``: of DTSTART's type, in the series' zone; of
    a rule that repeats at most once a day, on its date at the series' time of day now (it
    may have moved since the date was skipped), so that it names one of its occurrences."""
    if series.all_day:
        return when.astimezone(UTC).date() if isinstance(when, dt.datetime) else when
    assert series.start_at is not None and series.recurrence
    start = _local(series.start_at, series)
    if not isinstance(when, dt.datetime):
        return dt.datetime.combine(when, start.time(), start.tzinfo)
    local = _local(when, series)
    if skips_by_day(series.recurrence):
        return dt.datetime.combine(local.date(), start.time(), start.tzinfo)
    return local


def _key(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
    return value.astimezone(UTC) if isinstance(value, dt.datetime) else value


def _originals(activities: list[Activity]) -> dict[int, Original]:
    """Override id -> (its series, original start), for the series among ``activities``."""
    series = {uid_of(a): a for a in activities if a.recurrence and a.start_at is not None}
    found: dict[int, Original] = {}
    for activity in activities:
        parts = split_uid(activity.uid) if activity.uid and activity.start_at else None
        if parts is not None and parts[1] == OVERRIDE and parts[0] in series:
            found[activity.id] = (series[parts[0]], parts[2])
    return found


def _until_date(until: dt.date | dt.datetime) -> dt.date:
    """An all-day series' UNTIL as a DATE: RFC 5545 wants it of DTSTART's type. The series
    repeats on floating (UTC) dates, so its last day is the UTC date of the stored UNTIL."""
    if not isinstance(until, dt.datetime):
        return until
    if until.tzinfo is not None:
        until = until.astimezone(UTC)
    return until.date()


def _todo(activity: Activity, stamp: dt.datetime) -> icalendar.Todo:
    todo = icalendar.Todo()
    _common(todo, activity, stamp)
    if activity.due_date is not None:
        todo.add("DUE", activity.due_date)
    elif activity.start_at is not None:
        todo.add("DUE", _local(activity.start_at, activity))
    if activity.status in _TODO_STATUS:
        todo.add("STATUS", _TODO_STATUS[activity.status])
    return todo


def export_activities(activities: Iterable[Activity], *, name: str = "CRM Desktop") -> bytes:
    """The .ics bytes of ``activities`` (tasks as VTODO, everything else as VEVENT)."""
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("X-WR-CALNAME", name)
    stamp = dt.datetime.now(UTC).replace(microsecond=0)
    items = list(activities)
    originals = _originals(items)
    overridden: dict[int, set[dt.date | dt.datetime]] = {}
    for series, when in originals.values():
        overridden.setdefault(series.id, set()).add(_key(_original_value(series, when)))
    for activity in items:
        if activity.kind == "Task" or activity.start_at is None:
            if activity.start_at is None and activity.due_date is None and activity.kind != "Task":
                continue  # an undated call or meeting has no place in a calendar
            calendar.add_component(_todo(activity, stamp))
        else:
            event = _event(
                activity,
                stamp,
                originals.get(activity.id),
                frozenset(overridden.get(activity.id, ())),
            )
            calendar.add_component(event)
    # Give every TZID used its VTIMEZONE, as Outlook and older calendars require.
    calendar.add_missing_timezones()
    return calendar.to_ical()


__all__ = ["export_activities", "uid_of", "zone_of"]
