"""CSV import through the service: what the files people have become, previews, dry
runs, matches, picklists, owners, organizations, rejects and remembered column maps."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.exchange.csv.presets import Use
from crm_desktop.services import Services
from crm_desktop.services.imports.plan import Action, ImportPlan, MatchRule, OnMatch, Rejection
from crm_desktop.services.imports.service import ImportService
from tests.services.imports.conftest import assert_counts_right, live

Fixture = Callable[[str], Path]


def test_german_outlook_export_is_imported_with_its_organizations(
    services: Services, imports: ImportService, csv_fixture: Fixture
) -> None:
    result = imports.run(ImportPlan(csv_fixture("outlook_de_cp1252.csv")))

    assert (result.added, result.updated, result.skipped, result.rejected) == (2, 0, 0, 0)
    contacts = {row["last_name"]: row for row in live(services, "contacts")}
    assert contacts["Müller"]["first_name"] == "Jürgen"
    assert contacts["Müller"]["organization_name"] == "Bäckerei Müller GmbH"
    assert contacts["Öberg"]["description"] == "Zweite Zeile\r\nder Notiz"
    assert {o["name"] for o in live(services, "organizations")} == {
        "Bäckerei Müller GmbH",
        "Öberg AB",
    }
    assert result.organizations_created == 2
    # Outlook's "0.0.00" is no birthday: left empty, and said
    assert contacts["Öberg"]["birthday"] is None
    assert [p.code for p in result.problems] == ["not_a_date"]
    assert_counts_right(services)
    hits = services.search.search("backerei")
    assert {hit.title for hit in hits} >= {"Jürgen Müller", "Bäckerei Müller GmbH"}


def test_every_imported_record_says_so_in_its_history(
    services: Services, imports: ImportService, csv_fixture: Fixture
) -> None:
    imports.run(ImportPlan(csv_fixture("outlook_de_cp1252.csv")))
    imports.run(ImportPlan(csv_fixture("deals_cp1252.csv"), "opportunities"))

    written = [("contacts", c) for c in live(services, "contacts")]
    written += [("organizations", o) for o in live(services, "organizations")]
    written += [("opportunities", o) for o in live(services, "opportunities")]
    assert {type_key for type_key, _ in written} == {"contacts", "organizations", "opportunities"}
    for type_key, row in written:
        kinds = {entry.kind for entry in services.history.page(type_key, row["id"])}
        assert kinds == {"import"}, (type_key, row["number"], kinds)


def test_contacts_and_their_organizations_are_written_in_bulk(
    services: Services, imports: ImportService, csv_fixture: Fixture
) -> None:
    """Types with duplicate checks are written by the bulk writer, which keeps their
    duplicate keys itself: one whole-record history entry each, and the keys there."""
    imports.run(ImportPlan(csv_fixture("outlook_de_cp1252.csv")))

    contacts = live(services, "contacts")
    organizations = live(services, "organizations")
    for type_key, row in [("contacts", c) for c in contacts] + [
        ("organizations", o) for o in organizations
    ]:
        entries = services.history.page(type_key, row["id"])
        assert [(e.kind, e.field) for e in entries] == [("import", None)], row["number"]
    by_name = {c["last_name"]: c for c in contacts}
    assert by_name["Müller"]["name_match"] == "jurgen muller"
    assert {o["name_match"] for o in organizations} == {"backerei muller gmbh", "oberg ab"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("utf16le_no_bom.csv", {("Þórður", "Guðmundsson"), ("Ngọc Anh", "Trần")}),
        ("shift_jis.csv", {("太郎", "山田"), ("花子", "佐藤"), ("一郎", "鈴木")}),
        ("bare_cr.csv", {("Ana", "Souza"), ("Bui", "Lan"), ("Jon", "Jonsson")}),
        ("linkedin_connections.csv", {("Lan", "Bui"), ("Maria", "Oliveira")}),
        ("google_contacts.csv", {("Văn Đức", "Nguyễn"), ("Nguyễn", "Đức")}),
        ("google_contacts_new.csv", {("Sigríður", "Guðmundsdóttir"), ("João", "da Silva")}),
    ],
)
def test_every_quirky_file_gives_every_name_spelled_right(
    services: Services,
    imports: ImportService,
    csv_fixture: Fixture,
    name: str,
    expected: set[tuple[str, str]],
) -> None:
    result = imports.run(ImportPlan(csv_fixture(name)))

    assert result.added == len(expected)
    assert result.rejected == 0
    assert {(c["first_name"], c["last_name"]) for c in live(services, "contacts")} == expected
    assert_counts_right(services)


def test_a_bare_cr_stays_inside_its_cell(
    services: Services, imports: ImportService, file_of: Callable[..., Path]
) -> None:
    path = file_of(b"First Name,Last Name,Description\nAna,Souza,one\rtwo\n")
    imports.run(ImportPlan(path))
    assert live(services, "contacts")[0]["description"] == "one\rtwo"


def test_organizations_are_found_ignoring_accents_and_case(
    services: Services, imports: ImportService, csv_fixture: Fixture
) -> None:
    imports.run(ImportPlan(csv_fixture("outlook_de_cp1252.csv")))
    imports.run(ImportPlan(csv_fixture("google_contacts_new.csv")))

    result = imports.run(ImportPlan(csv_fixture("deals_cp1252.csv"), "opportunities"))

    deals = {row["name"]: row for row in live(services, "opportunities")}
    assert deals["Kaffeemaschinen für Büro"]["organization_name"] == "Bäckerei Müller GmbH"
    assert deals["Drucker-Wartung"]["organization_name"] == "Öberg AB"
    assert deals["Server"]["organization_name"] == "Neue Firma GmbH"
    # one organization made for the deals: "Neue Firma GmbH"
    assert result.organizations_created == 1
    assert len(live(services, "organizations")) == 5
    assert_counts_right(services)


def test_picklists_owners_amounts_and_dates_of_a_deals_spreadsheet(
    services: Services, imports: ImportService, csv_fixture: Fixture
) -> None:
    result = imports.run(ImportPlan(csv_fixture("deals_cp1252.csv"), "opportunities"))

    assert (result.added, result.rejected) == (3, 0)
    deals = {row["name"]: row for row in live(services, "opportunities")}
    won = deals["Kaffeemaschinen für Büro"]
    assert won["sales_stage"] == "Closed Won"  # the synonym "Won"
    assert won["amount"] == Decimal("1234.50")
    assert won["expected_close_date"] == date(2026, 12, 31)
    assert won["owner_id"] == services.users.current_user_id  # "Administrator"
    assert deals["Server"]["owner_id"] == services.users.current_user_id  # "admin"
    # "verloren" and "Pipeline review" are not ours: never invented, the default stays
    default_stage = services.records.new_values("opportunities")["sales_stage"]
    assert deals["Drucker-Wartung"]["sales_stage"] == default_stage
    codes = sorted(p.code for p in result.problems)
    assert codes == ["unknown_choice", "unknown_choice", "unknown_owner"]


def test_the_users_value_map_beats_the_automatic_match_and_can_leave_empty(
    services: Services, imports: ImportService, csv_fixture: Fixture
) -> None:
    plan = ImportPlan(
        csv_fixture("deals_cp1252.csv"),
        "opportunities",
        value_map={
            "sales_stage": {"VERLOREN": "closed lost", "pipeline review": "Negotiation/Review"}
        },
    )
    preview = imports.preview(plan)

    stages = [row.values["sales_stage"] for row in preview.rows]
    assert stages == ["Closed Won", "Closed Lost", "Negotiation/Review"]
    assert not [p for row in preview.rows for p in row.problems if p.code == "unknown_choice"]


def test_preview_shows_rows_as_saved_and_rejected_rows_with_their_reason(
    services: Services, imports: ImportService, file_of: Callable[..., Path]
) -> None:
    path = file_of(
        b"First Name,Last Name,E-mail Address,Company\r\n"
        b"Ana,Souza,ana@example.com.br,Empresa S.A.\r\n"
        b"Bad,Mail,contact1@invalid,\r\n"
        b"No,,nobody@example.com,\r\n"
    )
    preview = imports.preview(ImportPlan(path))

    assert [row.action for row in preview.rows] == [Action.CREATE, Action.CREATE, Action.REJECT]
    assert preview.rows[0].values["organization_id"] == "Empresa S.A."
    # an e-mail that is not one is left out, and said; the contact is imported
    assert "email" not in preview.rows[1].values
    assert [p.message for p in preview.rows[1].problems] == [
        "Line 3: Email “contact1@invalid” was not imported: Not a valid email address."
    ]
    (rejected,) = preview.rejected
    assert rejected.line == 4
    assert rejected.reason == "Last name: This field is required."
    # and for a view to say in the user's language: the field, its label (a registry
    # text) and the service's message (a "validation" text) with its arguments
    assert rejected.rejections == [
        Rejection("last_name", "Last name", "This field is required.", ())
    ]
    # a preview saves nothing, not even the organization it would make
    assert live(services, "organizations") == []


def test_dry_run_counts_and_saves_nothing(
    services: Services, imports: ImportService, csv_fixture: Fixture
) -> None:
    plan = ImportPlan(csv_fixture("google_contacts.csv"))
    dry = imports.dry_run(plan)
    assert (dry.added, dry.rejected, dry.batch_id, dry.organizations_created) == (2, 0, None, 1)
    assert live(services, "contacts") == []
    assert imports.batches() == []
    real = imports.run(plan)
    assert (real.added, real.organizations_created) == (dry.added, dry.organizations_created)


def test_rejected_rows_go_to_the_rejects_file_with_the_reason_last(
    services: Services, imports: ImportService, file_of: Callable[..., Path], tmp_path: Path
) -> None:
    path = file_of(b"First Name;Last Name;E-mail\r\nAna;Souza;ana@x.com\r\nBo;;bo@x.com\r\n")
    rejects = tmp_path / "rejects.csv"
    result = imports.run(ImportPlan(path, rejects=rejects))

    assert (result.added, result.rejected) == (1, 1)
    with rejects.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read))
    assert rows[0] == ["First Name", "Last Name", "E-mail", "Reason"]
    assert rows[1][:3] == ["Bo", "", "bo@x.com"]
    assert "Last name" in rows[1][3]


@pytest.mark.parametrize(
    ("on_match", "counts", "first", "title", "office"),
    [
        (OnMatch.SKIP, (0, 0, 1), "Đức", "Old", None),
        (OnMatch.FILL, (0, 1, 0), "Đức", "Old", "+84 28 3822 1234"),
        (OnMatch.UPDATE, (0, 1, 0), "Duc", "New title", "+84 28 3822 1234"),
        (OnMatch.CREATE, (1, 0, 0), "Đức", "Old", None),
    ],
)
def test_a_row_matching_by_email_skips_fills_updates_or_creates(
    services: Services,
    imports: ImportService,
    file_of: Callable[..., Path],
    on_match: OnMatch,
    counts: tuple[int, int, int],
    first: str,
    title: str,
    office: str | None,
) -> None:
    services.records.create(
        "contacts",
        {"first_name": "Đức", "last_name": "Nguyễn", "email": "Duc@Example.vn", "title": "Old"},
    )
    path = file_of(
        b"First Name,Last Name,E-mail,Job Title,Business Phone\n"
        b"Duc,Nguyen,duc@example.vn,New title,+84 28 3822 1234\n"
    )
    result = imports.run(ImportPlan(path, on_match=on_match))

    assert (result.added, result.updated, result.skipped) == counts
    first_name = first
    first = live(services, "contacts")[0]
    assert (first["title"], first["office_phone"]) == (title, office)
    assert first["first_name"] == first_name  # "fill" keeps what is filled already
    assert_counts_right(services)


def test_phones_are_matched_as_numbers(
    services: Services, imports: ImportService, file_of: Callable[..., Path]
) -> None:
    tran = services.records.create(
        "contacts", {"last_name": "Trần", "mobile_phone": "+84 28 3822 1234"}
    )
    path = file_of(b"Last Name,Mobile Phone\nTran,(028) 38221234\nLe,(028) 38221299\n")
    plan = ImportPlan(path, match=MatchRule.PHONE, on_match=OnMatch.SKIP, default_region="VN")
    preview = imports.preview(plan)
    assert [(row.action, row.matched_id) for row in preview.rows] == [
        (Action.SKIP, tran.id),
        (Action.CREATE, None),
    ]
    result = imports.run(plan)
    assert (result.added, result.skipped) == (1, 1)


def test_names_are_matched_within_their_organization(
    services: Services, imports: ImportService, file_of: Callable[..., Path]
) -> None:
    imports.run(ImportPlan(file_of(b"First Name,Last Name,Organization\nAnna,Berg,Orka\n")))
    path = file_of(
        b"First Name,Last Name,Organization\nANNA,Berg,ORKA\nAnna,Berg,Other\n", "second.csv"
    )
    result = imports.run(ImportPlan(path, match=MatchRule.NAME))
    assert (result.added, result.skipped) == (1, 1)


def test_two_rows_of_one_file_match_each_other(
    services: Services, imports: ImportService, file_of: Callable[..., Path]
) -> None:
    path = file_of(b"Last Name,E-mail,City\nBerg,anna@x.is,\nBerg,ANNA@x.is,Reykjavik\n")
    result = imports.run(ImportPlan(path, on_match=OnMatch.FILL))
    assert (result.added, result.updated) == (1, 1)
    (anna,) = live(services, "contacts")
    assert anna["mailing_city"] == "Reykjavik"


def test_the_column_map_is_remembered_for_the_next_file_with_that_header(
    services: Services, imports: ImportService, file_of: Callable[..., Path]
) -> None:
    header = b"First Name,Last Name,Column X\n"
    first = imports.inspect(file_of(header + b"Anna,Berg,anna@x.is\n"))
    assert not first.remembered
    columns = list(first.column_map.columns)
    columns[2] = columns[2].__class__(2, "Column X", Use.SEVERAL, "email")
    chosen = first.column_map.__class__(first.column_map.preset, "contacts", tuple(columns))
    imports.run(ImportPlan(file_of(header + b"Anna,Berg,anna@x.is\n"), column_map=chosen))

    second = file_of(header + b"Bo,Dahl,bo@x.is\n", "second.csv")
    layout = imports.inspect(second)
    assert layout.remembered
    assert layout.column_map == chosen
    imports.run(ImportPlan(second))
    assert [c["email"] for c in live(services, "contacts")] == ["anna@x.is", "bo@x.is"]


def test_products_and_leads_import_with_numbers_and_search(
    services: Services, imports: ImportService, file_of: Callable[..., Path]
) -> None:
    leads = file_of(b"First name,Last name,Company,Lead status\nAna,Souza,Empresa,Qualified\n")
    products = file_of(b"Name,Code,Unit price,Currency\nPrinter,P-1,199.90,EUR\n", "p.csv")
    assert imports.run(ImportPlan(leads, "leads")).added == 1
    assert imports.run(ImportPlan(products, "products")).added == 1
    (lead,) = live(services, "leads")
    assert lead["number"] and lead["company"] == "Empresa"
    (product,) = live(services, "products")
    assert product["unit_price"] == Decimal("199.90")
    assert {hit.title for hit in services.search.search("printer")} == {"Printer"}
    assert_counts_right(services)
