"""Placing records on the map by their address: at the city found in the gazetteer (in
the address's country when it names one), or not, with the reason."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.registry import N_
from crm_desktop.services.places.gazetteer import City, Gazetteer

#: why an address could not be placed (for translation)
NO_CITY = N_("The address has no city.")
UNKNOWN_CITY = N_('No place called "{city}" is known.')
NOT_IN_COUNTRY = N_('No place called "{city}" is known in {country}.')


@dataclass(frozen=True)
class Placement:
    """Where an address is (a city), or why it is nowhere (``reason``, to be formatted
    with ``city`` and ``country``)."""

    city: City | None
    reason: str = ""

    @property
    def placed(self) -> bool:
        return self.city is not None


def place(gazetteer: Gazetteer, city: str | None, country: str | None) -> Placement:
    """The city of an address: among the places of that name, the largest in the
    address's country (any country when it names none the gazetteer knows)."""
    if not (city or "").strip():
        return Placement(None, NO_CITY)
    found = gazetteer.cities(city)
    if not found:
        return Placement(None, UNKNOWN_CITY)
    code = gazetteer.country(country)
    if code is not None:
        found = [c for c in found if c.country == code]
        if not found:
            return Placement(None, NOT_IN_COUNTRY)
    return Placement(found[0])
