"""One VEVENT or VTODO of an .ics file as the field values of an activity.

What cannot be imported raises :class:`Unusable` with one clause a user understands
("its start “20261332T250000” is not a date"), which the import names the event with.
A repeat the program does not offer (every hour, minute or second) is imported as its
first occurrence, and its description says so: expanded, such a rule gives a calendar
hundreds of thousands of items.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar

from crm_desktop.exchange.ical.zones import ZoneReader
from crm_desktop.registry.picklists import EVENT_STATUSES, TASK_STATUSES
from crm_desktop.services.activities.recurrence import parse_rule
from crm_desktop.services.activities.time_limits import FIRST_DAY, LAST_DAY, day_in_range

UTC = dt.UTC
_EVENT_STATUS = {"CANCELLED": "Not Held"}
_TODO_STATUS = {
    "NEEDS-ACTION": "Not Started",
    "IN-PROCESS": "In Progress",
    "COMPLETED": "Completed",
    "CANCELLED": "Deferred",
}
_KINDS = ("Call", "Meeting", "Task", "Visit", "Email")
_WHAT = {
    "DTSTART": "start",
    "DTEND": "end",
    "DUE": "due date",
    "RECURRENCE-ID": "original start (RECURRENCE-ID)",
}
#: the frequencies the program does not offer, and how a note names their step
_TOO_OFTEN = {"SECONDLY": "second", "MINUTELY": "minute", "HOURLY": "hour"}


class Unusable(ValueError):
    """An event or to-do that cannot become an activity; the message is a clause."""


def summary_of(component: Any) -> str:
    return str(component.get("SUMMARY") or "").strip()


def moment(value: dt.date | dt.datetime, default_zone: dt.tzinfo) -> dt.datetime:
    """An aware UTC datetime; a date is a floating all-day date (midnight UTC)."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(), UTC)
    if value.tzinfo is None:  # floating time: the calendar's zone
        value = value.replace(tzinfo=default_zone)
    return value.astimezone(UTC)


def when(component: Any, name: str, zones: ZoneReader) -> dt.date | dt.datetime | None:
    """A date or time of the component in a named zone (None when it has none).

    Unusable when it is not a date (icalendar keeps such a value as its text) or lies
    outside the years an activity may have."""
    if name not in component:
        return None
    try:
        value = component.decoded(name)
    except (ValueError, TypeError, KeyError):
        value = None
    if not isinstance(value, dt.date):
        text = value.decode(errors="replace") if isinstance(value, bytes) else value
        written = f" “{text}”" if isinstance(text, str) and text else ""
        raise Unusable(f"its {_WHAT[name]}{written} is not a date")
    day = value.date() if isinstance(value, dt.datetime) else value
    if not day_in_range(day):
        raise Unusable(
            f"its {_WHAT[name]} ({day.isoformat()}) is not between the years "
            f"{FIRST_DAY.year} and {LAST_DAY.year}"
        )
    return zones.local(value)


def _rule_text(
    component: Any, start: dt.datetime, zone: dt.tzinfo, *, all_day: bool = False
) -> str | None:
    """The RRULE value with UNTIL in UTC, as dateutil wants it for an aware start.

    An all-day series repeats on floating dates (midnight UTC, see services/activities/service.py):
    its UNTIL is the end of its last date in UTC, whatever the calendar's zone, so "daily
    until 3 June" ends on 3 June for every reader. An UNTIL after the last year an
    activity may have (99991231, "for ever" to some programs) is left out.
    """
    rule = component.get("RRULE")
    if rule is None:
        return None
    if isinstance(rule, list):
        rule = rule[0]
    if not rule:  # "RRULE:" with nothing after it (seen in published holiday calendars)
        return None
    rule = icalendar.vRecur(dict(rule))
    until = rule.get("UNTIL")
    if until:
        value = until[0]
        if all_day:
            if isinstance(value, dt.datetime):
                # A time given with the date: its day where the calendar is.
                value = (value.astimezone(zone) if value.tzinfo else value).date()
            value = dt.datetime.combine(value, dt.time(23, 59, 59), UTC)
        elif not isinstance(value, dt.datetime):
            value = dt.datetime.combine(value, dt.time(23, 59, 59), zone)
        elif value.tzinfo is None:
            value = value.replace(tzinfo=zone)
        if value.date() > LAST_DAY:
            del rule["UNTIL"]
        else:
            rule["UNTIL"] = [value.astimezone(UTC)]
    text = rule.to_ical().decode()
    try:
        parse_rule(text, start)
    except (ValueError, TypeError) as exc:
        raise Unusable(f"its repeat rule “{text}” cannot be read") from exc
    return text


def too_often(rule: str) -> str | None:
    """How often a repeat the program does not offer repeats ("every 15 minutes"); None
    for one it offers."""
    parts = icalendar.vRecur.from_ical(rule)
    step = _TOO_OFTEN.get(str((parts.get("FREQ") or [""])[0]).upper())
    if step is None:
        return None
    interval = int((parts.get("INTERVAL") or [1])[0])
    return f"every {step}" if interval == 1 else f"every {interval} {step}s"


def dates(component: Any, name: str) -> list[dt.date | dt.datetime]:
    """The EXDATE or RDATE values (those outside the years an activity may have left out)."""
    found: list[dt.date | dt.datetime] = []
    values = component.get(name)
    if values is None:
        return found
    for entry in values if isinstance(values, list) else [values]:
        found.extend(d.dt for d in entry.dts)
    return [d for d in found if day_in_range(d.date() if isinstance(d, dt.datetime) else d)]


def _priority(component: Any) -> str | None:
    try:
        value = int(component.get("PRIORITY", 0))
    except ValueError:
        return None
    if value == 0:
        return None
    return "High" if value < 5 else "Medium" if value == 5 else "Low"


def _reminder(component: Any) -> int | None:
    for alarm in component.walk("VALARM"):
        try:
            trigger = alarm.decoded("TRIGGER") if "TRIGGER" in alarm else None
        except (ValueError, TypeError):
            continue  # an alarm that cannot be read is left out, not the event
        if isinstance(trigger, dt.timedelta) and trigger <= dt.timedelta(0):
            return int(-trigger.total_seconds() // 60)
    return None


def _kind(component: Any) -> str:
    if component.name == "VTODO":
        return "Task"
    kind = str(component.get("X-CRM-DESKTOP-KIND", "")).title()
    return kind if kind in _KINDS else "Meeting"


def _length(component: Any) -> dt.timedelta:
    try:
        value = component.decoded("DURATION")
    except (ValueError, TypeError):
        value = None
    if not isinstance(value, dt.timedelta):
        raise Unusable(f"its length (DURATION) “{component.get('DURATION')}” is not a duration")
    return value


def activity_values(component: Any, zones: ZoneReader) -> dict[str, Any]:
    """Activity field values of one VEVENT or VTODO (Unusable: cannot import it)."""
    values: dict[str, Any] = {
        "kind": _kind(component),
        "subject": (summary_of(component) or "(no subject)")[:300],
        "location": str(component.get("LOCATION") or "").strip()[:300] or None,
        "description": str(component.get("DESCRIPTION") or "").strip() or None,
        "priority": _priority(component),
        "reminder_minutes": _reminder(component),
    }
    status = str(component.get("STATUS", "")).upper()
    own_status = str(component.get("X-CRM-DESKTOP-STATUS", ""))
    start = when(component, "DTSTART", zones)
    if component.name == "VTODO":
        values["status"] = _own(own_status, TASK_STATUSES) or _TODO_STATUS.get(
            status, "Not Started"
        )
        due = when(component, "DUE", zones) or start
        if due is None:
            return values
        if isinstance(due, dt.datetime):
            due = due.date()  # the date where it is due
        values["due_date"] = due
        return values
    if start is None:
        raise Unusable("it has no start time")
    values["status"] = _own(own_status, EVENT_STATUSES) or _EVENT_STATUS.get(status, "Planned")
    all_day = not isinstance(start, dt.datetime) or (
        str(component.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE"
    )
    zone = start.tzinfo if isinstance(start, dt.datetime) and start.tzinfo else zones.zone
    end = when(component, "DTEND", zones)
    if end is None and "DURATION" in component:
        end = start + _length(component)
    if all_day:
        start = start.date() if isinstance(start, dt.datetime) else start
        end = end.date() if isinstance(end, dt.datetime) else end
    values["all_day"] = all_day
    values["start_at"] = moment(start, zone)
    values["end_at"] = moment(end, zone) if end is not None else None
    if isinstance(start, dt.datetime) and not all_day and zones.zone_of(start):
        values["time_zone"] = zones.zone_of(start)
    local_start = values["start_at"] if all_day else values["start_at"].astimezone(zone)
    values["recurrence"] = _rule_text(component, local_start, zone, all_day=all_day)
    if values["recurrence"]:
        every = too_often(values["recurrence"])
        if every is not None:
            note = (
                f"Repeated {every} in the calendar it was imported from "
                f"(RRULE:{values['recurrence']}); CRM Desktop repeats at most daily, so "
                "only its first occurrence was imported."
            )
            values["description"] = "\n\n".join(filter(None, (values["description"], note)))
            values["recurrence"] = None
            values["first_only"] = f"it repeats {every}, more often than CRM Desktop offers"
            return values
        skipped = [moment(zones.local(d), zone) for d in dates(component, "EXDATE")]
        values["exception_dates"] = "\n".join(d.isoformat() for d in skipped) or None
    return values


def is_time(value: dt.date | dt.datetime) -> bool:
    return isinstance(value, dt.datetime)


def _own(status: str, allowed: tuple[str, ...]) -> str | None:
    return status if status in allowed else None
