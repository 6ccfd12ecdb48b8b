"""Markers in the colours of their customers' type or status: a slice per value as large
as its share, a value's colour the same from one reading to the next, named under the
map."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.registry.picklists import ORGANIZATION_TYPES
from crm_desktop.services import Services
from crm_desktop.views.map.colours import HUES, OTHER
from crm_desktop.views.map.screen import MapScreen
from tests.views.map.conftest import markers, wait_until_read

pytestmark = pytest.mark.usefixtures("english_locale")

#: the organizations' types set by the test (the others have none)
TYPES = {"Thép Hà Nội": "Customer", "Hanoi Trading Co.": "Prospect", "Quán Sài Gòn": "Customer"}


def test_markers_are_coloured_by_the_organizations_type(
    qtbot: QtBot, screen: MapScreen, services: Services, customers: dict[str, int]
) -> None:
    for name, kind in TYPES.items():
        record = services.records.get("organizations", customers[name])
        services.records.update("organizations", record.id, record.version, {"org_type": kind})
    screen.refresh()
    wait_until_read(qtbot, screen)

    shown = markers(screen)
    hanoi = shown["Hanoi, VN"]
    hue = {kind: HUES[ORGANIZATION_TYPES.index(kind)] for kind in set(TYPES.values())}
    # Hanoi's two customers: a customer and a prospect, half the disc each.
    assert sorted((c.name(), n) for c, n in hanoi.slices) == sorted(
        (hue[TYPES[name]], 1) for name in ("Thép Hà Nội", "Hanoi Trading Co.")
    )
    assert [(c.name(), n) for c, n in shown["Ho Chi Minh City, VN"].slices] == [
        (hue["Customer"], 1)
    ]
    assert [(c.name(), n) for c, n in shown["Reykjavík, IS"].slices] == [(OTHER, 1)]
    legend = screen.legend.text()
    assert screen.legend.isVisibleTo(screen)
    assert legend.startswith("Type:")
    for kind in ("Customer", "Prospect", "Not set"):
        assert kind in legend
    # In the picklist's order, whatever the records' order: a value keeps its colour.
    assert legend.index("Customer") < legend.index("Prospect") < legend.index("Not set")


def test_a_type_without_a_type_or_status_has_plain_markers(
    qtbot: QtBot, screen: MapScreen, services: Services
) -> None:
    services.records.create(
        "contacts", {"last_name": "Nguyễn", "mailing_city": "Hanoi", "mailing_country": "VN"}
    )
    screen.types.setCurrentIndex(screen.types.findData("contacts"))
    wait_until_read(qtbot, screen)

    assert [m.slices for m in screen.map.markers] == [[]]
    assert not screen.legend.isVisibleTo(screen)
