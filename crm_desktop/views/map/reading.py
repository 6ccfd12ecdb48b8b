"""Reading a list's records for the map, on a worker thread: each record of a short
list, placed as it is read (with progress); a long list counted in groups by SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crm_desktop.services.places.grid import FEW, regroup
from crm_desktop.views.jobs import JobContext

if TYPE_CHECKING:
    from crm_desktop.services.places.gazetteer import City
    from crm_desktop.services.places.service import Pin, PlaceService, Unplaced
    from crm_desktop.services.records.types import ListQuery


@dataclass
class MapData:
    """What a reading of the list found (so far, when it was cancelled)."""

    total: int = 0
    read: int = 0
    pins: list[Pin] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    towns: list[City] = field(default_factory=list)
    #: the list read
    query: ListQuery | None = None
    #: a long list is counted in cells of this many degrees (see services/places/groups.py);
    #: None: its records are each read
    cell: float | None = None
    #: ... around this part of the map (south, west, north, east), or everywhere
    area: tuple[float, float, float, float] | None = None


def read(
    count: Callable[[ListQuery], int],
    places: PlaceService,
    query: ListQuery,
    context: JobContext,
    grid: tuple[float | None, tuple[int, int], tuple[float, float, float, float] | None],
) -> MapData:
    """The list's records on the map: a long one counted in cells of ``grid``'s size in
    degrees (None: as a map of its window's pixels fitted to them needs), around its
    area when it has one. Cancelled, what was read so far (of a long list, nothing)."""
    cell, window, area = grid
    # No progress until the first records are placed: the bar stays busy while the
    # gazetteer is read (a few seconds, the first time).
    data = MapData(total=count(query), query=query)
    if data.total > FEW:
        found = places.grouped(query, cell, window, area)
        if context.cancelled():
            return data
        data.pins, data.unplaced, data.cell = found.pins, found.unplaced, found.size
        data.area = area
        data.read = data.total
    else:
        for pins, unplaced in places.places(query):
            if context.cancelled():
                return data
            data.pins += pins
            data.unplaced += unplaced
            data.read += len(pins) + len(unplaced)
            context.progress(data.read, data.total)
    data.towns = places.towns({pin.country for pin in data.pins})
    return data


def stale(data: MapData, scale: float, shown: tuple[float, float, float, float]) -> bool:
    """Whether ``data``'s groups are to be counted again for a map at ``scale`` pixels
    per degree showing ``shown`` (south, west, north, east): their cells are too large
    or too small there, or they were counted around another part of the map."""
    if data.cell is None:
        return False  # every record read: nothing to count again
    if regroup(data.cell, scale):
        return True
    if data.area is None:
        return False
    south, west, north, east = shown
    return not (
        data.area[0] <= south and data.area[1] <= west
        and north <= data.area[2] and east <= data.area[3]
    )  # fmt: skip
