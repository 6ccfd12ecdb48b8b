from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.errors import ConflictError
from crm_desktop.services import Services
from crm_desktop.services.activities.history import ActivityHistory
from crm_desktop.services.sales.conversion import AlreadyConverted


def _lead(services: Services, **extra: object):  # type: ignore[no-untyped-def]
    values = {
        "first_name": "João",
        "last_name": "Conceição",
        "company": "Conceição & Filhos Ltda.",
        "email": "joao@conceicao.com.br",
        "phone": "+55 11 3456-7890",
        "city": "São Paulo",
        "country": "Brasil",
        "lead_source": "Trade Show",
        "industry": "Retail",
    }
    values.update(extra)
    return services.records.create("leads", values)


def test_convert_creates_organization_contact_and_opportunity(services: Services) -> None:
    lead = _lead(services)
    result = services.conversion.convert(
        lead.id, lead.version, opportunity={"amount": "15000", "currency": "BRL"}
    )
    org = services.records.get("organizations", result.organization_id)
    contact = services.records.get("contacts", result.contact_id)
    opp = services.records.get("opportunities", result.opportunity_id)
    assert org.values["name"] == "Conceição & Filhos Ltda."
    assert org.values["billing_city"] == "São Paulo" and org.values["industry"] == "Retail"
    assert contact.values["email"] == "joao@conceicao.com.br"
    assert contact.values["office_phone"] == "+55 11 3456-7890"
    assert contact.values["organization_id"] == org.id
    assert contact.values["lead_source"] == "Trade Show"
    assert opp.values["name"] == "Conceição & Filhos Ltda."
    assert opp.values["contact_id"] == contact.id and opp.values["organization_id"] == org.id
    assert opp.values["amount"] == Decimal("15000")
    converted = services.records.get("leads", lead.id)
    assert converted.values["converted"] is True
    assert converted.version == lead.version + 1


def test_a_converted_lead_says_so_and_names_what_it_became(services: Services) -> None:
    lead = _lead(services, lead_status="Hot")
    result = services.conversion.convert(lead.id, lead.version, opportunity={})
    assert services.records.get("leads", lead.id).values["lead_status"] == "Converted"
    became = services.conversion.converted_to(lead.id)
    assert [(r.record_type, r.id, r.name) for r in became] == [
        ("organizations", result.organization_id, "Conceição & Filhos Ltda."),
        ("contacts", result.contact_id, "João Conceição"),
        ("opportunities", result.opportunity_id, "Conceição & Filhos Ltda."),
    ]
    opportunity = services.records.get("opportunities", result.opportunity_id)
    services.records.delete("opportunities", opportunity.id, opportunity.version)
    assert [r.record_type for r in services.conversion.converted_to(lead.id)] == [
        "organizations",
        "contacts",
    ]  # one in the recycle bin is not linked
    assert services.conversion.converted_to(_lead(services).id) == []  # not converted


def test_convert_without_opportunity_or_company(services: Services) -> None:
    lead = _lead(services, company=None)
    result = services.conversion.convert(lead.id, lead.version)
    assert result.organization_id is None and result.opportunity_id is None
    assert services.records.get("contacts", result.contact_id).values["organization_id"] is None


def test_convert_into_an_existing_organization(services: Services) -> None:
    org = services.records.create("organizations", {"name": "Existing"})
    lead = _lead(services)
    result = services.conversion.convert(lead.id, lead.version, organization=org.id)
    assert result.organization_id == org.id
    assert services.stats.counts()["organizations"] == 1


def test_conversion_is_one_transaction(services: Services) -> None:
    lead = _lead(services)
    with pytest.raises(Exception, match="sales_stage"):
        services.conversion.convert(lead.id, lead.version, opportunity={"sales_stage": "Won-ish"})
    counts = services.stats.counts()
    assert counts["organizations"] == counts["contacts"] == counts["opportunities"] == 0
    assert services.records.get("leads", lead.id).values["converted"] is False


def test_a_lead_converts_once_and_only_at_its_version(services: Services) -> None:
    lead = _lead(services)
    with pytest.raises(ConflictError):
        services.conversion.convert(lead.id, lead.version + 1)
    services.conversion.convert(lead.id, lead.version)
    with pytest.raises(AlreadyConverted):
        services.conversion.convert(lead.id, lead.version + 1)


def test_the_leads_activities_move_to_the_new_contact(services: Services) -> None:
    lead = _lead(services, first_name="Đức", last_name="Nguyễn Văn")
    call = services.activities.create(
        {
            "kind": "Call",
            "subject": "Hỏi giá",
            "related_type": "leads",
            "related_id": lead.id,
            "status": "Held",
        }
    )
    assert call.values["related_name"] == "Nguyễn Văn Đức"  # as a Vietnamese name is written
    binned = services.activities.create(
        {"kind": "Task", "subject": "Old task", "related_type": "leads", "related_id": lead.id}
    )
    services.records.delete("activities", binned.id, binned.version)
    seen: list[tuple[str, tuple[int, ...]]] = []
    services.hub.subscribe(lambda change: seen.append((change.record_type, change.ids)))

    result = services.conversion.convert(lead.id, lead.version)

    moved = services.records.get("activities", call.id)
    assert (moved.values["related_type"], moved.values["related_id"]) == (
        "contacts",
        result.contact_id,
    )
    contact = services.records.get("contacts", result.contact_id)
    assert moved.values["related_name"] == services.registry.get("contacts").display_name(
        contact.values
    )
    assert moved.version == call.version + 1  # a save: open forms of it see the change
    history = ActivityHistory(services.db)
    assert [a.id for a in history.page("contacts", result.contact_id, 0, 10)] == [call.id]
    assert history.page("leads", lead.id, 0, 10) == []
    assert ("activities", (call.id,)) in seen
    in_bin = services.records.get("activities", binned.id, include_deleted=True)
    assert in_bin.values["related_type"] == "contacts"
