"""Demonstration quotes and sales orders: in the deal's currency, priced by the quote
service, multilingual, some long; orders made from accepted quotes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.demo.documents import ADVANCED_STAGES, TAX_RATES
from crm_desktop.demo.generator import DemoGenerator, planned_counts
from crm_desktop.models import Database
from crm_desktop.reports.quote_pdf import write_document_pdf
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This module's own file (1,000 contacts, seed 11), which conftest's ``demo`` opens."""
    path = tmp_path_factory.mktemp("documents") / "demo.sqlite3"
    db = Database.open(path)
    try:
        DemoGenerator(Services.build(db), seed=11).generate(1000)
    finally:
        db.close()
    return path


def _ids(services: Services, type_key: str) -> list[int]:
    query = ListQuery(type_key, sort_field="number")
    count = services.lists.count(query)
    return [row.id for row in services.lists.page(query, 0, count)]


def test_quotes_and_orders_as_planned(demo: Services) -> None:
    plan = planned_counts(1000)
    counts = demo.stats.counts()
    assert counts["quotes"] == plan["quotes"] == 50
    assert counts["sales_orders"] == plan["sales_orders"] == 12


def test_quotes_are_priced_in_the_deals_currency_with_its_tax(demo: Services) -> None:
    rates = {currency: name for currency, name, _ in TAX_RATES}
    assert {t.name for t in demo.settings.tax_rates()} == set(rates.values())
    assert demo.settings.company().name  # the printed documents have a seller
    currencies: Counter[str] = Counter()
    for quote_id in _ids(demo, "quotes"):
        quote = demo.quotes.get("quotes", quote_id)
        opportunity = demo.records.get("opportunities", quote.values["opportunity_id"])
        assert quote.currency == opportunity.values["currency"]
        assert quote.values["organization_id"] == opportunity.values["organization_id"]
        assert quote.lines
        for line in quote.lines:
            if line.product_id is not None:
                product = demo.records.get("products", line.product_id).values
                assert product["currency"] == quote.currency
        taxes = quote.group_taxes + [t for line in quote.lines for t in line.taxes]
        assert {t.name for t in taxes} <= {rates[quote.currency]}
        # What the list shows is what the quote service computes from the lines.
        stored = demo.records.get("quotes", quote_id).values
        assert stored["grand_total"] == demo.quotes.totals(quote).grand_total
        currencies[quote.currency] += 1
    assert {"VND", "ISK", "BRL"} <= set(currencies)


def test_orders_come_from_accepted_quotes_and_leave_their_deals_alone(demo: Services) -> None:
    order_ids = _ids(demo, "sales_orders")
    assert order_ids
    for order_id in order_ids:
        order = demo.quotes.get("sales_orders", order_id)
        quote = demo.quotes.get("quotes", order.values["quote_id"])
        assert quote.values["stage"] == "Accepted"
        assert [line.name for line in order.lines] == [line.name for line in quote.lines]
        assert order.totals is not None and quote.totals is not None
        assert order.totals.grand_total == quote.totals.grand_total
        opportunity = demo.records.get("opportunities", quote.values["opportunity_id"])
        assert opportunity.values["sales_stage"] in ADVANCED_STAGES
        assert opportunity.version == 1  # an accepted quote did not move it


def test_a_long_quote_prints_on_three_pages_in_its_language(demo: Services, tmp_path: Path) -> None:
    longest = max(
        (demo.quotes.get("quotes", i) for i in _ids(demo, "quotes")), key=lambda q: len(q.lines)
    )
    assert len(longest.lines) >= 70
    target = tmp_path / "long.pdf"
    pages = write_document_pdf(longest, demo.settings.company(), target)
    assert pages >= 3
    reader = PdfReader(target)
    assert len(reader.pages) == pages
    text = "".join(page.extract_text() for page in reader.pages)
    assert longest.references["organization_id"].split()[0] in text
    assert all(line.name.split()[0] in text for line in longest.lines)
