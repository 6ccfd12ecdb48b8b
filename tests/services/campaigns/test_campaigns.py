"""Campaigns: members from a selection or a saved filter with their responses, the
results and ROI from the won opportunities attributed to it, rights and history."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.errors import AccessDenied
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.campaigns.types import Segment
from crm_desktop.services.records.lists import ListQuery
from tests.conftest import AsUser


def _campaign(services: Services, **values: object) -> int:
    values = {"name": "Tết 2027", "currency": "VND", **values}
    return services.records.create("campaigns", values).id


def test_a_campaign_is_a_record_with_numbers_lists_and_search(services: Services) -> None:
    made = services.records.create(
        "campaigns", {"name": "Hội chợ Þórshöfn", "campaign_type": "Trade Show"}
    )
    assert made.number == "CAM-00001"
    assert made.values["status"] == "Planning"
    found = services.lists.page(ListQuery("campaigns", quick="hoi cho thors"), 0, 5)
    assert [r.id for r in found] == [made.id]
    assert services.records.validate("campaigns", {"status": "Nope"}, new=True).keys() == {
        "name",
        "status",
    }


def test_members_from_a_saved_filter_and_a_selection_are_added_once(services: Services) -> None:
    hot = [
        services.records.create("leads", {"last_name": f"Nguyễn {i}", "lead_status": "Hot"}).id
        for i in range(3)
    ]
    services.records.create("leads", {"last_name": "Cold", "lead_status": "Cold"})
    ana = services.records.create("contacts", {"first_name": "Ana", "last_name": "Sousa"})
    campaign_id = _campaign(services)
    campaigns = services.campaigns()

    hot_leads = Segment("leads", (Condition("lead_status", "eq", "Hot"),), name="Hot leads")
    assert campaigns.add(campaign_id, hot_leads) == 3
    assert campaigns.add(campaign_id, hot_leads) == 0  # already members
    assert campaigns.add(campaign_id, Segment("contacts", ids=(ana.id, ana.id))) == 1
    assert campaigns.count(campaign_id) == 4

    members = campaigns.page(campaign_id, 0, 10)
    # In the order added: the filter's list order (newest lead first), then the contact.
    assert [(m.record_type, m.record_id) for m in members] == [
        *(("leads", i) for i in reversed(hot)),
        ("contacts", ana.id),
    ]
    assert members[-1].name == "Ana Sousa"
    assert {m.response for m in members} == {"Planned"}

    campaigns.set_response(campaign_id, [members[0].id, members[-1].id], "Responded")
    campaigns.remove(campaign_id, [members[1].id])
    results = campaigns.results(campaign_id)
    assert (results.members, results.responded) == (3, 2)

    history = services.history.page("campaigns", campaign_id, offset=0, limit=20)
    texts = [(h.kind, h.old_text, h.new_text) for h in history]
    assert ("members", None, "+3 Leads (Hot leads)") in texts
    assert ("members", "Planned", "Ana Sousa: Responded") in texts
    assert ("members", "-1", None) in texts


def test_the_roi_counts_the_won_opportunities_in_the_campaign_s_currency(
    services: Services,
) -> None:
    campaign_id = _campaign(services, actual_cost="10000000")
    other_id = _campaign(services, name="Other")
    for stage, amount, currency, campaign in (
        ("Closed Won", "15000000", "VND", campaign_id),
        ("Closed Won", "10000000", "VND", campaign_id),
        ("Closed Won", "99", "EUR", campaign_id),
        ("Closed Lost", "70000000", "VND", campaign_id),
        ("Prospecting", "5000000", "VND", campaign_id),
        ("Closed Won", "80000000", "VND", other_id),
    ):
        services.records.create(
            "opportunities",
            {
                "name": "Đơn hàng",
                "sales_stage": stage,
                "amount": amount,
                "currency": currency,
                "campaign_id": campaign,
            },
        )
    results = services.campaigns().results(campaign_id)
    assert results.opportunities == 5
    assert results.won == 3
    assert results.won_revenue == Decimal("25000000")
    assert results.won_elsewhere == {"EUR": Decimal("99")}
    assert results.roi == Decimal("1.5")  # (25 M - 10 M) / 10 M
    assert services.campaigns().results(_campaign(services, name="No cost")).roi is None


def test_members_need_the_right_to_edit_the_campaign(office: Services, as_user: AsUser) -> None:
    campaign_id = _campaign(office)
    lead = office.records.create("leads", {"last_name": "Trần"})
    read_only = office.office.add_role("Readers", "staff")
    office.office.set_rights(read_only, "campaigns", ["view"])
    office.users.add_user("dung", "correct horse", "Readers")
    with pytest.raises(AccessDenied):
        as_user("dung").campaigns().add(campaign_id, Segment("leads", ids=(lead.id,)))
    assert as_user("an").campaigns().add(campaign_id, Segment("leads", ids=(lead.id,))) == 1
