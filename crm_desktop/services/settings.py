"""Settings shared by every user of a database: the company block printed on documents,
default terms and currency, tax rates and currencies.

The company block and the defaults are rows of the key/value ``settings`` table; the logo is
kept there too (base64), so every computer sharing the database prints the same documents.
"""

from __future__ import annotations

import base64
import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound, ValidationError
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Setting
from crm_desktop.models.quotes import Currency, TaxRate
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.registry.spec import N_
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.totals import currency_decimals

#: the largest logo we keep in the database
MAX_LOGO_BYTES = 2_000_000
_COMPANY_PREFIX = "company."
_TERMS_PREFIX = "terms."
_DEFAULT_CURRENCY = "documents.default_currency"
#: change notifications use these pseudo record types
SETTINGS_CHANGE = "settings"


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


@dataclass(frozen=True)
class TaxRateInfo:
    id: int
    name: str
    percent: Decimal
    active: bool
    position: int


@dataclass(frozen=True)
class CurrencyInfo:
    code: str
    name: str
    symbol: str
    decimals: int
    thousands_separator: str = ","
    decimal_separator: str = "."
    active: bool = True


def fallback_currency(code: str) -> CurrencyInfo:
    """How to write ``code`` when the settings do not list it."""
    return CurrencyInfo(code, code, "", currency_decimals(code))


def logo_kind(data: bytes) -> str | None:
    """ "png", "jpeg" or None for bytes that are neither."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


class SettingsService:
    def __init__(self, db: Database, hub: ChangeHub | None = None):
        self.db = db
        self.hub = hub or ChangeHub()

    # -- key/value ------------------------------------------------------------------------------
    @staticmethod
    def _read_prefix(session: Session, prefix: str) -> dict[str, str]:
        rows = session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
        )
        return {key[len(prefix) :]: value for key, value in rows}

    @staticmethod
    def _write(session: Session, key: str, value: str) -> None:
        if session.get(Setting, key) is None:
            session.add(Setting(key=key, value=value))
        else:
            session.execute(update(Setting).where(Setting.key == key).values(value=value))
        session.flush()

    def _publish(self) -> None:
        self.hub.publish(Change(SETTINGS_CHANGE, (), "updated"))

    # -- company ----------------------------------------------------------------------------------
    def company(self) -> CompanySettings:
        with self.db.read() as session:
            return self._company(session)

    def _company(self, session: Session) -> CompanySettings:
        stored = self._read_prefix(session, _COMPANY_PREFIX)
        texts = {
            f.name: stored.get(f.name, "")
            for f in dataclasses.fields(CompanySettings)
            if f.name != "logo"
        }
        logo = base64.b64decode(stored["logo"]) if stored.get("logo") else None
        return CompanySettings(**texts, logo=logo)

    def save_company(self, company: CompanySettings) -> None:
        if company.logo is not None:
            self.check_logo(company.logo)
        with self.db.write() as session:
            for f in dataclasses.fields(CompanySettings):
                value = getattr(company, f.name)
                if f.name == "logo":
                    value = base64.b64encode(value).decode("ascii") if value else ""
                self._write(session, _COMPANY_PREFIX + f.name, (value or "").strip())
        self._publish()

    @staticmethod
    def check_logo(data: bytes) -> None:
        if logo_kind(data) is None:
            raise ValidationError({"logo": N_("The logo must be a PNG or JPEG image.")})
        if len(data) > MAX_LOGO_BYTES:
            raise ValidationError({"logo": N_("The logo must be smaller than 2 MB.")})

    def read_logo(self, path: str | Path) -> bytes:
        """The bytes of a logo file, checked (for ``CompanySettings.logo``)."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError({"logo": f"Cannot read “{path}”: {exc.strerror}."}) from exc
        self.check_logo(data)
        return data

    # -- defaults ----------------------------------------------------------------------------------
    def default_terms(self, record_type: str) -> str:
        """The terms and conditions a new quote ("quotes") or order ("sales_orders") starts with."""
        with self.db.read() as session:
            return self._default_terms(session, record_type)

    def _default_terms(self, session: Session, record_type: str) -> str:
        row = session.get(Setting, _TERMS_PREFIX + record_type)
        return row.value if row else ""

    def set_default_terms(self, record_type: str, text: str) -> None:
        with self.db.write() as session:
            self._write(session, _TERMS_PREFIX + record_type, text.strip())
        self._publish()

    def default_currency(self) -> str:
        with self.db.read() as session:
            row = session.get(Setting, _DEFAULT_CURRENCY)
            return row.value if row and row.value else "USD"

    def set_default_currency(self, code: str) -> None:
        if code not in CURRENCY_DECIMALS:
            raise ValidationError({"currency": N_("Not one of the choices.")})
        with self.db.write() as session:
            self._write(session, _DEFAULT_CURRENCY, code)
        self._publish()

    # -- tax rates ---------------------------------------------------------------------------------
    def tax_rates(self, *, active_only: bool = False) -> list[TaxRateInfo]:
        with self.db.read() as session:
            stmt = select(TaxRate).order_by(TaxRate.position, TaxRate.name)
            if active_only:
                stmt = stmt.where(TaxRate.active)
            return [_tax_info(r) for r in session.scalars(stmt)]

    def add_tax_rate(
        self, name: str, percent: Decimal | str, *, active: bool = True
    ) -> TaxRateInfo:
        name, rate = _check_tax(name, percent)
        with self.db.write() as session:
            self._check_unique(session, name, None)
            position = session.scalar(select(func.coalesce(func.max(TaxRate.position), 0))) or 0
            row = TaxRate(name=name, percent=rate, active=active, position=position + 1)
            session.add(row)
            session.flush()
            info = _tax_info(row)
        self._publish()
        return info

    def update_tax_rate(
        self,
        tax_rate_id: int,
        *,
        name: str | None = None,
        percent: Decimal | str | None = None,
        active: bool | None = None,
    ) -> TaxRateInfo:
        """Change a rate; documents already written keep the rate they were written with."""
        with self.db.write() as session:
            row = session.get(TaxRate, tax_rate_id)
            if row is None:
                raise NotFound(f"Tax rate {tax_rate_id} does not exist.")
            new_name, rate = _check_tax(
                row.name if name is None else name, row.percent if percent is None else percent
            )
            self._check_unique(session, new_name, tax_rate_id)
            row.name, row.percent = new_name, rate
            if active is not None:
                row.active = active
            session.flush()
            info = _tax_info(row)
        self._publish()
        return info

    def delete_tax_rate(self, tax_rate_id: int) -> None:
        """Remove a rate from the choices (documents keep their copy of it)."""
        with self.db.write() as session:
            result = session.execute(delete(TaxRate).where(TaxRate.id == tax_rate_id))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFound(f"Tax rate {tax_rate_id} does not exist.")
        self._publish()

    @staticmethod
    def _check_unique(session: Session, name: str, own_id: int | None) -> None:
        other = session.scalar(select(TaxRate.id).where(TaxRate.name == name))
        if other is not None and other != own_id:
            raise ValidationError({"name": N_("There is already a tax rate of that name.")})

    # -- currencies --------------------------------------------------------------------------------
    def currencies(self, *, active_only: bool = False) -> list[CurrencyInfo]:
        with self.db.read() as session:
            stmt = select(Currency).order_by(Currency.code)
            if active_only:
                stmt = stmt.where(Currency.active)
            return [_currency_info(c) for c in session.scalars(stmt)]

    def currency(self, code: str) -> CurrencyInfo:
        """How amounts in ``code`` are written (a fallback for a code the settings lack)."""
        with self.db.read() as session:
            return self._currency(session, code)

    @staticmethod
    def _currency(session: Session, code: str) -> CurrencyInfo:
        row = session.get(Currency, code)
        return _currency_info(row) if row else fallback_currency(code)

    def save_currency(self, currency: CurrencyInfo) -> None:
        """Add a currency the program knows (ISO 4217) or change how one is written."""
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
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            row = session.get(Currency, currency.code)
            if row is None:
                row = Currency(code=currency.code)
                session.add(row)
            row.name = currency.name.strip()
            row.symbol = currency.symbol.strip()
            row.decimals = currency.decimals
            row.thousands_separator = currency.thousands_separator
            row.decimal_separator = currency.decimal_separator
            row.active = currency.active
        self._publish()


def _check_tax(name: str, percent: Decimal | str) -> tuple[str, Decimal]:
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
    if errors:
        raise ValidationError(errors)
    return name, rate


def _tax_info(row: TaxRate) -> TaxRateInfo:
    return TaxRateInfo(row.id, row.name, row.percent, row.active, row.position)


def _currency_info(row: Currency) -> CurrencyInfo:
    return CurrencyInfo(
        row.code,
        row.name,
        row.symbol,
        row.decimals,
        row.thousands_separator,
        row.decimal_separator,
        row.active,
    )
