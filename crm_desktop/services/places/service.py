"""The records of a list placed on the map: their address's city from the gazetteer,
each with its record's id and name, and those that could not be placed with why."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.services.places.gazetteer import City, Gazetteer, gazetteer
from crm_desktop.services.places.placing import place
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.types import ListQuery


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
    def __init__(self, lists: ListService, places: Gazetteer | None = None):
        self.lists = lists
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

    def towns(self, countries: set[str]) -> list[City]:
        """The towns of these countries (ISO codes), each country's largest first."""
        gazetteer_ = self._places or gazetteer()
        return [town for code in sorted(countries) for town in gazetteer_.towns(code)]

    def places(self, query: ListQuery) -> Iterator[tuple[list[Pin], list[Unplaced]]]:
        """The list's records, a chunk at a time (as an export reads them): the pins of
        those placed and those that could not be."""
        record_type = self.lists.registry.get(query.record_type)
        fields = address_fields(record_type)
        if fields is None:
            raise ValueError(f"{record_type.key} has no address to place")
        category = category_field(record_type)
        specs = [record_type.field(n) for n in (*record_type.title_fields, *fields)]
        if category is not None:
            specs.append(category)
        names = len(record_type.title_fields)
        gazetteer_ = self._places or gazetteer()
        for rows in self.lists.stream(query, specs):
            pins: list[Pin] = []
            unplaced: list[Unplaced] = []
            for row in rows:
                title = record_type.display_name(
                    dict(zip(record_type.title_fields, row.values[:names], strict=True))
                )
                city, country = (str(v or "") for v in row.values[names : names + 2])
                kind = str(row.values[names + 2] or "") if category is not None else ""
                found = place(gazetteer_, city, country)
                if found.city is not None:
                    at = found.city
                    spot = f"{at.name}, {at.country}"
                    pins.append(
                        Pin(
                            record_type.key,
                            row.id,
                            title,
                            at.latitude,
                            at.longitude,
                            spot,
                            at.country,
                            kind,
                        )
                    )
                else:
                    unplaced.append(
                        Unplaced(record_type.key, row.id, title, city, country, found.reason)
                    )
            yield pins, unplaced
