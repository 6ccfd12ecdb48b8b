"""How the lines and taxes of quotes and sales orders are stored and checked.

A :class:`Document` (``types.py``) is what the quote editor and the PDF writer work
with. The functions here run inside the caller's transaction; :mod:`services.quotes`
opens them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import ValidationError
from crm_desktop.models.quotes import DOCUMENT_MODELS, Currency
from crm_desktop.registry.spec import N_
from crm_desktop.services.quotes.totals import (
    GROUP,
    TAX_MODES,
    Totals,
    compute_totals,
    currency_decimals,
)
from crm_desktop.services.quotes.types import ADDRESS_PARTS, Document, DocumentLine, DocumentTax

DOCUMENT_TYPES = tuple(DOCUMENT_MODELS)
#: amounts, quantities and rates are stored with 4 decimals and below this size
MAX_DECIMALS = 4
MAX_MAGNITUDE = Decimal(10) ** 12


def tables(record_type: str) -> tuple[Table, Table, Table]:
    """(header, line, tax) tables of a document type."""
    try:
        models = DOCUMENT_MODELS[record_type]
    except KeyError:
        raise ValueError(f"{record_type!r} is not a quote or sales order type") from None
    return tuple(m.__table__ for m in models)  # type: ignore[return-value]


def decimals_of(session: Session, currency: str | None) -> int:
    """The currency's decimals from the settings (ISO 4217 when the settings lack it)."""
    row = session.get(Currency, currency or "")
    return row.decimals if row is not None else currency_decimals(currency)


def compute(
    values: dict[str, Any],
    lines: Sequence[DocumentLine],
    group_taxes: Sequence[DocumentTax],
    shipping_taxes: Sequence[DocumentTax],
    decimals: int,
) -> Totals:
    return compute_totals(
        lines,
        decimals=decimals,
        tax_mode=values.get("tax_mode") or GROUP,
        discount_percent=values.get("discount_percent"),
        discount_amount=values.get("discount_amount"),
        group_taxes=group_taxes,
        shipping=values.get("shipping_amount"),
        shipping_taxes=shipping_taxes,
        adjustment=values.get("adjustment"),
    )


def header_totals(totals: Totals) -> dict[str, Decimal]:
    """The totals columns of a header row."""
    return {
        "subtotal": totals.subtotal,
        "discount_total": totals.discount,
        "tax_total": totals.tax + totals.line_tax,
        "shipping_tax_total": totals.shipping_tax,
        "grand_total": totals.grand_total,
    }


# -- checking -----------------------------------------------------------------------------------
def _number_error(
    value: Any, *, minimum: Decimal | None = None, maximum: Decimal | None = None
) -> str | None:
    if not isinstance(value, Decimal) or not value.is_finite():
        return N_("Not a number.")
    if value.as_tuple().exponent < -MAX_DECIMALS:  # type: ignore[operator]
        return N_("At most 4 decimals.")
    if abs(value) >= MAX_MAGNITUDE:
        return N_("Too large.")
    if minimum is not None and value < minimum:
        return N_("Must not be negative.") if minimum == 0 else N_("Must be more than zero.")
    if maximum is not None and value > maximum:
        return N_("Must be between 0 and 100.")
    return None


def _check_taxes(prefix: str, taxes: Sequence[DocumentTax], errors: dict[str, str]) -> None:
    for i, tax in enumerate(taxes):
        if not (tax.name or "").strip():
            errors[f"{prefix}.{i}.name"] = N_("This field is required.")
        problem = _number_error(tax.percent, minimum=Decimal(0), maximum=Decimal(100))
        if problem:
            errors[f"{prefix}.{i}.percent"] = problem


def _check_discount(
    prefix: str, percent: Any, amount: Any, errors: dict[str, str], base: Decimal | None
) -> None:
    if percent is not None:
        problem = _number_error(percent, minimum=Decimal(0), maximum=Decimal(100))
        if problem:
            errors[f"{prefix}discount_percent"] = problem
    if amount is not None:
        problem = _number_error(amount, minimum=Decimal(0))
        if problem is None and base is not None and amount > max(base, Decimal(0)):
            problem = N_("The discount is larger than the amount.")
        if problem:
            errors[f"{prefix}discount_amount"] = problem
    if percent and amount:
        errors[f"{prefix}discount_amount"] = N_("Give a discount percent or amount, not both.")


def check_header(values: dict[str, Any], subtotal: Decimal | None) -> dict[str, str]:
    """Field -> message for the header's pricing values (the registry checks the rest)."""
    errors: dict[str, str] = {}
    if values.get("tax_mode") not in (None, *TAX_MODES):
        errors["tax_mode"] = N_("Not one of the choices.")
    _check_discount(
        "", values.get("discount_percent"), values.get("discount_amount"), errors, subtotal
    )
    if values.get("shipping_amount") is not None:
        problem = _number_error(values["shipping_amount"], minimum=Decimal(0))
        if problem:
            errors["shipping_amount"] = problem
    if values.get("adjustment") is not None:
        problem = _number_error(values["adjustment"])
        if problem:
            errors["adjustment"] = problem
    return errors


def check_lines(document: Document) -> dict[str, str]:
    """Messages keyed ``lines.<index>.<field>``, ``group_taxes.<i>.percent``, ..."""
    errors: dict[str, str] = {}
    for i, line in enumerate(document.lines):
        prefix = f"lines.{i}."
        if not (line.name or "").strip():
            errors[prefix + "name"] = N_("This field is required.")
        elif len(line.name) > 300:
            errors[prefix + "name"] = N_("Too long.")
        problem = _number_error(line.quantity, minimum=Decimal(0))
        if problem is None and line.quantity == 0:
            problem = N_("Must be more than zero.")
        if problem:
            errors[prefix + "quantity"] = problem
        problem = _number_error(line.unit_price, minimum=Decimal(0))
        if problem:
            errors[prefix + "unit_price"] = problem
        gross = (
            line.quantity * line.unit_price
            if prefix + "quantity" not in errors and prefix + "unit_price" not in errors
            else None
        )
        _check_discount(prefix, line.discount_percent, line.discount_amount, errors, gross)
        _check_taxes(prefix + "taxes", line.taxes, errors)
    _check_taxes("group_taxes", document.group_taxes, errors)
    _check_taxes("shipping_taxes", document.shipping_taxes, errors)
    return errors


# -- storage --------------------------------------------------------------------------------------
def load_lines(
    session: Session, record_type: str, document_id: int
) -> tuple[list[DocumentLine], list[DocumentTax], list[DocumentTax]]:
    """(lines in order, group taxes, shipping taxes) of a stored document."""
    _, line_t, tax_t = tables(record_type)
    line_rows = session.execute(
        select(line_t).where(line_t.c.document_id == document_id).order_by(line_t.c.position)
    ).mappings()
    lines: dict[int, DocumentLine] = {}
    for row in line_rows:
        lines[row["id"]] = DocumentLine(
            name=row["name"],
            quantity=row["quantity"],
            unit_price=row["unit_price"],
            description=row["description"],
            unit=row["unit"],
            discount_percent=row["discount_percent"],
            discount_amount=row["discount_amount"],
            product_id=row["product_id"],
        )
    group: list[DocumentTax] = []
    shipping: list[DocumentTax] = []
    tax_rows = session.execute(
        select(tax_t.c.scope, tax_t.c.line_id, tax_t.c.name, tax_t.c.percent, tax_t.c.tax_rate_id)
        .where(tax_t.c.document_id == document_id)
        .order_by(tax_t.c.position, tax_t.c.id)
    )
    for scope, line_id, name, percent, rate_id in tax_rows:
        tax = DocumentTax(name, percent, rate_id)
        if scope == "line" and line_id in lines:
            lines[line_id].taxes.append(tax)
        elif scope == "shipping":
            shipping.append(tax)
        elif scope == "group":
            group.append(tax)
    return list(lines.values()), group, shipping


def write_lines(session: Session, document: Document, document_id: int, totals: Totals) -> None:
    """Replace the stored lines and taxes of a document with ``document``'s, in order."""
    _, line_t, tax_t = tables(document.record_type)
    session.execute(delete(tax_t).where(tax_t.c.document_id == document_id))
    session.execute(delete(line_t).where(line_t.c.document_id == document_id))
    line_ids: list[int] = []
    if document.lines:
        rows = [
            {
                "document_id": document_id,
                "position": position,
                "name": line.name.strip(),
                "description": (line.description or "").strip() or None,
                "quantity": line.quantity,
                "unit": line.unit or None,
                "unit_price": line.unit_price,
                "discount_percent": line.discount_percent or None,
                "discount_amount": line.discount_amount or None,
                "product_id": line.product_id,
                "discount_total": lt.discount,
                "tax_total": lt.tax,
                "line_total": lt.total,
            }
            for position, (line, lt) in enumerate(
                zip(document.lines, totals.lines, strict=True), start=1
            )
        ]
        line_ids = list(
            session.execute(
                insert(line_t).returning(line_t.c.id, sort_by_parameter_order=True), rows
            ).scalars()
        )
    tax_rows: list[dict[str, Any]] = []

    def add(scope: str, taxes: Sequence[DocumentTax], line_id: int | None) -> None:
        for position, tax in enumerate(taxes, start=1):
            tax_rows.append(
                {
                    "document_id": document_id,
                    "line_id": line_id,
                    "scope": scope,
                    "position": position,
                    "name": tax.name.strip(),
                    "percent": tax.percent,
                    "tax_rate_id": tax.tax_rate_id,
                }
            )

    add("group", document.group_taxes, None)
    add("shipping", document.shipping_taxes, None)
    for line, line_id in zip(document.lines, line_ids, strict=True):
        add("line", line.taxes, line_id)
    if tax_rows:
        session.execute(insert(tax_t), tax_rows)


def refresh_totals(
    session: Session, record_type: str, document_id: int, values: dict[str, Any]
) -> Totals:
    """Recompute a stored document's totals with header ``values``; update its lines' totals
    (the caller writes the header's, see :func:`header_totals`)."""
    _, line_t, _ = tables(record_type)
    lines, group, shipping = load_lines(session, record_type, document_id)
    try:
        totals = compute(values, lines, group, shipping, decimals_of(session, values["currency"]))
    except ValueError as exc:
        raise ValidationError({"discount_amount": str(exc)}) from exc
    stored = session.execute(
        select(line_t.c.id, line_t.c.discount_total, line_t.c.tax_total, line_t.c.line_total)
        .where(line_t.c.document_id == document_id)
        .order_by(line_t.c.position)
    ).all()
    for (line_id, discount, tax, total), lt in zip(stored, totals.lines, strict=True):
        if (discount, tax, total) != (lt.discount, lt.tax, lt.total):
            session.execute(
                update(line_t)
                .where(line_t.c.id == line_id)
                .values(discount_total=lt.discount, tax_total=lt.tax, line_total=lt.total)
            )
    return totals


def copy_address(values: dict[str, Any], source: str = "billing", target: str = "shipping") -> dict:
    """A copy of ``values`` with the ``target`` address (billing_/shipping_) set to ``source``."""
    if {source, target} != {"billing", "shipping"}:
        raise ValueError("copy between the billing and the shipping address")
    copied = dict(values)
    for part in ADDRESS_PARTS:
        copied[f"{target}_{part}"] = values.get(f"{source}_{part}")
    return copied
