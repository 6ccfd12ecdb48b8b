"""Settings shared by every user of a database: the company block printed on documents,
default terms and currency, tax rates and currencies.

The company block and the defaults are rows of the key/value ``settings`` table; the logo is
kept there too (base64), so every computer sharing the database prints the same documents.

The settings dialog saves with :meth:`SettingsService.save_settings`: only what it changed,
all in one transaction, and only when nobody else saved the same settings since it read
them (else :class:`SettingsChanged` says what they saved, and nothing is written).
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound, ValidationError
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Setting
from crm_desktop.models.quotes import Currency, TaxRate
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.registry.spec import N_
from crm_desktop.services.quotes.totals import currency_decimals
from crm_desktop.services.records.changes import Change, ChangeHub
from crm_desktop.services.settings.edit import SettingsChanged, SettingsEdit, TaxRateChange, indexed

#: the largest logo we keep in the database
MAX_LOGO_BYTES = 2_000_000
_COMPANY_PREFIX = "company."
_TERMS_PREFIX = "terms."
_DEFAULT_CURRENCY = "documents.default_currency"
#: change notifications use these pseudo record types
SETTINGS_CHANGE = "settings"
#: the names of the terms new quotes and sales orders start with, by record type
TERMS_KEYS = {"quotes": _TERMS_PREFIX + "quotes", "sales_orders": _TERMS_PREFIX + "sales_orders"}
DEFAULT_CURRENCY_KEY = _DEFAULT_CURRENCY
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


def company_key(name: str) -> str:
    """The setting that holds a field of :class:`CompanySettings` ("name" -> "company.name")."""
    return _COMPANY_PREFIX + name


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
            self._write_company(session, company)
        self._publish()

    def _write_company(self, session: Session, company: CompanySettings) -> None:
        for f in dataclasses.fields(CompanySettings):
            value = getattr(company, f.name)
            if f.name == "logo":
                value = base64.b64encode(value).decode("ascii") if value else ""
            self._write(session, _COMPANY_PREFIX + f.name, (value or "").strip())

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

    # -- what the settings dialog saves ------------------------------------------------------------
    def values(self, names: list[str]) -> dict[str, Any]:
        """Key/value settings as the getters give them (a logo as bytes or None, the default
        currency "USD" when none is set, texts "" when unset)."""
        with self.db.read() as session:
            return self._values(session, names)

    @staticmethod
    def _values(session: Session, names: list[str]) -> dict[str, Any]:
        _check_names(names)
        rows = dict(
            session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(names))).all()
        )
        return {name: _typed(name, rows.get(name)) for name in names}

    def save_settings(self, edit: SettingsEdit) -> None:
        """Save what the dialog changed, in one transaction: all of it or nothing.

        Raises :class:`SettingsChanged` (before writing anything) when a setting, tax
        rate or currency it changes is no longer what it read, and ValidationError for
        values that cannot be saved: keys are setting names, "tax_rates.<i>.<field>" and
        "currencies.<i>.<field>" with ``i`` the change's index in its list."""
        if edit.is_empty():
            return
        _check_names(list(edit.values))
        errors = _value_errors(edit.values)
        for index, rate in enumerate(edit.tax_rates):
            if not rate.delete:
                errors.update(indexed("tax_rates", index, _tax_errors(rate.name, rate.percent)))
        for index, currency in enumerate(edit.currencies):
            errors.update(indexed("currencies", index, _currency_errors(currency.wanted)))
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            self._check_unchanged(session, edit)
            for name, (_loaded, value) in edit.values.items():
                self._write(session, name, _stored(name, value))
            self._write_rates(session, edit.tax_rates)
            for change in edit.currencies:
                self._write_currency(session, change.wanted)
        self._publish()

    def _check_unchanged(self, session: Session, edit: SettingsEdit) -> None:
        now = self._values(session, list(edit.values))
        values = {n: now[n] for n, (loaded, _new) in edit.values.items() if now[n] != loaded}
        rates: dict[int, TaxRateInfo | None] = {}
        for change in edit.tax_rates:
            if change.loaded is None:
                continue
            row = session.get(TaxRate, change.loaded.id)
            stored = _tax_info(row) if row is not None else None
            if stored is None and not change.delete:
                rates[change.loaded.id] = None  # they deleted what I change
            elif stored is not None and _rate_key(stored) != _rate_key(change.loaded):
                rates[change.loaded.id] = stored
        currencies: dict[str, CurrencyInfo | None] = {}
        for currency in edit.currencies:
            currency_row = session.get(Currency, currency.wanted.code)
            stored_currency = _currency_info(currency_row) if currency_row is not None else None
            if stored_currency != currency.loaded:
                currencies[currency.wanted.code] = stored_currency
        if values or rates or currencies:
            raise SettingsChanged(values, rates, currencies)

    def _write_rates(self, session: Session, changes: list[TaxRateChange]) -> None:
        # Deletions first, so that a name given up can be taken by another rate.
        for change in changes:
            if change.delete and change.loaded is not None:
                session.execute(delete(TaxRate).where(TaxRate.id == change.loaded.id))
        session.flush()
        for index, change in enumerate(changes):
            if change.delete:
                continue
            name, rate = _check_tax(change.name, change.percent)
            row = session.get(TaxRate, change.loaded.id) if change.loaded is not None else None
            try:
                self._check_unique(session, name, row.id if row is not None else None)
            except ValidationError as exc:
                raise ValidationError(indexed("tax_rates", index, exc.errors)) from exc
            if row is None:
                position = session.scalar(select(func.coalesce(func.max(TaxRate.position), 0)))
                row = TaxRate(position=(position or 0) + 1)
                session.add(row)
            row.name, row.percent, row.active = name, rate, change.active
            session.flush()

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

    def quote_validity_days(self) -> int:
        """Days a new quote is valid for (0: its "Valid until" starts empty)."""
        return int(self.values([VALIDITY_DAYS_KEY])[VALIDITY_DAYS_KEY])

    def default_currency_from(self, code: str | None) -> bool:
        """Take ``code`` (the system's currency, at the first start) as the default currency
        if none was chosen yet and the program knows it; True when it was taken."""
        if code not in CURRENCY_DECIMALS:
            return False
        # Exclusive: every program's first start on a new server database does this at once.
        with self.db.write(exclusive=True) as session:
            row = session.get(Setting, _DEFAULT_CURRENCY)
            if row is not None and row.value:
                return False
            self._write(session, _DEFAULT_CURRENCY, code)
        self._publish()
        return True

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
        with self.db.write(exclusive=True) as session:
            self._check_unique(session, name, None)
            info = self._add_tax_rate(session, name, rate, active)
        self._publish()
        return info

    @staticmethod
    def _add_tax_rate(session: Session, name: str, rate: Decimal, active: bool) -> TaxRateInfo:
        position = session.scalar(select(func.coalesce(func.max(TaxRate.position), 0))) or 0
        row = TaxRate(name=name, percent=rate, active=active, position=position + 1)
        session.add(row)
        session.flush()
        return _tax_info(row)

    def first_defaults(
        self, company: CompanySettings, tax_rates: Sequence[tuple[str, Decimal]]
    ) -> None:
        """Give a database its first company block (when it has no company name) and tax
        rates (when it has none): checked and written in one exclusive write, so several
        programs setting up one new database at once add them once and all go on."""
        rates = [_check_tax(name, percent) for name, percent in tax_rates]
        with self.db.write(exclusive=True) as session:
            if not self._read_prefix(session, _COMPANY_PREFIX).get("name"):
                self._write_company(session, company)
            if session.scalar(select(TaxRate.id).limit(1)) is None:
                for name, rate in rates:
                    self._add_tax_rate(session, name, rate, True)
        self._publish()

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
        errors = _currency_errors(currency)
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            self._write_currency(session, currency)
        self._publish()

    @staticmethod
    def _write_currency(session: Session, currency: CurrencyInfo) -> None:
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
        session.flush()


def _currency_errors(currency: CurrencyInfo) -> dict[str, str]:
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


def _check_tax(name: str, percent: Decimal | str) -> tuple[str, Decimal]:
    errors = _tax_errors(name, percent)
    if errors:
        raise ValidationError(errors)
    return (name or "").strip(), Decimal(str(percent).strip())


def _tax_errors(name: str, percent: Decimal | str) -> dict[str, str]:
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


def _rate_key(rate: TaxRateInfo) -> tuple[str, Decimal, bool]:
    """What the dialog shows of a rate (its place in the list is not edited there)."""
    return rate.name, rate.percent, rate.active


_LOGO_KEY = _COMPANY_PREFIX + "logo"
#: the key/value settings :meth:`SettingsService.save_settings` writes
SETTING_NAMES = frozenset(
    [company_key(f.name) for f in dataclasses.fields(CompanySettings)]
    + list(TERMS_KEYS.values())
    + [_DEFAULT_CURRENCY, VALIDITY_DAYS_KEY]
)


def _check_names(names: list[str]) -> None:
    unknown = set(names) - SETTING_NAMES
    if unknown:  # a programming error, not the user's
        raise KeyError(f"Not a setting the settings dialog edits: {sorted(unknown)}")


def _typed(name: str, stored: str | None) -> Any:
    """A stored text as the getters give it."""
    if name == _LOGO_KEY:
        return base64.b64decode(stored) if stored else None
    if name == _DEFAULT_CURRENCY:
        return stored or "USD"
    if name == VALIDITY_DAYS_KEY:
        return int(stored) if stored and stored.isdigit() else DEFAULT_VALIDITY_DAYS
    return stored or ""


def _stored(name: str, value: Any) -> str:
    if name == _LOGO_KEY:
        return base64.b64encode(value).decode("ascii") if value else ""
    if name == VALIDITY_DAYS_KEY:
        return str(int(value))  # 0 is a choice (no date), not "unset"
    return str(value or "").strip()


def _value_errors(values: dict[str, tuple[Any, Any]]) -> dict[str, str]:
    errors: dict[str, str] = {}
    logo = values.get(_LOGO_KEY, (None, None))[1]
    if logo is not None:
        try:
            SettingsService.check_logo(logo)
        except ValidationError as exc:
            errors[_LOGO_KEY] = exc.errors["logo"]
    if _DEFAULT_CURRENCY in values and values[_DEFAULT_CURRENCY][1] not in CURRENCY_DECIMALS:
        errors[_DEFAULT_CURRENCY] = N_("Not one of the choices.")
    if VALIDITY_DAYS_KEY in values:
        days = values[VALIDITY_DAYS_KEY][1]
        if not isinstance(days, int) or not 0 <= days <= MAX_VALIDITY_DAYS:
            errors[VALIDITY_DAYS_KEY] = N_("Must be between 0 and 3650 days.")
    return errors


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
