"""Addresses placed offline at their city: Vietnamese, Brazilian and Icelandic spellings
with and without accents, prefixes and the country's own name."""

from __future__ import annotations

import pytest

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.places.gazetteer import Gazetteer, gazetteer
from crm_desktop.services.places.placing import NO_CITY, NOT_IN_COUNTRY, UNKNOWN_CITY, place
from crm_desktop.services.places.service import PlaceService
from crm_desktop.services.records.types import ListQuery


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer()


@pytest.mark.parametrize(
    ("city", "country", "name", "code"),
    [
        ("TP. Hồ Chí Minh", "Việt Nam", "Ho Chi Minh City", "VN"),
        ("Saigon", "Vietnam", "Ho Chi Minh City", "VN"),
        ("Thành phố Hồ Chí Minh", "", "Ho Chi Minh City", "VN"),
        ("Hà Nội", "Việt Nam", "Hanoi", "VN"),
        ("ha noi", "VN", "Hanoi", "VN"),
        ("Đà Nẵng", None, "Da Nang", "VN"),
        ("Cần Thơ", "Việt Nam", "Cần Thơ", "VN"),
        ("São Paulo - SP", "Brasil", "São Paulo", "BR"),
        ("sao paulo", "Brazil", "São Paulo", "BR"),
        ("Belo Horizonte", "Brasil", "Belo Horizonte", "BR"),
        ("Reykjavík 101", "Ísland", "Reykjavík", "IS"),
        ("Kopavogur", "Iceland", "Kópavogur", "IS"),
        ("Hafnarfjörður", "Ísland", "Hafnarfjörður", "IS"),
        ("Ísafjörður", "IS", "Ísafjörður", "IS"),
    ],
)
def test_addresses_are_placed_at_their_city(
    places: Gazetteer, city: str, country: str | None, name: str, code: str
) -> None:
    found = place(places, city, country)
    assert found.city is not None, found.reason
    assert (found.city.name, found.city.country) == (name, code)


def test_hanoi_lies_where_hanoi_is(places: Gazetteer) -> None:
    hanoi = place(places, "Hà Nội", "Việt Nam").city
    assert hanoi is not None
    assert 20.9 < hanoi.latitude < 21.2 and 105.7 < hanoi.longitude < 106.0


def test_a_place_of_another_country_is_the_one_in_the_address_s(places: Gazetteer) -> None:
    # Several Santa Marias: the Brazilian one for a Brazilian address.
    brazilian = place(places, "Santa Maria", "Brasil").city
    assert brazilian is not None and brazilian.country == "BR"


def test_addresses_that_cannot_be_placed_say_why(places: Gazetteer) -> None:
    assert place(places, "", "Việt Nam").reason == NO_CITY
    assert place(places, "Xyzzyvík", "Ísland").reason == UNKNOWN_CITY
    assert place(places, "Akureyri", "Brasil").reason == NOT_IN_COUNTRY


def test_a_list_s_records_are_pinned_or_listed_with_the_reason(
    services: Services, places: Gazetteer
) -> None:
    for name, city, country in (
        ("Thép Hà Nội", "Hà Nội", "Việt Nam"),
        ("Farmácia São Jorge", "São Paulo", "Brasil"),
        ("Þórsmörk ehf.", "Reykjavík", "Ísland"),
        ("Nowhere Ltd", "Xyzzyvík", ""),
        ("Quán Sài Gòn", "TP. Hồ Chí Minh", "Việt Nam"),
    ):
        services.records.create(
            "organizations", {"name": name, "billing_city": city, "billing_country": country}
        )
    query = ListQuery("organizations", conditions=(Condition("billing_country", "ne", "Brasil"),))

    chunks = list(PlaceService(services.lists, services.records, places).places(query))

    pins = [pin for found, _ in chunks for pin in found]
    unplaced = [u for _, missed in chunks for u in missed]
    assert sorted((p.name, p.place) for p in pins) == [
        ("Quán Sài Gòn", "Ho Chi Minh City, VN"),
        ("Thép Hà Nội", "Hanoi, VN"),
        ("Þórsmörk ehf.", "Reykjavík, IS"),
    ]
    assert [(u.name, u.reason) for u in unplaced] == [("Nowhere Ltd", UNKNOWN_CITY)]


def test_the_towns_of_a_country_trace_it(services: Services, places: Gazetteer) -> None:
    service = PlaceService(services.lists, services.records, places)

    towns = service.towns({"IS", "VN"})

    assert {t.country for t in towns} == {"IS", "VN"}
    icelandic = [t for t in towns if t.country == "IS"]
    assert icelandic[0].name == "Reykjavík"  # the largest first
    assert all(63.2 < t.latitude < 66.6 and -24.6 < t.longitude < -13.4 for t in icelandic)
    assert len([t for t in towns if t.country == "VN"]) > 300


def test_the_types_with_an_address_are_placed(services: Services, places: Gazetteer) -> None:
    types = PlaceService(services.lists, services.records, places).record_types()

    assert set(types) == {"organizations", "contacts", "leads"}
