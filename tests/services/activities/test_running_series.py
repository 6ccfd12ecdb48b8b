"""Repeating activities are read by when they end: a range, "my work today" and the
reminders read the series still running in it, and expand them only within it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, or_, select

from crm_desktop.models.activities import Activity
from crm_desktop.services import Services
from crm_desktop.services.activities.reminders import ReminderService
from crm_desktop.services.activities.service import ActivityService, running_series

UTC = dt.UTC


def _at(day: str, hour: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), UTC)


def _series(activities: ActivityService, subject: str, start: dt.datetime, rule: str) -> int:
    return activities.create(
        {
            "kind": "Meeting",
            "subject": subject,
            "start_at": start,
            "end_at": start + dt.timedelta(hours=1),
            "recurrence": rule,
            "time_zone": "Europe/Berlin",
            "reminder_minutes": 15,
        }
    ).id


def _running(services: Services, start: dt.datetime, end: dt.datetime) -> set[int]:
    """The series the range's SQL reads (before any expanding)."""
    with services.db.read() as session:
        query = select(Activity.id).where(
            Activity.deleted_at.is_(None), or_(*running_series(start, end))
        )
        return set(session.scalars(query))


def test_only_the_series_still_running_in_a_range_are_read(services: Services) -> None:
    activities = ActivityService(services.records)
    finished = [
        _series(activities, f"Họp tuần {n}", _at("2025-01-06", 9) + dt.timedelta(days=n), rule)
        for n in range(12)
        for rule in ("FREQ=WEEKLY;COUNT=4", "FREQ=DAILY;UNTIL=20250301T000000Z")
    ]
    weekly = _series(activities, "Reunião semanal", _at("2026-05-04", 9), "FREQ=WEEKLY;COUNT=12")
    endless = _series(activities, "Vikulegur fundur", _at("2024-01-01", 10), "FREQ=WEEKLY")
    later = _series(activities, "Later", _at("2026-09-01", 9), "FREQ=WEEKLY;COUNT=3")
    start, end = _at("2026-06-01"), _at("2026-06-08")

    assert _running(services, start, end) == {weekly, endless}
    found = activities.occurrences(start, end)
    assert {o.activity_id for o in found} == {weekly, endless}
    # Expanded only within the range: one occurrence of each weekly series in the week.
    assert sorted(o.start for o in found if o.activity_id == weekly) == [_at("2026-06-01", 9)]
    assert len([o for o in found if o.activity_id == endless]) == 1
    assert not set(finished) & _running(services, _at("2025-06-01"), _at("2025-06-08"))
    assert later not in _running(services, start, end)


def test_a_series_cut_short_leaves_the_ranges_after_its_new_end(services: Services) -> None:
    activities = ActivityService(services.records)
    series = _series(activities, "Weekly", _at("2026-05-04", 9), "FREQ=WEEKLY")
    start, end = _at("2026-09-07"), _at("2026-09-14")
    assert series in _running(services, start, end)
    record = services.records.get("activities", series)
    activities.update(series, record.version, {"recurrence": "FREQ=WEEKLY;COUNT=3"})
    assert series not in _running(services, start, end)
    assert activities.occurrences(start, end) == []
    assert len(activities.occurrences(_at("2026-05-01"), _at("2026-06-01"))) == 3


def test_running_series_remind_and_finished_ones_do_not(services: Services) -> None:
    activities = ActivityService(services.records)
    for n in range(10):
        _series(activities, f"Old {n}", _at("2025-03-03", 9), "FREQ=WEEKLY;COUNT=5")
    weekly = _series(activities, "Weekly", _at("2026-05-04", 9), "FREQ=WEEKLY;COUNT=12")
    reminders = ReminderService(services.db, services.records.user_id, UTC)
    due = reminders.due(_at("2026-06-01", 8) + dt.timedelta(minutes=46))
    assert [(r.activity_id, r.start) for r in due] == [(weekly, _at("2026-06-01", 9))]


def test_my_work_today_lists_the_running_series_once_a_day(services: Services) -> None:
    activities = ActivityService(services.records)
    me = services.records.user_id
    _series(activities, "Old", _at("2025-03-03", 9), "FREQ=DAILY;COUNT=5")
    daily = _series(activities, "Stand-up", _at("2026-05-04", 9), "FREQ=DAILY;COUNT=60")
    work = activities.my_work_today(me, _at("2026-06-01", 5), UTC, days_ahead=2)
    assert [(o.activity_id, o.start) for o in work.today] == [(daily, _at("2026-06-01", 9))]
    assert [o.start for o in work.upcoming] == [_at("2026-06-02", 9), _at("2026-06-03", 9)]


def _rows_read(services: Services, work: Callable[[], object]) -> int:
    """How many activity rows the reads of ``work`` return (run again, counted)."""
    found: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if "FROM activities" in statement:
            found.append((statement, params))

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        work()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)
    with services.db.engine.connect() as conn:
        return sum(len(conn.exec_driver_sql(sql, params).all()) for sql, params in found)


def test_the_check_reads_the_reminders_fired_by_now_not_next_weeks(services: Services) -> None:
    activities = ActivityService(services.records)
    now = _at("2026-06-01", 9)
    for n in range(30):
        start = _at("2026-06-04", 9) + dt.timedelta(hours=n)
        activities.create(
            {"kind": "Call", "subject": f"Gọi {n}", "start_at": start, "reminder_minutes": 15}
        )
    due = activities.create(
        {"kind": "Call", "subject": "Ligar", "start_at": now, "reminder_minutes": 15}
    ).id
    reminders = ReminderService(services.db, services.records.user_id, UTC)
    assert [r.activity_id for r in reminders.due(now)] == [due]
    assert _rows_read(services, lambda: reminders.due(now)) == 1
    assert reminders.next_due(now) == _at("2026-06-04", 8) + dt.timedelta(minutes=45)


def test_a_day_reads_its_own_timed_activities_and_the_dated_ones_beside_it(
    services: Services,
) -> None:
    activities = ActivityService(services.records)
    for day in ("2026-06-09", "2026-06-10", "2026-06-11"):
        for hour in (1, 9, 22):
            start = _at(day, hour)
            activities.create(
                {"kind": "Call", "subject": f"Gọi {day} {hour}", "start_at": start}
                | {"end_at": start + dt.timedelta(minutes=30)}
            )
    late = activities.create(
        {"kind": "Visit", "subject": "Late visit", "start_at": _at("2026-06-09", 23)}
        | {"end_at": _at("2026-06-10", 2)}
    ).id
    fair = activities.create(
        {"kind": "Meeting", "subject": "Feira", "all_day": True, "start_at": _at("2026-06-11")}
        | {"end_at": _at("2026-06-12")}
    ).id
    start, end = _at("2026-06-10"), _at("2026-06-11")

    def day() -> list[Any]:
        return activities.occurrences(start, end, dated_margin=dt.timedelta(days=1))

    found = day()
    subjects = {o.subject for o in found}
    assert subjects == {"Gọi 2026-06-10 1", "Gọi 2026-06-10 9", "Gọi 2026-06-10 22"} | {
        "Late visit",
        "Feira",
    }
    assert {late, fair} <= {o.activity_id for o in found}
    # Read: the day's three calls, the visit going on at midnight, the fair a floating
    # date away; none of the calls of the days beside it.
    assert _rows_read(services, day) == 5


def test_a_monthly_count_on_the_31st_reaches_the_months_that_have_it(
    services: Services,
) -> None:
    """Four monthly meetings from the 31st of January fall on 31 January, 31 March,
    31 May and 31 July: the months without a 31st are skipped, not counted."""
    activities = ActivityService(services.records)
    monthly = _series(activities, "Họp cuối tháng", _at("2027-01-31", 9), "FREQ=MONTHLY;COUNT=4")
    leap = _series(activities, "Hlaupár", _at("2028-02-29", 9), "FREQ=YEARLY;COUNT=2")

    found = activities.occurrences(_at("2027-01-01"), _at("2033-01-01"))
    assert sorted(o.start.date() for o in found if o.activity_id == monthly) == [
        dt.date(2027, 1, 31), dt.date(2027, 3, 31), dt.date(2027, 5, 31), dt.date(2027, 7, 31),
    ]  # fmt: skip
    assert sorted(o.start.date() for o in found if o.activity_id == leap) == [
        dt.date(2028, 2, 29), dt.date(2032, 2, 29),
    ]  # fmt: skip
    assert monthly in _running(services, _at("2027-07-30"), _at("2027-08-02"))
    assert leap in _running(services, _at("2032-02-28"), _at("2032-03-01"))
    july = activities.occurrences(_at("2027-07-30"), _at("2027-08-02"))
    assert [o.start.date() for o in july if o.activity_id == monthly] == [dt.date(2027, 7, 31)]
