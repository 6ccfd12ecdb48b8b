"""Quotes and sales orders as plain data: no SQLAlchemy, no models.

A :class:`Document` is what the quote editor and the PDF writer work with: the header's
field values (as the registry names them), the ordered lines, the taxes and the totals.
The views import it without loading the database layer; ``documents.py`` stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from crm_desktop.services.quotes.totals import Totals

ADDRESS_PARTS = ("street", "city", "state", "postal_code", "country")


@dataclass
class DocumentTax:
    """A tax on a document, a line or the shipping: its name and percent when written."""

    name: str
    percent: Decimal
    tax_rate_id: int | None = None


@dataclass
class DocumentLine:
    """A product or free-text line. ``unit_price`` starts as the product's and may change."""

    name: str
    quantity: Decimal = Decimal(1)
    unit_price: Decimal = Decimal(0)
    description: str | None = None
    unit: str | None = None
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None
    #: the line's taxes (they count in the individual tax mode only)
    taxes: list[DocumentTax] = field(default_factory=list)
    product_id: int | None = None


@dataclass
class Document:
    """A quote (``record_type="quotes"``) or sales order (``"sales_orders"``) as plain data."""

    record_type: str
    #: header field values, by registry field name ("subject", "organization_id", ...)
    values: dict[str, Any]
    lines: list[DocumentLine] = field(default_factory=list)
    #: taxes of the whole document (they count in the group tax mode only)
    group_taxes: list[DocumentTax] = field(default_factory=list)
    shipping_taxes: list[DocumentTax] = field(default_factory=list)
    #: None for a document not saved yet
    id: int | None = None
    version: int = 0
    #: display names of referenced records and the owner, by field name
    references: dict[str, str] = field(default_factory=dict)
    #: as last computed (on load and save); :meth:`QuoteService.totals` recomputes
    totals: Totals | None = None

    @property
    def number(self) -> str | None:
        return self.values.get("number")

    @property
    def currency(self) -> str:
        return str(self.values.get("currency") or "USD")
