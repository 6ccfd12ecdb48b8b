"""Support's tables: cases and contracts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Money, NumberedMixin, RecordMixin, UTCDateTime
from crm_desktop.models.base import name_key_column as key
from crm_desktop.models.entities import list_indexes

CASE_LIST_COLUMNS = (
    "number",
    "title_key",
    "organization_name_key",
    "contact_name_key",
    "queue_order",
    "severity",
    "status",
    "due_at",
    "owner_id",
    "modified_at",
)
CONTRACT_LIST_COLUMNS = (
    "number",
    "name_key",
    "organization_name_key",
    "contract_type",
    "start_date",
    "end_date",
    "value",
    "currency",
    "status",
    "owner_id",
    "modified_at",
)


class Case(RecordMixin, NumberedMixin, Base):
    """A customer's request to support, answered by a due time its priority sets."""

    __tablename__ = "cases"

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    title_key: Mapped[str] = key()
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    organization_name: Mapped[str | None] = mapped_column(String(300))
    organization_name_key: Mapped[str] = key()
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(300))
    contact_name_key: Mapped[str] = key()
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    product_name: Mapped[str | None] = mapped_column(String(300))
    priority: Mapped[str] = mapped_column(String(20), nullable=False)
    #: the priority's rank then the due time: sorting by it is the support queue
    queue_order: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    severity: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(40), nullable=False)
    category: Mapped[str | None] = mapped_column(String(40))
    origin: Mapped[str | None] = mapped_column(String(40))
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(Text)

    __table_args__ = list_indexes("cases", *CASE_LIST_COLUMNS)


class Contract(RecordMixin, NumberedMixin, Base):
    """What a customer signed: its term, value and when to think of renewing it."""

    __tablename__ = "contracts"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = key()
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    organization_name: Mapped[str | None] = mapped_column(String(300))
    organization_name_key: Mapped[str] = key()
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(300))
    contract_type: Mapped[str | None] = mapped_column(String(40))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    value: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="USD")
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    renewal_reminder_days: Mapped[int | None] = mapped_column(Integer)
    billing_terms: Mapped[str | None] = mapped_column(String(40))
    renewed_from_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    renewed_from_name: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = list_indexes("contracts", *CONTRACT_LIST_COLUMNS)
