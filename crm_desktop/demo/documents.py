"""Demonstration quotes and sales orders for the opportunities the demo generator writes.

Quotes are made for open and won opportunities, in the deal's currency, with lines of the
demo's products in that currency (Vietnamese products in VND, Icelandic in ISK, Brazilian
in BRL), discounts, group or per-line taxes and shipping; one in forty is long enough for
a PDF of three pages or more. A quarter of the quotes are accepted and became sales orders.

Documents are saved through :class:`QuoteService` inside the caller's write transaction,
so their numbers, stored totals and cached names are exactly what a user's save makes.
They are few (:data:`QUOTES_LIMIT` at the most), which keeps a million-contact demo fast.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.registry.picklists import CURRENCY_DECIMALS, SALES_STAGES
from crm_desktop.services.quotes.documents import ADDRESS_PARTS, Document, DocumentLine, DocumentTax
from crm_desktop.services.quotes.save_hooks import PROPOSAL_STAGE
from crm_desktop.services.quotes.service import ORDER_FROM_QUOTE
from crm_desktop.services.records.service import table_of

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: quotes saved per write transaction (each through the quote service, with its lines)
QUOTES_PER_TRANSACTION = 100
#: quotes of a whole demo run at the most (one per 20 contacts below that)
QUOTES_LIMIT = 2000
#: tax rates a database without any gets, one per demo currency: (currency, name, percent)
TAX_RATES = (
    ("VND", "Thuế GTGT", Decimal(10)),
    ("ISK", "Virðisaukaskattur", Decimal(24)),
    ("BRL", "ICMS", Decimal(18)),
    ("EUR", "MwSt.", Decimal(19)),
    ("GBP", "VAT", Decimal(20)),
    ("USD", "Sales tax", Decimal("8.875")),
)
#: the company printed on the documents, when the database has none yet
COMPANY: dict[str, Any] = {
    "name": "Sao Mai Software JSC",
    "address": "12 Lý Thường Kiệt\n100000 Hà Nội\nViệt Nam",
    "tax_id": "0101234567",
    "phone": "+84 24 3825 1234",
    "email": "sales@saomai.example",
    "website": "www.saomai.example",
    "bank_details": "Vietcombank, Hà Nội\nAccount 0011 0044 5566 7788\nSWIFT BFTVVNVX",
}
_QUOTE_STAGES = (
    ("Draft", 30),
    ("Delivered", 25),
    ("Reviewed", 15),
    ("Accepted", 20),
    ("Rejected", 10),
)
_ORDER_STATUSES = (("Created", 30), ("Approved", 40), ("Delivered", 25), ("Cancelled", 5))
_TERMS = {
    "VND": "Thanh toán trong vòng 30 ngày kể từ ngày xuất hóa đơn.",
    "ISK": "Greiðsla innan 30 daga frá útgáfu reiknings.",
    "BRL": "Pagamento em até 30 dias a partir da emissão da nota fiscal.",
}
_DEFAULT_TERMS = "Payment within 30 days of the invoice date."


_STAGES = [stage for stage, _ in SALES_STAGES]
#: opportunities an accepted quote leaves where they are (it moves the others forward)
ADVANCED_STAGES = frozenset(_STAGES[_STAGES.index(PROPOSAL_STAGE) :]) - {"Closed Lost"}


def planned_quotes(contacts: int) -> int:
    """Quotes a demo run of ``contacts`` contacts adds."""
    return min(QUOTES_LIMIT, max(0, contacts) // 20)


class DemoDocuments:
    """Makes quotes (and orders from some accepted ones) inside a write transaction."""

    def __init__(self, services: Services, rng: random.Random, today: dt.date):
        self.services = services
        self.rng = rng
        self.today = today
        self.products: dict[str, list[dict[str, Any]]] = {}
        self.taxes: dict[str, DocumentTax] = {}
        self._made = 0

    def prepare(self, products: Sequence[dict[str, Any]]) -> None:
        """Take note of the run's products (written rows) and make sure tax rates exist."""
        for row in products:
            if row.get("active"):
                self.products.setdefault(row["currency"], []).append(row)
        settings = self.services.settings
        settings.first_defaults(
            dataclasses.replace(settings.company(), **COMPANY),
            [(name, percent) for _currency, name, percent in TAX_RATES],
        )
        by_name = {t.name: t for t in settings.tax_rates(active_only=True)}
        for currency, name, _percent in TAX_RATES:
            if name in by_name:
                rate = by_name[name]
                self.taxes[currency] = DocumentTax(rate.name, rate.percent, rate.id)

    def add_for(
        self, advanced: Sequence[int], others: Sequence[int], quotes: int, orders: int
    ) -> tuple[int, int]:
        """``quotes`` quotes for some of the opportunities (ids at the quote stage or beyond,
        and the others), ``orders`` of them made sales orders; returns what was added.

        An order's quote is accepted, so it goes to a deal at the quote stage or beyond
        (accepting moves the others forward); the orders' quotes come first."""
        rng = self.rng
        for_orders = rng.sample(list(advanced), min(orders, len(advanced)))
        taken = set(for_orders)
        pool = [i for i in advanced if i not in taken] + list(others)
        chosen = for_orders + rng.sample(pool, min(quotes - len(for_orders), len(pool)))
        made = [0, 0]
        for start in range(0, len(chosen), QUOTES_PER_TRANSACTION):
            ids = chosen[start : start + QUOTES_PER_TRANSACTION]
            with_orders = max(0, min(len(ids), len(for_orders) - start))
            opportunities, organizations = self._read(ids)
            with self.services.db.write() as session:
                added = self.add(session, opportunities, organizations, with_orders)
            made = [made[0] + added[0], made[1] + added[1]]
        return made[0], made[1]

    def _read(self, ids: Sequence[int]) -> tuple[list[dict[str, Any]], dict[int, dict[str, Any]]]:
        """The opportunities of ``ids`` (in that order) and their organizations, as rows."""
        opportunities = table_of(self.services.registry.get("opportunities"))
        organizations = table_of(self.services.registry.get("organizations"))
        with self.services.db.read() as session:
            opps = {
                r["id"]: dict(r)
                for r in session.execute(
                    select(opportunities).where(opportunities.c.id.in_(ids))
                ).mappings()
            }
            org_ids = {o["organization_id"] for o in opps.values() if o["organization_id"]}
            orgs = {
                r["id"]: dict(r)
                for r in session.execute(
                    select(organizations).where(organizations.c.id.in_(org_ids))
                ).mappings()
            }
        return [opps[i] for i in ids if i in opps], orgs

    def add(
        self,
        session: Session,
        opportunities: Sequence[dict[str, Any]],
        organizations: dict[int, dict[str, Any]],
        orders: int,
    ) -> tuple[int, int]:
        """A quote for each of ``opportunities`` (rows), the first ``orders`` of them
        accepted and made sales orders (give opportunities of :data:`ADVANCED_STAGES`
        there); returns (quotes, orders) added."""
        service = self.services.quotes
        made = 0
        for i, opportunity in enumerate(opportunities):
            quote = self._quote(opportunity, organizations.get(opportunity["organization_id"]))
            if i < orders:
                quote.values["stage"] = "Accepted"
            quote_id = service._save(session, quote)
            if i < orders:
                service._save(session, self._order(quote, quote_id))
                made += 1
        return len(opportunities), made

    def _quote(self, opportunity: dict[str, Any], org: dict[str, Any] | None) -> Document:
        rng = self.rng
        currency = opportunity["currency"]
        deal_stage = opportunity["sales_stage"]
        stage = {"Closed Won": "Accepted", "Closed Lost": "Rejected"}.get(deal_stage) or _weighted(
            rng, _QUOTE_STAGES
        )
        if stage == "Accepted" and deal_stage not in ADVANCED_STAGES:
            stage = "Reviewed"  # accepted, the deal would have moved on to the quote stage
        values: dict[str, Any] = {
            "subject": opportunity["name"],
            "opportunity_id": opportunity["id"],
            "organization_id": opportunity["organization_id"],
            "contact_id": opportunity["contact_id"],
            "currency": currency,
            "stage": stage,
            "valid_until": self.today + dt.timedelta(days=rng.choice((14, 30, 30, 60))),
            "terms": _TERMS.get(currency, _DEFAULT_TERMS),
            "owner_id": opportunity["owner_id"],
        }
        if org is not None:
            for side in ("billing", "shipping"):
                source = side if org.get(f"{side}_street") else "billing"
                for part in ADDRESS_PARTS:
                    values[f"{side}_{part}"] = org.get(f"{source}_{part}")
        tax = self.taxes.get(currency)
        individual = tax is not None and rng.random() < 0.3
        values["tax_mode"] = "Individual" if individual else "Group"
        # The first quote and every 40th after it run to three pages or more.
        long = self._made % 40 == 0
        self._made += 1
        lines = self._lines(currency, rng.randint(70, 110) if long else rng.randint(1, 8))
        if individual and tax is not None:
            for line in lines:
                line.taxes = [copy.copy(tax)]
        if rng.random() < 0.2:
            values["discount_percent"] = Decimal(rng.choice((3, 5, 10)))
        if rng.random() < 0.3:
            values["shipping_amount"] = _round(self._price(currency, 5, 80), currency)
        document = Document(
            "quotes",
            values,
            lines,
            group_taxes=[copy.copy(tax)] if tax is not None and not individual else [],
            shipping_taxes=[copy.copy(tax)]
            if tax is not None and "shipping_amount" in values
            else [],
        )
        return document

    def _lines(self, currency: str, count: int) -> list[DocumentLine]:
        rng = self.rng
        products = self.products.get(currency, [])
        lines = []
        for _ in range(count):
            quantity = Decimal(rng.choice((1, 1, 1, 2, 3, 5, 10, 20)))
            if products and rng.random() < 0.9:
                product = rng.choice(products)
                line = DocumentLine(
                    name=product["name"],
                    quantity=quantity,
                    unit_price=product["unit_price"],
                    unit=product.get("unit"),
                    product_id=product["id"],
                )
            else:
                line = DocumentLine(
                    name=rng.choice(_FREE_TEXT.get(currency, _FREE_TEXT["USD"])),
                    quantity=quantity,
                    unit_price=_round(self._price(currency, 20, 900), currency),
                )
            if rng.random() < 0.15:
                line.discount_percent = Decimal(rng.choice((5, 10, 15)))
            lines.append(line)
        return lines

    def _price(self, currency: str, low: int, high: int) -> Decimal:
        """A price of ``low`` to ``high`` US dollars in ``currency``."""
        usd = Decimal(self.rng.randint(low, high))
        return usd * _PER_USD.get(currency, Decimal(1))

    def _order(self, quote: Document, quote_id: int) -> Document:
        values = {k: quote.values.get(k) for k in ORDER_FROM_QUOTE}
        values.update(
            quote_id=quote_id,
            status=_weighted(self.rng, _ORDER_STATUSES),
            due_date=self.today + dt.timedelta(days=self.rng.randint(5, 45)),
        )
        return Document(
            "sales_orders",
            values,
            lines=copy.deepcopy(quote.lines),
            group_taxes=copy.deepcopy(quote.group_taxes),
            shipping_taxes=copy.deepcopy(quote.shipping_taxes),
        )


#: rough exchange rates, only to give free-text lines believable prices
_PER_USD = {
    "VND": Decimal(25_000),
    "ISK": Decimal(138),
    "BRL": Decimal("5.4"),
    "EUR": Decimal("0.92"),
    "GBP": Decimal("0.79"),
    "JPY": Decimal(150),
}
_FREE_TEXT = {
    "VND": ("Lắp đặt tại chỗ", "Đào tạo nhân viên", "Vận chuyển đến Đà Nẵng", "Bảo trì hằng năm"),
    "ISK": ("Uppsetning á staðnum", "Þjálfun starfsfólks", "Flutningur til Akureyrar"),
    "BRL": ("Instalação no local", "Treinamento da equipe", "Frete para São Paulo"),
    "USD": ("On-site installation", "Staff training", "Annual maintenance", "Data migration"),
}
_FREE_TEXT["EUR"] = _FREE_TEXT["GBP"] = _FREE_TEXT["JPY"] = _FREE_TEXT["USD"]


def _round(value: Decimal, currency: str) -> Decimal:
    decimals = CURRENCY_DECIMALS.get(currency, 2)
    # Whole hundreds in currencies without decimals read like real prices (12.500.000 ₫).
    step = Decimal(1).scaleb(-decimals) if decimals else Decimal(100)
    return (value / step).quantize(Decimal(1)) * step


def _weighted(rng: random.Random, choices: Sequence[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]
