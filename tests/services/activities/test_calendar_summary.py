"""The calendar read in summary: per day or per hour, how many items and the first few,
the same items and order as the full read (repeats, all-day ones, what crosses midnight,
tasks), a day's pages, the rights, and the indexes the reads keep to."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.activities.occurrences import Occurrence
from crm_desktop.services.activities.recurrence import rule_starts, stepped_starts
from crm_desktop.services.activities.service import ActivityService
from tests.conftest import AsUser
from tests.services.activities.conftest import query_plans

NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC
DAY = dt.date(2026, 6, 10)


def _ny(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), NEW_YORK)


def _keys(items: list[Occurrence]) -> list[tuple[int, dt.datetime]]:
    return [(o.activity_id, o.start) for o in items]


@pytest.fixture
def busy_day(activities: ActivityService) -> dict[str, int]:
    """10 June 2026 in New York: nine calls at nine (four at 09:00 exactly), two at two,
    a call from the evening before past midnight, one from that evening to the next day,
    a weekly meeting at nine, a two-day fair, three tasks."""
    made: dict[str, int] = {}

    def add(name: str, **values: Any) -> None:
        made[name] = activities.create({"kind": "Call", "subject": name, **values}).id

    for n in range(9):
        start = _ny(DAY, 9, 0 if n < 4 else 5 * n)
        add(f"Gọi {n}", start_at=start, end_at=start + dt.timedelta(minutes=15))
    for n in range(2):
        add(f"Ligação {n}", start_at=_ny(DAY, 14), end_at=_ny(DAY, 14, 30), status="Held")
    add("Late", start_at=_ny(DAY - dt.timedelta(days=1), 23), end_at=_ny(DAY, 0, 30))
    tomorrow = DAY + dt.timedelta(days=1)
    add("Overnight", start_at=_ny(DAY, 22), end_at=_ny(tomorrow, 1))
    made["weekly"] = activities.create(
        {
            "kind": "Meeting",
            "subject": "Fundur vikunnar",
            "start_at": _ny(dt.date(2026, 6, 3), 9),
            "end_at": _ny(dt.date(2026, 6, 3), 10),
            "time_zone": "America/New_York",
            "recurrence": "FREQ=WEEKLY;COUNT=4",
        }
    ).id
    midnight = dt.datetime.combine(DAY, dt.time(), UTC)
    add("Fair", all_day=True, start_at=midnight, end_at=midnight + dt.timedelta(days=2))
    for n in range(3):
        made[f"task {n}"] = activities.create(
            {"kind": "Task", "subject": f"Báo giá {n}", "due_date": DAY}
        ).id
    return made


@pytest.mark.parametrize("cap", [1, 3, 6, 40])
def test_a_day_in_summary_is_the_first_items_of_the_full_day_and_counts_them_all(
    services: Services, busy_day: dict[str, int], cap: int
) -> None:
    first, last = DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1)
    full = services.calendar.days(first, last, NEW_YORK)
    summary = services.calendar.summary(first, last, NEW_YORK, cap=cap)
    for day in full:
        assert _keys(summary[day].items) == _keys(full[day][:cap])
        assert summary[day].total == len(full[day])
        hidden = summary[day].dated_more + sum(summary[day].more.values())
        assert hidden == len(full[day]) - len(summary[day].items)
    on_day = {o.activity_id for o in full[DAY]}
    # The evening before's call and the repeat are on the day, the overnight one on the next.
    assert {busy_day["Late"], busy_day["weekly"], busy_day["Fair"]} <= on_day
    assert busy_day["Overnight"] in {o.activity_id for o in full[DAY + dt.timedelta(days=1)]}
    assert summary[DAY].total == 9 + 2 + 1 + 1 + 1 + 1 + 3  # calls, late, night, weekly...


def test_an_hour_in_summary_holds_its_first_items_and_the_rest_is_counted(
    services: Services, busy_day: dict[str, int]
) -> None:
    full = services.calendar.days(DAY, DAY + dt.timedelta(days=1), NEW_YORK)
    summary = services.calendar.summary(
        DAY, DAY + dt.timedelta(days=1), NEW_YORK, cap=2, hourly=True, dated_cap=3
    )
    day = summary[DAY]
    dated = [o for o in full[DAY] if o.all_day]
    assert _keys([o for o in day.items if o.all_day]) == _keys(dated[:3])
    assert day.dated_more == len(dated) - 3 == 1
    nine = _ny(DAY, 9).astimezone(UTC)
    at_nine = [o for o in full[DAY] if not o.all_day and nine <= o.start < _ny(DAY, 10)]
    shown = [o for o in day.items if not o.all_day and nine <= o.start < _ny(DAY, 10)]
    # Nine calls and the weekly meeting in the hour: the first two calls at 09:00 by id;
    # the two at 14:00 are both shown, so that hour has no "more".
    assert len(at_nine) == 10 and _keys(shown) == _keys(at_nine[:2])
    assert day.more == {nine: 8}
    assert day.total == len(full[DAY])
    # What began the evening before is in the day's first hour; the overnight call goes on
    # into the next day, shown in its first hour there.
    assert busy_day["Late"] in {o.activity_id for o in day.items}
    next_day = summary[DAY + dt.timedelta(days=1)]
    assert busy_day["Overnight"] in {o.activity_id for o in next_day.items}


def test_a_days_pages_follow_each_other_in_the_calendars_order(
    services: Services, busy_day: dict[str, int]
) -> None:
    full = services.calendar.days(DAY, DAY, NEW_YORK)[DAY]
    pages = [services.calendar.day_page(DAY, NEW_YORK, offset, 4) for offset in range(0, 24, 4)]
    assert _keys([o for page in pages for o in page]) == _keys(full)
    assert pages[-1] == []


def test_the_summary_keeps_to_what_a_staff_member_may_see(
    office: Services, as_user: AsUser
) -> None:
    office.office.set_private("activities", True)
    an, chi = as_user("an"), as_user("chi")
    for services, subject in ((an, "An's call"), (chi, "Chi's call"), (chi, "Chi's other")):
        services.activities.create(
            {"kind": "Call", "subject": subject, "start_at": _ny(DAY, 9), "end_at": _ny(DAY, 10)}
        )
    for services, expected in ((an, {"An's call"}), (chi, {"Chi's call", "Chi's other"})):
        summary = services.calendar.summary(DAY, DAY, NEW_YORK, cap=5)
        assert {o.subject for o in summary[DAY].items} == expected
        assert summary[DAY].total == len(expected)
        hourly = services.calendar.summary(DAY, DAY, NEW_YORK, cap=1, hourly=True)
        assert sum(hourly[DAY].more.values()) == len(expected) - 1


@pytest.mark.sqlite_only
def test_the_counts_keep_to_their_indexes_without_reading_a_row(
    db: Database, services: Services, busy_day: dict[str, int]
) -> None:
    def work() -> None:
        services.calendar.summary(DAY, DAY + dt.timedelta(days=6), NEW_YORK, cap=4)
        services.activities.my_work_today(services.records.user_id, _ny(DAY, 12), NEW_YORK)

    counts = [steps for statement, steps in query_plans(db, work) if "count(" in statement]
    plans = "\n".join(step for steps in counts for step in steps)
    assert "COVERING INDEX ix_activities_single_day" in plans
    assert "COVERING INDEX ix_activities_task_day" in plans
    assert "COVERING INDEX ix_activities_open_work" in plans
    assert " activities USING INDEX" not in plans and "SCAN activities" not in plans


def test_my_work_today_lists_the_first_fifty_and_counts_the_rest(
    services: Services, activities: ActivityService
) -> None:
    me = services.records.user_id
    for n in range(55):
        start = _ny(DAY, 8) + dt.timedelta(minutes=5 * n)
        activities.create({"kind": "Call", "subject": f"Hoje {n}", "start_at": start})
    activities.create(
        {"kind": "Call", "subject": "Feito", "start_at": _ny(DAY, 8), "status": "Held"}
    )
    for n in range(52):
        activities.create(
            {"kind": "Task", "subject": f"Amanhã {n}", "due_date": DAY + dt.timedelta(days=1)}
        )
    activities.create(
        {"kind": "Task", "subject": "Gestern", "due_date": DAY - dt.timedelta(days=1)}
    )
    work = services.activities.my_work_today(me, _ny(DAY, 7), NEW_YORK)
    assert (work.today_total, len(work.today)) == (55, 50)
    assert [o.subject for o in work.today] == [f"Hoje {n}" for n in range(50)]
    assert (work.upcoming_total, len(work.upcoming)) == (52, 50)
    assert (work.overdue_total, [o.subject for o in work.overdue]) == (1, ["Gestern"])


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MONTHLY;COUNT=4",
        "FREQ=MONTHLY;INTERVAL=2;COUNT=9",
        "FREQ=MONTHLY;UNTIL=20270115T235959Z",
        "FREQ=MONTHLY",
    ],
)
@pytest.mark.parametrize("day", [28, 29, 31])
def test_monthly_series_are_stepped_as_dateutil_walks_them(rule: str, day: int) -> None:
    # 09:00 in New York on the 28th (every month has it), the 29th (February has it in
    # 2028 only) or the 31st (seven months have it): across the changes of clocks, a
    # year and more; a COUNT counts only the months that have the day.
    local = dt.datetime(2026, 1, day, 9, tzinfo=NEW_YORK)
    hour = dt.timedelta(hours=1)
    for start, end in (
        (dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2026, 2, 1, tzinfo=UTC)),
        (dt.datetime(2026, 3, 1, tzinfo=UTC), dt.datetime(2026, 12, 1, tzinfo=UTC)),
        (dt.datetime(2026, 11, 28, 14, tzinfo=UTC), dt.datetime(2026, 11, 28, 15, tzinfo=UTC)),
        (dt.datetime(2027, 5, 1, tzinfo=UTC), dt.datetime(2028, 1, 1, tzinfo=UTC)),
        (dt.datetime(2028, 2, 1, tzinfo=UTC), dt.datetime(2028, 4, 1, tzinfo=UTC)),
    ):
        skipped = [dt.datetime(2026, 4, 28, 9, tzinfo=NEW_YORK)]
        stepped = stepped_starts(rule, local, hour, start, end, skipped)
        assert stepped == rule_starts(rule, local, hour, start, end, skipped)


def test_the_statements_kept_for_a_window_read_the_next_windows_right(
    services: Services, activities: ActivityService
) -> None:
    # Two weeks in New York, the second with the change of clocks (a day of 23 hours),
    # read in turns by one service: each read runs the statements kept for its shape with
    # its own times, and gives what the full read gives.
    for n in range(40):
        start = _ny(dt.date(2026, 3, 2), 8) + dt.timedelta(hours=7 * n, minutes=15 * (n % 3))
        activities.create({"kind": "Call", "subject": f"Llamada {n}", "start_at": start})
    mondays = (dt.date(2026, 3, 2), dt.date(2026, 3, 9))
    weeks = [(monday, monday + dt.timedelta(days=6)) for monday in mondays]
    for first, last in [*weeks, *weeks]:
        full = services.calendar.days(first, last, NEW_YORK)
        hourly = services.calendar.summary(first, last, NEW_YORK, cap=1, hourly=True)
        daily = services.calendar.summary(first, last, NEW_YORK, cap=2)
        for day, items in full.items():
            assert hourly[day].total == daily[day].total == len(items)
            assert _keys(daily[day].items) == _keys(items[:2])
            hours = {o.start.astimezone(NEW_YORK).replace(minute=0): o for o in reversed(items)}
            first_each = sorted(hours.values(), key=lambda o: o.start)
            assert _keys(hourly[day].items) == _keys(first_each)
    # The hours of each week (one has a day of 23) and the days: three shapes, kept.
    shapes = [key for key in services.activities.statements if key[0] == "calendar summary"]
    assert len(shapes) == 3
