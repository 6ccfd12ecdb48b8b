"""Cell values: several e-mails or phones in a cell, their kinds, picklist values, phones."""

from __future__ import annotations

import pytest

from crm_desktop.exchange.csv.values import (
    field_for_type,
    match_choice,
    normalise_phone,
    same_phone,
    split_several,
)
from crm_desktop.registry import Kind, RecordType, default_registry


@pytest.mark.parametrize(
    "cell, values",
    [
        ("a@example.vn ::: b@example.com", ["a@example.vn", "b@example.com"]),
        ("a@example.vn; b@example.com", ["a@example.vn", "b@example.com"]),
        ("a@example.vn, b@example.com", ["a@example.vn", "b@example.com"]),
        ("a@example.vn\nb@example.com", ["a@example.vn", "b@example.com"]),
        ("  ", []),
    ],
)
def test_several_emails_in_one_cell(cell: str, values: list[str]) -> None:
    assert split_several(cell, Kind.EMAIL) == values


@pytest.mark.parametrize(
    "cell, values",
    [
        ("+84 90 123 4567 ::: +84 28 3822 1234", ["+84 90 123 4567", "+84 28 3822 1234"]),
        ("0901234567, 0283822123", ["0901234567", "0283822123"]),
        ("+1 555 123 4567, ext. 5", ["+1 555 123 4567, ext. 5"]),
        ("551 2345; 861 2345", ["551 2345", "861 2345"]),
    ],
)
def test_several_phones_in_one_cell(cell: str, values: list[str]) -> None:
    assert split_several(cell, Kind.PHONE) == values


@pytest.fixture(scope="module")
def contacts() -> RecordType:
    return default_registry().get("contacts")


@pytest.mark.parametrize(
    "label, field",
    [
        ("Mobile", "mobile_phone"),
        ("* Mobile", "mobile_phone"),
        ("Cell", "mobile_phone"),
        ("Celular", "mobile_phone"),
        ("Home", "home_phone"),
        ("Work", "office_phone"),
        ("Grand Central", "office_phone"),
        ("", "office_phone"),
    ],
)
def test_the_kind_of_a_phone_chooses_its_field(
    contacts: RecordType, label: str, field: str
) -> None:
    assert field_for_type(contacts, Kind.PHONE, label) == field


def test_a_type_without_fields_of_that_kind_has_no_field() -> None:
    products = default_registry().get("products")
    assert field_for_type(products, Kind.PHONE, "Mobile") is None
    leads = default_registry().get("leads")
    assert field_for_type(leads, Kind.PHONE, "Home") == "phone"


@pytest.mark.parametrize(
    "text, value, how",
    [
        ("Closed Won", "Closed Won", "exact"),
        ("closed won", "Closed Won", "exact"),
        ("CLOSED-WON", "Closed Won", "exact"),
        ("Won", "Closed Won", "synonym"),
        ("lost", "Closed Lost", "synonym"),
        ("Fechada/Ganha", "Closed Won", "translation"),  # Brazilian Portuguese
        ("thanh cong", "Closed Won", "translation"),  # Vietnamese, accents dropped
        ("Lokið – unnið", "Closed Won", "translation"),  # Icelandic
        ("Almost won", None, "unmatched"),
        ("", None, "unmatched"),
    ],
)
def test_picklist_values_are_matched_never_invented(text: str, value: str | None, how: str) -> None:
    stage = default_registry().get("opportunities").field("sales_stage")
    match = match_choice(text, stage)
    assert (match.value, match.how) == (value, how)
    assert match.value is None or match.value in stage.choices


def test_salutations_match_without_their_dot_and_by_synonym(contacts: RecordType) -> None:
    salutation = contacts.field("salutation")
    assert match_choice("Mr", salutation).value == "Mr."
    assert match_choice("dr", salutation).value == "Dr."
    assert match_choice("Miss", salutation).value == "Ms."
    assert match_choice("Herr", salutation).value == "Mr."
    assert match_choice("Hon.", salutation).value is None


def test_a_synonym_only_matches_a_field_that_has_its_value() -> None:
    lead_status = default_registry().get("leads").field("lead_status")
    assert match_choice("Won", lead_status).value is None


@pytest.mark.parametrize(
    "a, b, region, same",
    [
        ("+84 28 3822 1234", "028 3822 1234", "VN", True),
        ("(028) 38221234", "+84-28-3822-1234", "VN", True),
        ("+84 28 3822 1234", "+84 28 3822 1235", "VN", False),
        ("+354 551 2345", "551 2345", "IS", True),
        ("+354 551 2345", "551 2345", "VN", False),
        ("+55 11 91234-5678", "(11) 91234-5678", "BR", True),
        ("555-1234", "5551234", None, True),
        ("555-1234", "555-1235", None, False),
        ("", "", "VN", False),
    ],
)
def test_same_phone_compares_numbers_not_text(
    a: str, b: str, region: str | None, same: bool
) -> None:
    assert same_phone(a, b, region) is same
    assert same_phone(b, a, region) is same


def test_normalise_phone() -> None:
    assert normalise_phone("028 3822 1234", "VN") == "+842838221234"
    assert normalise_phone("not a phone", "VN") is None
