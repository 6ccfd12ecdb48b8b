"""Visiting places in a sensible order: nearest neighbour from a start, over the
great-circle distances between them. Customers are placed at their city, so those of
one city share a point: the order is worked out over the distinct points (a handful of
cities for a day's visits, whatever the number of customers) and each city's customers
are visited together, in the order they were given."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

#: the Earth's mean radius, in kilometres
EARTH_KM = 6371.0088

Point = tuple[float, float]  # (latitude, longitude) in degrees


def distance_km(a: Point, b: Point) -> float:
    """The great-circle distance between two points (the haversine formula)."""
    lat1, lon1, lat2, lon2 = (math.radians(v) for v in (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def nearest_neighbour(points: Sequence[Point], start: int = 0) -> list[int]:
    """The indexes of ``points`` in visiting order: ``start`` first, then each time the
    nearest point not visited yet (of equal ones, the earlier given); the points at one
    place one after the other."""
    if not points:
        return []
    if not 0 <= start < len(points):
        raise IndexError(f"no point {start} among {len(points)}")
    places: dict[Point, list[int]] = {}
    for at, point in enumerate(points):
        places.setdefault(point, []).append(at)
    first = points[start]
    # The start itself leads its place's points.
    places[first] = [start, *(at for at in places[first] if at != start)]
    left = [p for p in places if p != first]
    order = list(places[first])
    here = first
    while left:
        nearest = min(range(len(left)), key=lambda n: distance_km(here, left[n]))
        here = left.pop(nearest)
        order += places[here]
    return order


def route_km(points: Sequence[Point], order: Sequence[int]) -> float:
    """The length of the route through ``points`` in ``order``."""
    return sum(distance_km(points[a], points[b]) for a, b in itertools.pairwise(order))
