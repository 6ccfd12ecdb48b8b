"""Totals of quotes and sales orders: pure functions over plain values. No Qt, no SQL.

Decimal arithmetic with the currency's own number of decimals, rounded half-up (ties away
from zero) at every stage, in the order of FEATURES.md section 2::

    line gross        = qty x unit price                                  (rounded)
    line discount     = percent of the gross, or an amount                (rounded)
    line tax          = (gross - discount) x sum of the line's rates      (rounded; individual mode)
    line total        = gross - discount + line tax
    subtotal          = sum of line totals
    overall discount  = percent of subtotal or a fixed amount             (rounded)
    group tax         = (subtotal - overall discount) x sum of group rates (rounded; group mode)
    shipping          = amount                                            (rounded)
    shipping tax      = shipping x sum of shipping rates                  (rounded)
    grand total       = subtotal - overall discount + group tax + shipping + shipping tax
                        + adjustment (signed, rounded)

Every amount of a :class:`Totals` is a multiple of the currency's unit, so the printed
figures always add up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.registry.spec import N_

#: a validation message (translated where it is shown)
BOTH_DISCOUNTS = N_("Give a discount percent or amount, not both.")

GROUP = "Group"
INDIVIDUAL = "Individual"
TAX_MODES = (GROUP, INDIVIDUAL)
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


class TaxLike(Protocol):
    @property
    def percent(self) -> Decimal: ...


class LineLike(Protocol):
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_price(self) -> Decimal: ...
    @property
    def discount_percent(self) -> Decimal | None: ...
    @property
    def discount_amount(self) -> Decimal | None: ...
    @property
    def taxes(self) -> Sequence[TaxLike]: ...


@dataclass(frozen=True)
class TaxInput:
    name: str
    percent: Decimal


@dataclass(frozen=True)
class LineInput:
    """The priced part of a document line (any object with these attributes will do)."""

    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None
    taxes: tuple[TaxInput, ...] = ()


@dataclass(frozen=True)
class LineTotals:
    #: quantity x unit price
    gross: Decimal
    discount: Decimal
    #: gross - discount
    net: Decimal
    #: the line's taxes (individual tax mode; zero in group mode)
    tax: Decimal
    #: net + tax
    total: Decimal


@dataclass(frozen=True)
class Totals:
    decimals: int
    lines: tuple[LineTotals, ...]
    subtotal: Decimal
    #: the overall discount
    discount: Decimal
    #: subtotal - overall discount
    taxable: Decimal
    #: the group tax (group tax mode; zero in individual mode)
    tax: Decimal
    shipping: Decimal
    shipping_tax: Decimal
    adjustment: Decimal
    grand_total: Decimal

    @property
    def line_tax(self) -> Decimal:
        """The sum of the lines' taxes (individual mode), already inside the subtotal."""
        return sum((line.tax for line in self.lines), _ZERO)


def currency_decimals(code: str | None) -> int:
    """ISO 4217 minor units of the currencies the program knows (2 for an unknown code)."""
    return CURRENCY_DECIMALS.get(code or "", 2)


def quantum(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def round_money(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded half-up (ties away from zero) to ``decimals`` places."""
    return value.quantize(quantum(decimals), rounding=ROUND_HALF_UP)


def percent_of(amount: Decimal, percent: Decimal, decimals: int) -> Decimal:
    return round_money(amount * percent / _HUNDRED, decimals)


def _given(value: Decimal | None) -> bool:
    return value is not None and value != 0


def _discount(
    base: Decimal, percent: Decimal | None, amount: Decimal | None, decimals: int
) -> Decimal:
    if _given(percent) and _given(amount):
        raise ValueError(BOTH_DISCOUNTS)
    if _given(percent):
        return percent_of(base, percent or _ZERO, decimals)
    if _given(amount):
        return round_money(amount or _ZERO, decimals)
    return round_money(_ZERO, decimals)


def _rate(taxes: Sequence[TaxLike]) -> Decimal:
    return sum((t.percent for t in taxes), _ZERO)


def line_totals(line: LineLike, decimals: int, tax_mode: str = GROUP) -> LineTotals:
    gross = round_money(line.quantity * line.unit_price, decimals)
    discount = _discount(gross, line.discount_percent, line.discount_amount, decimals)
    net = gross - discount
    tax = (
        percent_of(net, _rate(line.taxes), decimals)
        if tax_mode == INDIVIDUAL
        else round_money(_ZERO, decimals)
    )
    return LineTotals(gross=gross, discount=discount, net=net, tax=tax, total=net + tax)


def compute_totals(
    lines: Sequence[LineLike],
    *,
    decimals: int,
    tax_mode: str = GROUP,
    discount_percent: Decimal | None = None,
    discount_amount: Decimal | None = None,
    group_taxes: Sequence[TaxLike] = (),
    shipping: Decimal | None = None,
    shipping_taxes: Sequence[TaxLike] = (),
    adjustment: Decimal | None = None,
) -> Totals:
    """The totals of a document; see the module's docstring for the order of the steps."""
    if tax_mode not in TAX_MODES:
        raise ValueError(f"unknown tax mode {tax_mode!r}")
    if not 0 <= decimals <= 4:
        raise ValueError("a currency has 0 to 4 decimals")
    per_line = tuple(line_totals(line, decimals, tax_mode) for line in lines)
    subtotal = sum((lt.total for lt in per_line), round_money(_ZERO, decimals))
    discount = _discount(subtotal, discount_percent, discount_amount, decimals)
    taxable = subtotal - discount
    tax = (
        percent_of(taxable, _rate(group_taxes), decimals)
        if tax_mode == GROUP
        else round_money(_ZERO, decimals)
    )
    shipping_amount = round_money(shipping or _ZERO, decimals)
    shipping_tax = percent_of(shipping_amount, _rate(shipping_taxes), decimals)
    adjust = round_money(adjustment or _ZERO, decimals)
    grand_total = taxable + tax + shipping_amount + shipping_tax + adjust
    return Totals(
        decimals=decimals,
        lines=per_line,
        subtotal=subtotal,
        discount=discount,
        taxable=taxable,
        tax=tax,
        shipping=shipping_amount,
        shipping_tax=shipping_tax,
        adjustment=adjust,
        grand_total=grand_total,
    )


def format_amount(value: Decimal, decimals: int, *, thousands: str = ",", point: str = ".") -> str:
    """``value`` with the currency's decimals and digit grouping, e.g. ``1.234.567`` or
    ``-1,234.50`` (no currency sign: documents name the currency once)."""
    rounded = round_money(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}"
    text = text.replace(",", "\0").replace(".", point).replace("\0", thousands)
    return f"-{text}" if rounded < 0 else text


def format_quantity(value: Decimal, *, thousands: str = ",", point: str = ".") -> str:
    """A quantity without trailing zeros: ``2``, ``1.5``, ``0.125``."""
    normalized = value.normalize()
    decimals = max(0, -normalized.as_tuple().exponent)  # type: ignore[operator]
    return format_amount(value, min(decimals, 4), thousands=thousands, point=point)


def format_percent(value: Decimal, *, point: str = ".") -> str:
    """``10``, ``8.25`` (no trailing zeros) for labels such as "VAT 8.25 %"."""
    return format_quantity(value, thousands="", point=point)
