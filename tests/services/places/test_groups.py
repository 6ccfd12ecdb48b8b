"""A long list counted on the map by SQL: a pin per cell of the grid (its customers'
number, by category) and per address spelling, read when chosen; the same customers,
the same places and the same addresses that could not be placed as reading every
record, with the list's filter and the user's rights."""

from __future__ import annotations

import pytest

from crm_desktop.services import Services
from crm_desktop.services.places.gazetteer import Gazetteer, gazetteer
from crm_desktop.services.places.grid import cell_size, fitted_cell, regroup
from crm_desktop.services.places.service import Pin, PlaceService
from crm_desktop.services.records.types import ListQuery
from tests.conftest import AsUser

WINDOW = (860, 660)
#: name -> (type, city, country, latitude, longitude); a few hundred metres apart in Hanoi
ORGANIZATIONS = {
    "Thép Ba Đình": ("Customer", "Hà Nội", "Việt Nam", 21.0358, 105.8341),
    "Gạo Tây Hồ": ("Customer", "Hà Nội", "Việt Nam", 21.0391, 105.8375),
    "Sơn Hoàn Kiếm": ("Prospect", "Hanoi", "VN", 21.0290, 105.8520),
    "Fiskur ehf.": ("Partner", "Reykjavík", "Ísland", 64.1466, -21.9426),
    "Farmácia São Jorge": ("Customer", "São Paulo", "Brasil", None, None),
    "Padaria Sé": ("Customer", "São Paulo", "Brasil", None, None),
    "Açougue Luz": ("Prospect", "Sao Paulo", "BR", None, None),
    "Nowhere Ltd": ("", "Xyzzyvík", "Ísland", None, None),
    "Nobody Ltd": ("", "", "", None, None),
}


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer()


def _add(services: Services) -> dict[str, int]:
    ids = {}
    for name, (kind, city, country, lat, lon) in ORGANIZATIONS.items():
        values = {"name": name, "billing_city": city, "billing_country": country}
        if kind:
            values["org_type"] = kind
        if lat is not None:
            values |= {"latitude": str(lat), "longitude": str(lon)}
        ids[name] = services.records.create("organizations", values).id
    return ids


def _key(pin: Pin) -> tuple[object, ...]:
    return (pin.id, pin.name, pin.latitude, pin.longitude, pin.place, pin.exact, pin.version)


def _same_as_each_read(service: PlaceService, query: ListQuery, size: float | None) -> list[Pin]:
    """The groups of ``query``'s list, checked against reading each of its records."""
    found = service.grouped(query, size, WINDOW)
    each = [pin for pins, _ in service.places(query) for pin in pins]
    missed = [u for _, unplaced in service.places(query) for u in unplaced]
    assert sum(pin.count for pin in found.pins) == len(each)
    read = service.customers(query, found.pins)
    assert sorted(map(_key, read)) == sorted(map(_key, each))
    assert sorted(found.unplaced, key=lambda u: u.id) == sorted(missed, key=lambda u: u.id)
    return found.pins


def test_the_groups_hold_the_records_a_reading_of_each_finds(
    services: Services, places: Gazetteer
) -> None:
    ids = _add(services)
    service = PlaceService(services.lists, services.records, places)
    query = ListQuery("organizations")
    pins = _same_as_each_read(service, query, 0.125)
    by_place = {(pin.place, pin.category): pin for pin in pins}
    # Hanoi's three at their coordinates: one cell, a pin per type with its count.
    hanoi = by_place["Hà Nội, VN", "Customer"]
    assert (hanoi.count, hanoi.exact, hanoi.id) == (2, True, 0)
    assert hanoi.latitude == pytest.approx((21.0358 + 21.0391) / 2)
    # Alone in its cell or at its address: the record's own pin, which can be moved.
    alone = by_place["Hanoi, VN", "Prospect"]
    assert (alone.count, alone.id, alone.name, alone.version) == (
        1,
        ids["Sơn Hoàn Kiếm"],
        "Sơn Hoàn Kiếm",
        1,
    )
    # São Paulo by its address: a pin per spelling, at the city's place.
    sao_paulo = places.cities("São Paulo")[0]
    spelled = [pin for pin in pins if pin.place == "São Paulo, BR"]
    assert sorted(pin.count for pin in spelled) == [1, 2]
    assert {(pin.latitude, pin.exact) for pin in spelled} == {(sao_paulo.latitude, False)}
    # A finer grid parts Hanoi's customers (half a kilometre apart).
    finer = _same_as_each_read(service, query, 1 / 512)
    assert {pin.count for pin in finer if pin.exact} == {1}
    # Zoomed in on Hanoi: what is around it only.
    around = service.grouped(query, 1 / 512, WINDOW, (20.5, 105.5, 21.5, 106.0)).pins
    assert sorted(pin.name for pin in around) == ["Gạo Tây Hồ", "Sơn Hoàn Kiếm", "Thép Ba Đình"]


def test_a_filter_and_a_user_s_rights_limit_the_groups(
    office: Services, as_user: AsUser, places: Gazetteer
) -> None:
    office.office.set_private("organizations", True)
    an = as_user("an")
    _add(an)
    chi = as_user("chi")
    chi.records.create(
        "organizations",
        {"name": "Chi's", "billing_city": "Hanoi", "latitude": "21.036", "longitude": "105.835"},
    )
    service = PlaceService(chi.lists, chi.records, places)
    pins = _same_as_each_read(service, ListQuery("organizations"), None)
    assert [(pin.name, pin.count) for pin in pins] == [("Chi's", 1)]
    service = PlaceService(an.lists, an.records, places)
    pins = _same_as_each_read(service, ListQuery("organizations", quick="ltd"), None)
    assert pins == []
    pins = _same_as_each_read(service, ListQuery("organizations", quick="thep"), None)
    assert [(pin.name, pin.count) for pin in pins] == [("Thép Ba Đình", 1)]


def test_contacts_are_grouped_at_their_organization_s_place_or_their_city(
    services: Services, places: Gazetteer
) -> None:
    ids = _add(services)
    for n, organization in enumerate(["Thép Ba Đình", "Gạo Tây Hồ", "Farmácia São Jorge", None]):
        services.records.create(
            "contacts",
            {
                "last_name": f"Nguyễn {n}",
                "mailing_city": "Hanoi",
                "mailing_country": "VN",
                "organization_id": ids[organization] if organization else None,
            },
        )
    service = PlaceService(services.lists, services.records, places)
    pins = _same_as_each_read(service, ListQuery("contacts"), 0.125)
    assert sorted((pin.exact, pin.count) for pin in pins) == [(False, 2), (True, 2)]
    assert all(pin.version is None for pin in pins)


def test_the_grid_is_as_fine_as_the_zoom_needs() -> None:
    for scale in (0.7, 3.0, 250.0, 20000.0):
        assert 4 <= cell_size(scale) * scale <= 8
        assert not regroup(cell_size(scale), scale)
    assert regroup(cell_size(3.0), 3.0 * 4.5) and regroup(cell_size(3.0), 3.0 / 4.5)
    # Vietnam to Iceland in a window: a few pixels of it.
    size = fitted_cell((10.0, -25.0, 66.0, 110.0), WINDOW)
    assert 2 <= size * WINDOW[0] / (135 * 1.24) <= 8
