"""Fixtures of the customer map's tests: organizations in Hanoi (spelled two ways), Ho
Chi Minh City, Reykjavík, São Paulo and a city nobody knows; the map screen on them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.places.gazetteer import Gazetteer, gazetteer
from crm_desktop.views.map import reading as map_reading
from crm_desktop.views.map.canvas import MarkerItem
from crm_desktop.views.map.screen import MapScreen

#: name -> (city, country) as people write them
CUSTOMERS = {
    "Thép Hà Nội": ("Hà Nội", "Việt Nam"),
    "Hanoi Trading Co.": ("Hanoi", "Vietnam"),
    "Quán Sài Gòn": ("TP. Hồ Chí Minh", "Việt Nam"),
    "Þórsmörk ehf.": ("Reykjavík", "Ísland"),
    "Farmácia São Jorge": ("São Paulo", "Brasil"),
    "Nowhere Ltd": ("Xyzzyvík", "Ísland"),
}


@pytest.fixture(autouse=True, params=["each", "grouped"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every map test twice: the list's records read each (a short list), and counted in
    groups by SQL (as a long list is), its groups of one read as their records."""
    if request.param == "grouped":
        monkeypatch.setattr(map_reading, "FEW", 0)
    return str(request.param)


@pytest.fixture(scope="session")
def places() -> Gazetteer:
    """The gazetteer, read once for all the tests (a few seconds)."""
    return gazetteer()


@pytest.fixture
def customers(services: Services) -> dict[str, int]:
    """The organizations of :data:`CUSTOMERS`: name -> id."""
    return {
        name: services.records.create(
            "organizations", {"name": name, "billing_city": city, "billing_country": country}
        ).id
        for name, (city, country) in CUSTOMERS.items()
    }


def wait_until_read(qtbot: QtBot, screen: MapScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy(), timeout=30_000)


def open_screen(qtbot: QtBot, services: Services, settings: QSettings) -> Iterator[MapScreen]:
    """The map screen, shown, with the records read and placed; shut down after."""
    screen = MapScreen(services, settings)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    wait_until_read(qtbot, screen)
    yield screen
    # A zoom's counting of the groups ended, so that no reading outlives the database.
    wait_until_read(qtbot, screen)
    screen.shutdown()


@pytest.fixture
def screen(
    qtbot: QtBot,
    services: Services,
    settings: QSettings,
    customers: dict[str, int],
    places: Gazetteer,
) -> Iterator[MapScreen]:
    """The map screen, shown, with the organizations read and placed."""
    yield from open_screen(qtbot, services, settings)


def markers(screen: MapScreen) -> dict[str, MarkerItem]:
    """The markers on the map by the place they stand at ("Hanoi, VN")."""
    return {marker.pins[0].place: marker for marker in screen.map.markers}
