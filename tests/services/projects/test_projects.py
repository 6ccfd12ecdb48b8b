"""Projects: progress from the tasks, the timeline, a project from a won opportunity."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import ValidationError
from crm_desktop.services import Services
from crm_desktop.services.projects.service import NotWon

D = dt.date


def test_progress_follows_the_tasks_weighted_by_their_days(services: Services) -> None:
    project = services.records.create("projects", {"name": "Lắp đặt điều hòa"})
    records = services.records
    long = records.create(
        "project_tasks",
        {
            "name": "Khảo sát",
            "project_id": project.id,
            "start_date": D(2026, 1, 1),
            "end_date": D(2026, 1, 3),
            "percent_done": 100,
        },
    )
    short = records.create(
        "project_tasks",
        {
            "name": "Lắp",
            "project_id": project.id,
            "start_date": D(2026, 1, 4),
            "end_date": D(2026, 1, 4),
            "percent_done": 0,
            "depends_on_id": long.id,
        },
    )
    records.create(
        "project_tasks",
        {
            "name": "Bàn giao",
            "project_id": project.id,
            "milestone": True,
            "start_date": D(2026, 1, 5),
            "end_date": D(2026, 1, 9),
        },
    )
    assert records.get("projects", project.id).values["progress"] == 75  # 3 of 4 days
    records.update("project_tasks", short.id, short.version, {"percent_done": 100})
    assert records.get("projects", project.id).values["progress"] == 100
    records.delete("project_tasks", long.id, long.version)
    assert records.get("projects", project.id).values["progress"] == 100
    timeline = services.projects.timeline(project.id)
    assert [(t.name, t.start, t.end, t.milestone) for t in timeline.tasks] == [
        ("Lắp", D(2026, 1, 4), D(2026, 1, 4), False),
        ("Bàn giao", D(2026, 1, 5), D(2026, 1, 5), True),  # a milestone is one day
    ]
    with pytest.raises(ValidationError) as refused:
        records.create(
            "project_tasks",
            {
                "name": "Sai",
                "project_id": project.id,
                "start_date": D(2026, 2, 2),
                "end_date": D(2026, 2, 1),
            },
        )
    assert refused.value.errors.keys() == {"end_date"}


def test_a_won_opportunity_becomes_a_project(services: Services) -> None:
    org = services.records.create("organizations", {"name": "Irmãos Gonçalves"})
    opportunity = services.records.create(
        "opportunities",
        {"name": "Reforma da loja", "organization_id": org.id, "sales_stage": "Negotiation/Review"},
    )
    with pytest.raises(NotWon):
        services.projects.create_from_opportunity(opportunity.id, D(2026, 3, 1))
    services.records.update(
        "opportunities", opportunity.id, opportunity.version, {"sales_stage": "Closed Won"}
    )
    project = services.projects.create_from_opportunity(opportunity.id, D(2026, 3, 1))
    values = project.values
    assert (values["name"], values["organization_id"], values["opportunity_id"]) == (
        "Reforma da loja",
        org.id,
        opportunity.id,
    )
    assert values["start_date"] == D(2026, 3, 1) and values["status"] == "Planned"


def test_my_work_lists_my_open_tasks_that_are_late_under_way_or_due_soon(
    services: Services,
) -> None:
    project = services.records.create("projects", {"name": "Website mới"})
    today = D(2026, 12, 7)
    for name, start, end, status in (
        ("late", D(2026, 11, 20), D(2026, 12, 1), "In Progress"),
        ("under way", D(2026, 12, 1), D(2027, 2, 1), "In Progress"),
        ("soon", D(2026, 12, 10), D(2026, 12, 12), "Not Started"),
        ("far", D(2027, 3, 1), D(2027, 3, 9), "Not Started"),
        ("done", D(2026, 11, 1), D(2026, 11, 2), "Completed"),
    ):
        services.records.create(
            "project_tasks",
            {
                "name": name,
                "project_id": project.id,
                "start_date": start,
                "end_date": end,
                "status": status,
            },
        )
    work = services.projects.my_work(services.records.user_id, today)
    assert [(t.name, t.project_name) for t in work] == [
        ("late", "Website mới"),
        ("soon", "Website mới"),
        ("under way", "Website mới"),
    ]
    assert services.projects.my_work(services.records.user_id + 1, today) == []
