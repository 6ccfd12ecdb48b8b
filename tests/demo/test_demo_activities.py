"""Demonstration activities, inserted in bulk."""

from __future__ import annotations

import datetime as dt

from crm_desktop.demo.activities import add_demo_activities
from crm_desktop.services import Services
from crm_desktop.services.activities.history import ActivityHistory
from crm_desktop.services.activities.service import ActivityService
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
    assert min(dates) >= now.date() - dt.timedelta(days=90)
    assert max(dates) <= now.date() + dt.timedelta(days=60)
    # Rows made in bulk read like saved ones: a record's history and the list search.
    # (an organization's history holds its own activities and those of its contacts)
    assert ActivityHistory(services.db).count("organizations", org.id) == added
    assert (
        services.lists.count(ListQuery("activities", quick="nguyen"))
        + services.lists.count(ListQuery("activities", quick="dong a"))
        == added
    )
    window = activities.occurrences(now - dt.timedelta(days=90), now + dt.timedelta(days=61))
    assert len(window) >= sum(1 for a in every if a.start_at)
