"""Cases: due times from the response targets, the support queue's order, closing."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import ValidationError
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery


def _hours(record: dict[str, object]) -> float:
    due, made = record["due_at"], record["created_at"]
    assert isinstance(due, dt.datetime) and isinstance(made, dt.datetime)
    return (due - made).total_seconds() / 3600


def test_a_case_is_due_by_its_priority_s_response_target(services: Services) -> None:
    urgent = services.records.create("cases", {"title": "Máy in hỏng", "priority": "Urgent"})
    assert urgent.number == "CAS-00001"
    assert _hours(urgent.values) == 4
    normal = services.records.create("cases", {"title": "Câu hỏi về hóa đơn"})
    assert normal.values["priority"] == "Normal" and _hours(normal.values) == 24

    services.cases.set_response_hours({"Low": 120, "High": 2})
    low = services.records.create("cases", {"title": "Þjónusta", "priority": "Low"})
    assert _hours(low.values) == 120
    # A new priority moves the due time, counted from when the case was made.
    raised = services.records.update("cases", low.id, low.version, {"priority": "High"})
    assert _hours(raised.values) == 2
    # A due time typed by hand stays, also when the priority changes in the same save.
    typed = dt.datetime(2030, 1, 2, 9, 0, tzinfo=dt.UTC)
    kept = services.records.update(
        "cases", raised.id, raised.version, {"priority": "Normal", "due_at": typed}
    )
    assert kept.values["due_at"] == typed
    assert services.cases.response_hours() == {"Urgent": 4, "High": 2, "Normal": 24, "Low": 120}


def test_response_targets_refuse_what_is_not_an_hour_to_a_year(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.cases.set_response_hours({"Urgent": 0, "Normal": 10})
    assert refused.value.errors.keys() == {"Urgent"}
    assert services.cases.response_hours()["Normal"] == 24  # nothing was kept


def test_the_queue_is_by_priority_then_due_time_and_closing_needs_a_resolution(
    services: Services,
) -> None:
    now = dt.datetime.now(dt.UTC)
    made = {}
    for title, priority, hours in (
        ("normal soon", "Normal", 1),
        ("low overdue", "Low", -5),
        ("urgent later", "Urgent", 30),
        ("urgent soon", "Urgent", 2),
        ("normal later", "Normal", 10),
    ):
        due = now + dt.timedelta(hours=hours)
        made[title] = services.records.create(
            "cases", {"title": title, "priority": priority, "due_at": due}
        )
    queue = services.lists.page(ListQuery("cases", sort_field="priority"), 0, 10)
    titles = [services.records.get("cases", row.id).values["title"] for row in queue]
    assert titles == ["urgent soon", "urgent later", "normal soon", "normal later", "low overdue"]

    case = made["urgent soon"]
    with pytest.raises(ValidationError) as refused:
        services.records.update("cases", case.id, case.version, {"status": "Closed"})
    assert refused.value.errors.keys() == {"resolution"}
    closed = services.records.update(
        "cases", case.id, case.version, {"status": "Closed", "resolution": "Đã thay mực in."}
    )
    assert closed.values["closed_at"] is not None
    open_cases = services.registry.get("cases").default_filter_spec()
    assert open_cases is not None
    query = ListQuery("cases", conditions=open_cases.conditions)
    assert services.lists.count(query) == 4
    reopened = services.records.update("cases", closed.id, closed.version, {"status": "Open"})
    assert reopened.values["closed_at"] is None


def test_cases_show_on_their_organization_contact_and_product(services: Services) -> None:
    tabs = {
        key: [(t.record_type, t.via) for t in services.registry.get(key).related]
        for key in ("organizations", "contacts", "products")
    }
    assert ("cases", "organization_id") in tabs["organizations"]
    assert ("cases", "contact_id") in tabs["contacts"]
    assert ("cases", "product_id") in tabs["products"]
    org = services.records.create("organizations", {"name": "Công ty Bình Minh"})
    services.records.create("cases", {"title": "Giao hàng chậm", "organization_id": org.id})
    query = ListQuery("cases", conditions=(Condition("organization_id", "eq", org.id),))
    assert services.lists.count(query) == 1


def test_tabs_asked_for_by_other_types_come_once(services: Services) -> None:
    # Services.build makes its registry again from the default one's types.
    labels = [tab.label for tab in services.registry.get("organizations").related]
    assert labels.count("Cases") == labels.count("Documents") == 1
