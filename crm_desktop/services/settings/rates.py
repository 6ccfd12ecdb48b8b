"""Tax rates and currencies as the settings give them, and the checks of what a user
enters for them (each kept in its own table, unlike the key/value settings)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from crm_desktop.errors import ValidationError
from crm_desktop.models.quotes import Currency, TaxRate
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.registry.spec import N_
from crm_desktop.services.quotes.totals import currency_decimals
from crm_desktop.services.settings.types import CurrencyInfo, TaxRateInfo


def fallback_currency(code: str) -> CurrencyInfo:
    """How to write ``code`` when the settings do not list it."""
    return CurrencyInfo(code, code, "", currency_decimals(code))


def currency_errors(currency: CurrencyInfo) -> dict[str, str]:
    errors = {}
    if currency.code not in CURRENCY_DECIMALS:
        errors["code"] = N_("Not one of the choices.")
    if not 0 <= currency.decimals <= 4:
        errors["decimals"] = N_("Must be between 0 and 4.")
    if not currency.name.strip():
        errors["name"] = N_("This field is required.")
    if len(currency.thousands_separator) > 1 or len(currency.decimal_separator) != 1:
        errors["decimal_separator"] = N_("One character each.")
    elif currency.thousands_separator == currency.decimal_separator:
        errors["decimal_separator"] = N_("Must differ from the thousands separator.")
    return errors


def check_tax(name: str, percent: Decimal | str) -> tuple[str, Decimal]:
    errors = tax_errors(name, percent)
    if errors:
        raise ValidationError(errors)
    return (name or "").strip(), Decimal(str(percent).strip())


def tax_errors(name: str, percent: Decimal | str) -> dict[str, str]:
    errors = {}
    name = (name or "").strip()
    if not name:
        errors["name"] = N_("This field is required.")
    elif len(name) > 120:
        errors["name"] = N_("Too long.")
    try:
        rate = Decimal(str(percent).strip())
    except InvalidOperation:
        rate = Decimal("NaN")
    if not rate.is_finite() or not 0 <= rate <= 100:
        errors["percent"] = N_("Must be between 0 and 100.")
    elif rate.as_tuple().exponent < -4:  # type: ignore[operator]
        errors["percent"] = N_("At most 4 decimals.")
    return errors


def rate_key(rate: TaxRateInfo) -> tuple[str, Decimal, bool]:
    """What the dialog shows of a rate (its place in the list is not edited there)."""
    return rate.name, rate.percent, rate.active


def tax_info(row: TaxRate) -> TaxRateInfo:
    return TaxRateInfo(row.id, row.name, row.percent, row.active, row.position)


def currency_info(row: Currency) -> CurrencyInfo:
    return CurrencyInfo(
        row.code,
        row.name,
        row.symbol,
        row.decimals,
        row.thousands_separator,
        row.decimal_separator,
        row.active,
    )
