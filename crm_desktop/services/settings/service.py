"""Settings shared by every user of a database: the company block printed on documents,
default terms and currency, tax rates and currencies.

The key/value settings (the company block, the defaults) are described in
:mod:`crm_desktop.services.settings.keys`; tax rates and currencies, kept in their own
tables, in :mod:`crm_desktop.services.settings.rates`.

The settings dialog saves with :meth:`SettingsService.save_settings`: only what it changed,
all in one transaction, and only when nobody else saved the same settings since it read
them (else :class:`SettingsChanged` says what they saved, and nothing is written).
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound, Sentence, ValidationError
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Setting
from crm_desktop.models.quotes import Currency, TaxRate
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.registry.spec import N_
from crm_desktop.services.access.rules import UNLIMITED, Access
from crm_desktop.services.records.changes import Change, ChangeHub
from crm_desktop.services.settings.edit import SettingsChanged, SettingsEdit, TaxRateChange, indexed
from crm_desktop.services.settings.keys import (
    COMPANY_PREFIX,
    DEFAULT_CURRENCY_KEY,
    TERMS_PREFIX,
    VALIDITY_DAYS_KEY,
    CompanySettings,
    check_logo,
    check_names,
    stored_text,
    typed_value,
    value_errors,
)
from crm_desktop.services.settings.rates import (
    CurrencyInfo,
    TaxRateInfo,
    check_tax,
    currency_errors,
    currency_info,
    fallback_currency,
    rate_key,
    tax_errors,
    tax_info,
)

#: change notifications use these pseudo record types
SETTINGS_CHANGE = "settings"


class SettingsService:
    def __init__(self, db: Database, hub: ChangeHub | None = None, access: Access = UNLIMITED):
        self.db = db
        self.hub = hub or ChangeHub()
        #: settings are the administrator's to change (on an office database)
        self.access = access

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
        stored = self._read_prefix(session, COMPANY_PREFIX)
        texts = {
            f.name: stored.get(f.name, "")
            for f in dataclasses.fields(CompanySettings)
            if f.name != "logo"
        }
        logo = base64.b64decode(stored["logo"]) if stored.get("logo") else None
        return CompanySettings(**texts, logo=logo)

    def save_company(self, company: CompanySettings) -> None:
        self.access.require_administrator()
        if company.logo is not None:
            check_logo(company.logo)
        with self.db.write() as session:
            self._write_company(session, company)
        self._publish()

    def _write_company(self, session: Session, company: CompanySettings) -> None:
        for f in dataclasses.fields(CompanySettings):
            value = getattr(company, f.name)
            if f.name == "logo":
                value = base64.b64encode(value).decode("ascii") if value else ""
            self._write(session, COMPANY_PREFIX + f.name, (value or "").strip())

    def read_logo(self, path: str | Path) -> bytes:
        """The bytes of a logo file, checked (for ``CompanySettings.logo``)."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            problem = Sentence("Cannot read “%1”: %2.", path, exc.strerror)
            raise ValidationError({"logo": problem}) from exc
        check_logo(data)
        return data

    # -- what the settings dialog saves ------------------------------------------------------------
    def values(self, names: list[str]) -> dict[str, Any]:
        """Key/value settings as the getters give them (a logo as bytes or None, the default
        currency "USD" when none is set, texts "" when unset)."""
        with self.db.read() as session:
            return self._values(session, names)

    @staticmethod
    def _values(session: Session, names: list[str]) -> dict[str, Any]:
        check_names(names)
        rows = dict(
            session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(names))).all()
        )
        return {name: typed_value(name, rows.get(name)) for name in names}

    def save_settings(self, edit: SettingsEdit) -> None:
        """Save what the dialog changed, in one transaction: all of it or nothing.

        Raises :class:`SettingsChanged` (before writing anything) when a setting, tax
        rate or currency it changes is no longer what it read, and ValidationError for
        values that cannot be saved: keys are setting names, "tax_rates.<i>.<field>" and
        "currencies.<i>.<field>" with ``i`` the change's index in its list."""
        self.access.require_administrator()
        if edit.is_empty():
            return
        check_names(list(edit.values))
        errors = value_errors(edit.values)
        for index, rate in enumerate(edit.tax_rates):
            if not rate.delete:
                errors.update(indexed("tax_rates", index, tax_errors(rate.name, rate.percent)))
        for index, currency in enumerate(edit.currencies):
            errors.update(indexed("currencies", index, currency_errors(currency.wanted)))
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            self._check_unchanged(session, edit)
            for name, (_loaded, value) in edit.values.items():
                self._write(session, name, stored_text(name, value))
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
            stored = tax_info(row) if row is not None else None
            if stored is None and not change.delete:
                rates[change.loaded.id] = None  # they deleted what I change
            elif stored is not None and rate_key(stored) != rate_key(change.loaded):
                rates[change.loaded.id] = stored
        currencies: dict[str, CurrencyInfo | None] = {}
        for currency in edit.currencies:
            currency_row = session.get(Currency, currency.wanted.code)
            stored_currency = currency_info(currency_row) if currency_row is not None else None
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
            name, rate = check_tax(change.name, change.percent)
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
        row = session.get(Setting, TERMS_PREFIX + record_type)
        return row.value if row else ""

    def set_default_terms(self, record_type: str, text: str) -> None:
        self.access.require_administrator()
        with self.db.write() as session:
            self._write(session, TERMS_PREFIX + record_type, text.strip())
        self._publish()

    def default_currency(self) -> str:
        with self.db.read() as session:
            row = session.get(Setting, DEFAULT_CURRENCY_KEY)
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
            row = session.get(Setting, DEFAULT_CURRENCY_KEY)
            if row is not None and row.value:
                return False
            self._write(session, DEFAULT_CURRENCY_KEY, code)
        self._publish()
        return True

    def set_default_currency(self, code: str) -> None:
        self.access.require_administrator()
        if code not in CURRENCY_DECIMALS:
            raise ValidationError({"currency": N_("Not one of the choices.")})
        with self.db.write() as session:
            self._write(session, DEFAULT_CURRENCY_KEY, code)
        self._publish()

    # -- tax rates ---------------------------------------------------------------------------------
    def tax_rates(self, *, active_only: bool = False) -> list[TaxRateInfo]:
        with self.db.read() as session:
            stmt = select(TaxRate).order_by(TaxRate.position, TaxRate.name)
            if active_only:
                stmt = stmt.where(TaxRate.active)
            return [tax_info(r) for r in session.scalars(stmt)]

    def add_tax_rate(
        self, name: str, percent: Decimal | str, *, active: bool = True
    ) -> TaxRateInfo:
        self.access.require_administrator()
        name, rate = check_tax(name, percent)
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
        return tax_info(row)

    def first_defaults(
        self, company: CompanySettings, tax_rates: Sequence[tuple[str, Decimal]]
    ) -> None:
        """Give a database its first company block (when it has no company name) and tax
        rates (when it has none): checked and written in one exclusive write, so several
        programs setting up one new database at once add them once and all go on."""
        rates = [check_tax(name, percent) for name, percent in tax_rates]
        with self.db.write(exclusive=True) as session:
            if not self._read_prefix(session, COMPANY_PREFIX).get("name"):
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
        self.access.require_administrator()
        with self.db.write() as session:
            row = session.get(TaxRate, tax_rate_id)
            if row is None:
                raise NotFound("Tax rate %1 does not exist.", tax_rate_id)
            new_name, rate = check_tax(
                row.name if name is None else name, row.percent if percent is None else percent
            )
            self._check_unique(session, new_name, tax_rate_id)
            row.name, row.percent = new_name, rate
            if active is not None:
                row.active = active
            session.flush()
            info = tax_info(row)
        self._publish()
        return info

    def delete_tax_rate(self, tax_rate_id: int) -> None:
        """Remove a rate from the choices (documents keep their copy of it)."""
        self.access.require_administrator()
        with self.db.write() as session:
            result = session.execute(delete(TaxRate).where(TaxRate.id == tax_rate_id))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFound("Tax rate %1 does not exist.", tax_rate_id)
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
            return [currency_info(c) for c in session.scalars(stmt)]

    def currency(self, code: str) -> CurrencyInfo:
        """How amounts in ``code`` are written (a fallback for a code the settings lack)."""
        with self.db.read() as session:
            return self._currency(session, code)

    @staticmethod
    def _currency(session: Session, code: str) -> CurrencyInfo:
        row = session.get(Currency, code)
        return currency_info(row) if row else fallback_currency(code)

    def save_currency(self, currency: CurrencyInfo) -> None:
        """Add a currency the program knows (ISO 4217) or change how one is written."""
        errors = currency_errors(currency)
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
