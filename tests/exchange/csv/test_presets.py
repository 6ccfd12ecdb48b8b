"""Presets recognised from a file's header, and the generic matching by our labels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.exchange.csv.presets import Use, map_columns, recognise
from crm_desktop.exchange.csv.reading import open_csv

THUNDERBIRD = [
    "First Name",
    "Last Name",
    "Display Name",
    "Nickname",
    "Primary Email",
    "Secondary Email",
    "Screen Name",
    "Work Phone",
    "Home Phone",
    "Fax Number",
    "Pager Number",
    "Mobile Number",
    "Home Address",
    "Home Address 2",
    "Home City",
    "Home State",
    "Home ZipCode",
    "Home Country",
    "Work Address",
    "Work Address 2",
    "Work City",
    "Work State",
    "Work ZipCode",
    "Work Country",
    "Job Title",
    "Department",
    "Organization",
    "Web Page 1",
    "Web Page 2",
    "Birth Year",
    "Birth Month",
    "Birth Day",
    "Custom 1",
    "Custom 2",
    "Custom 3",
    "Custom 4",
    "Notes",
]
OUTLOOK_EN = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Business Phone",
    "Mobile Phone",
    "E-mail Address",
    "Notes",
]
GOOGLE_NEW = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Organization Name",
    "Organization Title",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
]


def _header(csv_fixture: Callable[[str], Path], name: str) -> list[str]:
    with open_csv(csv_fixture(name)) as reader:
        return reader.header


@pytest.mark.parametrize(
    "name, preset",
    [
        ("outlook_de_cp1252.csv", "outlook"),
        ("google_contacts.csv", "google"),
        ("linkedin_connections.csv", "linkedin"),
        ("utf16le_no_bom.csv", "outlook"),
        ("ragged_cr.csv", "generic"),
    ],
)
def test_presets_are_recognised_from_the_header(
    csv_fixture: Callable[[str], Path], name: str, preset: str
) -> None:
    assert recognise(_header(csv_fixture, name)) == preset


def test_other_layouts_are_recognised() -> None:
    assert recognise(THUNDERBIRD) == "thunderbird"
    assert recognise(OUTLOOK_EN) == "outlook"
    assert recognise(GOOGLE_NEW) == "google"


def test_german_outlook_columns_go_to_contacts_fields(csv_fixture: Callable[[str], Path]) -> None:
    mapping = map_columns(_header(csv_fixture, "outlook_de_cp1252.csv"), "contacts")
    fields = mapping.fields()
    header = _header(csv_fixture, "outlook_de_cp1252.csv")
    assert header[fields["first_name"]] == "Vorname"
    assert header[fields["office_phone"]] == "Telefon geschäftlich"
    assert header[fields["email"]] == "E-Mail-Adresse"
    assert header[fields["organization_id"]] == "Firma"
    assert header[fields["salutation"]] == "Anrede"
    ignored = {c.header for c in mapping.columns if c.use is Use.IGNORED}
    assert ignored == {"Weitere Vornamen", "Kategorien"}


def test_outlook_title_is_the_salutation_and_job_title_the_title() -> None:
    fields = map_columns(OUTLOOK_EN, "contacts").fields()
    assert OUTLOOK_EN[fields["salutation"]] == "Title"
    assert OUTLOOK_EN[fields["title"]] == "Job Title"


def test_the_same_file_maps_to_each_record_type() -> None:
    leads = map_columns(OUTLOOK_EN, "leads").fields()
    assert OUTLOOK_EN[leads["company"]] == "Company"
    assert OUTLOOK_EN[leads["phone"]] == "Business Phone"
    organizations = map_columns(OUTLOOK_EN, "organizations").fields()
    assert OUTLOOK_EN[organizations["name"]] == "Company"
    assert OUTLOOK_EN[organizations["billing_city"]] == "Business City"
    assert "first_name" not in organizations


def test_thunderbird_birth_day_column_is_not_taken_for_the_birthday() -> None:
    mapping = map_columns(THUNDERBIRD, "contacts")
    fields = mapping.fields()
    assert "birthday" not in fields
    assert THUNDERBIRD[fields["mobile_phone"]] == "Mobile Number"
    assert THUNDERBIRD[fields["description"]] == "Notes"
    assert mapping.columns[THUNDERBIRD.index("Display Name")].use is Use.IGNORED


def test_google_full_name_several_emails_and_type_columns(
    csv_fixture: Callable[[str], Path],
) -> None:
    header = _header(csv_fixture, "google_contacts.csv")
    columns = map_columns(header, "contacts").columns
    by_header = {c.header: c for c in columns}
    assert by_header["Name"].use is Use.FULL_NAME
    email = by_header["E-mail 1 - Value"]
    assert (email.use, email.field) == (Use.SEVERAL, "email")
    assert email.type_column == header.index("E-mail 1 - Type")
    phone_type = by_header["Phone 2 - Type"]
    assert (phone_type.use, phone_type.type_of) == (Use.TYPE, header.index("Phone 2 - Value"))


def test_google_new_layout_labels_are_type_columns() -> None:
    columns = map_columns(GOOGLE_NEW, "contacts").columns
    assert columns[GOOGLE_NEW.index("Phone 1 - Value")].type_column == GOOGLE_NEW.index(
        "Phone 1 - Label"
    )
    assert columns[GOOGLE_NEW.index("Organization Name")].field == "organization_id"


def test_linkedin_connected_on_and_url_for_contacts(csv_fixture: Callable[[str], Path]) -> None:
    header = _header(csv_fixture, "linkedin_connections.csv")
    contacts = map_columns(header, "contacts")
    assert contacts.columns[header.index("Connected On")].use is Use.IGNORED
    # contacts have no web site field; leads do
    assert contacts.columns[header.index("URL")].use is Use.IGNORED
    assert map_columns(header, "leads").fields()["website"] == header.index("URL")


@pytest.mark.parametrize(
    "header, field",
    [
        ("Tên", "first_name"),  # Vietnamese
        ("Sobrenome", "last_name"),  # Brazilian Portuguese
        ("Netfang", "email"),  # Icelandic
        ("E-MAIL", "email"),
        ("mobile phone", "mobile_phone"),
        ("Di động", "mobile_phone"),
        ("di dong", "mobile_phone"),
        ("Postal code", "mailing_postal_code"),
        ("mailing_city", "mailing_city"),
    ],
)
def test_generic_matches_our_labels_in_every_language(header: str, field: str) -> None:
    mapping = map_columns([header, "Something else"], "contacts")
    assert mapping.preset == "generic"
    assert mapping.fields() == {field: 0}
    assert mapping.columns[1].use is Use.IGNORED


def test_generic_whole_name_column_is_split() -> None:
    columns = map_columns(["Họ và tên", "Email"], "leads").columns
    assert columns[0].use is Use.FULL_NAME
    assert (columns[1].use, columns[1].field) == (Use.SEVERAL, "email")


def test_a_field_is_filled_by_one_column_only() -> None:
    columns = map_columns(["Email", "E-mail", "City"], "contacts").columns
    assert [c.use for c in columns] == [Use.SEVERAL, Use.SEVERAL, Use.FIELD]
    columns = map_columns(["City", "Cidade"], "contacts").columns
    assert [c.use for c in columns] == [Use.FIELD, Use.IGNORED]


def test_a_preset_can_be_chosen_instead_of_recognised() -> None:
    mapping = map_columns(["First Name", "Email Address"], "contacts", preset="linkedin")
    assert mapping.preset == "linkedin"
    assert mapping.fields() == {"first_name": 0, "email": 1}
    with pytest.raises(ValueError):
        map_columns(["First Name"], "contacts", preset="lotus")
