"""Activities: saving, recurrence across daylight saving, history, my work today."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.services import Services
from crm_desktop.services.activities.history import ActivityHistory
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.services.records.lists import ListQuery

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC


def _at(day: str, hour: int, zone: dt.tzinfo = BERLIN) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), zone)


def test_a_weekly_meeting_stays_at_nine_local_across_dst(activities: ActivityService) -> None:
    activities.create(
        {
            "kind": "Meeting",
            "subject": "Pipeline review",
            "start_at": _at("2026-03-16", 9),
            "end_at": _at("2026-03-16", 10),
            "time_zone": "Europe/Berlin",
            "recurrence": "FREQ=WEEKLY;COUNT=4",
        }
    )
    found = activities.occurrences(_at("2026-03-01", 0), _at("2026-05-01", 0))
    local = [o.start.astimezone(BERLIN) for o in found]
    assert [t.date().isoformat() for t in local] == [
        "2026-03-16",
        "2026-03-23",
        "2026-03-30",
        "2026-04-06",
    ]
    assert {t.hour for t in local} == {9}
    # Berlin moves to summer time on 29 March: the UTC hour changes, the local one does not.
    assert [o.start.hour for o in found] == [8, 8, 7, 7]
    assert all(o.end - o.start == dt.timedelta(hours=1) for o in found)


def test_exception_dates_and_until_end_a_series(activities: ActivityService) -> None:
    activities.create(
        {
            "kind": "Call",
            "subject": "Daily stand-up",
            "start_at": _at("2026-06-01", 8),
            "time_zone": "Europe/Berlin",
            "recurrence": "FREQ=DAILY;INTERVAL=2;UNTIL=20260609T235959Z",
            "exception_dates": "2026-06-05",
        }
    )
    found = activities.occurrences(_at("2026-06-01", 0), _at("2026-07-01", 0))
    assert [o.start.astimezone(BERLIN).day for o in found] == [1, 3, 7, 9]


def test_a_single_activity_is_found_when_it_overlaps_the_range(
    activities: ActivityService,
) -> None:
    activities.create(
        {
            "kind": "Visit",
            "subject": "Site visit",
            "start_at": _at("2026-06-10", 23),
            "end_at": _at("2026-06-11", 2),
            "location": "Hamburg",
            "outcome": "Signed the order",
        }
    )
    assert len(activities.occurrences(_at("2026-06-11", 0), _at("2026-06-12", 0))) == 1
    assert activities.occurrences(_at("2026-06-12", 0), _at("2026-06-13", 0)) == []


def test_validation_of_times_rules_and_links(activities: ActivityService) -> None:
    with pytest.raises(ValidationError) as bad:
        activities.create(
            {
                "kind": "Meeting",
                "subject": "Wrong",
                "start_at": _at("2026-06-10", 10),
                "end_at": _at("2026-06-10", 9),
                "recurrence": "FREQ=SOMETIMES",
                "related_type": "contacts",
                "related_id": 999,
            }
        )
    assert set(bad.value.errors) == {"end_at", "recurrence", "related_id"}


def test_history_of_a_record_in_time_order(services: Services, activities: ActivityService) -> None:
    org = services.records.create("organizations", {"name": "Nguyễn Văn Đức Co."})
    contact = services.records.create("contacts", {"last_name": "Đức"})
    link = {"related_type": "organizations", "related_id": org.id}
    later = activities.create(
        {
            "kind": "Call",
            "subject": "Follow-up",
            **link,
            "start_at": _at("2026-07-01", 9),
            "status": "Planned",
        }
    )
    task = activities.create(
        {
            "kind": "Task",
            "subject": "Send offer",
            **link,
            "due_date": dt.date(2026, 6, 20),
            "status": "Completed",
        }
    )
    earlier = activities.create(
        {
            "kind": "Meeting",
            "subject": "Kick-off",
            **link,
            "start_at": _at("2026-06-01", 9),
            "status": "Held",
        },
        contacts=(contact.id,),
    )
    activities.create({"kind": "Call", "subject": "Elsewhere", "start_at": _at("2026-06-02", 9)})
    history = ActivityHistory(services.db)
    assert [a.id for a in history.page("organizations", org.id, 0, 10)] == [
        earlier.id,
        task.id,
        later.id,
    ]
    assert later.values["related_name"] == "Nguyễn Văn Đức Co."
    assert [a.id for a in history.page("contacts", contact.id, 0, 10)] == [earlier.id]
    assert activities.invitees(earlier.id) == ([contact.id], [])
    # The cached name makes the list searchable by the linked record, accents folded.
    assert services.lists.count(ListQuery("activities", quick="nguyen van duc")) == 3


def test_invitees_change_only_through_a_versioned_save(
    services: Services, activities: ActivityService
) -> None:
    an = services.records.create("contacts", {"first_name": "An", "last_name": "Nguyễn"})
    binh = services.records.create("contacts", {"first_name": "Bình", "last_name": "Trần"})
    meeting = activities.create(
        {"kind": "Meeting", "subject": "Demo", "start_at": _at("2026-06-01", 9)},
        contacts=(an.id,),
    )
    # No way around the version: another user's open form would silently lose its list.
    assert not hasattr(activities, "set_invitees")
    saved = activities.save(meeting.id, meeting.version, {}, invitees=((binh.id,), ()))
    assert saved.version == meeting.version + 1
    with pytest.raises(ConflictError):
        activities.save(meeting.id, meeting.version, {}, invitees=((an.id,), ()))
    assert activities.invitees(meeting.id) == ([binh.id], [])


def test_lead_conversion_moves_the_leads_activities(
    services: Services, activities: ActivityService
) -> None:
    lead = services.records.create("leads", {"last_name": "Tran", "company": "Mekong Foods"})
    call = activities.create(
        {
            "kind": "Call",
            "subject": "First call",
            "related_type": "leads",
            "related_id": lead.id,
            "start_at": _at("2026-06-01", 9),
        }
    )
    result = services.conversion.convert(lead.id, lead.version)
    history = ActivityHistory(services.db)
    assert history.page("leads", lead.id, 0, 10) == []
    assert [a.id for a in history.page("contacts", result.contact_id, 0, 10)] == [call.id]


def test_my_work_today(services: Services, activities: ActivityService) -> None:
    me = services.records.user_id
    now = _at("2026-06-10", 12)
    overdue = activities.create(
        {"kind": "Call", "subject": "Missed", "start_at": _at("2026-06-08", 9), "status": "Planned"}
    )
    activities.create(
        {"kind": "Call", "subject": "Done", "start_at": _at("2026-06-08", 9), "status": "Held"}
    )
    today = activities.create(
        {"kind": "Meeting", "subject": "Lunch", "start_at": _at("2026-06-10", 13)}
    )
    task = activities.create(
        {
            "kind": "Task",
            "subject": "Offer",
            "status": "Not Started",
            "due_date": dt.date(2026, 6, 10),
        }
    )
    weekly = activities.create(
        {
            "kind": "Meeting",
            "subject": "Weekly",
            "start_at": _at("2026-05-01", 9),
            "time_zone": "Europe/Berlin",
            "recurrence": "FREQ=WEEKLY",
        }
    )
    work = activities.my_work_today(me, now, BERLIN, days_ahead=7)
    assert [o.activity_id for o in work.overdue] == [overdue.id]
    assert {o.activity_id for o in work.today} == {today.id, task.id}
    assert [o.activity_id for o in work.upcoming] == [weekly.id]
    assert work.upcoming[0].start.astimezone(BERLIN) == _at("2026-06-12", 9)


@pytest.mark.parametrize("zone_name", ["Asia/Ho_Chi_Minh", "America/Los_Angeles", "UTC"])
def test_my_work_today_places_all_day_items_by_their_date_and_overlaps_strictly(
    services: Services, activities: ActivityService, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    me = services.records.user_id
    ids = {}
    for day in (1, 2, 3):
        start = dt.datetime(2026, 6, day, tzinfo=UTC)  # floating dates
        ids[day] = activities.create(
            {
                "kind": "Meeting",
                "subject": f"All day {day} June",
                "all_day": True,
                "start_at": start,
                "end_at": start + dt.timedelta(days=1),
            }
        ).id

    def timed(subject: str, start: dt.datetime, hours: int) -> int:
        values = {"kind": "Call", "subject": subject, "start_at": start}
        return activities.create({**values, "end_at": start + dt.timedelta(hours=hours)}).id

    midnight = dt.datetime(2026, 6, 2, tzinfo=zone)
    ends_at_midnight = timed("Late call", midnight - dt.timedelta(hours=1), 1)
    goes_on = timed("Night shift", midnight - dt.timedelta(hours=1), 2)
    at_midnight = timed("Wake-up call", midnight, 0)
    work = activities.my_work_today(me, dt.datetime(2026, 6, 2, 12, tzinfo=zone), zone)
    assert {o.activity_id for o in work.overdue} == {ids[1], ends_at_midnight}
    assert [o.activity_id for o in work.today] == [ids[2], goes_on, at_midnight]
    assert [o.activity_id for o in work.upcoming] == [ids[3]]
    # The calendar's own reading overlaps as strictly.
    day_range = activities.occurrences(midnight, midnight + dt.timedelta(days=1))
    assert ends_at_midnight not in {o.activity_id for o in day_range}
    assert {goes_on, at_midnight} <= {o.activity_id for o in day_range}


def test_the_overdue_list_is_plain_data_bounded_and_counted(
    services: Services, activities: ActivityService
) -> None:
    from crm_desktop.services.activities.service import Occurrence
    from crm_desktop.services.activities.work_today import OVERDUE_LOOKBACK, OVERDUE_SHOWN

    me = services.records.user_id
    now = _at("2026-06-10", 12)
    records = services.records
    for n in range(OVERDUE_SHOWN + 5):  # a call a day before today, a task every other day
        when = _at("2026-06-09", 9) - dt.timedelta(days=n)
        records.create("activities", {"kind": "Call", "subject": f"Call {n}", "start_at": when})
        if n % 2 == 0:
            due = (when - dt.timedelta(hours=12)).date()
            records.create("activities", {"kind": "Task", "subject": f"Task {n}", "due_date": due})
    tasks = (OVERDUE_SHOWN + 5 + 1) // 2
    too_old = _at("2026-06-10", 9) - OVERDUE_LOOKBACK - dt.timedelta(days=1)
    records.create("activities", {"kind": "Call", "subject": "Long ago", "start_at": too_old})
    work = activities.my_work_today(me, now, BERLIN)
    assert work.overdue_total == OVERDUE_SHOWN + 5 + tasks
    assert len(work.overdue) == OVERDUE_SHOWN
    assert all(isinstance(o, Occurrence) for o in work.overdue)
    # The most recent first, day by day: yesterday's call, the day before's call and task...
    assert [o.subject for o in work.overdue[:4]] == ["Call 0", "Call 1", "Task 0", "Call 2"]
    assert "Long ago" not in {o.subject for o in work.overdue}


def test_activities_are_a_registered_record_type(services: Services) -> None:
    record_type = services.registry.get("activities")
    assert record_type.link_fields == ("related_type", "related_id")
    assert "Activities" in [group for group, _ in services.registry.groups()]
    created = services.records.create("activities", {"subject": "Quick call"})
    assert created.values["kind"] == "Call" and created.values["status"] == "Planned"
