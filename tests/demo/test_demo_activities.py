"""Demonstration activities, inserted in bulk."""

from __future__ import annotations

import datetime as dt
import random

from crm_desktop.demo.activities import (
    FUTURE_DAYS,
    PAST_DAYS,
    activity_values,
    add_demo_activities,
)
from crm_desktop.services import Services
from crm_desktop.services.activities.history import ActivityHistory
from crm_desktop.services.activities.service import ActivityService, remind_at, series_end
from crm_desktop.services.records.lists import ListQuery


def test_demo_activities_are_linked_spread_and_searchable(services: Services) -> None:
    org = services.records.create("organizations", {"name": "Công ty Đông Á"})
    contacts = [
        services.records.create(
            "contacts", {"last_name": f"Nguyễn {i}", "organization_id": org.id}
        ).id
        for i in range(40)
    ]
    now = dt.datetime(2026, 6, 15, 12, tzinfo=dt.UTC)
    me = services.records.user_id
    added = add_demo_activities(
        services.db, services.registry, contacts, [org.id], [me], now=now, seed=7
    )
    assert added == 20
    activities = ActivityService(services.records)
    every = activities.all()
    assert len(every) == added
    assert {a.kind for a in every} <= {"Call", "Meeting", "Visit", "Task"}
    assert all(a.related_type in ("contacts", "organizations") and a.related_name for a in every)
    dates = [a.start_at.date() if a.start_at else a.due_date for a in every]
    assert min(dates) >= now.date() - dt.timedelta(days=PAST_DAYS)
    assert max(dates) <= now.date() + dt.timedelta(days=FUTURE_DAYS)
    # Rows made in bulk read like saved ones: a record's history and the list search.
    # (an organization's history holds its own activities and those of its contacts)
    assert ActivityHistory(services.db).count("organizations", org.id) == added
    assert (
        services.lists.count(ListQuery("activities", quick="nguyen"))
        + services.lists.count(ListQuery("activities", quick="dong a"))
        == added
    )
    window = activities.occurrences(
        now - dt.timedelta(days=PAST_DAYS + 1), now + dt.timedelta(days=FUTURE_DAYS + 1)
    )
    assert len(window) >= sum(1 for a in every if a.start_at)


def test_a_year_of_activities_some_repeating_some_reminding() -> None:
    now = dt.datetime(2026, 6, 15, 12, tzinfo=dt.UTC)
    rng = random.Random(11)
    made = [activity_values(rng, ("contacts", None, "Đặng Thu Hà"), 1, now) for _ in range(4000)]
    days = [v["start_at"].date() if "start_at" in v else v["due_date"] for v in made]
    assert min(days) < now.date() - dt.timedelta(days=240)
    assert max(days) > now.date() + dt.timedelta(days=60)
    series = [v for v in made if v.get("recurrence")]
    assert 5 <= len(series) <= len(made) // 50
    # A series' end is kept as the service keeps it; one still running is planned.
    assert all(v["series_end_at"] == series_end(v) for v in series)
    # (none for a monthly count from the 29th to 31st, whose count does not tell its end)
    assert sum(v["series_end_at"] is not None for v in series) > len(series) // 2
    assert all(v["status"] == "Planned" for v in series if (v["series_end_at"] or now) > now)
    reminded = [v for v in made if v.get("reminder_minutes")]
    assert len(made) // 20 < len(reminded) < len(made) // 2
    assert all(v["status"] in ("Planned", "Not Started") for v in reminded)
    assert all(v["remind_at"] == remind_at(v) for v in made)
