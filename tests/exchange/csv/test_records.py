"""Rows made into field values: formats decided per column, then each row on its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from crm_desktop.exchange.csv.locale_values import DateOrder
from crm_desktop.exchange.csv.names import NameOrder
from crm_desktop.exchange.csv.presets import map_columns
from crm_desktop.exchange.csv.reading import open_csv
from crm_desktop.exchange.csv.records import RecordValues, decide_formats, record_values


def _records(path: Path, record_type: str) -> list[RecordValues]:
    with open_csv(path) as reader:
        rows = list(reader)
        column_map = map_columns(reader.header, record_type)
    formats = decide_formats(column_map, rows)
    return [record_values(row, column_map, formats) for row in rows]


def test_german_outlook_rows_become_contacts(csv_fixture: Callable[[str], Path]) -> None:
    first, second = _records(csv_fixture("outlook_de_cp1252.csv"), "contacts")
    assert first.values == {
        "first_name": "Jürgen",
        "last_name": "Müller",
        "organization_id": "Bäckerei Müller GmbH",
        "department": "Vertrieb",
        "title": "Geschäftsführer",
        "mailing_street": "Königstraße 12",
        "mailing_city": "Köln",
        "mailing_postal_code": "50667",
        "mailing_country": "Deutschland",
        "office_phone": "+49 221 123456",
        "mobile_phone": "0171 2345678",
        "email": "juergen@baeckerei.de",
        "birthday": date(1970, 12, 31),
        "description": "Preis: 1.234,56 €; bitte anrufen",
        "salutation": "Mr.",
    }
    assert first.problems == []
    # Outlook's "0.0.00" (no birthday) is reported, not made a date
    assert second.values["salutation"] == "Ms."
    assert "birthday" not in second.values
    assert [p.code for p in second.problems] == ["not_a_date"]


def test_google_rows_split_names_and_place_emails_and_phones(
    csv_fixture: Callable[[str], Path],
) -> None:
    path = csv_fixture("google_contacts.csv")
    with open_csv(path) as reader:
        rows = list(reader)
        column_map = map_columns(reader.header, "contacts")
    formats = decide_formats(column_map, rows)
    assert set(formats.name_orders.values()) == {NameOrder.FAMILY_FIRST}
    duc, other = (record_values(row, column_map, formats) for row in rows)
    assert (duc.values["last_name"], duc.values["first_name"]) == ("Nguyễn", "Văn Đức")
    assert duc.values["salutation"] == "Mr."
    assert duc.values["email"] == "duc@example.vn"
    assert duc.values["secondary_email"] == "duc.nguyen@example.com"
    assert duc.values["mobile_phone"] == "+84 90 123 4567"
    assert duc.values["office_phone"] == "+84 28 3822 1234"
    assert duc.problems == []
    # "Đức Nguyễn" does not tell its order: the file's is used, and said
    assert (other.values["last_name"], other.values["first_name"]) == ("Đức", "Nguyễn")
    assert [p.code for p in other.problems] == ["name_order_guessed"]
    assert other.values["home_phone"] == "0283 822 1235"


def test_numbers_dates_yes_no_and_stages_for_opportunities(
    csv_bytes: Callable[[bytes], Path],
) -> None:
    data = (
        "Name;Amount;Expected close date;Sales stage;Probability (%)\r\n"
        "Máy in;1.234,56;31/12/2026;Won;90\r\n"
        "Bảo trì;2.000;03/04/2027;Fechada/Ganha;\r\n"
        "Mực in;12,5;soon;Maybe;x\r\n"
    ).encode()
    path = csv_bytes(data)
    with open_csv(path) as reader:
        rows = list(reader)
        column_map = map_columns(reader.header, "opportunities")
    formats = decide_formats(column_map, rows)
    assert {f.value for f in formats.dates.values()} == {DateOrder.DMY}
    printer, service, ink = (record_values(row, column_map, formats) for row in rows)
    assert printer.values == {
        "name": "Máy in",
        "amount": Decimal("1234.56"),
        "expected_close_date": date(2026, 12, 31),
        "sales_stage": "Closed Won",
        "probability": 90,
    }
    assert service.values["amount"] == Decimal("2000")
    assert service.values["expected_close_date"] == date(2027, 4, 3)
    assert ink.values == {"name": "Mực in", "amount": Decimal("12.5")}
    assert [p.code for p in ink.problems] == ["not_a_date", "unknown_choice", "not_a_number"]


def test_yes_no_in_our_languages_and_too_many_emails(csv_bytes: Callable[[bytes], Path]) -> None:
    data = "Last name,Do not call,Email\nBerg,Já,a@x.is; b@x.is; c@x.is\nDias,não,\n".encode()
    with open_csv(csv_bytes(data)) as reader:
        rows = list(reader)
        column_map = map_columns(reader.header, "contacts")
    formats = decide_formats(column_map, rows)
    berg, dias = (record_values(row, column_map, formats) for row in rows)
    assert berg.values["do_not_call"] is True and dias.values["do_not_call"] is False
    assert (berg.values["email"], berg.values["secondary_email"]) == ("a@x.is", "b@x.is")
    assert [p.code for p in berg.problems] == ["no_room"]
    assert "c@x.is" in berg.problems[0].message
