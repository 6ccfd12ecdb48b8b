"""Markers that would cover each other at the zoom on show are drawn as one: the places
are taken from the one with the most customers down, and a place whose disc would
overlap that of a marker already kept joins it. Places are looked up in a grid of
cells as wide as the largest marker can reach, so a zoom costs a pass over the places,
not over every pair of them."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF


def group_places(
    points: Sequence[QPointF], radii: Sequence[float], reach: float
) -> list[list[int]]:
    """The indexes of ``points`` (in screen pixels, each with its marker's radius) in
    groups: each group's first is the place it is drawn at (the largest), then the
    places whose discs would overlap its disc. ``reach``: the largest radius there is."""
    order = sorted(range(len(points)), key=lambda i: -radii[i])
    cell = 2 * reach
    kept: dict[tuple[int, int], list[int]] = {}
    groups: list[list[int]] = []
    for at in order:
        point = points[at]
        column, row = math.floor(point.x() / cell), math.floor(point.y() / cell)
        nearest, closest = None, math.inf
        for near in ((column + dx, row + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            for group in kept.get(near, ()):
                seed = groups[group][0]
                gap = math.dist((point.x(), point.y()), (points[seed].x(), points[seed].y()))
                if gap < radii[seed] + radii[at] and gap < closest:
                    nearest, closest = group, gap
        if nearest is None:
            kept.setdefault((column, row), []).append(len(groups))
            groups.append([at])
        else:
            groups[nearest].append(at)
    return groups
