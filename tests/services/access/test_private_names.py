"""A record keeps the names of the records it links to; a user who may see the record but
not a linked one (private to another team) sees "(private)" in its place, in the list,
the form, a search hit, a printed document, and nothing of it in an export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pypdf import PdfReader

from crm_desktop.reports.quote_pdf import document_pdf_bytes
from crm_desktop.services import Services
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.records.export import export_list
from crm_desktop.services.records.lists import ListQuery
from tests.conftest import AsUser

SECRET = "Alpha Secret Co"


def _linked_to_a_private_organization(office: Services, as_user: AsUser) -> dict[str, int]:
    """an's private organization; a contact of chi's linked to it, chi's activity about
    it, and a quote of chi's for it (the administrator made it, with the address)."""
    office.office.set_private("organizations", True)
    an, chi = as_user("an"), as_user("chi")
    organization = an.records.create("organizations", {"name": SECRET}).id
    contact = office.records.create(
        "contacts",
        {"last_name": "Lê", "organization_id": organization, "owner_id": chi.records.user_id},
    ).id
    activity = chi.records.create(
        "activities",
        {"subject": "Call", "related_type": "organizations", "related_id": organization},
    ).id
    document = office.quotes.new(
        "quotes", subject="Offer", organization_id=organization, owner_id=chi.records.user_id
    )
    quote = office.quotes.save(document).id
    return {"organization": organization, "contact": contact, "activity": activity, "quote": quote}


def _cells(services: Services, type_key: str, column: str) -> list[object]:
    query = ListQuery(type_key)
    names = [f.name for f in services.lists.columns(type_key)]
    return [row.values[names.index(column)] for row in services.lists.page(query, 0, 50)]


def test_lists_show_private_in_place_of_a_linked_name_the_user_may_not_see(
    office: Services, as_user: AsUser
) -> None:
    _linked_to_a_private_organization(office, as_user)
    chi, an = as_user("chi"), as_user("an")
    assert _cells(chi, "contacts", "organization_id") == [PRIVATE_NAME]
    assert _cells(an, "contacts", "organization_id") == [SECRET]
    assert _cells(office, "contacts", "organization_id") == [SECRET]
    assert _cells(chi, "activities", "related_name") == [PRIVATE_NAME]
    assert _cells(an, "activities", "related_name") == [SECRET]


def test_the_form_and_the_name_of_a_link_say_private(office: Services, as_user: AsUser) -> None:
    ids = _linked_to_a_private_organization(office, as_user)
    chi = as_user("chi")
    contact = chi.records.get("contacts", ids["contact"])
    assert contact.references["organization_id"] == PRIVATE_NAME
    assert contact.values["organization_id"] == ids["organization"]  # the link is kept
    assert chi.records.display_name("organizations", ids["organization"]) == PRIVATE_NAME
    saved = chi.records.update("contacts", contact.id, contact.version, {"first_name": "Mai"})
    assert office.records.get("contacts", saved.id).references["organization_id"] == SECRET
    an = as_user("an")
    assert an.records.get("contacts", ids["contact"]).references["organization_id"] == SECRET


def test_a_search_hit_tells_nothing_of_the_private_name(office: Services, as_user: AsUser) -> None:
    _linked_to_a_private_organization(office, as_user)
    hits = [h for h in as_user("chi").search.search("Lê") if h.record_type == "contacts"]
    assert len(hits) == 1 and SECRET not in hits[0].detail and PRIVATE_NAME not in hits[0].detail
    shown = [h for h in office.search.search("Lê") if h.record_type == "contacts"]
    assert SECRET in shown[0].detail


def test_an_export_leaves_the_private_name_out(
    office: Services, as_user: AsUser, tmp_path: Path
) -> None:
    _linked_to_a_private_organization(office, as_user)
    fields = ["last_name", "organization_id"]
    chi_file, boss_file = tmp_path / "chi.csv", tmp_path / "boss.csv"
    export_list(as_user("chi"), ListQuery("contacts"), chi_file, "csv", fields=fields)
    export_list(office, ListQuery("contacts"), boss_file, "csv", fields=fields)

    def rows(path: Path) -> list[list[str]]:
        return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))

    assert [row[1:] for row in rows(chi_file)[1:]] == [["Lê", ""]]
    assert [row[1:] for row in rows(boss_file)[1:]] == [["Lê", SECRET]]


def test_a_printed_quote_says_private(office: Services, as_user: AsUser) -> None:
    ids = _linked_to_a_private_organization(office, as_user)
    chi = as_user("chi")

    def printed(services: Services) -> str:
        document = services.quotes.get("quotes", ids["quote"])
        pdf = document_pdf_bytes(document, services.settings.company())
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    chis = printed(chi)
    assert "(private)" in chis and SECRET not in chis
    assert SECRET in printed(office)
