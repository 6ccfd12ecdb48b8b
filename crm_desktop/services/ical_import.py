"""Reading iCalendar (.ics) files into activities, with the icalendar library.

One file is one transaction: either every importable event and to-do is added or, when
something goes wrong, nothing is. Items that cannot become an activity are skipped with a
reason. Recurring events stay one activity with their rule; a RECURRENCE-ID override
becomes its own activity and its original time an exception date of the series; RDATE
extra dates become single activities (the model keeps one rule per activity). Those get
UIDs derived from the series' (services/ical_uids.py), so a file imported again adds
nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import icalendar
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.models.activities import Activity, ActivityInvitee
from crm_desktop.models.entities import Contact
from crm_desktop.registry.picklists import EVENT_STATUSES, TASK_STATUSES
from crm_desktop.services.activities import TYPE_KEY, install
from crm_desktop.services.changes import Change
from crm_desktop.services.ical_uids import EXTRA_DATE, OVERRIDE, derived_uid
from crm_desktop.services.ical_zones import ZoneReader, known_zone
from crm_desktop.services.records import RecordService
from crm_desktop.services.recurrence import parse_rule

UTC = dt.UTC
_IGNORED = {"VCALENDAR", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM"}
_EVENT_STATUS = {"CANCELLED": "Not Held"}
_TODO_STATUS = {
    "NEEDS-ACTION": "Not Started",
    "IN-PROCESS": "In Progress",
    "COMPLETED": "Completed",
    "CANCELLED": "Deferred",
}
_KINDS = ("Call", "Meeting", "Task", "Visit", "Email")


class CalendarFileError(DomainError):
    """A file that is not an iCalendar file the program can read."""


@dataclass(frozen=True)
class Skipped:
    summary: str
    reason: str


@dataclass
class ImportResult:
    added: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    activity_ids: list[int] = field(default_factory=list)


def decode(data: bytes) -> str:
    """The text of an .ics file: UTF-16 with a BOM (Outlook exports), UTF-8, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old exporters write Windows-1252 without saying so; Latin-1 never fails.
        return data.decode("latin-1")


def parse_calendar(data: bytes, label: str = "The file") -> list[icalendar.Calendar]:
    text = decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise CalendarFileError(f"{label} is not an iCalendar file (no BEGIN:VCALENDAR).")
    try:
        calendars = list(icalendar.Calendar.from_ical(text, multiple=True))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CalendarFileError(f"{label} is not a valid iCalendar file: {detail}.") from exc
    if not calendars:
        raise CalendarFileError(
            f"{label} is damaged: its calendar never ends (END:VCALENDAR is missing)."
        )
    return calendars


def _summary(component: Any) -> str:
    return str(component.get("SUMMARY") or "").strip()


def _moment(value: dt.date | dt.datetime, default_zone: dt.tzinfo) -> dt.datetime:
    """An aware UTC datetime; a date is a floating all-day date (midnight UTC)."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(), UTC)
    if value.tzinfo is None:  # floating time: the calendar's zone
        value = value.replace(tzinfo=default_zone)
    return value.astimezone(UTC)


def _decoded(component: Any, name: str) -> Any:
    return component.decoded(name) if name in component else None


def _rule_text(
    component: Any, start: dt.datetime, zone: dt.tzinfo, *, all_day: bool = False
) -> str | None:
    """The RRULE value with UNTIL in UTC, as dateutil wants it for an aware start.

    An all-day series repeats on floating dates (midnight UTC, see services/activities.py):
    its UNTIL is the end of its last date in UTC, whatever the calendar's zone, so "daily
    until 3 June" ends on 3 June for every reader.
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
        rule["UNTIL"] = [value.astimezone(UTC)]
    text = rule.to_ical().decode()
    parse_rule(text, start)  # raises ValueError for a rule the expander cannot follow
    return text


def _dates(component: Any, name: str) -> list[dt.date | dt.datetime]:
    found: list[dt.date | dt.datetime] = []
    values = component.get(name)
    if values is None:
        return found
    for entry in values if isinstance(values, list) else [values]:
        found.extend(d.dt for d in entry.dts)
    return found


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
        trigger = _decoded(alarm, "TRIGGER")
        if isinstance(trigger, dt.timedelta) and trigger <= dt.timedelta(0):
            return int(-trigger.total_seconds() // 60)
    return None


def _kind(component: Any) -> str:
    if component.name == "VTODO":
        return "Task"
    kind = str(component.get("X-CRM-DESKTOP-KIND", "")).title()
    return kind if kind in _KINDS else "Meeting"


def _values(component: Any, zones: ZoneReader) -> dict[str, Any]:
    """Activity field values of one VEVENT or VTODO (ValueError: cannot import it)."""
    values: dict[str, Any] = {
        "kind": _kind(component),
        "subject": (_summary(component) or "(no subject)")[:300],
        "location": str(component.get("LOCATION") or "").strip()[:300] or None,
        "description": str(component.get("DESCRIPTION") or "").strip() or None,
        "priority": _priority(component),
        "reminder_minutes": _reminder(component),
    }
    status = str(component.get("STATUS", "")).upper()
    own_status = str(component.get("X-CRM-DESKTOP-STATUS", ""))
    start = _local(zones, _decoded(component, "DTSTART"))
    if component.name == "VTODO":
        values["status"] = _own(own_status, TASK_STATUSES) or _TODO_STATUS.get(
            status, "Not Started"
        )
        due = _local(zones, _decoded(component, "DUE")) or start
        if due is None:
            return values
        if isinstance(due, dt.datetime):
            due = due.date()  # the date where it is due
        values["due_date"] = due
        return values
    if start is None:
        raise ValueError("it has no start time")
    values["status"] = _own(own_status, EVENT_STATUSES) or _EVENT_STATUS.get(status, "Planned")
    all_day = not isinstance(start, dt.datetime) or (
        str(component.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE"
    )
    zone = start.tzinfo if isinstance(start, dt.datetime) and start.tzinfo else zones.zone
    end = _local(zones, _decoded(component, "DTEND"))
    if end is None and "DURATION" in component:
        end = start + component.decoded("DURATION")
    if all_day:
        start = start.date() if isinstance(start, dt.datetime) else start
        end = end.date() if isinstance(end, dt.datetime) else end
    values["all_day"] = all_day
    values["start_at"] = _moment(start, zone)
    values["end_at"] = _moment(end, zone) if end is not None else None
    if not all_day and zones.zone_of(start):
        values["time_zone"] = zones.zone_of(start)
    local_start = values["start_at"] if all_day else values["start_at"].astimezone(zone)
    values["recurrence"] = _rule_text(component, local_start, zone, all_day=all_day)
    if values["recurrence"]:
        skipped = [_moment(_local(zones, d), zone) for d in _dates(component, "EXDATE")]
        values["exception_dates"] = "\n".join(d.isoformat() for d in skipped) or None
    return values


def _is_time(value: dt.date | dt.datetime) -> bool:
    return isinstance(value, dt.datetime)


def _own(status: str, allowed: tuple[str, ...]) -> str | None:
    return status if status in allowed else None


def _local(zones: ZoneReader, value: Any) -> Any:
    """A start, end or date of the file in a zone with an IANA name (None stays None)."""
    return zones.local(value) if isinstance(value, dt.date) else value


class CalendarImport:
    def __init__(self, records: RecordService):
        self.records = records
        install(records)

    def import_file(
        self, path: Path, default_zone: str | None = None, *, user_zone: str | None = None
    ) -> ImportResult:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CalendarFileError(f"Cannot read “{path}”: {exc.strerror or exc}.") from exc
        return self.import_bytes(
            data, label=f"“{Path(path).name}”", default_zone=default_zone, user_zone=user_zone
        )

    def import_bytes(
        self,
        data: bytes,
        *,
        label: str = "The file",
        default_zone: str | None = None,
        user_zone: str | None = None,
    ) -> ImportResult:
        """Add the file's events and to-dos. Floating times, and times in a zone that cannot
        be named, are read in ``default_zone``, else the calendar's own (X-WR-TIMEZONE),
        else ``user_zone`` (the importing user's), else UTC."""
        calendars = parse_calendar(data, label)
        result = ImportResult()
        planned: list[tuple[str, dict[str, Any], list[str]]] = []
        #: series UID -> (original start, the override's UID) of its overrides
        overrides: dict[str, list[tuple[dt.datetime, str]]] = {}
        for calendar in calendars:
            named = [default_zone, str(calendar.get("X-WR-TIMEZONE") or ""), user_zone]
            zones = ZoneReader(next((n for n in named if known_zone(n)), None), [user_zone])
            for component in calendar.walk():
                self._plan(component, zones, result, planned, overrides)
        self._write(planned, overrides, result)
        return result

    def _plan(
        self,
        component: Any,
        zones: ZoneReader,
        result: ImportResult,
        planned: list[tuple[str, dict[str, Any], list[str]]],
        overrides: dict[str, list[tuple[dt.datetime, str]]],
    ) -> None:
        name = component.name
        if name in _IGNORED:
            return
        summary = _summary(component) or "(no subject)"
        if name not in ("VEVENT", "VTODO"):
            result.skipped.append(Skipped(summary, f"{name} entries are not imported"))
            return
        try:
            values = _values(component, zones)
        except (ValueError, TypeError) as exc:
            result.skipped.append(Skipped(summary, f"it cannot be read: {exc}"))
            return
        uid = str(component.get("UID") or "").strip()[:300] or None
        original = _decoded(component, "RECURRENCE-ID")
        if original is not None and uid:
            # This occurrence replaces one of the series: skip it there, add it here.
            original = zones.local(original)
            moment = _moment(original, zones.zone)
            derived = derived_uid(uid, OVERRIDE, moment if _is_time(original) else original)
            overrides.setdefault(uid, []).append((moment, derived))
            values["recurrence"] = None
            values["exception_dates"] = None
            uid = derived
        values["uid"] = uid
        errors = self.records.validate(TYPE_KEY, {k: v for k, v in values.items() if k != "uid"})
        if errors:
            reason = "; ".join(f"{k}: {v}" for k, v in errors.items())
            result.skipped.append(Skipped(summary, f"invalid value ({reason})"))
            return
        emails = [
            str(a).removeprefix("mailto:").removeprefix("MAILTO:").lower()
            for a in _list(component.get("ATTENDEE"))
        ]
        planned.append((summary, values, emails))
        extra = [d for d in _dates(component, "RDATE")] if values.get("recurrence") else []
        for when in extra:
            moment = _moment(zones.local(when), zones.zone)
            copy_uid = (
                derived_uid(uid, EXTRA_DATE, moment if _is_time(when) else when) if uid else None
            )
            single = {**values, "recurrence": None, "exception_dates": None, "uid": copy_uid}
            length = (values["end_at"] - values["start_at"]) if values.get("end_at") else None
            single["start_at"] = moment
            single["end_at"] = single["start_at"] + length if length else None
            planned.append((summary, single, emails))

    def _write(
        self,
        planned: list[tuple[str, dict[str, Any], list[str]]],
        overrides: dict[str, list[tuple[dt.datetime, str]]],
        result: ImportResult,
    ) -> None:
        records = self.records
        with records.db.write() as session:
            uids = {v["uid"] for _, v, _ in planned if v.get("uid")}
            existing = (
                set(
                    session.scalars(
                        select(Activity.uid).where(
                            Activity.uid.in_(uids), Activity.deleted_at.is_(None)
                        )
                    ).all()
                )
                if uids
                else set()
            )
            updated = self._skip_in_existing_series(session, overrides, existing)
            emails = {e for _, _, es in planned for e in es}
            contacts = (
                dict(
                    session.execute(
                        select(func.lower(Contact.email), Contact.id).where(
                            func.lower(Contact.email).in_(emails), Contact.deleted_at.is_(None)
                        )
                    ).all()
                )
                if emails
                else {}
            )
            for summary, values, attendees in planned:
                uid = values.pop("uid", None)
                if uid in existing:
                    result.skipped.append(Skipped(summary, "it was imported before (same UID)"))
                    continue
                if uid in overrides and values.get("recurrence"):
                    moved = "\n".join(d.isoformat() for d, _ in overrides[uid])
                    values["exception_dates"] = "\n".join(
                        filter(None, (values.get("exception_dates"), moved))
                    )
                try:
                    activity_id = records._create(session, TYPE_KEY, values)
                except ValidationError as exc:
                    raise CalendarFileError(f"“{summary}” cannot be imported: {exc}.") from exc
                if uid:
                    session.execute(
                        Activity.__table__.update()
                        .where(Activity.__table__.c.id == activity_id)
                        .values(uid=uid)
                    )
                    existing.add(uid)
                session.add_all(
                    ActivityInvitee(activity_id=activity_id, contact_id=contacts[e])
                    for e in dict.fromkeys(attendees)
                    if e in contacts
                )
                result.activity_ids.append(activity_id)
            result.added = len(result.activity_ids)
        if updated:
            records.hub.publish(Change(TYPE_KEY, tuple(updated), "updated"))
        if result.activity_ids:
            records.hub.publish(Change(TYPE_KEY, tuple(result.activity_ids), "created"))

    def _skip_in_existing_series(
        self,
        session: Session,
        overrides: dict[str, list[tuple[dt.datetime, str]]],
        existing: set[str],
    ) -> list[int]:
        """A series imported before that now has new overrides (a later copy of the same
        calendar) skips their original times: else both would show. The updated ids."""
        new = {
            uid: [d for d, own in found if own not in existing] for uid, found in overrides.items()
        }
        new = {uid: found for uid, found in new.items() if found}
        if not new:
            return []
        rows = session.execute(
            select(Activity.id, Activity.version, Activity.uid, Activity.exception_dates).where(
                Activity.uid.in_(new),
                Activity.deleted_at.is_(None),
                Activity.recurrence.is_not(None),
            )
        ).all()
        updated = []
        for activity_id, version, uid, skipped in rows:
            known = set((skipped or "").split())
            added = [d.isoformat() for d in new[uid] if d.isoformat() not in known]
            if added:
                text = "\n".join(filter(None, (skipped, *added)))
                self.records._update(
                    session, TYPE_KEY, activity_id, version, {"exception_dates": text}
                )
                updated.append(activity_id)
        return updated


def _list(value: Any) -> Iterable[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
