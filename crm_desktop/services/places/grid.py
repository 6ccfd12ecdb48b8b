"""The grid a long list is counted in on the map (see groups.py): how fine its cells
are at a zoom, and where a group's customers are. Plain numbers, for the map's view too."""

from __future__ import annotations

import math
from dataclasses import dataclass

#: a list of up to this many records is placed record by record (reading them costs
#: less than reading the groups again each time the user zooms in)
FEW = 3000
#: a long list counted at a zoom: the part of the map on show and this many times its
#: width and height more on each side
AROUND = 1.0
#: the margin a fitted map leaves around its places, a share of their width and height
FIT_MARGIN = 0.12


@dataclass(frozen=True)
class Group:
    """Where a group pin's customers are: a cell ``size`` degrees wide (its ``row`` and
    ``column`` the latitude and longitude divided by it, rounded), or with no size the
    records of no exact place whose address is written ``city``, ``country``."""

    size: float
    row: int = 0
    column: int = 0
    city: str = ""
    country: str = ""
    category: str = ""


def fitted_cell(bounds: tuple[float, float, float, float] | None, window: tuple[int, int]) -> float:
    """The cell size a map fitted to ``bounds`` in a ``window`` (width, height in
    pixels) groups in: its scale as the map's fit makes it, with its margins."""
    if bounds is None:
        return 1.0
    south, west, north, east = bounds
    tall, wide = north - south, east - west
    tall, wide = tall + 2 * max(tall * FIT_MARGIN, 1.0), wide + 2 * max(wide * FIT_MARGIN, 1.0)
    aspect = math.cos(math.radians((north + south) / 2))
    return cell_size(min(window[0] / max(wide * aspect, 1e-6), window[1] / tall))


def cell_size(scale: float) -> float:
    """The side, in degrees, of the cells grouped at ``scale`` pixels per degree: a
    power of two (a zoom by the wheel reads the groups anew every few steps, not at
    each) between 4 and 8 pixels, where discs at least 18 pixels wide overlap anyway."""
    size = 1.0
    while size * scale > 8.0:
        size /= 2
    while size * scale < 4.0:
        size *= 2
    return size


def regroup(size: float, scale: float) -> bool:
    """Whether groups counted in cells ``size`` degrees wide are to be counted again at
    ``scale`` pixels per degree: their cells are under 2 or over 16 pixels there (a
    zoom's few steps, or a fit a little wider than its estimate, keep them)."""
    return not 2.0 <= size * scale <= 16.0
