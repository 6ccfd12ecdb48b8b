"""Quotes, sales orders, their lines and taxes; tax rates and currencies (settings).

A quote and a sales order share their header columns (:class:`DocumentMixin`). Lines are
kept in their own table, ordered by ``position`` and replaced as a whole when the document
is saved. Taxes are copied onto the document (name and percent at the time of writing) so
that a document prints the same after the tax rates in the settings change:

* ``scope = "group"``: a tax of the whole document (group tax mode);
* ``scope = "shipping"``: a tax of the shipping amount;
* ``scope = "line"`` with ``line_id``: a tax of one line (individual tax mode).

The totals (``subtotal`` ... ``grand_total``) are computed by ``services.totals`` and stored
on the header for lists; the services recompute them on every save.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from crm_desktop.models.base import (
    Base,
    BillingAddressMixin,
    Money,
    NumberedMixin,
    RecordMixin,
    ShippingAddressMixin,
    name_key_column,
)
from crm_desktop.models.entities import list_index


class DocumentMixin(BillingAddressMixin, ShippingAddressMixin):
    """Header columns shared by quotes and sales orders."""

    subject: Mapped[str] = mapped_column(String(300), nullable=False)
    subject_key: Mapped[str] = name_key_column()
    organization_name: Mapped[str | None] = mapped_column(String(300))
    organization_name_key: Mapped[str] = name_key_column()
    contact_name: Mapped[str | None] = mapped_column(String(300))
    contact_name_key: Mapped[str] = name_key_column()
    opportunity_name: Mapped[str | None] = mapped_column(String(340))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="USD")
    #: "Group" (taxes of the whole document) or "Individual" (taxes per line)
    tax_mode: Mapped[str] = mapped_column(String(16), nullable=False, default="Group")
    discount_percent: Mapped[Decimal | None] = mapped_column(Money)
    discount_amount: Mapped[Decimal | None] = mapped_column(Money)
    shipping_amount: Mapped[Decimal | None] = mapped_column(Money)
    adjustment: Mapped[Decimal | None] = mapped_column(Money)
    # computed totals, kept for lists
    subtotal: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    discount_total: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    shipping_tax_total: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    grand_total: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    terms: Mapped[str | None] = mapped_column(Text)

    @declared_attr
    def organization_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("organizations.id"), index=True)

    @declared_attr
    def contact_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("contacts.id"), index=True)

    @declared_attr
    def opportunity_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("opportunities.id"), index=True)


def _document_indexes(table: str, stage: str, date: str) -> tuple[object, ...]:
    return (
        list_index(table, "number"),
        list_index(table, "subject_key"),
        list_index(table, "organization_name_key"),
        list_index(table, "contact_name_key"),
        list_index(table, stage),
        list_index(table, date),
        list_index(table, "grand_total"),
        list_index(table, "currency"),
        list_index(table, "owner_id"),
        list_index(table, "modified_at"),
    )


class Quote(RecordMixin, NumberedMixin, DocumentMixin, Base):
    __tablename__ = "quotes"

    stage: Mapped[str] = mapped_column(String(40), nullable=False, default="Draft")
    valid_until: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = _document_indexes("quotes", "stage", "valid_until")


class SalesOrder(RecordMixin, NumberedMixin, DocumentMixin, Base):
    __tablename__ = "sales_orders"

    status: Mapped[str] = mapped_column(String(40), nullable=False, default="Created")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    customer_po: Mapped[str | None] = mapped_column(String(100))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id"), index=True)
    quote_name: Mapped[str | None] = mapped_column(String(340))

    __table_args__ = _document_indexes("sales_orders", "status", "due_date")


class LineMixin:
    """One line of a document: a product or free text, priced, discounted, taxed."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Money, nullable=False)
    unit: Mapped[str | None] = mapped_column(String(40))
    unit_price: Mapped[Decimal] = mapped_column(Money, nullable=False)
    discount_percent: Mapped[Decimal | None] = mapped_column(Money)
    discount_amount: Mapped[Decimal | None] = mapped_column(Money)
    # computed
    discount_total: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    line_total: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))

    @declared_attr
    def product_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("products.id", ondelete="SET NULL"), index=True)


class QuoteLine(LineMixin, Base):
    __tablename__ = "quote_lines"
    __table_args__ = (UniqueConstraint("document_id", "position"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), nullable=False
    )


class SalesOrderLine(LineMixin, Base):
    __tablename__ = "sales_order_lines"
    __table_args__ = (UniqueConstraint("document_id", "position"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("sales_orders.id", ondelete="CASCADE"), nullable=False
    )


class TaxMixin:
    """A tax copied onto a document: of the whole document, of its shipping, or of a line."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(10), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    percent: Mapped[Decimal] = mapped_column(Money, nullable=False)

    @declared_attr
    def tax_rate_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("tax_rates.id", ondelete="SET NULL"))


class QuoteTax(TaxMixin, Base):
    __tablename__ = "quote_taxes"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    line_id: Mapped[int | None] = mapped_column(
        ForeignKey("quote_lines.id", ondelete="CASCADE"), index=True
    )


class SalesOrderTax(TaxMixin, Base):
    __tablename__ = "sales_order_taxes"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("sales_orders.id", ondelete="CASCADE"), nullable=False, index=True
    )
    line_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_order_lines.id", ondelete="CASCADE"), index=True
    )


class TaxRate(Base):
    """A tax rate the users pick from (settings); documents copy name and percent."""

    __tablename__ = "tax_rates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    percent: Mapped[Decimal] = mapped_column(Money, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Currency(Base):
    """A currency the documents may use, with how its amounts are written."""

    __tablename__ = "currencies"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    symbol: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    decimals: Mapped[int] = mapped_column(Integer, nullable=False)
    thousands_separator: Mapped[str] = mapped_column(String(1), nullable=False, default=",")
    decimal_separator: Mapped[str] = mapped_column(String(1), nullable=False, default=".")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


#: document record type -> (header, line, tax) model
DOCUMENT_MODELS: dict[str, tuple[type[Base], type[Base], type[Base]]] = {
    "quotes": (Quote, QuoteLine, QuoteTax),
    "sales_orders": (SalesOrder, SalesOrderLine, SalesOrderTax),
}
