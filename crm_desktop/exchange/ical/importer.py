"""Reading iCalendar (.ics) files into activities, with the icalendar library.

One file is one transaction: either every importable event and to-do is added or, when
something goes wrong, nothing is. Items that cannot become an activity are skipped with a
reason. Recurring events stay one activity with their rule; a RECURRENCE-ID override
becomes its own activity and its original time an exception date of the series; RDATE
extra dates become single activities (the model keeps one rule per activity). Those get
UIDs derived from the series' (exchange/ical/uids.py), so a file imported again adds
nothing twice. How one event or to-do is read, and what makes it unusable: see
exchange/ical/values.py.
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer
import icalendar
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.exchange.ical.uids import EXTRA_DATE, OVERRIDE, derived_uid
from crm_desktop.exchange.ical.values import (
    Unusable,
    activity_values,
    dates,
    is_time,
    moment,
    summary_of,
    when,
)
from crm_desktop.exchange.ical.zones import ZoneReader, known_zone
from crm_desktop.models.activities import Activity, ActivityInvitee
from crm_desktop.models.entities import Contact
from crm_desktop.services.activities.service import TYPE_KEY, install
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import RecordService

UTC = dt.UTC
_IGNORED = {"VCALENDAR", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM"}


class CalendarFileError(DomainError):
    """A file that is not an iCalendar file the program can read."""


class ImportCancelled(DomainError):
    """The user cancelled the import; nothing of the file was added."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


#: told (done, total) as the file's items are read, then as they are written
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Skipped:
    summary: str
    reason: str


@dataclass
class ImportResult:
    added: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    #: series imported as their first occurrence (a repeat the program does not offer)
    first_only: list[Skipped] = field(default_factory=list)
    activity_ids: list[int] = field(default_factory=list)


#: byte-order marks, longest first (UTF-32's starts like UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: what a file without a byte-order mark may be in: UTF-16 (some Windows programs leave
#: the mark out) or, when it is not UTF-8, one of the one-byte code pages of Europe
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
_ONE_BYTE = [
    "cp1252",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "iso8859_5",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "iso8859_9",
]


def decode(data: bytes) -> str:
    """The text of an .ics file: by its byte-order mark; UTF-16 without one (a NUL in the
    first line) and the one-byte code pages as charset-normalizer finds them; UTF-8 else.

    A short file in a one-byte code page says little about which one: among the
    candidates that read it equally well, Windows-1252 (Western Europe's, the commonest
    in these files) wins.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    wide = b"\x00" in data[:200]
    if not wide:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    found = charset_normalizer.from_bytes(data, cp_isolation=_WIDE if wide else _ONE_BYTE)
    if not found:
        # Latin-1 reads any bytes: the caller then says what the text is not.
        return data.decode("latin-1")
    best = min(
        found, key=lambda m: (round(m.chaos, 2), -round(m.coherence, 2), m.encoding != "cp1252")
    )
    return str(best)


def parse_calendar(data: bytes, label: str = "The file") -> list[icalendar.Calendar]:
    text = decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise CalendarFileError("%1 is not an iCalendar file (no BEGIN:VCALENDAR).", label)
    try:
        calendars = list(icalendar.Calendar.from_ical(text, multiple=True))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CalendarFileError("%1 is not a valid iCalendar file: %2.", label, detail) from exc
    if not calendars:
        raise CalendarFileError(
            "%1 is damaged: its calendar never ends (END:VCALENDAR is missing).", label
        )
    return calendars


class CalendarImport:
    def __init__(self, records: RecordService):
        self.records = records
        install(records)

    def import_file(
        self,
        path: Path,
        default_zone: str | None = None,
        *,
        user_zone: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CalendarFileError("Cannot read “%1”: %2.", path, exc.strerror or exc) from exc
        return self.import_bytes(
            data,
            label=f"“{Path(path).name}”",
            default_zone=default_zone,
            user_zone=user_zone,
            progress=progress,
            cancelled=cancelled,
        )

    def import_bytes(
        self,
        data: bytes,
        *,
        label: str = "The file",
        default_zone: str | None = None,
        user_zone: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Add the file's events and to-dos. Floating times, and times in a zone that cannot
        be named, are read in ``default_zone``, else the calendar's own (X-WR-TIMEZONE),
        else ``user_zone`` (the importing user's), else UTC. ``progress`` hears how far
        the reading, then the writing, got; ``cancelled`` is asked between two items: True
        ends the import with :class:`ImportCancelled`, nothing added."""
        calendars = parse_calendar(data, label)
        result = ImportResult()
        planned: list[tuple[str, dict[str, Any], list[str]]] = []
        #: series UID -> (original start, the override's UID) of its overrides
        overrides: dict[str, list[tuple[dt.datetime, str]]] = {}
        steps = _Steps(progress, cancelled)
        total = sum(1 for calendar in calendars for _component in calendar.walk())
        done = 0
        for calendar in calendars:
            named = [default_zone, str(calendar.get("X-WR-TIMEZONE") or ""), user_zone]
            zones = ZoneReader(next((n for n in named if known_zone(n)), None), [user_zone])
            for component in calendar.walk():
                steps(done, total)
                done += 1
                self._plan(component, zones, result, planned, overrides)
        self._write(planned, overrides, result, steps)
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
        summary = summary_of(component) or "(no subject)"
        if name not in ("VEVENT", "VTODO"):
            result.skipped.append(Skipped(summary, f"{name} entries are not imported"))
            return
        try:
            values = activity_values(component, zones)
            original = when(component, "RECURRENCE-ID", zones)
        except Unusable as exc:
            result.skipped.append(Skipped(summary, str(exc)))
            return
        except (ValueError, TypeError, OverflowError):
            result.skipped.append(Skipped(summary, "a value in it is not what iCalendar allows"))
            return
        note = values.pop("first_only", None)
        uid = str(component.get("UID") or "").strip()[:300] or None
        if original is not None and uid:
            # This occurrence replaces one of the series: skip it there, add it here.
            start = moment(original, zones.zone)
            derived = derived_uid(uid, OVERRIDE, start if is_time(original) else original)
            overrides.setdefault(uid, []).append((start, derived))
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
        if note is not None:
            result.first_only.append(Skipped(summary, note))
        extra = dates(component, "RDATE") if values.get("recurrence") else []
        for day in extra:
            start = moment(zones.local(day), zones.zone)
            copy_uid = derived_uid(uid, EXTRA_DATE, start if is_time(day) else day) if uid else None
            single = {**values, "recurrence": None, "exception_dates": None, "uid": copy_uid}
            length = (values["end_at"] - values["start_at"]) if values.get("end_at") else None
            single["start_at"] = start
            single["end_at"] = single["start_at"] + length if length else None
            planned.append((summary, single, emails))

    def _write(
        self,
        planned: list[tuple[str, dict[str, Any], list[str]]],
        overrides: dict[str, list[tuple[dt.datetime, str]]],
        result: ImportResult,
        steps: _Steps,
    ) -> None:
        records = self.records
        with records.db.write() as session:
            uids: set[str] = {v["uid"] for _, v, _ in planned if v.get("uid")}
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
            contacts: dict[str, int] = (
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
            for done, (summary, values, attendees) in enumerate(planned):
                steps(done, len(planned))  # a cancel raises: the transaction rolls back
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
                    raise CalendarFileError("“%1” cannot be imported: %2.", summary, exc) from exc
                if uid:
                    session.execute(
                        update(Activity).where(Activity.id == activity_id).values(uid=uid)
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
        existing: set[str | None],
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
            if uid is None:  # never: the query asked for these uids (said for the types)
                continue
            known = set((skipped or "").split())
            added = [d.isoformat() for d in new[uid] if d.isoformat() not in known]
            if added:
                text = "\n".join(filter(None, (skipped, *added)))
                self.records._update(
                    session, TYPE_KEY, activity_id, version, {"exception_dates": text}
                )
                updated.append(activity_id)
        return updated


class _Steps:
    """An import's progress and the user's cancel, seen between two items."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled()
        if self._progress is not None:
            self._progress(done, total)


def _list(value: Any) -> Iterable[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
