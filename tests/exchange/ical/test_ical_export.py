"""Exporting activities to .ics, and reading the file back (round trip)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from crm_desktop.exchange.ical.exporter import export_activities
from crm_desktop.exchange.ical.importer import CalendarImport
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from tests.databases import TestDatabases

BERLIN = ZoneInfo("Europe/Berlin")


def _sample(activities: ActivityService) -> None:
    activities.create(
        {
            "kind": "Meeting",
            "subject": "Weekly review",
            "start_at": dt.datetime(2026, 3, 16, 9, tzinfo=BERLIN),
            "end_at": dt.datetime(2026, 3, 16, 10, tzinfo=BERLIN),
            "time_zone": "Europe/Berlin",
            "recurrence": "FREQ=WEEKLY;COUNT=5",
            "exception_dates": "2026-03-30",
            "reminder_minutes": 30,
            "location": "Köln",
            "priority": "High",
        }
    )
    activities.create(
        {
            "kind": "Visit",
            "subject": "Thăm khách hàng",
            "start_at": dt.datetime(2026, 3, 18, 7, 30, tzinfo=dt.UTC),
            "end_at": dt.datetime(2026, 3, 18, 9, tzinfo=dt.UTC),
            "status": "Held",
            "outcome": "Order promised",
        }
    )
    activities.create(
        {
            "kind": "Call",
            "subject": "Trade fair",
            "all_day": True,
            "start_at": dt.datetime(2026, 4, 1, tzinfo=dt.UTC),
            "end_at": dt.datetime(2026, 4, 3, tzinfo=dt.UTC),
        }
    )
    activities.create(
        {
            "kind": "Task",
            "subject": "Send the offer",
            "due_date": dt.date(2026, 4, 2),
            "status": "In Progress",
        }
    )


def test_the_file_has_what_other_calendars_need(services: Services) -> None:
    activities = ActivityService(services.records)
    _sample(activities)
    data = export_activities(activities.all())
    calendar = icalendar.Calendar.from_ical(data)
    events, todos = calendar.walk("VEVENT"), calendar.walk("VTODO")
    assert len(events) == 3 and len(todos) == 1
    assert all("UID" in c and "DTSTAMP" in c for c in (*events, *todos))
    assert len({str(c["UID"]) for c in (*events, *todos)}) == 4
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert b"DTSTART;TZID=Europe/Berlin:20260316T090000" in data
    assert b"EXDATE;TZID=Europe/Berlin:20260330T090000" in data
    assert b"RRULE:FREQ=WEEKLY;COUNT=5" in data
    assert b"DTSTART:20260318T073000Z" in data
    assert b"DTSTART;VALUE=DATE:20260401" in data and b"DTEND;VALUE=DATE:20260403" in data
    assert todos[0].decoded("DUE") == dt.date(2026, 4, 2)
    assert str(todos[0]["STATUS"]) == "IN-PROCESS"


def test_export_then_import_gives_the_same_calendar(
    services: Services, test_databases: TestDatabases
) -> None:
    source = ActivityService(services.records)
    _sample(source)
    data = export_activities(source.all())
    other_db = test_databases.new()
    try:
        other = Services.build(other_db)
        result = CalendarImport(other.records).import_bytes(data)
        assert (result.added, result.skipped) == (4, [])
        copy = ActivityService(other.records)
        start, end = dt.datetime(2026, 3, 1, tzinfo=dt.UTC), dt.datetime(2026, 5, 1, tzinfo=dt.UTC)

        def shape(service: ActivityService) -> list[tuple[object, ...]]:
            return [
                (o.kind, o.subject, o.start, o.end, o.all_day)
                for o in service.occurrences(start, end)
            ]

        assert shape(copy) == shape(source)
        assert len(shape(copy)) == 6  # 5 weekly less 1 skipped, the visit, the fair
        mine = {a.subject: a for a in copy.all()}
        assert mine["Send the offer"].due_date == dt.date(2026, 4, 2)
        assert mine["Weekly review"].reminder_minutes == 30
        assert mine["Weekly review"].priority == "High"
        assert mine["Thăm khách hàng"].kind == "Visit"
        assert mine["Thăm khách hàng"].status == "Held"
        assert mine["Send the offer"].status == "In Progress"
        # Exported UIDs come back: importing the same file twice adds nothing.
        again = CalendarImport(other.records).import_bytes(data)
        assert again.added == 0
    finally:
        other_db.close()


def test_an_all_day_series_ends_on_a_date_and_comes_back_the_same(
    services: Services, test_databases: TestDatabases
) -> None:
    from crm_desktop.services.activities.recurrence import SimpleRule, format_rule

    source = ActivityService(services.records)
    day = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    source.create(
        {
            "kind": "Meeting",
            "subject": "Hội chợ",
            "all_day": True,
            "start_at": day,
            "end_at": day + dt.timedelta(days=1),
            "recurrence": format_rule(SimpleRule("DAILY", 1, dt.date(2026, 6, 3)), dt.UTC),
        }
    )
    data = export_activities(source.all())
    lines = [line for line in data.decode().splitlines() if line.startswith(("DTSTART", "RRULE"))]
    # RFC 5545: UNTIL has the type of DTSTART, a DATE for an all-day event.
    assert lines == ["DTSTART;VALUE=DATE:20260601", "RRULE:FREQ=DAILY;UNTIL=20260603"]
    other_db = test_databases.new()
    try:
        copy = ActivityService(Services.build(other_db).records)
        assert CalendarImport(copy.records).import_bytes(data).added == 1
        start, end = dt.datetime(2026, 5, 1, tzinfo=dt.UTC), dt.datetime(2026, 7, 1, tzinfo=dt.UTC)
        days = [o.start.date() for o in copy.occurrences(start, end)]
        assert days == [dt.date(2026, 6, d) for d in (1, 2, 3)]
        assert days == [o.start.date() for o in source.occurrences(start, end)]
    finally:
        other_db.close()


def test_an_imported_override_goes_out_as_the_series_uid_with_its_recurrence_id(
    services: Services, test_databases: TestDatabases
) -> None:
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "ics"
    source = ActivityService(services.records)
    CalendarImport(services.records).import_file(fixture / "outlook_windows_zones_utf16.ics")
    data = export_activities(source.all())
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    pipeline = [e for e in events if str(e["SUMMARY"]).startswith("Pipeline")]
    series = next(e for e in pipeline if "RRULE" in e)
    moved = next(e for e in pipeline if "RECURRENCE-ID" in e)
    assert str(moved["UID"]) == str(series["UID"])
    assert moved.decoded("RECURRENCE-ID") == dt.datetime(2026, 4, 6, 9, tzinfo=BERLIN)
    assert str(moved["RECURRENCE-ID"].params["TZID"]) == "Europe/Berlin"
    # The series skips only the cancelled 30 March; the moved 6 April has its override.
    skipped = [d.dt for d in series["EXDATE"].dts] if "EXDATE" in series else []
    assert skipped == [dt.datetime(2026, 3, 30, 9, tzinfo=BERLIN)]
    start, end = dt.datetime(2026, 3, 1, tzinfo=dt.UTC), dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    other_db = test_databases.new()
    try:
        copy = ActivityService(Services.build(other_db).records)
        assert CalendarImport(copy.records).import_bytes(data).added == 4
        assert [(o.subject, o.start) for o in copy.occurrences(start, end)] == [
            (o.subject, o.start) for o in source.occurrences(start, end)
        ]
    finally:
        other_db.close()
    # Back into the database it came from: nothing new.
    assert CalendarImport(services.records).import_bytes(data).added == 0
