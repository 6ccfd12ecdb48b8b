"""Whatever is in the database (a row another program wrote, too), reading the calendar
stays bounded: a rule repeating every second or minute, a huge COUNT, dates in the years
1 and 9999."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from crm_desktop.errors import ValidationError
from crm_desktop.exchange.ical.exporter import export_activities
from crm_desktop.models.activities import Activity
from crm_desktop.services import Services
from crm_desktop.services.activities.calendar import CalendarService
from crm_desktop.services.activities.recurrence import MAX_PER_SERIES
from crm_desktop.services.activities.reminders import ReminderService
from crm_desktop.services.activities.service import ActivityService

UTC = dt.UTC
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 6, 10, 7, 0, tzinfo=UTC)


def _written_elsewhere(services: Services, subject: str, **columns: Any) -> int:
    """An activity of the user's whose columns another program then set as it liked."""
    record = services.activities.create(
        {
            "kind": "Meeting",
            "subject": subject,
            "start_at": NOW,
            "end_at": NOW + dt.timedelta(minutes=30),
            "time_zone": "Europe/Berlin",
        }
    )
    table = Activity.__table__
    with services.db.write() as session:
        session.execute(table.update().where(table.c.id == record.id).values(**columns))
    return record.id


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("FREQ=SECONDLY", NOW - dt.timedelta(days=2)),
        ("FREQ=MINUTELY;COUNT=10000000", NOW - dt.timedelta(days=300)),
        ("FREQ=MINUTELY;BYHOUR=9,10", dt.datetime(2021, 1, 4, 9, tzinfo=UTC)),
        ("FREQ=SECONDLY;BYMINUTE=0", dt.datetime(2024, 1, 1, 8, tzinfo=UTC)),
    ],
)
def test_a_runaway_rule_in_the_database_gives_a_bounded_read(
    services: Services, activities: ActivityService, rule: str, start: dt.datetime
) -> None:
    activity_id = _written_elsewhere(
        services, "Runaway", recurrence=rule, start_at=start, end_at=start
    )
    user = services.records.user_id
    work = activities.my_work_today(user, NOW, BERLIN)
    mine = [o for o in work.today + work.upcoming if o.activity_id == activity_id]
    assert 0 < len(mine) <= MAX_PER_SERIES
    # Each occurrence the rule gives, from the start of the window: the first ones shown.
    assert mine == sorted(mine, key=lambda o: o.start)
    assert mine[0].start >= dt.datetime(2026, 6, 9, 22, tzinfo=UTC)
    month = CalendarService(activities).days(dt.date(2026, 6, 1), dt.date(2026, 6, 30), BERLIN)
    shown = {(o.activity_id, o.start) for items in month.values() for o in items}
    assert 0 < len(shown) <= MAX_PER_SERIES


def test_a_runaway_rule_keeps_its_own_occurrences_in_the_window(
    services: Services, activities: ActivityService
) -> None:
    # Every 7 minutes since 2020: the walk starts near the window, on the rule's own steps.
    start = dt.datetime(2020, 1, 1, 0, 3, tzinfo=UTC)
    _written_elsewhere(
        services,
        "Every 7 minutes",
        recurrence="FREQ=MINUTELY;INTERVAL=7;BYHOUR=9",
        start_at=start,
        end_at=start,
        time_zone="UTC",
    )
    window = dt.datetime(2026, 6, 10, tzinfo=UTC)
    found = activities.occurrences(window, window + dt.timedelta(days=1))
    steps = {(o.start - start) % dt.timedelta(minutes=7) for o in found}
    assert steps == {dt.timedelta(0)}
    assert {o.start.hour for o in found} == {9}
    assert len(found) == 9  # 9:00 is 3,395,937 minutes in: 9:03, 9:10 … 9:59


def test_a_rule_no_reader_understands_shows_its_first_occurrence(
    services: Services, activities: ActivityService
) -> None:
    activity_id = _written_elsewhere(services, "Garbled", recurrence="FREQ=SOMETIMES;BYDAY=XX")
    found = activities.occurrences(NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=1))
    assert [(o.activity_id, o.start) for o in found] == [(activity_id, NOW)]


_EDGES = [
    (dt.datetime(1, 1, 1, tzinfo=UTC), dt.date(1, 1, 1)),
    (dt.datetime(9999, 12, 31, 23, 30, tzinfo=UTC), dt.date(9999, 12, 31)),
]


@pytest.mark.parametrize(("moment", "day"), _EDGES)
@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK])
def test_the_first_and_last_dates_datetime_holds_never_overflow(
    services: Services,
    activities: ActivityService,
    moment: dt.datetime,
    day: dt.date,
    zone: dt.tzinfo,
) -> None:
    user = services.records.user_id
    for all_day, rule in (
        (False, None),
        (True, None),
        (False, "FREQ=DAILY"),
        (True, "FREQ=WEEKLY;BYDAY=MO,FR"),
    ):
        _written_elsewhere(
            services,
            f"Edge {all_day} {rule}",
            start_at=moment,
            end_at=moment + dt.timedelta(minutes=29),
            all_day=all_day,
            recurrence=rule,
            reminder_minutes=1440,
            remind_at=moment,
            time_zone="America/New_York",
        )
    calendar = CalendarService(activities)
    first = day.replace(day=1)
    days = calendar.days(first, day.replace(day=28) if day.day == 1 else day, zone)
    assert any(days.values())
    assert list(calendar.days(day, day, zone)) == [day]
    # "My work today" and the reminders, on the first and the last day there is.
    work = activities.my_work_today(user, moment, zone)
    assert work.today or work.upcoming or work.overdue
    reminders = ReminderService(services.db, user, zone)
    ids = {a.id for a in activities.all()}
    assert {r.activity_id for r in reminders.due(moment)} <= ids
    assert {r.activity_id for r in reminders.missed(moment)} <= ids
    reminders.next_due(moment)
    data = export_activities(activities.all())
    assert len(list(icalendar.Calendar.from_ical(data).walk("VEVENT"))) == 4


@pytest.mark.parametrize(
    "field",
    ["start_at", "due_date"],
)
@pytest.mark.parametrize("year", [1, 1600, 9999])
def test_an_activity_is_kept_between_1601_and_9998(
    activities: ActivityService, field: str, year: int
) -> None:
    when: Any = dt.datetime(year, 6, 1, 9, tzinfo=UTC)
    values: dict[str, Any] = {"kind": "Call", "subject": "Far away", "reminder_minutes": 60}
    if field == "due_date":
        values.update(kind="Task", due_date=when.date())
    else:
        values.update(start_at=when, end_at=when + dt.timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        activities.create(values)
    assert "between the years 1601 and 9998" in str(error.value.errors[field])


@pytest.mark.parametrize(
    ("rule", "days"),
    [
        # Some 85,000 weekdays since 1700: the walk starts a few months before June.
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR", [1, 2, 3, 4, 5, 8, 9, 10, 11, 12]),
        ("FREQ=YEARLY;BYDAY=MO", [1, 8]),
        # 3,912 months since June 1700: every 8th month is June 2026, every 5th is not.
        ("FREQ=MONTHLY;INTERVAL=8;BYMONTHDAY=1,2", [1, 2]),
        ("FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=1,2", []),
        ("FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYMONTHDAY=3", [3]),
    ],
)
def test_a_series_from_centuries_ago_is_walked_from_near_the_window(
    services: Services, activities: ActivityService, rule: str, days: list[int]
) -> None:
    start = dt.datetime(1700, 6, 1, 9, tzinfo=UTC)
    _written_elsewhere(
        services, "Old", recurrence=rule, start_at=start, end_at=start, time_zone="UTC"
    )
    window = dt.datetime(2026, 6, 1, tzinfo=UTC)
    found = activities.occurrences(window, window + dt.timedelta(days=14))
    assert [o.start.day for o in found] == days
    assert {o.start.hour for o in found} <= {9}
