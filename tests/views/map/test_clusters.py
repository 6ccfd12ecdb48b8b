"""Markers that would cover each other are drawn as one, at the place with the most
customers, and part again when the user zooms in; the customers selected stay so."""

from __future__ import annotations

import math

from pytestqt.qtbot import QtBot

from crm_desktop.views.map.clusters import group_places
from crm_desktop.views.map.markers import marker_radius
from crm_desktop.views.map.screen import MapScreen
from tests.views.map.conftest import markers


def test_places_whose_markers_overlap_are_grouped_at_the_largest() -> None:
    points = [(0.0, 0.0), (15.0, 0.0), (100.0, 0.0), (115.0, 0.0), (300.0, 5.0)]
    counts = [1, 2, 1, 1, 40]

    groups = group_places(points, counts, marker_radius)

    assert sorted(groups) == [[1, 0], [2, 3], [4]]
    # Places a pixel or two apart are taken together, the largest first.
    assert group_places([(0.0, 0.0), (1.0, 1.0), (2.0, 0.5)], [1, 2, 1], marker_radius) == [
        [1, 0, 2]
    ]


def test_markers_that_grew_into_each_other_are_joined_until_none_overlap() -> None:
    # 0 and 1 are apart; 2 joins 0 and 3 joins 1, and the two markers, grown to 19
    # customers each, would then cover each other.
    points = [(0.0, 0.0), (40.0, 0.0), (-33.0, 0.0), (73.0, 0.0), (400.0, 0.0)]
    counts = [10, 10, 9, 9, 1]
    assert math.dist(points[0], points[1]) > 2 * marker_radius(10)
    assert math.dist(points[0], points[1]) < 2 * marker_radius(19)

    groups = group_places(points, counts, marker_radius)

    assert sorted(sorted(g) for g in groups) == [[0, 1, 2, 3], [4]]
    seeds = [(points[g[0]], sum(counts[i] for i in g)) for g in groups]
    for n, (at, size) in enumerate(seeds):
        for other, other_size in seeds[n + 1 :]:
            assert math.dist(at, other) >= marker_radius(size) + marker_radius(other_size)


def _customers(screen: MapScreen) -> dict[str, int]:
    return {place: marker.count for place, marker in markers(screen).items()}


def test_zooming_out_groups_the_markers_and_in_parts_them(qtbot: QtBot, screen: MapScreen) -> None:
    apart = _customers(screen)
    assert apart["Hanoi, VN"] == 2 and apart["Ho Chi Minh City, VN"] == 1
    hcmc = markers(screen)["Ho Chi Minh City, VN"]
    hcmc.setSelected(True)
    chosen = {(p.record_type, p.id) for p in screen.map.selected_pins()}

    screen.map.zoom(1 / 1000)  # the whole world in a few pixels

    together = _customers(screen)
    assert "Ho Chi Minh City, VN" not in together
    assert together["Hanoi, VN"] == apart["Hanoi, VN"] + apart["Ho Chi Minh City, VN"]
    assert sum(together.values()) == sum(apart.values())
    joined = markers(screen)["Hanoi, VN"]
    assert joined.isSelected() and joined.radius == marker_radius(together["Hanoi, VN"])
    assert chosen <= {(p.record_type, p.id) for p in screen.map.selected_pins()}
    assert screen.customers.topLevelItemCount() == len(screen.map.selected_pins())

    screen.map.fit()

    assert _customers(screen) == apart
    assert chosen <= {(p.record_type, p.id) for p in screen.map.selected_pins()}
