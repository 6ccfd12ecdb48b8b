"""The records of a list placed on the map, each with its record's id and name: at its
own coordinates when it has them (an organization's latitude and longitude; a contact
at its organization's), else at its address's city from the gazetteer; and those that
could not be placed with why. A record with coordinates of its own is moved by saving
new ones, as its form would."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import select

from crm_desktop.registry import FieldSpec, Kind, RecordType, Registry
from crm_desktop.services.places.gazetteer import City, Gazetteer, gazetteer
from crm_desktop.services.places.placing import place
from crm_desktop.services.records.list_scan import scan
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.records.types import ListQuery

if TYPE_CHECKING:
    from crm_desktop.services.places.grid import Group
    from crm_desktop.services.places.groups import Grouped

#: the fields of a record's own place, in degrees
COORDINATES = ("latitude", "longitude")
#: read beside a list's fields: the record's version (a move saves over it) and the
#: organization a contact follows (its id, not its name)
_VERSION = FieldSpec("version", "", Kind.INTEGER)


@dataclass(frozen=True)
class Pin:
    record_type: str
    id: int
    name: str
    latitude: float
    longitude: float
    #: the place it stands at ("Hanoi, VN")
    place: str
    #: the ISO code of the place's country
    country: str
    #: its value of the type's :func:`category_field` (its type or status), "" for none
    category: str = ""
    #: placed at its own coordinates (or its organization's), not at its city's
    exact: bool = False
    #: the record's version when read; with coordinates of its own, it can be moved
    version: int | None = None
    #: the customers it stands for: one record, or (with ``group``) the records of a long
    #: list that SQL counted at one spot (read with :meth:`PlaceService.customers`)
    count: int = 1
    group: Group | None = None


@dataclass(frozen=True)
class Unplaced:
    record_type: str
    id: int
    name: str
    city: str
    country: str
    #: for translation; formatted with ``city`` and ``country``
    reason: str


def address_fields(record_type: RecordType) -> tuple[str, str] | None:
    """The city and country fields of the address a type is visited at, or None."""
    city = next((name for name in record_type.visit_address if name.endswith("city")), None)
    if city is None:
        return None
    country = city.removesuffix("city") + "country"
    return (city, country) if record_type.has_field(country) else None


def own_coordinates(record_type: RecordType) -> bool:
    """Whether a type's records have a latitude and longitude of their own."""
    return all(record_type.has_field(name) for name in COORDINATES)


def followed_reference(record_type: RecordType, registry: Registry) -> FieldSpec | None:
    """The reference to the record whose coordinates a type's records are placed at when
    they have none of their own (a contact's organization), or None."""
    return next(
        (
            f
            for f in record_type.fields
            if f.kind is Kind.REFERENCE
            and f.reference is not None
            and own_coordinates(registry.get(f.reference))
        ),
        None,
    )


def category_field(record_type: RecordType) -> FieldSpec | None:
    """The field a type's markers are coloured by: its first picklist of a type or a
    status (an organization's type, a lead's status); None when it has neither."""
    return next(
        (
            f
            for f in record_type.fields
            if f.kind is Kind.CHOICE and (f.name.endswith("status") or f.name.endswith("_type"))
        ),
        None,
    )


class PlaceService:
    def __init__(self, lists: ListService, records: RecordService, places: Gazetteer | None = None):
        self.lists = lists
        self.records = records
        self._places = places

    def record_types(self) -> list[str]:
        """The keys of the record types whose records have an address to place, among
        those the user may see."""
        return [
            t.key
            for t in self.lists.registry
            if address_fields(t) is not None and self.lists.access.may(t.key, "view")
        ]

    def category_field(self, type_key: str) -> FieldSpec | None:
        """The field the markers of ``type_key`` are coloured by (see :func:`category_field`)."""
        return category_field(self.lists.registry.get(type_key))

    def movable(self, type_key: str) -> bool:
        """Whether the user may move the records of ``type_key`` on the map: they have
        coordinates of their own and the user may change them."""
        record_type = self.lists.registry.get(type_key)
        return own_coordinates(record_type) and self.lists.access.may(type_key, "edit")

    def towns(self, countries: set[str]) -> list[City]:
        """The towns of these countries (ISO codes), each country's largest first."""
        gazetteer_ = self._places or gazetteer()
        return [town for code in sorted(countries) for town in gazetteer_.towns(code)]

    def places(
        self, query: ListQuery, where: Sequence[Any] = ()
    ) -> Iterator[tuple[list[Pin], list[Unplaced]]]:
        """The list's records (those meeting ``where`` too), a chunk at a time (as an
        export reads them): the pins of those placed and those that could not be."""
        registry = self.lists.registry
        record_type = registry.get(query.record_type)
        fields = address_fields(record_type)
        if fields is None:
            raise ValueError(f"{record_type.key} has no address to place")
        specs = [record_type.field(n) for n in (*record_type.title_fields, *fields)]
        titles = len(record_type.title_fields)
        category = category_field(record_type)
        if category is not None:
            specs.append(category)
        own = own_coordinates(record_type)
        followed = None if own else followed_reference(record_type, registry)
        if own:
            specs += [record_type.field(n) for n in COORDINATES]
        elif followed is not None:  # its id, not the name the list shows
            specs.append(FieldSpec(followed.name, "", Kind.INTEGER))
        # The values after the title fields: where each is in a row (-1: not read).
        city_at, country_at = titles, titles + 1
        category_at = titles + 2 if category is not None else -1
        extra_at = titles + 2 + (category is not None)  # latitude, or the followed id
        gazetteer_ = self._places or gazetteer()
        codes: dict[str, str] = {}  # a country as written -> its ISO code ("": none)
        for rows in scan(self.lists, query, [*specs, _VERSION], where=where):
            followed_places = (
                self._coordinates(followed, {row.values[extra_at] for row in rows})
                if followed is not None
                else {}
            )
            pins: list[Pin] = []
            unplaced: list[Unplaced] = []
            for row in rows:
                values = row.values
                title = (
                    str(values[0] or "")
                    if titles == 1
                    else record_type.display_name(
                        dict(zip(record_type.title_fields, values[:titles], strict=False))
                    )
                )
                city, country = values[city_at] or "", values[country_at] or ""
                kind = (values[category_at] or "") if category_at >= 0 else ""
                if own:
                    exact = _spot(values[extra_at], values[extra_at + 1], city, country)
                else:
                    exact = followed_places.get(values[extra_at]) if followed else None
                if exact is not None:
                    code = codes.get(exact.country)
                    if code is None:
                        code = codes[exact.country] = gazetteer_.country(exact.country) or ""
                    spot = f"{exact.city}, {code or exact.country}".strip(", ")
                    pins.append(
                        Pin(record_type.key, row.id, title, exact.latitude, exact.longitude,
                            spot, code, kind, True, values[-1] if own else None)
                    )  # fmt: skip
                    continue
                found = place(gazetteer_, city, country)
                if found.city is not None:
                    town = found.city
                    pins.append(
                        Pin(record_type.key, row.id, title, town.latitude, town.longitude,
                            f"{town.name}, {town.country}", town.country, kind, False,
                            values[-1] if own else None)
                    )  # fmt: skip
                else:
                    unplaced.append(
                        Unplaced(record_type.key, row.id, title, city, country, found.reason)
                    )
            yield pins, unplaced

    def grouped(
        self,
        query: ListQuery,
        size: float | None,
        window: tuple[int, int],
        area: tuple[float, float, float, float] | None = None,
    ) -> Grouped:
        """The list counted in SQL, a pin per group (see groups.py)."""
        from crm_desktop.services.places.groups import grouped

        return grouped(self, query, size, window, area)

    def customers(self, query: ListQuery, pins: Sequence[Pin]) -> list[Pin]:
        """The records of these pins of the list, a group's read (see groups.py)."""
        from crm_desktop.services.places.groups import customers

        return customers(self, query, pins)

    def _coordinates(self, reference: FieldSpec, ids: set[object]) -> dict[object, _Spot]:
        """The coordinates, and the city of the address, of the referenced records among
        ``ids`` that have coordinates and that the user may see."""
        type_key = str(reference.reference)
        referenced = self.lists.registry.get(type_key)
        table = table_of(referenced)
        wanted = [i for i in ids if i is not None]
        fields = address_fields(referenced)
        if not wanted or fields is None or not self.lists.access.may(type_key, "view"):
            return {}
        city, country = (table.c[name] for name in fields)
        stmt = select(table.c.id, table.c.latitude, table.c.longitude, city, country).where(
            table.c.id.in_(wanted),
            table.c.deleted_at.is_(None),
            table.c.latitude.is_not(None),
            table.c.longitude.is_not(None),
        )
        visible = self.lists.access.visible(type_key, table)
        if visible is not None:
            stmt = stmt.where(visible)
        with self.lists.db.read() as session:
            return {
                row[0]: _Spot(float(row[1]), float(row[2]), row[3] or "", row[4] or "")
                for row in session.execute(stmt)
            }

    def move(self, pin: Pin, latitude: float, longitude: float) -> Pin:
        """Save the record of ``pin`` at these coordinates (rounded to about a metre),
        over the version it was read at, as its form would: checked, kept in its history.
        A record changed since it was read raises :class:`~crm_desktop.errors.ConflictError`
        and keeps what the other user saved. The pin where the record is now."""
        if pin.version is None:
            raise ValueError(f"{pin.record_type} {pin.id} has no coordinates of its own")
        values = {"latitude": round(latitude, 5), "longitude": round(longitude, 5)}
        record = self.records.update(pin.record_type, pin.id, pin.version, values)
        return replace(
            pin,
            latitude=float(record.values["latitude"]),
            longitude=float(record.values["longitude"]),
            exact=True,
            version=record.version,
        )


class _Spot(NamedTuple):
    """Where a record is placed exactly, and the city and country of its address."""

    latitude: float
    longitude: float
    city: str
    country: str


def _spot(latitude: object, longitude: object, city: str, country: str) -> _Spot | None:
    """A record's own coordinates, when it has both."""
    if latitude is None or longitude is None:
        return None
    return _Spot(float(latitude), float(longitude), city, country)  # type: ignore[arg-type]
