"""Reminders with an injected clock: due times, series, snooze, dismiss, restarts, misses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.activities.reminders import ReminderService
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.services.activities.types import REMINDER_CHOICES

OSLO = ZoneInfo("Europe/Oslo")


def _at(day: str, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), OSLO)


@pytest.fixture
def reminders(services: Services) -> ReminderService:
    return ReminderService(services.db, services.records.user_id, OSLO)


def _meeting(activities: ActivityService, subject: str, start: dt.datetime, **more: object) -> int:
    values = {
        "kind": "Meeting",
        "subject": subject,
        "start_at": start,
        "end_at": start + dt.timedelta(hours=1),
        "time_zone": "Europe/Oslo",
        "reminder_minutes": 15,
        **more,
    }
    return activities.create(values).id


def test_a_reminder_is_due_its_lead_time_before_the_start(
    activities: ActivityService, reminders: ReminderService
) -> None:
    meeting = _meeting(activities, "Fundur með Þórði Guðjónssyni", _at("2026-06-10", 10))
    _meeting(activities, "No reminder", _at("2026-06-10", 10), reminder_minutes=None)
    assert reminders.due(_at("2026-06-10", 9, 44)) == []
    assert reminders.next_due(_at("2026-06-10", 9, 44)) == _at("2026-06-10", 9, 45)
    [due] = reminders.due(_at("2026-06-10", 9, 45))
    assert due.activity_id == meeting and due.subject == "Fundur með Þórði Guðjónssyni"
    assert due.remind_at == _at("2026-06-10", 9, 45)
    assert due.start == _at("2026-06-10", 10) and not due.snoozed
    # Still due after the start, until dismissed.
    assert [r.activity_id for r in reminders.due(_at("2026-06-10", 11))] == [meeting]


def test_a_reminder_at_the_start_time(
    activities: ActivityService, reminders: ReminderService
) -> None:
    assert 0 in REMINDER_CHOICES
    meeting = _meeting(activities, "Reunião às dez", _at("2026-06-10", 10), reminder_minutes=0)
    # Kept as 0 minutes (not taken for "no reminder"), and fired at the start itself.
    record = activities.records.get("activities", meeting)
    assert record.values["reminder_minutes"] == 0
    assert reminders.next_due(_at("2026-06-10", 9)) == _at("2026-06-10", 10)
    assert reminders.due(_at("2026-06-10", 9, 59)) == []
    assert reminders.next_due(_at("2026-06-10", 9, 59)) == _at("2026-06-10", 10)
    [due] = reminders.due(_at("2026-06-10", 10))
    assert due.activity_id == meeting and due.remind_at == due.start == _at("2026-06-10", 10)
    # A series at each occurrence's start; a task at the hour its day reminds from.
    series = _meeting(
        activities,
        "Weekly",
        _at("2026-06-15", 9),
        reminder_minutes=0,
        recurrence="FREQ=WEEKLY;COUNT=3",
    )
    task = activities.create(
        {
            "kind": "Task",
            "subject": "Gửi báo giá",
            "due_date": dt.date(2026, 6, 16),
            "reminder_minutes": 0,
        }
    ).id
    [first] = reminders.due(_at("2026-06-16", 8, 59))
    assert first.activity_id == series and first.remind_at == first.start == _at("2026-06-15", 9)
    [_first, dated] = reminders.due(_at("2026-06-16", 9))
    assert dated.activity_id == task and dated.remind_at == _at("2026-06-16", 9)
    week = _at("2026-06-22", 9)
    assert reminders.due(week - dt.timedelta(minutes=1)) == []
    [second] = reminders.due(week)
    assert second.activity_id == series and second.remind_at == second.start == week


def test_each_occurrence_of_a_series_reminds_across_dst(
    activities: ActivityService, reminders: ReminderService
) -> None:
    series = _meeting(
        activities,
        "Reunião semanal",
        _at("2026-03-23", 9),
        recurrence="FREQ=WEEKLY;COUNT=3",
    )
    # Oslo moves to summer time on 29 March: the second occurrence is still at 09:00 local.
    [first] = reminders.due(_at("2026-03-23", 8, 50))
    reminders.dismiss(series, first.occurrence_start, _at("2026-03-23", 8, 51))
    assert reminders.due(_at("2026-03-30", 8, 44)) == []
    [second] = reminders.due(_at("2026-03-30", 8, 45))
    assert second.activity_id == series
    assert second.start.astimezone(OSLO) == _at("2026-03-30", 9)
    assert second.occurrence_start != first.occurrence_start


def test_snooze_and_dismiss(activities: ActivityService, reminders: ReminderService) -> None:
    call = _meeting(activities, "Gọi cho anh Nguyễn Văn Đức", _at("2026-06-10", 14), kind="Call")
    now = _at("2026-06-10", 13, 50)
    [due] = reminders.due(now)
    reminders.snooze(call, due.occurrence_start, 10, now)
    assert reminders.due(_at("2026-06-10", 13, 59)) == []
    [again] = reminders.due(_at("2026-06-10", 14, 0))
    assert again.snoozed and again.remind_at == _at("2026-06-10", 14, 0)
    reminders.dismiss(call, again.occurrence_start, _at("2026-06-10", 14, 1))
    assert reminders.due(_at("2026-06-10", 18)) == []
    with pytest.raises(ValueError):
        reminders.snooze(call, due.occurrence_start, 0, now)


def test_tasks_and_all_day_activities_remind_from_nine_local(
    services: Services, activities: ActivityService, reminders: ReminderService
) -> None:
    task = activities.create(
        {
            "kind": "Task",
            "subject": "Enviar a proposta ao João Conceição",
            "status": "Not Started",
            "due_date": dt.date(2026, 6, 12),
            "reminder_minutes": 1440,
        }
    ).id
    day = dt.datetime(2026, 6, 15, tzinfo=dt.UTC)
    fair = activities.create(
        {
            "kind": "Meeting",
            "subject": "Feira",
            "all_day": True,
            "start_at": day,
            "end_at": day + dt.timedelta(days=1),
            "reminder_minutes": 60,
        }
    ).id
    assert reminders.due(_at("2026-06-11", 8, 59)) == []
    assert [r.activity_id for r in reminders.due(_at("2026-06-11", 9))] == [task]
    assert [r.activity_id for r in reminders.due(_at("2026-06-14", 8))] == [task]
    # Three days on, a reminder nobody saw is past help: the overdue work lists the task.
    assert [r.activity_id for r in reminders.due(_at("2026-06-15", 8))] == [fair]
    # Done work does not remind.
    record = services.records.get("activities", task)
    services.records.update("activities", task, record.version, {"status": "Completed"})
    assert reminders.due(_at("2026-06-14", 8)) == []


def test_a_reminder_two_weeks_ahead_fires_two_weeks_ahead(
    services: Services, activities: ActivityService, reminders: ReminderService
) -> None:
    two_weeks = 14 * 24 * 60
    fair = _meeting(
        activities, "Hội chợ Đà Nẵng", _at("2026-06-24", 10), reminder_minutes=two_weeks
    )
    task = activities.create(
        {
            "kind": "Task",
            "subject": "Book the stand",
            "due_date": dt.date(2026, 6, 30),
            "reminder_minutes": 20 * 24 * 60,
        }
    ).id
    assert reminders.next_due(_at("2026-06-09", 12)) == _at("2026-06-10", 9)  # the task
    assert [r.activity_id for r in reminders.due(_at("2026-06-10", 9, 59))] == [task]
    [first, second] = reminders.due(_at("2026-06-10", 10))
    assert (first.activity_id, second.activity_id) == (task, fair)
    assert second.remind_at == _at("2026-06-10", 10) and second.start == _at("2026-06-24", 10)
    # Moved a week later, it reminds a week later.
    record = services.records.get("activities", fair)
    later = {"start_at": _at("2026-07-01", 10), "end_at": _at("2026-07-01", 11)}
    activities.update(fair, record.version, later)
    assert [r.activity_id for r in reminders.due(_at("2026-06-10", 10))] == [task]
    assert fair in {r.activity_id for r in reminders.due(_at("2026-06-17", 10))}


def test_only_the_users_own_and_invited_activities(
    services: Services, activities: ActivityService, reminders: ReminderService
) -> None:
    from crm_desktop.models.entities import User

    with services.db.write() as session:
        other = User(username="sigga", full_name="Sigríður Jónsdóttir")
        session.add(other)
        session.flush()
        other_id = other.id
    theirs = _meeting(activities, "Theirs", _at("2026-06-10", 10), owner_id=other_id)
    invited = _meeting(activities, "Invited", _at("2026-06-10", 10), owner_id=other_id)
    current = services.records.get("activities", invited)
    activities.save(invited, current.version, {}, invitees=((), (services.records.user_id,)))
    assert [r.activity_id for r in reminders.due(_at("2026-06-10", 10))] == [invited]
    mine_for_them = ReminderService(services.db, other_id, OSLO)
    assert {r.activity_id for r in mine_for_them.due(_at("2026-06-10", 10))} == {theirs, invited}


def test_states_survive_a_new_service_on_the_same_file(db_path: Path) -> None:
    db = Database.open(db_path)
    services = Services.build(db)
    activities = ActivityService(services.records)
    kept = _meeting(activities, "Snoozed", _at("2026-06-10", 10))
    gone = _meeting(activities, "Dismissed", _at("2026-06-10", 10, 30))
    now = _at("2026-06-10", 10, 20)
    reminders = ReminderService(db, services.records.user_id, OSLO)
    due = {r.activity_id: r for r in reminders.due(now)}
    reminders.snooze(kept, due[kept].occurrence_start, 60, now)
    reminders.dismiss(gone, due[gone].occurrence_start, now)
    reminders.mark_checked(now)
    db.close()

    db = Database.open(db_path)
    try:
        again = ReminderService(db, 1, OSLO)
        assert again.last_check() == now
        assert again.due(_at("2026-06-10", 11, 19)) == []
        [back] = again.due(_at("2026-06-10", 11, 20))
        assert back.activity_id == kept and back.snoozed
    finally:
        db.close()


def test_missed_reminders_are_those_due_since_the_last_look(
    activities: ActivityService, reminders: ReminderService
) -> None:
    seen = _meeting(activities, "Seen before closing", _at("2026-06-05", 10))
    assert [r.activity_id for r in reminders.missed(_at("2026-06-05", 10))] == [seen]
    reminders.mark_checked(_at("2026-06-05", 17))  # the program closes for the weekend
    friday = _meeting(activities, "Friday evening", _at("2026-06-05", 18))
    monday = _meeting(activities, "Monday early", _at("2026-06-08", 7))
    old = _meeting(activities, "Weeks ago", _at("2026-05-20", 10))
    start = _at("2026-06-08", 8)
    assert [r.activity_id for r in reminders.due(start)] == [seen, friday, monday]
    assert [r.activity_id for r in reminders.missed(start)] == [friday, monday]
    assert old not in {r.activity_id for r in reminders.due(start)}  # past the lookback


def test_read_only_databases_are_not_written(db_path: Path) -> None:
    Database.open(db_path).close()
    db = Database.open(db_path, read_only=True)
    try:
        reminders = ReminderService(db, 1, OSLO)
        reminders.mark_checked(_at("2026-06-10", 10))
        assert reminders.last_check() is None
    finally:
        db.close()


def test_demo_activities_remind_as_saved_ones_do(
    services: Services, activities: ActivityService
) -> None:
    from crm_desktop.demo.activities import add_demo_activities

    contacts = [services.records.create("contacts", {"last_name": f"Lê {i}"}).id for i in range(40)]
    now = dt.datetime(2026, 6, 15, 12, tzinfo=dt.UTC)
    me = services.records.user_id
    add_demo_activities(services.db, services.registry, contacts, [], [me], now=now, seed=3)
    planned = [
        a
        for a in activities.all()
        if a.reminder_minutes and a.start_at and a.start_at > now and not a.recurrence
    ]
    assert planned
    reminders = ReminderService(services.db, me, dt.UTC)
    for activity in planned:
        fire = activity.start_at - dt.timedelta(minutes=activity.reminder_minutes)
        assert activity.id in {r.activity_id for r in reminders.due(fire)}
