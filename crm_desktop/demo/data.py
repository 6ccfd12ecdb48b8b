"""What the demonstration data is drawn from: places, products, amounts and weights.

The people, places and companies of each locale are tables in
``crm_desktop/resources/demo/<locale>.toml`` (the products in ``products.toml``), read by
:func:`tables`; :mod:`crm_desktop.demo.locales` turns them into each country's people,
addresses, telephone numbers and companies. Person names are drawn once from Faker (seeded)
into pools; what Faker lacks or gets wrong for a realistic CRM (Icelandic addresses, common
Vietnamese and Icelandic names, company forms, job titles, products) is in the tables.
:mod:`crm_desktop.demo.generator` combines them with one seeded :class:`random.Random`.
"""

from __future__ import annotations

import math
import random
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class City:
    name: str
    state: str | None
    #: lowest and highest postal code (as numbers), or the codes/districts to choose from
    postal: tuple[int, int] | tuple[str, ...]
    #: telephone area codes (without the trunk prefix)
    areas: tuple[str, ...]
    lat: float
    lon: float
    weight: float = 1.0
    #: the town's own streets (Iceland); else the locale's common streets
    streets: tuple[str, ...] = ()


def _frozen(value: Any) -> Any:
    """``value`` read from TOML with its lists as tuples, as the tables are never changed."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


def tables(name: str) -> dict[str, Any]:
    """The tables of ``resources/demo/<name>.toml``, lists as tuples and cities as City."""
    text = resources.files("crm_desktop").joinpath("resources", "demo", f"{name}.toml")
    found: dict[str, Any] = _frozen(tomllib.loads(text.read_text(encoding="utf-8")))
    if "cities" in found:
        found["cities"] = tuple(City(**{"state": None, **city}) for city in found["cities"])
    return found


# -- products, per language ------------------------------------------------------------------------
_PRODUCT_TABLES = tables("products")
#: (category, name) of the products of each language
PRODUCTS: dict[str, tuple[tuple[str, str], ...]] = _PRODUCT_TABLES["products"]
PRODUCT_EDITIONS: dict[str, tuple[str, ...]] = _PRODUCT_TABLES["editions"]
# fmt: off
PRODUCT_LANGUAGES = (("vi", 28), ("pt", 26), ("is", 16), ("en", 30))
#: Product currency per language (English products: USD, GBP or EUR).
PRODUCT_CURRENCY = {"vi": "VND", "pt": "BRL", "is": "ISK"}
#: Units that suit each product category (only picklist values are used).
CATEGORY_UNITS = {
    "Hardware": ("Each", "Box"), "Software": ("Licence", "Year"), "Service": ("Hour", "Day"),
    "Consulting": ("Hour", "Day"), "Training": ("Day",), "Support": ("Month", "Year"),
    "Subscription": ("Month", "Year"), "Other": ("Each", "Box", "Kg"),
}
CATEGORY_CODES = {
    "Hardware": "HW", "Software": "SW", "Service": "SV", "Consulting": "CS", "Training": "TR",
    "Support": "SP", "Subscription": "SB", "Other": "OT",
}

# -- money ----------------------------------------------------------------------------------------
#: Rough value of one US dollar, to scale amounts to each currency.
USD_RATE = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "BRL": 5, "ISK": 140, "VND": 25_000, "JPY": 150}
#: Rounding step of amounts (deals, revenue) and of prices, per currency.
AMOUNT_STEP = {"VND": 1_000_000, "ISK": 10_000, "JPY": 1000, "BRL": 10}
PRICE_STEP = {"VND": 1000, "ISK": 100, "JPY": 10}
#: Deal amounts and annual revenue in US dollars: (low, high).
DEAL_USD = (500, 400_000)
REVENUE_USD = (100_000, 1_000_000_000)
#: Unit prices in US dollars per product category: (low, high).
PRICE_USD = {
    "Hardware": (40, 4000), "Software": (30, 5000), "Service": (40, 1500),
    "Consulting": (100, 2500), "Training": (200, 3000), "Support": (20, 1500),
    "Subscription": (5, 300), "Other": (5, 900),
}
#: Share of Icelandic, US and UK deals made in euros.
EUR_SHARE = 0.15

# -- picklist weights (values missing here weigh 1) -----------------------------------------------
ORG_TYPE_WEIGHTS = {"Customer": 35, "Prospect": 30, "Partner": 10, "Vendor/Supplier": 10,
                    "Competitor": 3, "Reseller": 8, "Other": 4}
LEAD_STATUS_WEIGHTS = {"Not Contacted": 25, "Attempted to Contact": 12, "Contacted": 15,
                       "Contact in Future": 6, "Pre Qualified": 8, "Qualified": 8, "Hot": 5,
                       "Warm": 8, "Cold": 7, "Junk Lead": 3, "Lost Lead": 3}
LEAD_SOURCE_WEIGHTS = {"Web Site": 20, "Cold Call": 10, "Existing Customer": 8, "Partner": 8,
                       "Trade Show": 8, "Conference": 6, "Word of mouth": 10,
                       "Social media": 12, "Employee": 4, "Other": 4}
STAGE_WEIGHTS = {"Prospecting": 16, "Qualification": 13, "Needs Analysis": 10,
                 "Value Proposition": 9, "Id. Decision Makers": 8, "Perception Analysis": 6,
                 "Proposal/Price Quote": 9, "Negotiation/Review": 7, "Closed Won": 12,
                 "Closed Lost": 10}
OPPORTUNITY_TYPE_WEIGHTS = {"New Business": 3}
# fmt: on


# -- drawing --------------------------------------------------------------------------------------
class Weighted(Generic[T]):
    """Items drawn with given weights: one random() and a bisect per draw."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Iterable[tuple[T, float]]):
        self.items: list[T] = []
        self.cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight > 0:
                total += weight
                self.items.append(item)
                self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def round_to(value: float, step: int) -> Decimal:
    """``value`` rounded to a multiple of ``step`` (at least ``step``), as a Decimal."""
    return Decimal(max(step, round(value / step) * step))


def money(
    rng: random.Random, currency: str, usd: tuple[float, float], steps: dict[str, int], step: int
) -> Decimal:
    """A round amount in ``currency`` worth between ``usd`` dollars (log-uniform)."""
    rate = USD_RATE.get(currency, 1)
    return round_to(log_uniform(rng, usd[0] * rate, usd[1] * rate), steps.get(currency, step))


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """``rng.choice(items)``, faster (one random() call)."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint(low, high)``, faster."""
    return low + int(rng.random() * (high - low + 1))
