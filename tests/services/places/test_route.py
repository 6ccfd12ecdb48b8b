"""Ordering visits into a route: nearest neighbour from the start, over great-circle
distances, the customers of one city together."""

from __future__ import annotations

import itertools

import pytest

from crm_desktop.services.places.gazetteer import Gazetteer, gazetteer
from crm_desktop.services.places.route import distance_km, nearest_neighbour, route_km


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer()


def _at(places: Gazetteer, name: str, country: str) -> tuple[float, float]:
    city = next(c for c in places.cities(name) if c.country == country)
    return (city.latitude, city.longitude)


def test_distances_between_cities(places: Gazetteer) -> None:
    hanoi, saigon = _at(places, "Hanoi", "VN"), _at(places, "Ho Chi Minh City", "VN")
    # About 1,140 km as the crow flies (and the same both ways; none to itself).
    assert 1100 < distance_km(hanoi, saigon) < 1180
    assert distance_km(saigon, hanoi) == pytest.approx(distance_km(hanoi, saigon))
    assert distance_km(hanoi, hanoi) == 0


def test_nearest_neighbour_goes_to_the_closest_place_not_visited_yet(places: Gazetteer) -> None:
    # Down Vietnam's coast, given out of order, two customers in Hanoi.
    names = ["Ho Chi Minh City", "Hanoi", "Da Nang", "Hue", "Vinh", "Hanoi", "Nha Trang"]
    points = [_at(places, name, "VN") for name in names]

    order = nearest_neighbour(points, start=names.index("Hanoi"))

    assert [names[i] for i in order] == [
        "Hanoi", "Hanoi", "Vinh", "Hue", "Da Nang", "Nha Trang", "Ho Chi Minh City",
    ]  # fmt: skip
    assert order[:2] == [1, 5]  # the start, then the other customer of its city
    # Each step is to the nearest place left, as worked out here from the distances.
    for step in range(1, len(order)):
        here, left = points[order[step - 1]], [points[i] for i in order[step:]]
        assert distance_km(here, points[order[step]]) == min(distance_km(here, p) for p in left)
    # And here it is the shortest way from Hanoi through them all.
    shortest = min(
        route_km(points, [1, 5, *rest]) for rest in itertools.permutations([0, 2, 3, 4, 6])
    )
    assert route_km(points, order) == pytest.approx(shortest)


def test_the_start_and_the_edges() -> None:
    points = [(0.0, 0.0), (0.0, 10.0), (0.0, 1.0)]
    assert nearest_neighbour(points) == [0, 2, 1]
    assert nearest_neighbour(points, start=1) == [1, 2, 0]
    assert nearest_neighbour([]) == []
    with pytest.raises(IndexError):
        nearest_neighbour(points, start=3)
