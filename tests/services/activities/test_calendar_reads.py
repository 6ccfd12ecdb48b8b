"""The calendar's reads at any date: bounded index ranges (SQLite's own query plans), and
the rare long activities still found."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.activities.reminders import ReminderService
from crm_desktop.services.activities.service import LONG_SPAN, ActivityService
from tests.services.activities.conftest import query_plans

UTC = dt.UTC


def _at(day: str, hour: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), UTC)


def _plans(db: Database, work: Callable[[], object]) -> list[str]:
    """SQLite's plan (its first step) of every statement ``work`` runs on activities."""
    return [steps[0] for _statement, steps in query_plans(db, work)]


def _bounded(plan: str) -> bool:
    """An index range with both ends, or one of the small partial indexes (the few long
    activities, the repeating ones still running, the endless ones)."""
    if not plan.startswith(("SEARCH activities USING INDEX", "SEARCH activities USING COVERING")):
        return False
    small = ("ix_activities_long ", "ix_activities_series_end ", "ix_activities_endless ")
    if any(index in plan for index in small):
        return True
    return re.search(r"[( ](\w+)>\? AND \1<\?\)", plan) is not None


@pytest.mark.sqlite_only
def test_a_month_long_ago_is_read_through_bounded_index_ranges(services: Services) -> None:
    activities = ActivityService(services.records)
    me = services.records.user_id
    for day in range(1, 29):
        start = _at(f"2026-02-{day:02d}", 9)
        activities.create({"kind": "Call", "subject": "Call", "start_at": start, "end_at": start})
    start, end = _at("2024-02-01"), _at("2024-03-01")
    for owner in (None, me):
        plans = _plans(services.db, lambda o=owner: activities.occurrences(start, end, o))
        assert len(plans) == 6
        assert all(_bounded(p) for p in plans), plans


def test_long_activities_are_found_while_they_go_on(services: Services) -> None:
    activities = ActivityService(services.records)
    course = activities.create(
        {
            "kind": "Meeting",
            "subject": "Training course",
            "start_at": _at("2026-01-05", 9),
            "end_at": _at("2026-03-27", 17),
        }
    ).id
    fair = activities.create(
        {
            "kind": "Meeting",
            "subject": "Trade fair",
            "all_day": True,
            "start_at": _at("2026-03-09"),
            "end_at": _at("2026-03-23"),
        }
    ).id
    overnight = activities.create(
        {
            "kind": "Visit",
            "subject": "Overnight",
            "start_at": _at("2026-03-19", 12),
            "end_at": _at("2026-03-19", 12) + LONG_SPAN,  # just short enough for the start range
        }
    ).id
    trip = activities.create(
        {
            "kind": "Visit",
            "subject": "Trip",
            "start_at": _at("2026-03-01", 9),
            "end_at": _at("2026-03-16", 9),
        }
    ).id
    start, end = _at("2026-03-20"), _at("2026-03-23")
    assert {o.activity_id for o in activities.occurrences(start, end)} == {course, fair, overnight}
    # Shortened to a few days, the course is no longer on then.
    record = services.records.get("activities", course)
    activities.update(course, record.version, {"end_at": _at("2026-01-09", 17)})
    assert {o.activity_id for o in activities.occurrences(start, end)} == {fair, overnight}
    assert {o.activity_id for o in activities.occurrences(_at("2026-03-15"), end)} == {
        fair,
        trip,
        overnight,
    }


@pytest.mark.sqlite_only
def test_reminders_are_read_by_when_they_fire_through_index_ranges(services: Services) -> None:
    activities = ActivityService(services.records)
    start = _at("2026-06-24", 9)
    activities.create(
        {"kind": "Call", "subject": "Call", "start_at": start, "reminder_minutes": 20_160}
    )
    reminders = ReminderService(services.db, services.records.user_id, UTC)
    plans = _plans(services.db, lambda: reminders.due(_at("2026-06-10", 9)))
    assert any("ix_activities_remind_at (remind_at>? AND remind_at<?)" in p for p in plans)
    assert all(_bounded(p) for p in plans), plans
