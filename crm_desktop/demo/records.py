"""What the demonstration records look like: organizations, contacts, leads, opportunities
and products drawn from the language pools of :mod:`demo_data`, one seeded
:class:`random.Random` for all, so the same seed gives the same records.

:class:`RecordDrafts` is the half of the demo generator that makes field values;
:mod:`demo` writes them.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from crm_desktop.demo import data as d
from crm_desktop.demo.data import between, pick
from crm_desktop.demo.locale import Locale
from crm_desktop.models.base import utcnow
from crm_desktop.registry import picklists as p
from crm_desktop.services.records.bulk_insert import Folder, RowWriter
from crm_desktop.services.sales.opportunities import weighted_amount

_BIRTHDAYS_FROM = dt.date(1955, 1, 1)


class OrgDraft:
    """An organization being generated: what its contacts and opportunities need."""

    __slots__ = ("city", "domain", "id", "locale", "name", "short")

    def __init__(self, locale: Locale, name: str, short: str, domain: str, city: d.City):
        self.id = 0  # given when written
        self.locale = locale
        self.name = name
        self.short = short
        self.domain = domain
        self.city = city


class RecordDrafts:
    """Field values of new demo records (the generator sets its pools in ``_prepare``)."""

    rng: random.Random
    fold: Folder
    writers: dict[str, RowWriter]
    today: dt.date
    org_types: d.Weighted[str]
    industries: d.Weighted[str]
    lead_sources: d.Weighted[str]
    lead_statuses: d.Weighted[str]
    stages: d.Weighted[str]
    opportunity_types: d.Weighted[str]
    product_languages: d.Weighted[str]
    locales: d.Weighted[Locale]

    user_id: int

    def _common(self) -> dict[str, Any]:
        """The columns every demo record of a batch shares (owner, audit, version)."""
        now = utcnow()
        return {
            "owner_id": self.user_id,
            "created_at": now,
            "modified_at": now,
            "created_by_id": self.user_id,
            "modified_by_id": self.user_id,
            "version": 1,
            "deleted_at": None,
        }

    def _organization(self) -> OrgDraft:
        rng = self.rng
        locale = self.locales.pick(rng)
        name, short = locale.company(rng)
        domain = f"{self.fold.ascii(short) or 'company'}.{locale.tld}"
        return OrgDraft(locale, name, short, domain, locale.city(rng))

    def _org_values(self, org: OrgDraft) -> dict[str, Any]:
        rng, locale, city = self.rng, org.locale, org.city
        rnd = rng.random
        street, postal = locale.street(rng, city), locale.postal(rng, city)
        shipping = rnd() < 0.5
        return {
            "name": org.name,
            "org_type": self.org_types.pick(rng),
            "industry": self.industries.pick(rng) if rnd() < 0.9 else None,
            "website": f"www.{org.domain}" if rnd() < 0.85 else None,
            "phone": locale.phone(rng, city),
            "other_phone": locale.phone(rng, city) if rnd() < 0.15 else None,
            "email": f"{pick(rng, locale.org_email_names)}@{org.domain}",
            "billing_street": street,
            "billing_city": city.name,
            "billing_state": city.state,
            "billing_postal_code": postal,
            "billing_country": locale.country,
            "shipping_street": street if shipping else None,
            "shipping_city": city.name if shipping else None,
            "shipping_state": city.state if shipping else None,
            "shipping_postal_code": postal if shipping else None,
            "shipping_country": locale.country if shipping else None,
            "tax_id": locale.tax_id(rng) if rnd() < 0.8 else None,
            "annual_revenue": self._revenue(locale) if rnd() < 0.6 else None,
            "employees": int(d.log_uniform(rng, 2, 5000)) if rnd() < 0.7 else None,
            "email_opt_out": rnd() < 0.03,
            "do_not_call": rnd() < 0.02,
            "latitude": round(city.lat + (rnd() - 0.5) * 0.08, 5),
            "longitude": round(city.lon + (rnd() - 0.5) * 0.08, 5),
        }

    def _revenue(self, locale: Locale) -> Decimal:
        """Annual revenue in the organization's own currency (the field has none)."""
        return d.money(self.rng, locale.currency, d.REVENUE_USD, d.AMOUNT_STEP, 1000)

    def _salutation(self, female: bool) -> str | None:
        rnd = self.rng.random
        if rnd() < 0.4:
            return None
        r = rnd()
        if female:
            value = "Ms." if r < 0.7 else "Mrs." if r < 0.9 else "Dr."
        else:
            value = "Mr." if r < 0.88 else "Dr." if r < 0.98 else "Prof."
        return value if value in p.SALUTATIONS else None

    def _contact(self, org: OrgDraft | None) -> dict[str, Any]:
        rng = self.rng
        rnd = rng.random
        locale = org.locale if org is not None else self.locales.pick(rng)
        female = rnd() < 0.5
        first, last, local = locale.person(rng, female, self.fold.ascii)
        if org is not None and rnd() < 0.85:
            email = f"{local}@{org.domain}"
        else:
            number = between(rng, 1, 99) if rnd() < 0.4 else ""
            email = f"{local}{number}@{pick(rng, locale.free_mail)}"
        city = org.city if org is not None and rnd() < 0.7 else locale.city(rng)
        return {
            "salutation": self._salutation(female),
            "first_name": first,
            "last_name": last,
            "name_order": locale.name_order,
            "title": pick(rng, locale.titles) if rnd() < 0.8 else None,
            "department": pick(rng, locale.departments) if rnd() < 0.5 else None,
            "organization_id": None,  # given when written
            "organization_name": org.name if org is not None else None,
            "email": email,
            "secondary_email": f"{local}@{pick(rng, locale.free_mail)}" if rnd() < 0.1 else None,
            "office_phone": locale.phone(rng, city) if rnd() < 0.7 else None,
            "mobile_phone": locale.mobile(rng) if rnd() < 0.8 else None,
            "home_phone": locale.phone(rng, city) if rnd() < 0.1 else None,
            "birthday": _BIRTHDAYS_FROM + dt.timedelta(days=int(rnd() * 17_000))
            if rnd() < 0.5
            else None,
            "mailing_street": locale.street(rng, city),
            "mailing_city": city.name,
            "mailing_state": city.state,
            "mailing_postal_code": locale.postal(rng, city),
            "mailing_country": locale.country,
            "lead_source": self.lead_sources.pick(rng) if rnd() < 0.5 else None,
            "do_not_call": rnd() < 0.03,
            "email_opt_out": rnd() < 0.05,
            "no_messages": rnd() < 0.02,
        }

    def _lead(self) -> dict[str, Any]:
        rng = self.rng
        rnd = rng.random
        locale = self.locales.pick(rng)
        female = rnd() < 0.5
        first, last, local = locale.person(rng, female, self.fold.ascii)
        company, short = locale.company(rng)
        domain = f"{self.fold.ascii(short) or 'company'}.{locale.tld}"
        city = locale.city(rng)
        return {
            "salutation": self._salutation(female),
            "first_name": first,
            "last_name": last,
            "name_order": locale.name_order,
            "company": company,
            "title": pick(rng, locale.titles) if rnd() < 0.7 else None,
            "email": f"{local}@{domain if rnd() < 0.7 else pick(rng, locale.free_mail)}",
            "phone": locale.phone(rng, city) if rnd() < 0.8 else None,
            "mobile_phone": locale.mobile(rng) if rnd() < 0.7 else None,
            "website": f"www.{domain}" if rnd() < 0.5 else None,
            "street": locale.street(rng, city),
            "city": city.name,
            "state": city.state,
            "postal_code": locale.postal(rng, city),
            "country": locale.country,
            "lead_source": self.lead_sources.pick(rng),
            "lead_status": self.lead_statuses.pick(rng),
            "rating": pick(rng, p.RATINGS) if rnd() < 0.3 else None,
            "industry": self.industries.pick(rng) if rnd() < 0.7 else None,
            "annual_revenue": self._revenue(locale) if rnd() < 0.4 else None,
            "employees": int(d.log_uniform(rng, 1, 2000)) if rnd() < 0.5 else None,
            "converted": False,
        }

    def _opportunity(
        self, org: OrgDraft, contact: dict[str, Any] | None, common: dict[str, Any]
    ) -> dict[str, Any]:
        rng, locale = self.rng, org.locale
        rnd = rng.random
        stage = self.stages.pick(rng)
        closed = stage in p.CLOSED_STAGES
        currency = locale.deal_currency(rng)
        amount = d.money(rng, currency, d.DEAL_USD, d.AMOUNT_STEP, 50)
        probability = p.STAGE_PROBABILITY.get(stage)
        # Closed deals closed in the past 18 months; open ones close in the next ten
        # (a few are overdue).
        days = -between(rng, 1, 540) if closed else between(rng, -45, 300)
        contacts = self.writers["contacts"].record_type
        values = {
            "name": f"{org.short} – {pick(rng, locale.topics)}",
            "organization_id": None,  # given when written
            "organization_name": org.name,
            "contact_id": None,
            "contact_name": (contacts.display_name(contact) or None) if contact else None,
            "amount": amount,
            "currency": currency,
            "expected_close_date": self.today + dt.timedelta(days=days),
            "sales_stage": stage,
            "probability": probability,
            "weighted_amount": weighted_amount(amount, probability, currency),
            "opportunity_type": self.opportunity_types.pick(rng),
            "lead_source": self.lead_sources.pick(rng) if rnd() < 0.6 else None,
            "campaign": f"{pick(rng, locale.campaigns)} {self.today.year}" if rnd() < 0.3 else None,
            "next_step": pick(rng, locale.next_steps) if not closed and rnd() < 0.7 else None,
        }
        return self.writers["opportunities"].row(values, common)

    def _products(self, count: int) -> list[dict[str, Any]]:
        rng = self.rng
        rnd = rng.random
        common = self._common()
        categories = set(p.PRODUCT_CATEGORIES)
        rows = []
        for _ in range(count):
            language = self.product_languages.pick(rng)
            category, base = pick(rng, [c for c in d.PRODUCTS[language] if c[0] in categories])
            if category == "Hardware":
                model = f"{pick(rng, 'AMSX')}{between(rng, 1, 9)}{pick(rng, ('0', '00', '50'))}"
                name = f"{base} {model}"
            else:
                name = f"{base} – {pick(rng, d.PRODUCT_EDITIONS[language])}"
            currency = d.PRODUCT_CURRENCY.get(language) or (
                "USD" if rnd() < 0.6 else "GBP" if rnd() < 0.6 else "EUR"
            )
            decimals = p.CURRENCY_DECIMALS.get(currency, 2)
            usd = d.PRICE_USD.get(category, (10, 1000))
            price = d.money(rng, currency, usd, d.PRICE_STEP, 1)
            if decimals and rnd() < 0.6:
                price -= Decimal("0.10") if currency == "BRL" else Decimal("0.01")
            cost = (price * between(rng, 40, 80) / 100).quantize(Decimal(1).scaleb(-decimals))
            units = [u for u in d.CATEGORY_UNITS.get(category, ()) if u in p.UNITS] or ["Each"]
            values = {
                "name": name,
                "code": f"{d.CATEGORY_CODES.get(category, 'XX')}-{language.upper()}-",
                "category": category,
                "unit": pick(rng, units),
                "unit_price": price,
                "cost": cost,
                "currency": currency,
                "tax_class": pick(rng, p.TAX_CLASSES),
                "quantity_in_stock": Decimal(between(rng, 0, 500))
                if category in ("Hardware", "Other")
                else None,
                "active": rnd() < 0.9,
            }
            rows.append(self.writers["products"].row(values, common))
        return rows
