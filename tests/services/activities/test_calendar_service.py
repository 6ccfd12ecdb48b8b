"""The calendar's services: days in a zone, moving occurrences, a record's history by pages."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.services import Services
from crm_desktop.services.activities.calendar import CalendarService
from crm_desktop.services.activities.history import ActivityHistory
from crm_desktop.services.activities.service import ActivityService

NEW_YORK = ZoneInfo("America/New_York")
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = dt.UTC


def _at(day: str, hour: int, zone: dt.tzinfo = NEW_YORK, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), zone)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture
def calendar(activities: ActivityService) -> CalendarService:
    return CalendarService(activities)


def test_days_place_events_all_day_items_and_tasks_on_local_days(
    activities: ActivityService, calendar: CalendarService
) -> None:
    late = activities.create(
        {
            "kind": "Call",
            "subject": "Gọi cho chị Trần Thị Hoa",
            "start_at": _at("2026-06-10", 23),
            "end_at": _at("2026-06-11", 0, minute=30),
        }
    ).id
    day = dt.datetime(2026, 6, 11, tzinfo=UTC)
    fair = activities.create(
        {
            "kind": "Meeting",
            "subject": "Hội chợ",
            "all_day": True,
            "start_at": day,
            "end_at": day + dt.timedelta(days=2),
        }
    ).id
    task = activities.create(
        {"kind": "Task", "subject": "Báo giá", "due_date": _day("2026-06-12")}
    ).id
    days = calendar.days(_day("2026-06-10"), _day("2026-06-13"), NEW_YORK)
    ids = {d.isoformat(): [o.activity_id for o in items] for d, items in days.items()}
    # The call crosses midnight in New York; the fair is 11 and 12 June wherever one is.
    assert ids == {
        "2026-06-10": [late],
        "2026-06-11": [fair, late],
        "2026-06-12": [fair, task],
        "2026-06-13": [],
    }
    in_hanoi = calendar.days(_day("2026-06-11"), _day("2026-06-12"), HANOI)
    assert [o.activity_id for o in in_hanoi[_day("2026-06-11")]] == [fair, late]
    assert [o.activity_id for o in in_hanoi[_day("2026-06-12")]] == [fair, task]
    assert calendar.days(_day("2026-06-12"), _day("2026-06-12"), NEW_YORK, tasks=False) == {
        _day("2026-06-12"): [o for o in days[_day("2026-06-12")] if o.activity_id == fair]
    }


def test_a_weekly_series_is_on_each_of_its_days_at_the_same_local_time(
    activities: ActivityService, calendar: CalendarService
) -> None:
    series = activities.create(
        {
            "kind": "Meeting",
            "subject": "Weekly with João Conceição",
            "start_at": _at("2026-03-02", 9),
            "end_at": _at("2026-03-02", 10),
            "time_zone": "America/New_York",
            "recurrence": "FREQ=WEEKLY;COUNT=3",
        }
    ).id
    days = calendar.days(_day("2026-03-01"), _day("2026-03-31"), NEW_YORK)
    busy = {d.day: items for d, items in days.items() if items}
    assert sorted(busy) == [2, 9, 16]
    # New York changes to daylight time on 8 March: still 09:00 there.
    for items in busy.values():
        [occurrence] = items
        assert occurrence.activity_id == series and occurrence.recurring
        assert occurrence.start.astimezone(NEW_YORK).hour == 9


def test_moving_a_single_activity_keeps_its_length(
    activities: ActivityService, calendar: CalendarService
) -> None:
    record = activities.create(
        {
            "kind": "Visit",
            "subject": "Visita à Padaria Conceição",
            "start_at": _at("2026-06-10", 9),
            "end_at": _at("2026-06-10", 10, minute=30),
        }
    )
    moved = calendar.move(
        record.id,
        record.version,
        record.values["start_at"],
        _at("2026-06-11", 14),
        zone_name="America/New_York",
    )
    assert moved.id == record.id
    assert moved.values["start_at"] == _at("2026-06-11", 14)
    assert moved.values["end_at"] == _at("2026-06-11", 15, minute=30)
    assert moved.values["time_zone"] == "America/New_York"
    with pytest.raises(ConflictError):  # the old version
        calendar.move(record.id, record.version, moved.values["start_at"], _at("2026-06-12", 9))


def test_moving_one_occurrence_of_a_series_detaches_it(
    services: Services, activities: ActivityService, calendar: CalendarService
) -> None:
    contact = services.records.create(
        "contacts", {"first_name": "Þórður", "last_name": "Guðjónsson"}
    )
    series = activities.create(
        {
            "kind": "Meeting",
            "subject": "Stand-up",
            "start_at": _at("2026-03-02", 9),
            "end_at": _at("2026-03-02", 9, minute=15),
            "time_zone": "America/New_York",
            "recurrence": "FREQ=DAILY;COUNT=5",
        },
        contacts=(contact.id,),
    )
    third = _at("2026-03-04", 9)
    with pytest.raises(ValidationError):
        calendar.move(series.id, series.version, third, _at("2026-03-04", 11))
    copy = calendar.move(series.id, series.version, third, _at("2026-03-04", 11), only_this=True)
    assert copy.id != series.id and copy.values["recurrence"] is None
    assert copy.values["subject"] == "Stand-up"
    assert copy.values["end_at"] - copy.values["start_at"] == dt.timedelta(minutes=15)
    assert activities.invitees(copy.id) == ([contact.id], [])
    on_the_day = calendar.days(_day("2026-03-04"), _day("2026-03-04"), NEW_YORK)
    [moved] = on_the_day[_day("2026-03-04")]
    assert moved.activity_id == copy.id and moved.start == _at("2026-03-04", 11)
    all_of_them = calendar.days(_day("2026-03-01"), _day("2026-03-08"), NEW_YORK)
    assert sum(o.activity_id == series.id for items in all_of_them.values() for o in items) == 4


def test_skipped_occurrences_stay_skipped_when_the_series_moves_to_another_hour(
    activities: ActivityService, calendar: CalendarService
) -> None:
    from crm_desktop.exchange.ical.exporter import export_activities

    series = activities.create(
        {
            "kind": "Meeting",
            "subject": "Weekly",
            "start_at": _at("2026-06-01", 9),
            "end_at": _at("2026-06-01", 10),
            "time_zone": "America/New_York",
            "recurrence": "FREQ=WEEKLY;COUNT=5",
            # as older versions stored a skipped occurrence: its full local time
            "exception_dates": _at("2026-06-22", 9).isoformat(),
        }
    )
    moved = calendar.move(
        series.id, series.version, _at("2026-06-08", 9), _at("2026-06-09", 9), only_this=True
    )
    current = activities.records.get("activities", series.id)
    activities.update(
        series.id,
        current.version,
        {"start_at": _at("2026-06-01", 10), "end_at": _at("2026-06-01", 11)},
    )
    found = activities.occurrences(_at("2026-06-01", 0), _at("2026-07-01", 0))
    assert [(o.activity_id, o.start) for o in found] == [
        (series.id, _at("2026-06-01", 10)),
        (moved.id, _at("2026-06-09", 9)),
        (series.id, _at("2026-06-15", 10)),
        (series.id, _at("2026-06-29", 10)),
    ]
    # Other calendars get the skipped days at the series' new time, one of its occurrences.
    text = export_activities(activities.all()).decode()
    assert [line for line in text.splitlines() if line.startswith("EXDATE")] == [
        "EXDATE;TZID=America/New_York:20260622T100000",
        "EXDATE;TZID=America/New_York:20260608T100000",
    ]


def test_a_rule_of_several_a_day_skips_only_the_time_given(
    activities: ActivityService, calendar: CalendarService
) -> None:
    series = activities.create(
        {
            "kind": "Call",
            "subject": "Rounds",
            "start_at": _at("2026-06-01", 9),
            "time_zone": "America/New_York",
            "recurrence": "FREQ=DAILY;BYHOUR=9,15;COUNT=4",
        }
    )
    calendar.move(
        series.id, series.version, _at("2026-06-01", 15), _at("2026-06-01", 16), only_this=True
    )
    found = activities.occurrences(_at("2026-06-01", 0), _at("2026-06-03", 0))
    assert [o.start for o in found if o.activity_id == series.id] == [
        _at("2026-06-01", 9),
        _at("2026-06-02", 9),
        _at("2026-06-02", 15),
    ]


def test_history_pages_in_time_order_with_invitations(
    services: Services, activities: ActivityService
) -> None:
    org = services.records.create("organizations", {"name": "Sjávarútvegur Íslands hf."})
    contact = services.records.create(
        "contacts", {"first_name": "Sigríður", "last_name": "Jónsdóttir"}
    )
    link = {"related_type": "organizations", "related_id": org.id}
    ids = []
    for day in (5, 1, 3, 2, 4):
        ids.append(
            activities.create(
                {
                    "kind": "Call",
                    "subject": f"Call {day}",
                    "start_at": _at(f"2026-06-0{day}", 9),
                    **link,
                }
            ).id
        )
    task = activities.create(
        {"kind": "Task", "subject": "Task", "due_date": _day("2026-06-03"), **link}
    ).id
    undated = activities.create({"kind": "Task", "subject": "Some day", **link}).id
    invited = activities.create(
        {"kind": "Meeting", "subject": "Invited", "start_at": _at("2026-06-02", 12)},
        contacts=(contact.id,),
    ).id
    history = ActivityHistory(services.db)
    assert history.count("organizations", org.id) == 7
    first = history.page("organizations", org.id, 0, 3)
    rest = history.page("organizations", org.id, 3, 10)
    order = [r.subject for r in first + rest]
    assert order == ["Call 1", "Call 2", "Task", "Call 3", "Call 4", "Call 5", "Some day"]
    assert (
        rest[-1].id == undated and first[2].id == task and first[2].due_date == _day("2026-06-03")
    )
    assert first[0].owner_name == "Administrator"
    assert history.position("organizations", org.id, _at("2026-06-03", 12)) == 4
    assert history.count("contacts", contact.id) == 1
    [row] = history.page("contacts", contact.id, 0, 10)
    assert row.id == invited and row.related_name is None
    assert activities.invitee_names(invited) == ([(contact.id, "Sigríður Jónsdóttir")], [])


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;COUNT=12",
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=WEEKLY;INTERVAL=2;UNTIL=20260601T035959Z",
        "FREQ=DAILY;UNTIL=20260315T130000Z",
        "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=9",
        "FREQ=MONTHLY;COUNT=4",
    ],
)
def test_stepping_a_simple_rule_finds_what_dateutil_finds(rule: str) -> None:
    from types import SimpleNamespace

    from dateutil.rrule import rruleset, rrulestr

    from crm_desktop.services.activities.occurrences import expand
    from crm_desktop.services.activities.recurrence import series_over

    first = _at("2026-02-26", 9)
    skipped = _at("2026-03-12", 9)
    activity = SimpleNamespace(
        id=1,
        kind="Meeting",
        subject="Series",
        start_at=first.astimezone(UTC),
        end_at=(first + dt.timedelta(minutes=45)).astimezone(UTC),
        all_day=False,
        time_zone="America/New_York",
        status="Planned",
        owner_id=1,
        related_type=None,
        related_id=None,
        related_name=None,
        location=None,
        recurrence=rule,
        exception_dates=skipped.isoformat(),
        version=1,
    )
    for window_start in (
        _at("2026-03-05", 0),
        _at("2026-03-09", 9, minute=30),
        _at("2026-05-20", 0),
    ):
        window_end = window_start + dt.timedelta(days=12)
        found = [o.start for o in expand(activity, window_start, window_end)]
        series = rruleset()
        series.rrule(rrulestr(rule, dtstart=first))
        series.exdate(skipped)
        length = dt.timedelta(minutes=45)
        expected = [
            s.astimezone(UTC)
            for s in series.between(window_start - length, window_end, inc=True)
            if s < window_end and s + length >= window_start
        ]
        assert found == expected, window_start
        if series_over(activity, window_start):
            assert expected == []
    # 9:00 in New York on both sides of the change of clocks (8 March).
    assert {s.astimezone(NEW_YORK).hour for s in found} <= {9}


def test_an_organizations_history_holds_its_contacts_activities(
    services: Services, activities: ActivityService
) -> None:
    org = services.records.create("organizations", {"name": "Công ty TNHH Sao Mai"})
    other = services.records.create("organizations", {"name": "Hafblik ehf."})
    buyer = services.records.create(
        "contacts", {"first_name": "Thị Hoa", "last_name": "Trần", "organization_id": org.id}
    )
    elsewhere = services.records.create(
        "contacts", {"last_name": "Jónsdóttir", "organization_id": other.id}
    )
    gone = services.records.create("contacts", {"last_name": "Lê", "organization_id": org.id})

    def call(subject: str, type_key: str, record_id: int) -> int:
        return activities.create(
            {
                "kind": "Call",
                "subject": subject,
                "start_at": _at("2026-06-02", 9),
                "related_type": type_key,
                "related_id": record_id,
            }
        ).id

    own = call("Gọi công ty", "organizations", org.id)
    theirs = call("Gọi chị Hoa", "contacts", buyer.id)
    call("Hringja", "contacts", elsewhere.id)
    call("Gọi anh Lê", "contacts", gone.id)
    services.records.delete("contacts", gone.id, gone.version)  # in the recycle bin
    history = ActivityHistory(services.db)
    assert history.count("organizations", org.id) == 2
    rows = history.page("organizations", org.id, 0, 10)
    assert {r.id for r in rows} == {own, theirs}
    assert {r.related_name for r in rows} == {"Công ty TNHH Sao Mai", "Trần Thị Hoa"}
    assert history.count("organizations", other.id) == 1
