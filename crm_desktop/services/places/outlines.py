"""The countries' outlines the map draws under its markers, offline: Natural Earth's
1:110m Admin 0 countries (public domain, version 5.0.1, as geopandas 0.14 shipped it),
kept in ``resources/map/countries-110m.json.gz`` (32 KB) as each ring's first point and
then the differences to the next, in hundredths of a degree. Read once per process, on
first use (a few milliseconds)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: a ring: its points as (longitude, latitude) in degrees, the last joined to the first
Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Country:
    #: the ISO 3166-1 alpha-3 code ("VNM"; "-99" for the few Natural Earth gives none)
    code: str
    name: str
    rings: tuple[Ring, ...]


@cache
def countries() -> tuple[Country, ...]:
    """Every country with the rings of its land (islands are rings of their own)."""
    packed = resources.files("crm_desktop").joinpath("resources/map/countries-110m.json.gz")
    data = json.loads(gzip.decompress(packed.read_bytes()))
    found = []
    for code, name, encoded in data["countries"]:
        rings = []
        for flat in encoded:
            x = y = 0
            ring: Ring = []
            for at in range(0, len(flat), 2):
                x, y = x + flat[at], y + flat[at + 1]
                ring.append((x / 100, y / 100))
            rings.append(ring)
        found.append(Country(code, name, tuple(rings)))
    return tuple(found)


def simplified(ring: Ring, tolerance: float) -> Ring:
    """The ring without the points nearer than ``tolerance`` degrees to the last one
    kept (what a pixel cannot show at a zoom); at least its first point and two more,
    so that a small island stays a speck rather than vanishing."""
    if tolerance <= 0 or len(ring) <= 4:
        return ring
    kept = [ring[0]]
    for point in ring[1:]:
        last = kept[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= tolerance:
            kept.append(point)
    return kept if len(kept) >= 3 else ring[:: max(1, len(ring) // 3)][:3]
