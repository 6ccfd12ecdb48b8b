"""Texts and comparisons of document lines for the line-item editor (no Qt model here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

from crm_desktop.views import formatting
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.quotes.types import DocumentLine, DocumentTax

ITEM, QUANTITY, UNIT, UNIT_PRICE, DISCOUNT, TAXES, TOTAL, DESCRIPTION = range(8)
COLUMN_COUNT = 8


_tr = translator("line_items")


def headers() -> list[str]:
    return [
        _tr("Item"),
        _tr("Qty"),
        _tr("Unit"),
        _tr("Unit price"),
        _tr("Discount"),
        _tr("Taxes"),
        _tr("Total"),
        _tr("Description"),
    ]


def header_tips() -> dict[int, str]:
    return {
        ITEM: _tr("A product (type to search) or any text"),
        DISCOUNT: _tr("Type 10% for a percent of the line, or an amount"),
        TAXES: _tr("The line's taxes (individual tax mode)"),
        TOTAL: _tr("Quantity × unit price − discount (+ the line's taxes)"),
    }


def tax_text(taxes: Sequence[DocumentTax], locale: QLocale | None = None) -> str:
    """ "VAT 10 %, Excise 5 %" """
    locale = locale or QLocale()
    return ", ".join(
        f"{t.name} {formatting.format_decimal(t.percent, None, locale)} %" for t in taxes
    )


def same_tax(a: DocumentTax, b: DocumentTax) -> bool:
    """One tax, as written on a document: the same rate, name and percent."""
    return (a.tax_rate_id, a.name, a.percent) == (b.tax_rate_id, b.name, b.percent)


def line_snapshot(line: DocumentLine) -> tuple[Any, ...]:
    """What a line says, comparable: an edit typed back to what it was is no change."""
    return (
        line.name,
        line.quantity,
        line.unit_price,
        line.description or None,
        line.unit or None,
        line.discount_percent or None,
        line.discount_amount or None,
        tuple((t.name, t.percent, t.tax_rate_id) for t in line.taxes),
        line.product_id,
    )


def is_blank(line: DocumentLine) -> bool:
    """A line inserted and never filled in (dropped on save rather than refused)."""
    return (
        not (line.name or "").strip()
        and not (line.description or "").strip()
        and line.product_id is None
        and not line.unit_price
        and not line.discount_percent
        and not line.discount_amount
    )
