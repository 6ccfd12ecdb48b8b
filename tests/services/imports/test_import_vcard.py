"""vCard import: many cards per file, 2.1/3.0/4.0, photos kept, matched like CSV rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crm_desktop.exchange.vcard.writing import write_vcards
from crm_desktop.services import Services
from crm_desktop.services.imports.plan import ImportPlan, OnMatch
from tests.services.imports.conftest import assert_counts_right, live

Fixture = Callable[[str], Path]


def test_cards_of_every_version_are_imported_with_their_names_spelled_right(
    services: Services, vcard_fixture: Fixture
) -> None:
    for name in ("android_21_qp.vcf", "iphone_30_crcrlf.vcf", "thunderbird_40_datauri.vcf"):
        result = services.imports.run(ImportPlan(vcard_fixture(name)))
        assert result.rejected == 0, name

    names = {(c["first_name"], c["last_name"]) for c in live(services, "contacts")}
    assert {("Văn Đức", "Nguyễn"), ("Sigríður", "Guðmundsdóttir"), ("Maria", "Oliveira")} <= names
    iceland = next(c for c in live(services, "contacts") if c["last_name"] == "Guðmundsdóttir")
    assert iceland["organization_name"] == "Orkuveita ehf."
    assert iceland["mailing_street"] == "Laugavegur 1\nannarri hæð"
    assert_counts_right(services)


def test_a_cards_photo_is_kept_and_given_back_with_the_contact(
    services: Services, vcard_fixture: Fixture
) -> None:
    services.imports.run(ImportPlan(vcard_fixture("thunderbird_40_datauri.vcf")))
    (maria,) = live(services, "contacts")

    photo = services.contact_photo(maria["id"])
    assert photo is not None
    assert photo[0] == vcard_fixture("pixel.png").read_bytes()
    assert photo[1] == "image/png"
    card = services.imports.contact_card(maria["id"])
    assert card.photo == photo[0]
    assert card.values["email"] == "maria@example.com.br"
    assert "BEGIN:VCARD" in write_vcards([card])


def test_a_card_matching_a_contact_by_email_fills_it_and_undo_takes_the_photo_away(
    services: Services, vcard_fixture: Fixture
) -> None:
    contact = services.records.create(
        "contacts", {"last_name": "Oliveira", "email": "maria@example.com.br"}
    )
    plan = ImportPlan(vcard_fixture("thunderbird_40_datauri.vcf"), on_match=OnMatch.FILL)
    result = services.imports.run(plan)

    assert (result.added, result.updated) == (0, 1)
    assert services.contact_photo(contact.id) is not None
    assert services.records.get("contacts", contact.id).values["first_name"] == "Maria"
    assert result.batch_id is not None
    services.imports.undo_import(result.batch_id)
    assert services.contact_photo(contact.id) is None
    assert services.records.get("contacts", contact.id).values["first_name"] is None
