"""Checking and converting field values as the registry describes them."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.registry.spec import LATITUDE, LONGITUDE, N_, TEXT_KINDS

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[+()\d][\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$", re.IGNORECASE)
_URL = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
#: what a number outside its field's bounds is told
_OUT_OF_BOUNDS = {
    LATITUDE: N_("A latitude is between -90 and 90."),
    LONGITUDE: N_("A longitude is between -180 and 180."),
}


def clean(record_type: RecordType, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Normalise ``values`` and check them; returns (clean values, field -> message).

    Messages are English source strings for the views to translate (context "validation").
    """
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, raw in values.items():
        if not record_type.has_field(name):
            errors[name] = N_("Unknown field.")
            continue
        spec = record_type.field(name)
        if spec.read_only:
            continue
        try:
            cleaned[name] = _convert(spec, raw)
        except ValueError as exc:
            errors[name] = str(exc)
    return cleaned, errors


def required_errors(record_type: RecordType, merged: dict[str, Any]) -> dict[str, str]:
    return {
        f.name: N_("This field is required.")
        for f in record_type.fields
        if f.required and not f.read_only and merged.get(f.name) in (None, "")
    }


def _convert(spec: FieldSpec, raw: Any) -> Any:
    if isinstance(raw, str):
        raw = raw.strip()
        if raw == "" and spec.kind is not Kind.BOOL:
            return None
    if raw is None:
        return False if spec.kind is Kind.BOOL else None
    kind = spec.kind
    if kind in TEXT_KINDS and spec.max_length and len(str(raw)) > spec.max_length:
        raise ValueError(N_("Too long."))
    if kind in (Kind.TEXT, Kind.MULTILINE):
        return str(raw)
    if kind is Kind.EMAIL:
        if not _EMAIL.match(str(raw)):
            raise ValueError(N_("Not a valid email address."))
        return str(raw)
    if kind is Kind.PHONE:
        if not _PHONE.match(str(raw)):
            raise ValueError(N_("Not a valid phone number."))
        return str(raw)
    if kind is Kind.URL:
        if not _URL.match(str(raw)):
            raise ValueError(N_("Not a valid web address."))
        return str(raw)
    if kind in (Kind.INTEGER, Kind.PERCENT, Kind.REFERENCE, Kind.USER):
        try:
            number = int(raw) if not isinstance(raw, bool) else None
        except (TypeError, ValueError):
            number = None
        if number is None:
            raise ValueError(N_("Not a whole number."))
        if kind is Kind.PERCENT and not 0 <= number <= 100:
            raise ValueError(N_("Must be between 0 and 100."))
        if kind is Kind.INTEGER and number < 0:
            raise ValueError(N_("Must not be negative."))
        return number
    if kind in (Kind.MONEY, Kind.DECIMAL):
        if isinstance(raw, float):
            raw = repr(raw)
        try:
            amount = Decimal(str(raw).replace(" ", ""))
        except InvalidOperation:
            raise ValueError(N_("Not a number.")) from None
        if not amount.is_finite():
            raise ValueError(N_("Not a number."))
        if kind is Kind.MONEY and amount < 0 and not spec.signed:
            raise ValueError(N_("Must not be negative."))
        if spec.bounds is not None and not spec.bounds[0] <= amount <= spec.bounds[1]:
            raise ValueError(_OUT_OF_BOUNDS[spec.bounds])
        return amount
    if kind is Kind.DATE:
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        try:
            return dt.date.fromisoformat(str(raw))
        except ValueError:
            raise ValueError(N_("Not a date (YYYY-MM-DD).")) from None
    if kind is Kind.DATETIME:
        if isinstance(raw, dt.datetime):
            return raw
        raise ValueError(N_("Not a date and time."))
    if kind is Kind.BOOL:
        return bool(raw)
    if kind in (Kind.CHOICE, Kind.CURRENCY):
        if str(raw) not in spec.choices:
            raise ValueError(N_("Not one of the choices."))
        return str(raw)
    raise AssertionError(f"unhandled field kind {kind}")
