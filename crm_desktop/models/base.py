"""Declarative base, column types and the columns every record shares."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A point in time, stored as naive UTC and returned time-zone aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        return value.replace(tzinfo=dt.UTC)


MONEY_SCALE = 10_000
_MONEY_QUANTUM = Decimal(1) / MONEY_SCALE


class Money(TypeDecorator[Decimal]):
    """A Decimal stored as an integer number of 1/10,000 units: exact, sortable, no float.

    Four decimal places cover every currency's minor unit and rates such as 8.25 %.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be a Decimal, not a float")
        amount = Decimal(value).quantize(_MONEY_QUANTUM, rounding=ROUND_HALF_UP)
        return int(amount * MONEY_SCALE)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / MONEY_SCALE).quantize(_MONEY_QUANTUM)


class RecordMixin:
    """Columns of every record: id, owner, audit stamps, description, version, soft delete."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    description: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: Folded text of the searchable fields (see ``textfold``), kept by the record service.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    @declared_attr
    def owner_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("users.id"), nullable=False)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id"))

    @declared_attr
    def modified_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id"))


class NumberedMixin:
    """Records with a human number such as CON-00042."""

    number: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)


def name_key_column() -> Mapped[str]:
    """An indexed, folded copy of a name column, for sorting and prefix search."""
    return mapped_column(String(400), nullable=False, default="")


class BillingAddressMixin:
    """A billing address (organizations, quotes, sales orders). A mixin per prefix: typed
    columns cannot take their names from a parameter."""

    billing_street: Mapped[str | None] = mapped_column(String(400))
    billing_city: Mapped[str | None] = mapped_column(String(120))
    billing_state: Mapped[str | None] = mapped_column(String(120))
    billing_postal_code: Mapped[str | None] = mapped_column(String(20))
    billing_country: Mapped[str | None] = mapped_column(String(120))


class ShippingAddressMixin:
    """A shipping address (organizations, quotes, sales orders)."""

    shipping_street: Mapped[str | None] = mapped_column(String(400))
    shipping_city: Mapped[str | None] = mapped_column(String(120))
    shipping_state: Mapped[str | None] = mapped_column(String(120))
    shipping_postal_code: Mapped[str | None] = mapped_column(String(20))
    shipping_country: Mapped[str | None] = mapped_column(String(120))


class PersonNameMixin:
    """A person's name (contacts, leads): salutation, given and family names, each name with
    its folded twin to sort by, and the order the person writes them in."""

    salutation: Mapped[str | None] = mapped_column(String(20))
    first_name: Mapped[str | None] = mapped_column(String(120))
    first_name_key: Mapped[str] = name_key_column()
    last_name: Mapped[str] = mapped_column(String(120), nullable=False)
    last_name_key: Mapped[str] = name_key_column()
    #: "Given name first" or "Family name first" (registry.spec; migration 0013)
    name_order: Mapped[str | None] = mapped_column(String(20))
