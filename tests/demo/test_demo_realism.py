"""The demonstration records look real: names, addresses, e-mails and companies of each
country, organizations of their country, opportunities and their history, picklists,
products in four languages."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from crm_desktop.demo.generator import DemoGenerator
from crm_desktop.registry import picklists as p
from crm_desktop.registry.spec import FAMILY_FIRST, GIVEN_FIRST
from crm_desktop.services import Services
from crm_desktop.services.sales.opportunities import stage_history, weighted_amount
from crm_desktop.textfold import fold
from tests.demo.demo_rows import rows

VIETNAMESE = re.compile("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưăđĐ]")


def test_names_are_multilingual(demo: Services) -> None:
    contacts = rows(demo, "contacts")
    names = [f"{r['first_name']} {r['last_name']}" for r in contacts]

    assert any(VIETNAMESE.search(n) for n in names)
    assert any("ễ" in n or "Đ" in n or "đ" in n for n in names)
    assert any(re.search("[ãçõ]", n) for n in names)
    assert any(re.search("[þÞðÐ]", n) for n in names)
    assert any(r["last_name"].endswith("dóttir") for r in contacts)
    assert any(r["last_name"].endswith("son") for r in contacts)
    assert any(r["last_name"] == "Nguyễn" for r in contacts)
    countries = {r["mailing_country"] for r in contacts}
    assert {"Việt Nam", "Brasil", "Ísland"} <= countries
    assert countries & {"United States", "United Kingdom"}
    cities = {r["mailing_city"] for r in contacts}
    assert {"Hà Nội", "Hồ Chí Minh", "São Paulo", "Reykjavík"} <= cities


def test_vietnamese_people_are_named_family_name_first(demo: Services) -> None:
    """ "Nguyễn Văn Đức": the other countries' people write the given name first."""
    orders = {(r["mailing_country"] == "Việt Nam", r["name_order"]) for r in rows(demo, "contacts")}
    assert orders == {(True, FAMILY_FIRST), (False, GIVEN_FIRST)}
    assert {r["name_order"] for r in rows(demo, "leads")} == {FAMILY_FIRST, GIVEN_FIRST}


def test_contact_details_fit_the_country(demo: Services) -> None:
    prefixes = {"Việt Nam": "+84 ", "Brasil": "+55 ", "Ísland": "+354 ",
                "United States": "+1 ", "United Kingdom": "+44 "}  # fmt: skip
    for r in rows(demo, "contacts"):
        for phone in (r["office_phone"], r["mobile_phone"], r["home_phone"]):
            if phone:
                assert phone.startswith(prefixes[r["mailing_country"]]), (phone, r)
        assert r["email"].isascii() and re.fullmatch(r"[a-z0-9.]+@[a-z0-9.]+\.[a-z]+", r["email"])


def test_emails_are_made_from_the_names(demo: Services) -> None:
    def ascii_(name: str) -> str:
        return re.sub("[^a-z0-9]", "", fold(name))

    for r in rows(demo, "contacts"):
        local = r["email"].split("@")[0]
        words = {
            r["first_name"].split()[0],
            r["first_name"].split()[-1],
            r["last_name"].split()[-1],
        }
        assert any(ascii_(w) in local for w in words), r["email"]


def test_company_names_per_locale(demo: Services) -> None:
    orgs = rows(demo, "organizations")
    names = [o["name"] for o in orgs]
    by_country = {o["billing_country"] for o in orgs}

    assert {"Việt Nam", "Brasil", "Ísland", "United States", "United Kingdom"} <= by_country
    assert any(n.startswith("Công ty TNHH ") for n in names)
    assert any(n.endswith(" Ltda.") for n in names)
    assert any(n.endswith(" ehf.") for n in names)
    assert any(n.endswith(" Inc.") for n in names)
    assert any(n.endswith(" Ltd") for n in names)
    for o in orgs:
        assert o["org_type"] in p.ORGANIZATION_TYPES
        assert o["industry"] is None or o["industry"] in p.INDUSTRIES
        if o["billing_country"] == "Ísland":
            assert o["name"].endswith((" ehf.", " hf."))


def test_contacts_belong_to_organizations_of_their_country(demo: Services) -> None:
    orgs = {o["id"]: o for o in rows(demo, "organizations")}
    contacts = rows(demo, "contacts")
    linked = [c for c in contacts if c["organization_id"] is not None]

    assert len(linked) > len(contacts) * 0.7
    for c in linked:
        org = orgs[c["organization_id"]]
        assert c["organization_name"] == org["name"]
        assert c["mailing_country"] == org["billing_country"]


def test_opportunities(demo: Services) -> None:
    orgs = {o["id"]: o for o in rows(demo, "organizations")}
    contacts = {c["id"]: c for c in rows(demo, "contacts")}
    opportunities = rows(demo, "opportunities")
    today = dt.date.today()
    fitting = {"Việt Nam": {"VND"}, "Brasil": {"BRL"}, "Ísland": {"ISK", "EUR"},
               "United States": {"USD", "EUR"}, "United Kingdom": {"GBP", "EUR"}}  # fmt: skip

    assert {o["sales_stage"] for o in opportunities} == {s for s, _ in p.SALES_STAGES}
    assert {"VND", "BRL", "ISK", "USD", "EUR"} <= {o["currency"] for o in opportunities}
    assert any(o["expected_close_date"] < today for o in opportunities)
    assert any(o["expected_close_date"] > today + dt.timedelta(days=60) for o in opportunities)
    with_contact = [o for o in opportunities if o["contact_id"] is not None]
    assert len(with_contact) > len(opportunities) * 0.7
    for o in opportunities:
        org = orgs[o["organization_id"]]
        assert o["organization_name"] == org["name"]
        assert o["currency"] in fitting[org["billing_country"]]
        assert o["probability"] == p.STAGE_PROBABILITY[o["sales_stage"]]
        assert o["weighted_amount"] == weighted_amount(o["amount"], o["probability"], o["currency"])
        if o["currency"] == "VND":
            assert o["amount"] == o["amount"].to_integral_value()
            assert o["amount"] >= Decimal(10_000_000)
        if o["contact_id"] is not None:
            contact = contacts[o["contact_id"]]
            assert contact["organization_id"] == o["organization_id"]
            # as the contact writes the name: "Nguyễn Kim Hiền", "Anna Berg"
            assert o["contact_name"] == demo.registry.get("contacts").display_name(contact)


def test_one_stage_history_row_per_opportunity(demo: Services) -> None:
    opportunities = {o["id"]: o for o in rows(demo, "opportunities")}
    for opp_id, o in opportunities.items():
        [h] = stage_history(demo.records, opp_id)
        stage, probability, amount, close = (
            h["sales_stage"],
            h["probability"],
            h["amount"],
            h["expected_close_date"],
        )
        assert (stage, probability, amount, close) == (
            o["sales_stage"],
            o["probability"],
            o["amount"],
            o["expected_close_date"],
        )


def test_leads_and_products_use_the_picklists(demo: Services) -> None:
    leads = rows(demo, "leads")
    products = rows(demo, "products")

    assert {r["lead_source"] for r in leads} <= set(p.LEAD_SOURCES)
    assert {r["lead_status"] for r in leads} <= set(p.LEAD_STATUSES)
    assert len({r["lead_status"] for r in leads}) > 5
    assert all(r["company"] for r in leads)
    assert {r["category"] for r in products} <= set(p.PRODUCT_CATEGORIES)
    assert {r["unit"] for r in products} <= set(p.UNITS)
    for r in products:
        assert r["code"].endswith(r["number"].split("-")[-1])
        quantum = Decimal(1).scaleb(-p.CURRENCY_DECIMALS[r["currency"]])
        assert r["unit_price"] == r["unit_price"].quantize(quantum) > 0


def test_products_in_four_languages(services: Services) -> None:
    generator = DemoGenerator(services, seed=5)
    generator._prepare()
    products = generator._products(200)

    assert {r["code"].split("-")[1] for r in products} == {"VI", "PT", "IS", "EN"}
    assert {"VND", "BRL", "ISK", "USD"} <= {r["currency"] for r in products}
    names = " ".join(r["name"] for r in products)
    assert re.search("[ạảấầậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữự]", names)
    assert re.search("[ãçõ]", names) and re.search("[þÞðÐæ]", names)
    for r in products:
        quantum = Decimal(1).scaleb(-p.CURRENCY_DECIMALS[r["currency"]])
        assert r["cost"] == r["cost"].quantize(quantum) < r["unit_price"]
