"""What the board screen uses of the board service: a column's head and its cards.
No SQLAlchemy, no models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CurrencySum:
    """The amounts of one currency in a column: never added across currencies."""

    currency: str
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class BoardColumn:
    """One column of the board: a value of the board's field and what its head shows."""

    value: str
    count: int
    #: per currency, most cards' currency first
    sums: tuple[CurrencySum, ...]


@dataclass(frozen=True)
class Card:
    """One record on the board, with the version a move checks."""

    id: int
    version: int
    name: str
    organization: str | None
    amount: Decimal | None
    currency: str | None
    close_date: dt.date | None
    owner: str | None

    def overdue(self, today: dt.date) -> bool:
        """Whether its close date has passed (an open card still on the board)."""
        return self.close_date is not None and self.close_date < today
