"""Markers that would cover each other at the zoom on show are drawn as one: the places
are taken from the one with the most customers down, and a place whose disc would
overlap that of a marker already kept joins it. Places are looked up in a grid of
cells as wide as the largest marker can reach, so a zoom costs a pass over the places,
not over every pair of them; and places within a few pixels of each other (thousands
of customers at their own coordinates in one city, seen from afar) are taken together
first, so that the pass is over the pixels they cover rather than over each of them."""

from __future__ import annotations

import math
from collections.abc import Sequence

#: places nearer than this (pixels, a square's side) are taken together before grouping:
#: their discs, 18 pixels wide at the least, would overlap anyway
SAME_SPOT = 4.0

Point = tuple[float, float]


def group_places(points: Sequence[Point], radii: Sequence[float], reach: float) -> list[list[int]]:
    """The indexes of ``points`` (x, y in screen pixels, each with its marker's radius)
    in groups: each group's first is the place it is drawn at (the largest), then the
    places whose discs would overlap its disc. ``reach``: the largest radius there is."""
    spots: dict[tuple[int, int], list[int]] = {}
    for at, (x, y) in enumerate(points):
        spots.setdefault((math.floor(x / SAME_SPOT), math.floor(y / SAME_SPOT)), []).append(at)
    # Each spot is its largest place and the others with it.
    gathered = [sorted(found, key=lambda i: -radii[i]) for found in spots.values()]
    gathered.sort(key=lambda found: -radii[found[0]])
    cell = 2 * reach
    kept: dict[tuple[int, int], list[int]] = {}
    groups: list[list[int]] = []
    for found in gathered:
        at = found[0]
        x, y = points[at]
        column, row = math.floor(x / cell), math.floor(y / cell)
        nearest, closest = None, math.inf
        for near in ((column + dx, row + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            for group in kept.get(near, ()):
                seed = groups[group][0]
                gap = math.dist((x, y), points[seed])
                if gap < radii[seed] + radii[at] and gap < closest:
                    nearest, closest = group, gap
        if nearest is None:
            kept.setdefault((column, row), []).append(len(groups))
            groups.append(list(found))
        else:
            groups[nearest] += found
    return groups
