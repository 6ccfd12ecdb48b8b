"""Contracts: renewal tasks that remind, expiry once the end has passed, renewing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from crm_desktop.models.activities import Activity
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.contracts.service import renewed_name
from crm_desktop.services.records.lists import ListQuery

TODAY = dt.date.today()
D = dt.date


def _renewal_tasks(services: Services, contract_id: int) -> list[tuple[str, dt.date | None]]:
    with services.db.read() as session:
        rows = session.execute(
            select(Activity.subject, Activity.due_date).where(
                Activity.related_type == "contracts",
                Activity.related_id == contract_id,
                Activity.deleted_at.is_(None),
            )
        ).all()
    return [(subject, due) for subject, due in rows]


def test_an_active_contract_s_renewal_reminds_its_days_before_the_end(services: Services) -> None:
    end = TODAY + dt.timedelta(days=90)
    contract = services.records.create(
        "contracts",
        {
            "name": "Bảo trì máy lạnh",
            "status": "Active",
            "end_date": end,
            "renewal_reminder_days": 30,
            "value": "1200",
        },
    )
    assert contract.number == "CTR-00001"
    assert _renewal_tasks(services, contract.id) == [
        ("Renew contract CTR-00001: Bảo trì máy lạnh", end - dt.timedelta(days=30))
    ]
    # A later end moves the one task; it reminds (through the activities' reminders) then.
    later = end + dt.timedelta(days=365)
    moved = services.records.update("contracts", contract.id, contract.version, {"end_date": later})
    assert _renewal_tasks(services, contract.id) == [
        ("Renew contract CTR-00001: Bảo trì máy lạnh", later - dt.timedelta(days=30))
    ]
    reminders = services.reminders(dt.UTC)
    fires = dt.datetime.combine(later - dt.timedelta(days=30), dt.time(9), tzinfo=dt.UTC)
    due = reminders.due(fires + dt.timedelta(hours=1))
    assert [r.subject for r in due] == ["Renew contract CTR-00001: Bảo trì máy lạnh"]
    # Cancelled: nothing to renew any more.
    services.records.update("contracts", contract.id, moved.version, {"status": "Cancelled"})
    assert _renewal_tasks(services, contract.id) == []


def test_a_contract_whose_end_passed_is_expired_when_a_list_counts_them(
    services: Services, colleague: Services
) -> None:
    contract = services.records.create(
        "contracts",
        {"name": "Hugbúnaðarleyfi", "status": "Active", "end_date": TODAY + dt.timedelta(days=3)},
    )
    active = ListQuery("contracts", conditions=(Condition("status", "eq", "Active"),))
    assert colleague.lists.count(active) == 1
    # Three days on, in another program: the first list of contracts expires it.
    colleague.contracts.today = lambda: TODAY + dt.timedelta(days=4)
    colleague.contracts._expired_on = None
    assert colleague.lists.count(active) == 0
    record = services.records.get("contracts", contract.id)
    assert record.values["status"] == "Expired"
    # Saved with an end in the past, a contract is expired at once.
    old = services.records.create(
        "contracts",
        {"name": "Cũ", "status": "Active", "end_date": TODAY - dt.timedelta(days=1)},
    )
    assert old.values["status"] == "Expired"


def test_renew_makes_the_next_term_from_this_contract(services: Services) -> None:
    org = services.records.create("organizations", {"name": "Công ty Sao Mai"})
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    contract = services.records.create(
        "contracts",
        {
            "name": "Thuê bao",
            "organization_id": org.id,
            "status": "Active",
            "start_date": start,
            "end_date": end,
            "value": "500",
            "billing_terms": "Monthly",
        },
    )
    renewed = services.contracts.renew(contract.id)
    values = renewed.values
    assert values["status"] == "Draft"
    assert (values["start_date"], values["end_date"]) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 12, 31),
    )
    assert values["organization_id"] == org.id and str(values["value"]) == "500.0000"
    assert values["renewed_from_id"] == contract.id and values["billing_terms"] == "Monthly"
    assert values["name"] == "Thuê bao 2027"  # told apart from the term it renews
    again = services.contracts.renew(contract.id)  # renewed already: its next term
    assert again.id == renewed.id
    assert services.lists.count(ListQuery("contracts")) == 2
    tabs = [(t.record_type, t.via) for t in services.registry.get("organizations").related]
    assert ("contracts", "organization_id") in tabs


@pytest.mark.parametrize(
    ("name", "old_term", "new_start", "expected"),
    [
        ("Bảo trì 2026", (D(2026, 1, 1), D(2026, 12, 31)), D(2027, 1, 1), "Bảo trì 2027"),
        ("Suporte 2025–2026", (D(2025, 7, 1), D(2026, 6, 30)), D(2026, 7, 1), "Suporte 2026–2027"),
        ("Þjónusta", (D(2026, 1, 1), D(2026, 12, 31)), D(2027, 1, 1), "Þjónusta 2027"),
        ("Hosting 2026", (D(2026, 1, 1), D(2026, 6, 30)), D(2026, 7, 1), "Hosting 2026"),
        ("Model 1990 2026", (D(2026, 1, 1), None), D(2027, 1, 1), "Model 1990 2027"),
        ("Support", (None, None), None, "Support"),
    ],
)
def test_a_renewal_is_named_for_its_term(
    name: str,
    old_term: tuple[dt.date | None, dt.date | None],
    new_start: dt.date | None,
    expected: str,
) -> None:
    assert renewed_name(name, old_term, new_start) == expected
