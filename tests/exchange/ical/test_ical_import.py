"""Importing .ics files written by Outlook, Google Calendar, Apple Calendar, Thunderbird."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.exchange.ical.importer import CalendarFileError, CalendarImport, ImportCancelled
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ics"
BERLIN = ZoneInfo("Europe/Berlin")


def _by_subject(activities: ActivityService) -> dict[str, object]:
    return {a.subject: a for a in activities.all()}


def test_outlook_utf16_windows_zones_overrides_and_all_day(
    importer: CalendarImport, activities: ActivityService
) -> None:
    assert (FIXTURES / "outlook_windows_zones_utf16.ics").read_bytes()[:2] == b"\xff\xfe"
    result = importer.import_file(FIXTURES / "outlook_windows_zones_utf16.ics")
    assert (result.added, result.skipped) == (4, [])
    found = _by_subject(activities)
    series = found["Pipeline-Besprechung"]
    assert series.time_zone == "Europe/Berlin" and series.reminder_minutes == 15
    assert found["Gặp khách hàng Nguyễn Văn Đức"].time_zone == "Asia/Bangkok"
    assert found["Gặp khách hàng Nguyễn Văn Đức"].start_at == dt.datetime(
        2026, 3, 18, 7, 30, tzinfo=dt.UTC
    )
    assert found["Messe Hannover"].all_day
    # The series: 6 Mondays less the EXDATE (30 March) and the moved 6 April, which comes
    # back as its own activity at 10:30; all at their local time across the DST change.
    start = dt.datetime(2026, 3, 1, tzinfo=BERLIN)
    weekly = [
        o.start.astimezone(BERLIN)
        for o in activities.occurrences(start, start + dt.timedelta(days=60))
        if o.subject.startswith("Pipeline")
    ]
    assert [(t.month, t.day, t.hour, t.minute) for t in weekly] == [
        (3, 16, 9, 0),
        (3, 23, 9, 0),
        (4, 6, 10, 30),
        (4, 13, 9, 0),
        (4, 20, 9, 0),
    ]


def test_google_calendar_exdate_until_alarm_and_attendees(
    services: Services, importer: CalendarImport, activities: ActivityService
) -> None:
    hoa = services.records.create("contacts", {"last_name": "Hoa", "email": "HOA@example.vn"})
    result = importer.import_file(FIXTURES / "google_calendar.ics")
    assert result.added == 2
    found = _by_subject(activities)
    call = found["Morning call"]
    assert call.reminder_minutes == 10 and call.time_zone == "Asia/Ho_Chi_Minh"
    assert found["Cancelled demo"].status == "Not Held"
    assert activities.invitees(call.id) == ([hoa.id], [])
    saigon = ZoneInfo("Asia/Ho_Chi_Minh")
    days = [
        o.start.astimezone(saigon).day
        for o in activities.occurrences(
            dt.datetime(2026, 6, 1, tzinfo=dt.UTC), dt.datetime(2026, 7, 1, tzinfo=dt.UTC)
        )
        if o.activity_id == call.id
    ]
    assert days == [2, 4, 5]


def test_apple_all_day_rdate_and_todo(
    importer: CalendarImport, activities: ActivityService
) -> None:
    result = importer.import_file(FIXTURES / "apple_calendar.ics")
    assert result.added == 3
    holidays = [a for a in activities.all() if a.subject == "Company holiday"]
    assert {a.all_day for a in holidays} == {True}
    assert sorted(a.start_at.date() for a in holidays) == [
        dt.date(2026, 7, 3),
        dt.date(2026, 12, 24),
    ]
    task = _by_subject(activities)["Send the revised quote"]
    assert (task.kind, task.due_date, task.priority) == ("Task", dt.date(2026, 6, 12), "High")
    occurrences = activities.occurrences(
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    )
    assert [o.start.date().isoformat() for o in occurrences] == [
        "2026-07-03",
        "2026-12-24",
        "2027-07-03",
        "2028-07-03",
    ]


def test_thunderbird_skips_with_reasons(
    importer: CalendarImport, activities: ActivityService
) -> None:
    result = importer.import_file(FIXTURES / "thunderbird.ics", default_zone="Europe/Berlin")
    assert result.added == 2
    reasons = {s.summary: s.reason for s in result.skipped}
    assert set(reasons) == {"Notes from the fair", "No start given"}
    assert "VJOURNAL" in reasons["Notes from the fair"]
    assert "no start" in reasons["No start given"]
    found = _by_subject(activities)
    workshop = found["Floating workshop"]
    assert workshop.start_at.astimezone(BERLIN).hour == 14
    assert workshop.end_at - workshop.start_at == dt.timedelta(hours=2)
    assert found["Update the price list"].status == "Completed"


def test_importing_again_skips_what_is_there(importer: CalendarImport) -> None:
    first = importer.import_file(FIXTURES / "google_calendar.ics")
    again = importer.import_file(FIXTURES / "google_calendar.ics")
    assert again.added == 0 and len(again.skipped) == first.added
    assert {s.reason for s in again.skipped} == {"it was imported before (same UID)"}


@pytest.mark.parametrize(
    ("name", "words"),
    [("not_a_calendar.ics", "not an iCalendar file"), ("damaged.ics", "END:VCALENDAR")],
)
def test_unreadable_files_say_why_and_add_nothing(
    importer: CalendarImport, services: Services, name: str, words: str
) -> None:
    with pytest.raises(CalendarFileError, match=words) as error:
        importer.import_file(FIXTURES / name)
    assert name in str(error.value)
    assert services.stats.counts().get("activities", 0) == 0


def test_a_failing_item_rolls_back_the_whole_file(
    importer: CalendarImport, services: Services
) -> None:
    data = (
        (FIXTURES / "google_calendar.ics")
        .read_bytes()
        .replace(b"SUMMARY:Cancelled demo", b"SUMMARY:" + b"x" * 10)
        .replace(b"DTEND:20260610T080000Z", b"DTEND:20260601T080000Z")
    )
    with pytest.raises(CalendarFileError, match="cannot be imported"):
        importer.import_bytes(data)
    assert services.stats.counts().get("activities", 0) == 0


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Asia/Ho_Chi_Minh", "UTC"])
def test_an_all_day_series_ends_on_its_until_date_in_any_calendar_zone(
    importer: CalendarImport, activities: ActivityService, zone: str
) -> None:
    from crm_desktop.services.activities.calendar import CalendarService

    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"X-WR-TIMEZONE:{zone}\r\n"
        "BEGIN:VEVENT\r\nUID:allday-1@google.com\r\nDTSTART;VALUE=DATE:20260601\r\n"
        "DTEND;VALUE=DATE:20260602\r\nRRULE:FREQ=DAILY;UNTIL=20260603\r\n"
        "SUMMARY:Hội chợ\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    assert importer.import_bytes(data).added == 1
    calendar = CalendarService(activities)
    # All-day items are floating dates: the same three days for readers in every zone.
    for reader in (ZoneInfo(zone), ZoneInfo("Pacific/Auckland"), ZoneInfo("America/Denver")):
        days = calendar.days(dt.date(2026, 5, 30), dt.date(2026, 6, 6), reader)
        assert [d for d, items in days.items() if items] == [
            dt.date(2026, 6, 1),
            dt.date(2026, 6, 2),
            dt.date(2026, 6, 3),
        ]


_WEEKLY = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//x//EN\r
BEGIN:VEVENT\r
UID:weekly-1@example.com\r
DTSTART:20260601T090000Z\r
DTEND:20260601T100000Z\r
RRULE:FREQ=WEEKLY;COUNT=4\r
RDATE:20260603T090000Z\r
SUMMARY:Weekly sync\r
END:VEVENT\r
{overrides}END:VCALENDAR\r
"""
_OVERRIDE = """BEGIN:VEVENT\r
UID:weekly-1@example.com\r
RECURRENCE-ID:202606{day:02d}T090000Z\r
DTSTART:202606{to:02d}T090000Z\r
DTEND:202606{to:02d}T100000Z\r
SUMMARY:Weekly sync (moved)\r
END:VEVENT\r
"""


def _sync_days(activities: ActivityService) -> list[tuple[str, int]]:
    start = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    return [
        (o.subject, o.start.day)
        for o in activities.occurrences(start, start + dt.timedelta(days=30))
    ]


def test_overrides_and_extra_dates_are_not_added_twice(
    importer: CalendarImport, activities: ActivityService
) -> None:
    data = _WEEKLY.format(overrides=_OVERRIDE.format(day=8, to=9)).encode()
    first = importer.import_bytes(data)
    assert first.added == 3  # the series, its moved 8 June, its extra 3 June
    expected = [
        ("Weekly sync", 1),
        ("Weekly sync", 3),
        ("Weekly sync (moved)", 9),
        ("Weekly sync", 15),
        ("Weekly sync", 22),
    ]
    assert _sync_days(activities) == expected
    uids = {a.subject: a.uid for a in activities.all() if a.start_at.day != 1}
    assert uids == {
        "Weekly sync": "weekly-1@example.com;RDATE=20260603T090000Z",
        "Weekly sync (moved)": "weekly-1@example.com;RECURRENCE-ID=20260608T090000Z",
    }
    again = importer.import_bytes(data)
    assert again.added == 0 and len(again.skipped) == 3
    assert _sync_days(activities) == expected
    # A later copy of the calendar with one more moved occurrence: only that one is new,
    # and the series imported before skips its original day.
    later = _WEEKLY.format(
        overrides=_OVERRIDE.format(day=8, to=9) + _OVERRIDE.format(day=15, to=16)
    ).encode()
    assert importer.import_bytes(later).added == 1
    assert _sync_days(activities) == [
        ("Weekly sync", 1),
        ("Weekly sync", 3),
        ("Weekly sync (moved)", 9),
        ("Weekly sync (moved)", 16),
        ("Weekly sync", 22),
    ]


@pytest.mark.parametrize(
    ("calendar_zone", "user_zone", "eastern", "other"),
    [
        (None, "Europe/Berlin", "America/New_York", "Europe/Berlin"),
        (None, "America/Toronto", "America/Toronto", "America/Toronto"),
        ("Europe/Vienna", "Asia/Ho_Chi_Minh", "America/New_York", "Europe/Vienna"),
    ],
)
def test_outlook_customized_time_zones_repeat_in_a_named_zone(
    importer: CalendarImport,
    activities: ActivityService,
    calendar_zone: str | None,
    user_zone: str,
    eastern: str,
    other: str,
) -> None:
    data = (FIXTURES / "outlook_customized_time_zone.ics").read_bytes()
    if calendar_zone:
        data = data.replace(b"METHOD:PUBLISH\r\n", f"X-WR-TIMEZONE:{calendar_zone}\r\n".encode())
    result = importer.import_bytes(data, user_zone=user_zone)
    assert (result.added, result.skipped) == (2, [])
    found = _by_subject(activities)
    # US Eastern rules spelled out: matched to a zone of those rules (the user's if it is one).
    assert found["Sales stand-up"].time_zone == eastern
    # Rules no zone has (summer time from April's first Sunday): the calendar's zone, else
    # the user's, at the wall-clock time the file gives.
    assert found["Lieferantenrunde"].time_zone == other
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    times: dict[str, list[tuple[int, int, int]]] = {}
    for o in activities.occurrences(start, start + dt.timedelta(days=60)):
        local = o.start.astimezone(ZoneInfo(found[o.subject].time_zone))
        times.setdefault(o.subject, []).append((local.month, local.day, local.hour))
    # 9:00 every Monday across the change to daylight time on 8 March.
    assert times["Sales stand-up"] == [(3, 2, 9), (3, 9, 9), (3, 16, 9), (3, 23, 9)]
    assert times["Lieferantenrunde"] == [(3, 30, 10), (4, 6, 10), (4, 13, 10)]


def test_a_cancelled_import_adds_nothing_and_reports_its_steps(
    importer: CalendarImport, activities: ActivityService
) -> None:
    told: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled, match="nothing was imported"):
        importer.import_file(
            FIXTURES / "outlook_windows_zones_utf16.ics",
            progress=lambda done, total: told.append((done, total)),
            # while writing (4 activities), after two went into the transaction
            cancelled=lambda: told[-1:] == [(2, 4)],
        )
    reading = [t for t in told if t[1] != 4]
    assert reading and reading[-1][0] == reading[-1][1] - 1  # every item was read first
    assert activities.all() == []
    assert (2, 4) in told  # the writing reached its third activity
    result = importer.import_file(FIXTURES / "outlook_windows_zones_utf16.ics")
    assert result.added == 4
