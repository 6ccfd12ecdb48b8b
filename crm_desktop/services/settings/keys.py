"""The key/value settings: their keys, the company block, how they are stored and checked.

The company block and the defaults are rows of the key/value ``settings`` table; the logo is
kept there too (base64), so every computer sharing the database prints the same documents.
"""

from __future__ import annotations

import base64
import dataclasses
from dataclasses import dataclass
from typing import Any

from crm_desktop.errors import ValidationError
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.registry.spec import N_

#: the largest logo we keep in the database
MAX_LOGO_BYTES = 2_000_000
COMPANY_PREFIX = "company."
TERMS_PREFIX = "terms."
DEFAULT_CURRENCY_KEY = "documents.default_currency"
#: the names of the terms new quotes and sales orders start with, by record type
TERMS_KEYS = {"quotes": TERMS_PREFIX + "quotes", "sales_orders": TERMS_PREFIX + "sales_orders"}
#: how many days a new quote is valid ("Valid until" = today + days; 0: left empty)
VALIDITY_DAYS_KEY = "quotes.validity_days"
#: the validity of a database nobody configured: a month, as most offers run
DEFAULT_VALIDITY_DAYS = 30
MAX_VALIDITY_DAYS = 3650


@dataclass
class CompanySettings:
    """The seller's block on printed documents."""

    name: str = ""
    #: several lines: street, postal code and city, country
    address: str = ""
    tax_id: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    #: several lines: bank, IBAN / account, SWIFT
    bank_details: str = ""
    #: PNG or JPEG bytes, or None
    logo: bytes | None = None


def company_key(name: str) -> str:
    """The setting that holds a field of :class:`CompanySettings` ("name" -> "company.name")."""
    return COMPANY_PREFIX + name


def logo_kind(data: bytes) -> str | None:
    """ "png", "jpeg" or None for bytes that are neither."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def check_logo(data: bytes) -> None:
    if logo_kind(data) is None:
        raise ValidationError({"logo": N_("The logo must be a PNG or JPEG image.")})
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError({"logo": N_("The logo must be smaller than 2 MB.")})


LOGO_KEY = COMPANY_PREFIX + "logo"
#: the key/value settings :meth:`SettingsService.save_settings` writes
SETTING_NAMES = frozenset(
    [company_key(f.name) for f in dataclasses.fields(CompanySettings)]
    + list(TERMS_KEYS.values())
    + [DEFAULT_CURRENCY_KEY, VALIDITY_DAYS_KEY]
)


def check_names(names: list[str]) -> None:
    unknown = set(names) - SETTING_NAMES
    if unknown:  # a programming error, not the user's
        raise KeyError(f"Not a setting the settings dialog edits: {sorted(unknown)}")


def typed_value(name: str, stored: str | None) -> Any:
    """A stored text as the getters give it."""
    if name == LOGO_KEY:
        return base64.b64decode(stored) if stored else None
    if name == DEFAULT_CURRENCY_KEY:
        return stored or "USD"
    if name == VALIDITY_DAYS_KEY:
        return int(stored) if stored and stored.isdigit() else DEFAULT_VALIDITY_DAYS
    return stored or ""


def stored_text(name: str, value: Any) -> str:
    if name == LOGO_KEY:
        return base64.b64encode(value).decode("ascii") if value else ""
    if name == VALIDITY_DAYS_KEY:
        return str(int(value))  # 0 is a choice (no date), not "unset"
    return str(value or "").strip()


def value_errors(values: dict[str, tuple[Any, Any]]) -> dict[str, str]:
    errors: dict[str, str] = {}
    logo = values.get(LOGO_KEY, (None, None))[1]
    if logo is not None:
        try:
            check_logo(logo)
        except ValidationError as exc:
            errors[LOGO_KEY] = exc.errors["logo"]
    if DEFAULT_CURRENCY_KEY in values and values[DEFAULT_CURRENCY_KEY][1] not in CURRENCY_DECIMALS:
        errors[DEFAULT_CURRENCY_KEY] = N_("Not one of the choices.")
    if VALIDITY_DAYS_KEY in values:
        days = values[VALIDITY_DAYS_KEY][1]
        if not isinstance(days, int) or not 0 <= days <= MAX_VALIDITY_DAYS:
            errors[VALIDITY_DAYS_KEY] = N_("Must be between 0 and 3650 days.")
    return errors
