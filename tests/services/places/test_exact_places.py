"""Records placed at their own coordinates when they have them (an organization's
latitude and longitude, a contact at its organization's), else at their city; and an
organization moved on the map: saved as its form would save it, kept in its history,
refused over a change someone else saved since."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.errors import ConflictError
from crm_desktop.services import Services
from crm_desktop.services.places.gazetteer import Gazetteer, gazetteer
from crm_desktop.services.places.service import Pin, PlaceService
from crm_desktop.services.records.types import ListQuery
from tests.map_records import CITY, EXACT, HANOI, add_organizations


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer()


def _pins(service: PlaceService, type_key: str) -> dict[str, Pin]:
    return {pin.name: pin for pins, _ in service.places(ListQuery(type_key)) for pin in pins}


@pytest.fixture
def service(services: Services, places: Gazetteer) -> PlaceService:
    return PlaceService(services.lists, services.records, places)


@pytest.fixture
def organizations(services: Services) -> dict[str, int]:
    return add_organizations(services)


def test_an_organization_with_coordinates_is_placed_at_them(
    service: PlaceService, organizations: dict[str, int], places: Gazetteer
) -> None:
    found = _pins(service, "organizations")

    exact = found[EXACT]
    assert (exact.latitude, exact.longitude, exact.exact) == (*HANOI, True)
    assert (exact.place, exact.country) == ("Hà Nội, VN", "VN")
    city = found[CITY]
    sao_paulo = places.cities("São Paulo")[0]
    assert (city.latitude, city.longitude, city.exact) == (
        sao_paulo.latitude,
        sao_paulo.longitude,
        False,
    )
    # Both can be moved: they have coordinates of their own (one has none yet).
    assert exact.version == 1 and city.version == 1


def test_a_contact_follows_its_organization_s_coordinates(
    services: Services, service: PlaceService, organizations: dict[str, int], places: Gazetteer
) -> None:
    for last, organization in (("Trần", EXACT), ("Jónsson", CITY)):
        services.records.create(
            "contacts",
            {
                "last_name": last,
                "mailing_city": "Hanoi",
                "mailing_country": "VN",
                "organization_id": organizations[organization],
            },
        )
    services.records.create("leads", {"last_name": "Lê", "city": "Hanoi", "country": "VN"})

    contacts = _pins(service, "contacts")
    assert (contacts["Trần"].latitude, contacts["Trần"].longitude) == HANOI
    assert contacts["Trần"].exact and contacts["Trần"].version is None  # not movable
    # Its organization has no coordinates: at its own address's city.
    hanoi = places.cities("Hanoi")[0]
    assert (contacts["Jónsson"].latitude, contacts["Jónsson"].exact) == (hanoi.latitude, False)
    lead = _pins(service, "leads")["Lê"]
    assert (lead.latitude, lead.exact, lead.version) == (hanoi.latitude, False, None)
    assert service.movable("organizations")
    assert not service.movable("contacts") and not service.movable("leads")


def test_a_moved_organization_keeps_its_new_place_and_the_change_in_its_history(
    services: Services, service: PlaceService, organizations: dict[str, int]
) -> None:
    pin = _pins(service, "organizations")[CITY]

    moved = service.move(pin, 64.1466012345, -21.9426)

    record = services.records.get("organizations", organizations[CITY])
    assert (float(record.values["latitude"]), float(record.values["longitude"])) == (
        64.1466,
        -21.9426,
    )
    assert (moved.latitude, moved.longitude, moved.exact) == (64.1466, -21.9426, True)
    assert moved.version == record.version == 2
    changes = services.history.page("organizations", record.id)
    assert {(c.field, c.old, c.new) for c in changes if c.field in ("latitude", "longitude")} == {
        ("latitude", None, Decimal("64.1466")),
        ("longitude", None, Decimal("-21.9426")),
    }
    # The map read afresh shows it there, exactly.
    again = _pins(service, "organizations")[CITY]
    assert (again.latitude, again.longitude, again.exact) == (64.1466, -21.9426, True)


def test_moving_a_record_someone_saved_since_is_refused_and_keeps_their_change(
    services: Services,
    colleague: Services,
    service: PlaceService,
    organizations: dict[str, int],
) -> None:
    pin = _pins(service, "organizations")[EXACT]
    colleague.records.update(
        "organizations", pin.id, 1, {"latitude": "21.0285", "phone": "+84 24 3825 1234"}
    )

    with pytest.raises(ConflictError) as refused:
        service.move(pin, 10.7769, 106.7009)

    assert str(refused.value) == "Someone else changed this organization after you opened it."
    record = services.records.get("organizations", pin.id)
    assert float(record.values["latitude"]) == 21.0285
    assert float(record.values["longitude"]) == HANOI[1]
    assert record.values["phone"] == "+84 24 3825 1234"
