"""Tax rates and currencies as the settings give them: plain data, no SQLAlchemy, no models.

The settings dialog imports these without loading the database layer; ``rates.py``
reads and checks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class TaxRateInfo:
    id: int
    name: str
    percent: Decimal
    active: bool
    position: int


@dataclass(frozen=True)
class CurrencyInfo:
    code: str
    name: str
    symbol: str
    decimals: int
    thousands_separator: str = ","
    decimal_separator: str = "."
    active: bool = True
