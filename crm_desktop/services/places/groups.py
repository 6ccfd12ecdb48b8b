"""A long list on the map, counted by SQL instead of read record by record: the records
placed at exact coordinates (their own, or a contact's organization's) are counted per
cell of a grid as fine as the zoom shown needs (``GROUP BY`` the rounded coordinates and
the category), those placed at their address's city per spelling of the address (the
gazetteer is asked once per spelling, not per record). A group stands on the map as one
:class:`Pin` with its count; its customers are read when the user chooses it. A group of
one is read as the record's own pin (its name, its version to move it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Table, and_, false, func, literal_column, not_, null, or_, select

from crm_desktop.services.places.gazetteer import gazetteer
from crm_desktop.services.places.grid import Group, fitted_cell
from crm_desktop.services.places.placing import place
from crm_desktop.services.places.service import (
    COORDINATES,
    Pin,
    PlaceService,
    Unplaced,
    address_fields,
    category_field,
    followed_reference,
    own_coordinates,
)
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.records.types import ListQuery

#: addresses whose records are read together (the size of a statement's OR)
_SPELLINGS_PER_READ = 200


#: south, west, north, east, in degrees
Corners = tuple[float, float, float, float]


@dataclass
class Grouped:
    """A list counted on the map: a pin per group, those whose address could not be
    placed, the cell size, and the south-west and north-east corners of every pin."""

    pins: list[Pin]
    unplaced: list[Unplaced]
    size: float
    extent: Corners | None


#: Written into the statement, not bound: PostgreSQL takes a grouped expression with
#: parameters of its own for another one than the same expression selected.
_EMPTY: Any = literal_column("''")


class _Source(NamedTuple):
    """The expressions a type's records are placed by."""

    select_from: Any
    where: list[Any]
    latitude: Any
    longitude: Any
    #: the record has an exact place (when grouping, through ``select_from``)
    exact: Any
    #: the record has no exact place (without ``select_from``, as a list reads them)
    inexact: Any
    #: the records whose exact place meets a condition on a latitude and a longitude
    exact_at: Any
    city: Any
    country: Any
    category: Any
    #: the city and country of the address of the exact place (a contact's organization's)
    spot: tuple[Any, Any]
    #: a group's smallest id, version and title fields: those of its record when it has one
    record: list[Any]


def _source(service: PlaceService, query: ListQuery) -> _Source:
    lists = service.lists
    record_type = lists.registry.get(query.record_type)
    fields = address_fields(record_type)
    if fields is None:
        raise ValueError(f"{record_type.key} has no address to place")
    table = table_of(record_type)
    where = lists._where(record_type, query)
    empty = _EMPTY
    city, country = (func.coalesce(table.c[name], empty) for name in fields)
    spec = category_field(record_type)
    category = func.coalesce(table.c[spec.name], empty) if spec is not None else empty
    own = own_coordinates(record_type)
    version = func.min(table.c.version) if own else null()
    record = [
        func.min(table.c.id),
        version,
        *(func.min(table.c[n]) for n in record_type.title_fields),
    ]
    if own:
        lat, lon = (table.c[name] for name in COORDINATES)
        # "+ 0": tested on each row read, not by a range of the coordinates' indexes (which
        # the database would otherwise walk, reading the rows in their order, when most
        # rows have coordinates); those indexes give the corners (see extent()).
        exact = and_(*((table.c[name] + 0).is_not(None) for name in COORDINATES))
        return _Source(
            table, where, lat, lon, exact, or_(lat.is_(None), lon.is_(None)),
            lambda cond: and_(exact, cond(lat, lon)), city, country, category, (city, country),
            record,
        )  # fmt: skip
    followed = followed_reference(record_type, lists.registry)
    if followed is None or not lists.access.may(str(followed.reference), "view"):
        none = false()
        return _Source(
            table, where, None, None, none, not_(none), lambda cond: none,
            city, country, category, (city, country), record,
        )  # fmt: skip
    referenced_type = lists.registry.get(str(followed.reference))
    referenced = table_of(referenced_type)
    at = referenced.alias("placed_at")
    usable: list[Any] = [
        at.c.deleted_at.is_(None),
        *(at.c[name].is_not(None) for name in COORDINATES),
    ]
    visible = lists.access.visible(str(followed.reference), at)
    if visible is not None:
        usable.append(visible)
    lat, lon = (at.c[name] for name in COORDINATES)
    address_at = address_fields(referenced_type)
    spot = (
        (func.coalesce(at.c[address_at[0]], empty), func.coalesce(at.c[address_at[1]], empty))
        if address_at is not None
        else (city, country)
    )
    reference = table.c[followed.name]
    joined = table.outerjoin(at, and_(at.c.id == reference, *usable))

    def exact_at(cond: Any) -> Any:
        return reference.in_(select(at.c.id).where(*usable, cond(lat, lon)))

    inexact = or_(reference.is_(None), reference.not_in(select(at.c.id).where(*usable)))
    return _Source(
        joined, where, lat, lon, at.c.id.is_not(None), inexact, exact_at,
        city, country, category, spot, record,
    )  # fmt: skip


def _by_category(source: _Source) -> list[Any]:
    """The category to group by, none for a type without one (PostgreSQL groups by no
    constant)."""
    return [] if source.category is _EMPTY else [source.category]


def _cells(size: float, lat: Any, lon: Any) -> tuple[Any, Any]:
    """A place's row and column in the grid of cells ``size`` degrees wide."""
    side: Any = literal_column(repr(float(size)))  # written in: grouped by (see _source)
    return func.round(lat / side), func.round(lon / side)


def extent(service: PlaceService, query: ListQuery) -> Corners | None:
    """The south-west and north-east corners of the list's records placed exactly, or
    None when none is."""
    source = _source(service, query)
    if source.latitude is None:
        return None
    corners = (
        func.min(source.latitude),
        func.min(source.longitude),
        func.max(source.latitude),
        func.max(source.longitude),
    )
    if isinstance(source.select_from, Table):
        # Each read alone, at an end of its coordinate's index (not every row read).
        stmt = select(
            *(
                select(corner).where(*source.where, source.exact).scalar_subquery()
                for corner in corners
            )
        )
    else:
        stmt = select(*corners).select_from(source.select_from).where(*source.where, source.exact)
    with service.lists.db.read() as session:
        row = session.execute(stmt).one()
    return None if row[0] is None else (float(row[0]), float(row[1]), float(row[2]), float(row[3]))


def grouped(
    service: PlaceService,
    query: ListQuery,
    size: float | None,
    window: tuple[int, int],
    area: Corners | None = None,
) -> Grouped:
    """The list's records counted in cells ``size`` degrees wide (None: as fine as a map
    fitted to them in a ``window`` of this width and height needs) and per address
    spelling; those placed in ``area`` only (south, west, north, east) when given, so
    that a map zoomed in close counts what is around it, not the world."""
    source = _source(service, query)
    record_type = service.lists.registry.get(query.record_type)
    places = service._places or gazetteer()
    pins: list[Pin] = []
    failed: list[Any] = []
    codes: dict[str, str] = {}

    def one(record: Sequence[Any], at: tuple[float, float], spot: str, code: str, kind: str,
            exact: bool) -> Pin:  # fmt: skip
        """The pin of a group's one record (its values the group's smallest)."""
        record_id, version, *titles = record
        title = (
            str(titles[0] or "") if len(titles) == 1
            else record_type.display_name(dict(zip(record_type.title_fields, titles, strict=True)))
        )  # fmt: skip
        return Pin(record_type.key, int(record_id), title, at[0], at[1], spot, code, kind,
                   exact, None if version is None else int(version))  # fmt: skip

    stmt = (
        select(source.city, source.country, source.category, func.count(), *source.record)
        .select_from(source.select_from)
        .where(*source.where, source.inexact)
        .group_by(source.city, source.country, *_by_category(source))
    )
    with service.lists.db.read() as session:
        by_address = session.execute(stmt).all()
    corners = [extent(service, query) if size is None else None]
    for city, country, category, count, *record in by_address:
        key = and_(source.city == city, source.country == country)
        found = place(places, city, country)
        if found.city is None:
            failed.append(key)
            continue
        town = found.city
        if area is not None and not _within(area, town.latitude, town.longitude):
            continue
        corners.append((town.latitude, town.longitude, town.latitude, town.longitude))
        spot, at = f"{town.name}, {town.country}", (town.latitude, town.longitude)
        pins.append(
            one(record, at, spot, town.country, category, False) if count == 1 else
            Pin(record_type.key, 0, "", *at, spot, town.country, category, False, None,
                count, Group(0.0, city=city, country=country, category=category))
        )  # fmt: skip
    known = [c for c in corners if c is not None]
    bounds = (
        (min(c[0] for c in known), min(c[1] for c in known),
         max(c[2] for c in known), max(c[3] for c in known))
        if known else None
    )  # fmt: skip
    if size is None:
        size = fitted_cell(bounds, window)
    if source.latitude is not None:
        row, column = _cells(size, source.latitude, source.longitude)
        inside = (
            []
            if area is None
            else [
                source.latitude.between(area[0], area[2]),
                source.longitude.between(area[1], area[3]),
            ]
        )
        stmt = (
            select(
                row,
                column,
                source.category,
                func.count(),
                func.avg(source.latitude),
                func.avg(source.longitude),
                func.min(source.spot[0]),
                func.min(source.spot[1]),
                *source.record,
            )
            .select_from(source.select_from)
            .where(*source.where, source.exact, *inside)
            .group_by(row, column, *_by_category(source))
        )
        with service.lists.db.read() as session:
            cells = session.execute(stmt).all()
        for r, c, category, count, lat, lon, city, country, *record in cells:
            code = codes.get(country)
            if code is None:
                code = codes[country] = places.country(country) or ""
            spot, at = f"{city}, {code or country}".strip(", "), (float(lat), float(lon))
            pins.append(
                one(record, at, spot, code, category, True) if count == 1 else
                Pin(record_type.key, 0, "", *at, spot, code, category, True, None,
                    count, Group(size, int(r), int(c), category=category))
            )  # fmt: skip
    unplaced: list[Unplaced] = []
    for part in range(0, len(failed), _SPELLINGS_PER_READ):
        chosen = or_(*failed[part : part + _SPELLINGS_PER_READ])
        for _, missed in service.places(query, [source.inexact, chosen]):
            unplaced += missed
    return Grouped(pins, unplaced, size, bounds)


def _within(area: Corners, latitude: float, longitude: float) -> bool:
    return area[0] <= latitude <= area[2] and area[1] <= longitude <= area[3]


def _in_cell(size: float, row: int, column: int) -> Any:
    """The condition on a latitude and a longitude of being in this cell."""

    def cond(lat: Any, lon: Any) -> Any:
        r, c = _cells(size, lat, lon)
        return and_(r == row, c == column)

    return cond


def customers(service: PlaceService, query: ListQuery, pins: Sequence[Pin]) -> list[Pin]:
    """The records of these pins: a record's own as it is, a group's read."""
    source = _source(service, query)
    found = [pin for pin in pins if pin.group is None]
    chosen: list[Any] = []
    for pin in pins:
        group = pin.group
        if group is None:
            continue
        if group.size:
            cell = _in_cell(group.size, group.row, group.column)
            chosen.append(and_(source.exact_at(cell), source.category == group.category))
        else:
            chosen.append(
                and_(
                    source.inexact,
                    source.city == group.city,
                    source.country == group.country,
                    source.category == group.category,
                )
            )
    for part in range(0, len(chosen), _SPELLINGS_PER_READ):
        for read, _ in service.places(query, [or_(*chosen[part : part + _SPELLINGS_PER_READ])]):
            found += read
    return found
