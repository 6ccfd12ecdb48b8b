"""Importing .ics files as they come: in the encodings Windows and other programs write,
with dates that are not dates, and with repeats the program does not offer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.exchange.ical.importer import CalendarImport, decode
from crm_desktop.services.activities.service import ActivityService

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ics"
CHICAGO = ZoneInfo("America/Chicago")


def _subjects(activities: ActivityService) -> dict[str, object]:
    return {a.subject: a for a in activities.all()}


@pytest.mark.parametrize(
    ("name", "subjects"),
    [
        # No byte-order mark: the text starts "B\0E\0G\0" or "\0B\0E\0G".
        (
            "holidays_utf16le_no_bom.ics",
            {
                "Tag der Deutschen Einheit",
                "Reformationstag",
                "Allerheiligen",
                "Buß- und Bettag",
                "Mariä Empfängnis",
            },
        ),
        ("school_utf16be_no_bom.ics", {"Sprechstunde Schüler", "Café mit Zoë"}),
        ("outlook_windows1252.ics", {"Réunion à Orléans – café"}),
        ("agenda_iso8859_15.ics", {"Œuvre caritative : dîner à 20 €"}),
        ("utf8_bom_vietnamese.ics", {"Gặp khách hàng Nguyễn Thị Hồng"}),
    ],
)
def test_files_in_the_encodings_programs_write_are_read(
    importer: CalendarImport, activities: ActivityService, name: str, subjects: set[str]
) -> None:
    result = importer.import_file(FIXTURES / name)
    assert (result.added, result.skipped) == (len(subjects), [])
    assert set(_subjects(activities)) == subjects


def test_a_utf16_file_without_its_mark_keeps_its_rules_and_skipped_days(
    importer: CalendarImport, activities: ActivityService
) -> None:
    importer.import_file(FIXTURES / "school_utf16be_no_bom.ics")
    found = _subjects(activities)
    assert found["Café mit Zoë"].start_at == dt.datetime(2026, 10, 13, 23, 15, tzinfo=dt.UTC)
    assert found["Sprechstunde Schüler"].time_zone == "America/Chicago"
    start = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    days = [
        o.start.astimezone(CHICAGO).strftime("%d %H:%M")
        for o in activities.occurrences(start, start + dt.timedelta(days=22))
        if o.subject == "Sprechstunde Schüler"
    ]
    # Mondays and Thursdays at 8:15, less the skipped 15 and 19 October.
    assert days == ["12 08:15", "22 08:15"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig", "cp1252"])
def test_decode_reads_the_same_text_in_any_of_them(encoding: str) -> None:
    text = (FIXTURES / "outlook_windows1252.ics").read_bytes().decode("cp1252")
    data = text.encode(encoding)
    assert decode(data) == text


_EVENT = """BEGIN:VEVENT\r
UID:{uid}@example.com\r
SUMMARY:{summary}\r
{when}\r
END:VEVENT\r
"""


def _calendar(*events: tuple[str, str]) -> bytes:
    body = "".join(
        _EVENT.format(uid=i, summary=summary, when=when) for i, (summary, when) in enumerate(events)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n{body}END:VCALENDAR\r\n".encode()


def test_an_event_whose_date_is_not_a_date_is_named_and_the_rest_imported(
    importer: CalendarImport, activities: ActivityService
) -> None:
    data = _calendar(
        ("Month thirteen", "DTSTART:20261332T250000"),
        ("Only a year", "DTSTART;VALUE=DATE:2026"),
        ("Bad end", "DTSTART:20260601T090000Z\r\nDTEND:tomorrow"),
        ("Year one", "DTSTART:00010101T000000Z"),
        ("Year 9999", "DTSTART;TZID=America/New_York:99991231T230000"),
        ("Fine", "DTSTART:20260601T090000Z"),
        ("Until for ever", "DTSTART:20260601T090000Z\r\nRRULE:FREQ=YEARLY;UNTIL=99991231"),
    )
    result = importer.import_bytes(data)
    assert set(_subjects(activities)) == {"Fine", "Until for ever"}
    reasons = {s.summary: s.reason for s in result.skipped}
    assert reasons == {
        "Month thirteen": "its start “20261332T250000” is not a date",
        "Only a year": "its start “2026” is not a date",
        "Bad end": "its end “tomorrow” is not a date",
        "Year one": "its start (0001-01-01) is not between the years 1601 and 9998",
        "Year 9999": "its start (9999-12-31) is not between the years 1601 and 9998",
    }
    # "Until 31 December 9999" is a series without end.
    assert _subjects(activities)["Until for ever"].recurrence == "FREQ=YEARLY"


def test_repeats_the_program_does_not_offer_come_in_as_their_first_occurrence(
    importer: CalendarImport, activities: ActivityService
) -> None:
    data = _calendar(
        ("Ticker", "DTSTART:20260601T090000Z\r\nRRULE:FREQ=SECONDLY"),
        ("Status poll", "DTSTART:20260601T090000Z\r\nRRULE:FREQ=MINUTELY;COUNT=10000000"),
        (
            "Hourly check",
            "DTSTART:20260601T090000Z\r\nDESCRIPTION:Look at the queue.\r\n"
            "RRULE:FREQ=HOURLY;INTERVAL=2;UNTIL=20260630T000000Z",
        ),
        ("Weekly", "DTSTART:20260601T090000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE"),
    )
    result = importer.import_bytes(data)
    assert result.added == 4 and result.skipped == []
    assert {s.summary: s.reason for s in result.first_only} == {
        "Ticker": "it repeats every second, more often than CRM Desktop offers",
        "Status poll": "it repeats every minute, more often than CRM Desktop offers",
        "Hourly check": "it repeats every 2 hours, more often than CRM Desktop offers",
    }
    found = _subjects(activities)
    assert found["Weekly"].recurrence == "FREQ=WEEKLY;BYDAY=MO,WE"
    check = found["Hourly check"]
    assert check.recurrence is None
    assert check.description.startswith("Look at the queue.\n\nRepeated every 2 hours")
    assert "(RRULE:FREQ=HOURLY;UNTIL=20260630T000000Z;INTERVAL=2)" in check.description
    start = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    counts: dict[str, int] = {}
    for o in activities.occurrences(start, start + dt.timedelta(days=30)):
        counts[o.subject] = counts.get(o.subject, 0) + 1
    assert counts == {"Ticker": 1, "Status poll": 1, "Hourly check": 1, "Weekly": 9}
