"""Quotes and sales orders: numbering, saving header and lines in one transaction, totals
kept on the header, conversions, and what an accepted quote does to its opportunity."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from crm_desktop.errors import ConflictError, DomainError, NotFound, ValidationError
from crm_desktop.models import Database
from crm_desktop.models.quotes import QuoteLine, QuoteTax
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import Document, DocumentLine, DocumentTax, copy_address
from crm_desktop.services.settings.edit import SettingsEdit
from crm_desktop.services.settings.keys import VALIDITY_DAYS_KEY

D = Decimal
VAT = DocumentTax("VAT", D(10))


def _customer(services: Services) -> tuple[int, int]:
    org = services.records.create(
        "organizations",
        {
            "name": "Công ty TNHH Đức Phát",
            "billing_street": "18 Lý Thường Kiệt",
            "billing_city": "Hà Nội",
            "billing_country": "Việt Nam",
        },
    )
    contact = services.records.create(
        "contacts", {"first_name": "Văn Đức", "last_name": "Nguyễn", "organization_id": org.id}
    )
    return org.id, contact.id


def _quote(services: Services, **values: object) -> Document:
    org_id, contact_id = _customer(services)
    document = services.quotes.new(
        "quotes",
        subject="Phần mềm CRM",
        organization_id=org_id,
        contact_id=contact_id,
        currency="VND",
        **values,
    )
    document.lines = [
        DocumentLine("Giấy phép phần mềm", D(12), D(4_500_000)),
        DocumentLine("Đào tạo", D("2.5"), D(1_234_567), discount_percent=D(10)),
    ]
    document.group_taxes = [VAT]
    return services.quotes.save(document)


def test_quotes_and_orders_have_their_own_numbers(services: Services) -> None:
    first, second = _quote(services), _quote(services)
    assert (first.number, second.number) == ("QUO-00001", "QUO-00002")
    order = services.quotes.convert_to_order(first.id, first.version)  # type: ignore[arg-type]
    assert order.number == "SO-00001"


def test_save_stores_lines_in_order_and_totals_on_the_header(services: Services) -> None:
    quote = _quote(services)
    assert [line.name for line in quote.lines] == ["Giấy phép phần mềm", "Đào tạo"]
    assert quote.totals is not None
    # 54,000,000 + (3,086,418 - 308,642) = 56,777,776; VAT 5,677,778 (5,677,777.6)
    assert quote.totals.subtotal == D(56_777_776)
    assert quote.totals.grand_total == D(62_455_554)
    row = services.records.get("quotes", quote.id).values  # type: ignore[arg-type]
    assert row["subtotal"] == D(56_777_776) and row["grand_total"] == D(62_455_554)
    assert row["tax_total"] == D(5_677_778)
    again = services.quotes.get("quotes", quote.id)  # type: ignore[arg-type]
    assert again.lines == quote.lines and again.group_taxes == [VAT]


def test_lines_are_replaced_as_a_whole_with_a_version_check(services: Services) -> None:
    quote = _quote(services)
    quote.lines.reverse()
    quote.lines.insert(1, DocumentLine("Hỗ trợ từ xa", D(3), D(650_000)))
    saved = services.quotes.save(quote)
    assert [line.name for line in saved.lines] == [
        "Đào tạo",
        "Hỗ trợ từ xa",
        "Giấy phép phần mềm",
    ]
    assert saved.version == quote.version + 1
    with services.db.read() as session:
        positions = session.execute(
            select(QuoteLine.position).where(QuoteLine.document_id == quote.id)
        ).scalars()
        assert sorted(positions) == [1, 2, 3]
    quote.lines = quote.lines[:1]  # an editor still holding the old version
    with pytest.raises(ConflictError):
        services.quotes.save(quote)
    assert len(services.quotes.get("quotes", quote.id).lines) == 3  # type: ignore[arg-type]


def test_a_failed_save_writes_nothing(services: Services) -> None:
    quote = _quote(services)
    quote.lines.append(DocumentLine("", D(0), D(-1)))
    quote.values["discount_percent"] = D(150)
    with pytest.raises(ValidationError) as info:
        services.quotes.save(quote)
    assert set(info.value.errors) == {
        "lines.2.name",
        "lines.2.quantity",
        "lines.2.unit_price",
        "discount_percent",
    }
    assert len(services.quotes.get("quotes", quote.id).lines) == 2  # type: ignore[arg-type]


def test_validation_of_discounts_and_taxes(services: Services) -> None:
    document = services.quotes.new("quotes", subject="S")
    document.lines = [
        DocumentLine("A", D(1), D(10), discount_percent=D(5), discount_amount=D(1)),
        DocumentLine("B", D(1), D(10), discount_amount=D(11)),
        DocumentLine("C", D("0.00001"), D(10), taxes=[DocumentTax("", D(101))]),
    ]
    document.values.update(discount_percent=D(1), discount_amount=D(1))
    errors = services.quotes.validate(document)
    assert errors["discount_amount"].startswith("Give a discount percent")
    assert errors["lines.0.discount_amount"].startswith("Give a discount percent")
    assert errors["lines.1.discount_amount"] == "The discount is larger than the amount."
    assert errors["lines.2.quantity"] == "At most 4 decimals."
    assert {"lines.2.taxes.0.name", "lines.2.taxes.0.percent"} <= set(errors)
    document.lines = document.lines[1:2]
    document.lines[0].discount_amount = None
    assert set(services.quotes.validate(document)) == {"discount_amount"}


def test_a_generic_form_save_recomputes_the_totals(services: Services) -> None:
    quote = _quote(services)
    updated = services.records.update(
        "quotes",
        quote.id,  # type: ignore[arg-type]
        quote.version,
        {"shipping_amount": "100000", "currency": "USD"},
    )
    # the same lines in USD, 2 decimals: 54,000,000 + 3,086,417.50 - 308,641.75
    assert updated.values["subtotal"] == D("56777775.75")
    # + VAT 5,677,777.58 (5,677,777.575) + shipping 100,000
    assert updated.values["grand_total"] == D("62555553.33")
    with pytest.raises(ValidationError):
        services.records.update(
            "quotes", quote.id, updated.version, {"discount_amount": "99999999999"}
        )


def test_new_documents_take_defaults_from_the_settings(services: Services) -> None:
    services.settings.set_default_terms("quotes", "Valid for 30 days.")
    services.settings.set_default_currency("ISK")
    document = services.quotes.new("quotes")
    assert document.values["terms"] == "Valid for 30 days."
    assert document.values["currency"] == "ISK"
    assert document.values["stage"] == "Draft" and document.values["tax_mode"] == "Group"
    assert services.quotes.new("sales_orders").values["status"] == "Created"


def test_copy_address_either_way() -> None:
    values = {"billing_city": "Reykjavík", "shipping_city": "Akureyri", "subject": "x"}
    assert copy_address(values)["shipping_city"] == "Reykjavík"
    assert copy_address(values, "shipping", "billing")["billing_city"] == "Akureyri"
    assert values["shipping_city"] == "Akureyri"  # a copy, not changed in place
    with pytest.raises(ValueError):
        copy_address(values, "billing", "billing")


def test_a_product_in_another_currency_brings_no_price(services: Services) -> None:
    product = services.records.create(
        "products", {"name": "Cloud backup", "unit_price": "49", "currency": "USD"}
    )
    line = services.quotes.line_from_product(product.id, D(2), currency="VND")
    assert (line.name, line.quantity, line.unit_price) == ("Cloud backup", D(2), D(0))
    assert services.quotes.foreign_price(product.id, "VND") == (D(49), "USD")
    same = services.quotes.line_from_product(product.id, D(2), currency="USD")
    assert same.unit_price == D(49)
    assert services.quotes.foreign_price(product.id, "USD") is None


def test_line_from_product(services: Services) -> None:
    product = services.records.create(
        "products", {"name": "Ráðgjöf", "unit_price": "18500", "unit": "Hour", "currency": "ISK"}
    )
    line = services.quotes.line_from_product(product.id, D(3))
    assert (line.name, line.unit_price, line.unit, line.product_id) == (
        "Ráðgjöf",
        D(18500),
        "Hour",
        product.id,
    )


def test_opportunity_to_quote(services: Services) -> None:
    org_id, contact_id = _customer(services)
    opp = services.records.create(
        "opportunities",
        {
            "name": "CRM cho Đức Phát",
            "organization_id": org_id,
            "contact_id": contact_id,
            "amount": "150000000",
            "currency": "VND",
            "sales_stage": "Qualification",
        },
    )
    quote = services.quotes.create_from_opportunity(opp.id)
    assert quote.values["opportunity_id"] == opp.id
    assert quote.values["organization_id"] == org_id and quote.values["contact_id"] == contact_id
    assert quote.references["opportunity_id"] == "CRM cho Đức Phát"
    assert quote.values["currency"] == "VND"
    assert quote.values["billing_city"] == quote.values["shipping_city"] == "Hà Nội"
    assert quote.totals is not None and quote.totals.grand_total == D(150_000_000)
    # creating a quote does not move the opportunity; accepting it does
    assert services.records.get("opportunities", opp.id).values["sales_stage"] == "Qualification"
    tabs = services.lists  # the related tab lists the opportunity's quotes
    from crm_desktop.registry import Condition
    from crm_desktop.services.records.lists import ListQuery

    query = ListQuery("quotes", conditions=(Condition("opportunity_id", "eq", opp.id),))
    assert tabs.count(query) == 1


def test_quote_to_order_copies_and_links(services: Services) -> None:
    quote = _quote(services, shipping_amount=D(30_000), terms="Thanh toán trong 30 ngày.")
    quote.values["billing_city"] = "Hải Phòng"
    quote.shipping_taxes = [VAT]
    quote.lines[0].taxes = [DocumentTax("Line tax", D(5))]
    quote = services.quotes.save(quote)
    order = services.quotes.convert_to_order(
        quote.id,  # type: ignore[arg-type]
        quote.version,
        {"customer_po": "PO-7781"},
    )
    assert order.values["quote_id"] == quote.id
    assert order.references["quote_id"] == f"{quote.number} Phần mềm CRM"
    assert order.values["customer_po"] == "PO-7781" and order.values["status"] == "Created"
    for name in ("subject", "organization_id", "contact_id", "terms", "currency", "tax_mode"):
        assert order.values[name] == quote.values[name], name
    assert order.values["billing_city"] == "Hải Phòng"
    assert order.values["shipping_city"] == "Hà Nội"
    assert order.lines == quote.lines
    assert order.shipping_taxes == quote.shipping_taxes == [VAT]
    assert order.totals == quote.totals
    accepted = services.quotes.get("quotes", quote.id)  # type: ignore[arg-type]
    assert accepted.values["stage"] == "Accepted"
    with pytest.raises(DomainError, match="already has sales order SO-00001"):
        services.quotes.convert_to_order(accepted.id, accepted.version)  # type: ignore[arg-type]
    with pytest.raises(ConflictError):
        services.quotes.convert_to_order(accepted.id, quote.version)  # type: ignore[arg-type]


def test_a_rejected_quote_does_not_become_an_order(services: Services) -> None:
    quote = _quote(services, stage="Rejected")
    with pytest.raises(DomainError, match="rejected"):
        services.quotes.convert_to_order(quote.id, quote.version)  # type: ignore[arg-type]
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(QuoteTax)) == 1


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("Prospecting", "Proposal/Price Quote"),
        ("Perception Analysis", "Proposal/Price Quote"),
        ("Negotiation/Review", "Negotiation/Review"),
        ("Closed Lost", "Closed Lost"),
    ],
)
def test_an_accepted_quote_moves_its_opportunity_to_proposal_or_beyond(
    services: Services, stage: str, expected: str
) -> None:
    opp = services.records.create("opportunities", {"name": "Deal", "sales_stage": stage})
    changes: list[str] = []
    services.hub.subscribe(lambda change: changes.append(change.record_type))
    quote = services.quotes.create_from_opportunity(opp.id)
    quote.values["stage"] = "Accepted"
    services.quotes.save(quote)
    after = services.records.get("opportunities", opp.id).values
    assert after["sales_stage"] == expected
    if expected != stage:
        assert after["probability"] == 65
        assert "opportunities" in changes


def test_find_by_number(services: Services) -> None:
    quote = _quote(services)
    assert services.quotes.find("quotes", " quo-00001 ").id == quote.id
    with pytest.raises(NotFound, match=r"There is no quote numbered “QUO-00999”\."):
        services.quotes.find("quotes", "QUO-00999")
    services.records.delete("quotes", quote.id, quote.version)  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="recycle bin"):
        services.quotes.find("quotes", "QUO-00001")


def _create_quotes(path: str, count: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    db = Database.open(path)
    services = Services.build(db)
    numbers = []
    for i in range(count):
        document = services.quotes.new("quotes", subject=f"Q{i}")
        document.lines = [DocumentLine("x", D(1), D(1))]
        numbers.append(services.quotes.save(document).number)
    db.close()
    queue.put(numbers)


@pytest.mark.sqlite_only
def test_numbers_stay_unique_when_several_users_save_at_once(db: Database, db_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [
        context.Process(target=_create_quotes, args=(str(db_path), 12, queue)) for _ in range(3)
    ]
    for worker in workers:
        worker.start()
    numbers = [n for _ in workers for n in queue.get(timeout=120)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert sorted(numbers) == [f"QUO-{i:05d}" for i in range(1, 37)]


_money = st.integers(0, 10**9).map(lambda n: D(n) / 100)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.integers(1, 500), _money), min_size=1, max_size=8),
    st.sampled_from(["VND", "ISK", "USD", "EUR", "BRL"]),
    st.sampled_from(["Group", "Individual"]),
)
def test_stored_totals_always_match_the_stored_lines(
    services: Services, lines: list[tuple[int, Decimal]], currency: str, mode: str
) -> None:
    document = services.quotes.new("quotes", subject="P", currency=currency, tax_mode=mode)
    document.lines = [
        DocumentLine(f"L{i}", D(q), price, taxes=[VAT]) for i, (q, price) in enumerate(lines)
    ]
    document.group_taxes = [DocumentTax("GST", D("8.25"))]
    saved = services.quotes.save(document)
    stored = services.records.get("quotes", saved.id).values  # type: ignore[arg-type]
    assert saved.totals is not None
    assert stored["grand_total"] == saved.totals.grand_total
    assert stored["subtotal"] == sum((lt.total for lt in saved.totals.lines), D(0))
    with services.db.read() as session:
        line_totals = session.execute(
            select(QuoteLine.line_total)
            .where(QuoteLine.document_id == saved.id)
            .order_by(QuoteLine.position)
        ).scalars()
        assert list(line_totals) == [lt.total for lt in saved.totals.lines]


def test_a_new_quote_is_valid_for_the_period_of_the_settings(services: Services) -> None:
    today = dt.date.today()
    # A database nobody configured: a month, as most offers run.
    assert services.settings.quote_validity_days() == 30
    assert services.quotes.new("quotes").values["valid_until"] == today + dt.timedelta(30)
    services.settings.save_settings(SettingsEdit(values={VALIDITY_DAYS_KEY: (30, 14)}))
    assert services.settings.quote_validity_days() == 14
    assert services.quotes.new("quotes").values["valid_until"] == today + dt.timedelta(14)
    # An order has no validity; 0 days leaves the date to the user.
    assert services.quotes.new("sales_orders").values.get("valid_until") is None
    services.settings.save_settings(SettingsEdit(values={VALIDITY_DAYS_KEY: (14, 0)}))
    assert services.quotes.new("quotes").values.get("valid_until") is None
    # A date given (from a copy, a test) is kept.
    given = services.quotes.new("quotes", valid_until=dt.date(2027, 1, 31))
    assert given.values["valid_until"] == dt.date(2027, 1, 31)
    with pytest.raises(ValidationError) as refused:
        services.settings.save_settings(SettingsEdit(values={VALIDITY_DAYS_KEY: (0, -3)}))
    assert VALIDITY_DAYS_KEY in refused.value.errors
