"""Markers that would cover each other at the zoom on show are drawn as one: the places
are taken from the one with the most customers down, and a place whose disc would
overlap the disc of a marker already kept (as large as its customers so far make it)
joins it; markers that grew into each other are then joined the same way, until none
overlap. Places are looked up in a grid of cells as wide as the largest marker can
reach, so a zoom costs a pass over the places, not over every pair of them; and places
within a few pixels of each other (thousands of customers at their own coordinates in
one city, seen from afar) are taken together first, so that the pass is over the pixels
they cover rather than over each of them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

#: places nearer than this (pixels, a square's side) are taken together before grouping:
#: their discs, 18 pixels wide at the least, would overlap anyway
SAME_SPOT = 4.0
#: passes joining markers that grew into each other (one or two suffice in practice)
PASSES = 4

Point = tuple[float, float]


def group_places(
    points: Sequence[Point], counts: Sequence[int], radius: Callable[[int], float]
) -> list[list[int]]:
    """The indexes of ``points`` (x, y in screen pixels, each with its number of
    customers) in groups: each group's first is the place it is drawn at (its largest),
    then the places drawn with it, so that no two groups' markers (of ``radius`` for
    their customers, in pixels) overlap."""
    spots: dict[tuple[int, int], list[int]] = {}
    for at, (x, y) in enumerate(points):
        spots.setdefault((math.floor(x / SAME_SPOT), math.floor(y / SAME_SPOT)), []).append(at)
    groups = [sorted(found, key=lambda i: -counts[i]) for found in spots.values()]
    for _ in range(PASSES):
        joined = _join(points, counts, groups, radius)
        if len(joined) == len(groups):
            break
        groups = joined
    return groups


def _join(
    points: Sequence[Point],
    counts: Sequence[int],
    groups: list[list[int]],
    radius: Callable[[int], float],
) -> list[list[int]]:
    """``groups`` (each drawn at its first place) joined where their markers overlap,
    the largest first."""
    sizes = [sum(counts[i] for i in group) for group in groups]
    order = sorted(range(len(groups)), key=lambda g: -sizes[g])
    cell = 2 * radius(10**9)
    kept: dict[tuple[int, int], list[int]] = {}
    joined: list[list[int]] = []
    customers: list[int] = []
    for g in order:
        x, y = points[groups[g][0]]
        column, row = math.floor(x / cell), math.floor(y / cell)
        nearest, closest = None, math.inf
        for near in ((column + dx, row + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            for k in kept.get(near, ()):
                gap = math.dist((x, y), points[joined[k][0]])
                if gap < radius(customers[k]) + radius(sizes[g]) and gap < closest:
                    nearest, closest = k, gap
        if nearest is None:
            kept.setdefault((column, row), []).append(len(joined))
            joined.append(list(groups[g]))
            customers.append(sizes[g])
        else:
            joined[nearest] += groups[g]
            customers[nearest] += sizes[g]
    return joined
