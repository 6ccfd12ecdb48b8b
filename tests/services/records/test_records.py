"""RecordService: create, read, update with version checks, recycle bin, derived columns."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from crm_desktop.errors import ConflictError, NotFound, ValidationError
from crm_desktop.services import Services
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.lists import ListQuery


def test_create_numbers_and_stamps_a_record(services: Services) -> None:
    first = services.records.create("contacts", {"first_name": "Văn Đức", "last_name": "Nguyễn"})
    second = services.records.create("contacts", {"last_name": "Guðjónsson"})
    assert first.number == "CON-00001" and second.number == "CON-00002"
    assert first.version == 1
    assert first.values["owner_id"] == services.users.current().id
    assert first.values["created_at"] == first.values["modified_at"]
    assert first.references["owner_id"] == "Administrator"


def test_defaults_come_from_the_registry(services: Services) -> None:
    lead = services.records.create("leads", {"last_name": "Conceição"})
    assert lead.values["lead_status"] == "Not Contacted"
    product = services.records.create("products", {"name": "Cà phê"})
    assert product.values["active"] is True and product.values["currency"] == "USD"


def test_validation_errors_name_each_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.records.create(
            "contacts",
            {
                "first_name": "X",
                "email": "not-an-email",
                "office_phone": "call me",
                "birthday": "soon",
            },
        )
    assert set(caught.value.errors) == {"last_name", "email", "office_phone", "birthday"}
    assert services.stats.counts()["contacts"] == 0
    assert services.records.validate("contacts", {"last_name": "Ok", "email": "a@b.vn"}) == {}
    assert "lead_status" in services.records.validate(
        "leads", {"last_name": "x", "lead_status": "Maybe"}
    )


def test_text_longer_than_its_column_is_refused(services: Services) -> None:
    """Every kind of text (names, e-mails, phones, web addresses) holds at most what its
    column does: longer is refused, not stored whole on SQLite and refused by PostgreSQL."""
    too_long = {
        "last_name": "N" * 121,
        "email": "x" * 250 + "@hoasen.vn",
        "office_phone": "0" * 61,
        "mailing_city": "H" * 121,
    }
    with pytest.raises(ValidationError) as caught:
        services.records.create("contacts", too_long)
    assert caught.value.errors == dict.fromkeys(too_long, "Too long.")
    fits = {"last_name": "N" * 120, "email": "x" * 244 + "@hoasen.vn"}
    contact = services.records.create("contacts", fits)
    assert contact.values["last_name"] == fits["last_name"]
    assert contact.values["email"] == fits["email"]


def test_update_checks_the_version(services: Services) -> None:
    org = services.records.create("organizations", {"name": "Hải Phòng Logistics"})
    mine = services.records.update("organizations", org.id, org.version, {"phone": "+84 225 1234"})
    assert mine.version == 2 and mine.values["phone"] == "+84 225 1234"
    with pytest.raises(ConflictError) as caught:
        services.records.update("organizations", org.id, org.version, {"phone": "+84 1"})
    assert caught.value.current["phone"] == "+84 225 1234"
    assert caught.value.current["version"] == 2
    assert services.records.get("organizations", org.id).values["phone"] == "+84 225 1234"


def test_read_only_fields_cannot_be_written(services: Services) -> None:
    org = services.records.create("organizations", {"name": "A", "number": "HACK-1"})
    assert org.number == "ORG-00001"
    again = services.records.update("organizations", org.id, 1, {"number": "HACK-2", "name": "B"})
    assert again.number == "ORG-00001" and again.values["name"] == "B"


def test_reference_caches_follow_renames(services: Services) -> None:
    org = services.records.create("organizations", {"name": "Công ty Sao Mai"})
    contact = services.records.create("contacts", {"last_name": "Trần", "organization_id": org.id})
    assert contact.references["organization_id"] == "Công ty Sao Mai"
    services.records.update("organizations", org.id, org.version, {"name": "Sao Mai JSC"})
    assert services.records.get("contacts", contact.id).references["organization_id"] == (
        "Sao Mai JSC"
    )
    with services.db.read() as session:
        row = session.execute(
            text("SELECT organization_name_key, search_text FROM contacts WHERE id = :i"),
            {"i": contact.id},
        ).one()
    assert row[0] == "sao mai jsc"
    assert "sao mai jsc" in row[1]


def test_links_to_missing_or_deleted_records_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.records.create("contacts", {"last_name": "X", "organization_id": 999})
    assert "organization_id" in caught.value.errors
    org = services.records.create("organizations", {"name": "Gone"})
    services.records.delete("organizations", org.id, org.version)
    with pytest.raises(ValidationError):
        services.records.create("contacts", {"last_name": "X", "organization_id": org.id})


def test_recycle_bin_round_trip(services: Services) -> None:
    contact = services.records.create("contacts", {"last_name": "Þórsdóttir"})
    services.records.delete("contacts", contact.id, contact.version)
    with pytest.raises(NotFound):
        services.records.get("contacts", contact.id)
    assert services.records.get("contacts", contact.id, include_deleted=True).deleted
    assert services.stats.counts()["contacts"] == 0
    restored = services.records.restore("contacts", contact.id)
    assert not restored.deleted and restored.version == contact.version + 2
    with pytest.raises(NotFound):
        services.records.restore("contacts", contact.id)


def test_deleting_a_record_someone_changed_is_refused(services: Services) -> None:
    contact = services.records.create("contacts", {"last_name": "Silva"})
    services.records.update("contacts", contact.id, 1, {"title": "CEO"})
    with pytest.raises(ConflictError):
        services.records.delete("contacts", contact.id, 1)


def test_changes_are_published(services: Services) -> None:
    seen: list[Change] = []
    unsubscribe = services.hub.subscribe(seen.append)
    org = services.records.create("organizations", {"name": "X"})
    services.records.update("organizations", org.id, 1, {"name": "Y"})
    services.records.delete("organizations", org.id, 2)
    unsubscribe()
    services.records.restore("organizations", org.id)
    assert [(c.record_type, c.ids, c.kind) for c in seen] == [
        ("organizations", (org.id,), "created"),
        ("organizations", (org.id,), "updated"),
        ("organizations", (org.id,), "deleted"),
    ]


def test_money_fields_are_decimal_end_to_end(services: Services) -> None:
    product = services.records.create(
        "products",
        {
            "name": "Áo dài",
            "unit_price": "1250000",
            "currency": "VND",
            "cost": Decimal("0.10"),
            "quantity_in_stock": "3.5",
        },
    )
    again = services.records.get("products", product.id)
    assert again.values["unit_price"] == Decimal("1250000")
    assert again.values["cost"] == Decimal("0.10")
    assert again.values["quantity_in_stock"] == Decimal("3.5")
    with pytest.raises(ValidationError):
        services.records.create("products", {"name": "x", "unit_price": "12,5 reais"})


def test_renaming_a_record_renames_it_in_activities_linked_to_it(services: Services) -> None:
    org = services.records.create("organizations", {"name": "Công ty Minh Phát"})
    visit = services.activities.create(
        {"kind": "Visit", "subject": "Thăm khách hàng", "related_type": "organizations",
         "related_id": org.id},
    )  # fmt: skip
    other = services.records.create("organizations", {"name": "Công ty Khác"})
    unrelated = services.activities.create(
        {"kind": "Call", "subject": "Gọi", "related_type": "organizations", "related_id": other.id}
    )
    services.records.update("organizations", org.id, org.version, {"name": "Tập đoàn Minh Phát"})
    moved = services.records.get("activities", visit.id)
    assert moved.values["related_name"] == "Tập đoàn Minh Phát"
    found = services.lists.page(ListQuery("activities", quick="tap doan"), 0, 10)
    assert [row.id for row in found] == [visit.id]
    assert services.lists.count(ListQuery("activities", quick="minh phat")) == 1
    assert services.records.get("activities", unrelated.id).values["related_name"] == "Công ty Khác"


def test_an_amount_of_money_is_not_negative_but_an_adjustment_may_be(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.records.create("opportunities", {"name": "Kho lạnh", "amount": "-500"})
    assert refused.value.errors == {"amount": "Must not be negative."}
    assert services.lists.count(ListQuery("opportunities")) == 0
    for type_key, field in (("products", "unit_price"), ("contracts", "value")):
        values = {"name": "Bảo trì", field: "-1"}
        with pytest.raises(ValidationError, match="Must not be negative"):
            services.records.create(type_key, values)
    assert services.registry.get("quotes").field("adjustment").signed


def test_a_place_s_coordinates_are_within_the_globe(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.records.create(
            "organizations", {"name": "Hótel Borg", "latitude": "164.1", "longitude": "-21.9"}
        )
    assert refused.value.errors == {"latitude": "A latitude is between -90 and 90."}
    with pytest.raises(ValidationError, match="A longitude is between -180 and 180"):
        services.records.create("organizations", {"name": "Hótel Borg", "longitude": "-181"})
    kept = services.records.create(
        "organizations", {"name": "Hótel Borg", "latitude": "64.147", "longitude": "-21.939"}
    )
    assert (str(kept.values["latitude"]), str(kept.values["longitude"])) == ("64.147", "-21.939")
