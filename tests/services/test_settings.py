"""Settings for printed documents: the company block, terms, tax rates, currencies."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.errors import NotFound, ValidationError
from crm_desktop.reports.sample import sample_logo
from crm_desktop.services import Services
from crm_desktop.services.documents import DocumentLine, DocumentTax
from crm_desktop.services.settings import CompanySettings, CurrencyInfo

D = Decimal


def test_company_block_round_trip_with_logo(services: Services) -> None:
    assert services.settings.company() == CompanySettings()
    company = CompanySettings(
        name="Norðurljós ehf.",
        address="Laugavegur 1\n101 Reykjavík\nÍsland",
        tax_id="IS-540199-2019",
        phone="+354 555 1234",
        email="sala@nordurljos.is",
        bank_details="Landsbankinn\nIBAN IS14 0159 2600 7654 5510 7303 39",
        logo=sample_logo(),
    )
    changes: list[str] = []
    services.hub.subscribe(lambda c: changes.append(c.record_type))
    services.settings.save_company(company)
    assert services.settings.company() == company
    assert changes == ["settings"]


def test_logo_must_be_an_image(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        services.settings.save_company(CompanySettings(name="X", logo=b"GIF89a..."))
    logo = tmp_path / "logo.png"
    logo.write_bytes(sample_logo())
    assert services.settings.read_logo(logo) == sample_logo()
    with pytest.raises(ValidationError, match="Cannot read"):
        services.settings.read_logo(tmp_path / "missing.png")


def test_tax_rates_replace_fixed_defaults(services: Services) -> None:
    assert services.settings.tax_rates() == []
    services.settings.add_tax_rate("Thuế GTGT", "10")
    reduced = services.settings.add_tax_rate("VSK lægra þrep", D(11))
    assert [(r.name, r.percent, r.active) for r in services.settings.tax_rates()] == [
        ("Thuế GTGT", D(10), True),
        ("VSK lægra þrep", D(11), True),
    ]
    services.settings.update_tax_rate(reduced.id, percent="8.25", active=False)
    assert [r.name for r in services.settings.tax_rates(active_only=True)] == ["Thuế GTGT"]
    with pytest.raises(ValidationError) as info:
        services.settings.add_tax_rate("", "120")
    assert set(info.value.errors) == {"name", "percent"}
    with pytest.raises(ValidationError, match="already a tax rate"):
        services.settings.add_tax_rate("Thuế GTGT", "5")
    with pytest.raises(NotFound):
        services.settings.update_tax_rate(999, name="x")


def test_documents_keep_their_copy_of_a_tax_rate(services: Services) -> None:
    vat = services.settings.add_tax_rate("VAT", "10")
    document = services.quotes.new("quotes", subject="S", currency="USD")
    document.lines = [DocumentLine("A", D(1), D(100))]
    document.group_taxes = [DocumentTax(vat.name, vat.percent, vat.id)]
    saved = services.quotes.save(document)
    services.settings.update_tax_rate(vat.id, percent="20")
    services.settings.delete_tax_rate(vat.id)
    again = services.quotes.get("quotes", saved.id)  # type: ignore[arg-type]
    assert again.group_taxes == [DocumentTax("VAT", D(10), None)]
    assert again.totals is not None and again.totals.grand_total == D("110.00")


def test_currencies(services: Services) -> None:
    codes = {c.code: c for c in services.settings.currencies()}
    assert {"VND", "ISK", "USD", "EUR", "BRL"} <= set(codes)
    assert (codes["VND"].decimals, codes["VND"].thousands_separator) == (0, ".")
    assert (codes["USD"].decimals, codes["USD"].decimal_separator) == (2, ".")
    services.settings.save_currency(
        CurrencyInfo("EUR", "Euro", "€", 2, "\u202f", ",", active=False)
    )
    assert services.settings.currency("EUR").thousands_separator == "\u202f"
    assert "EUR" not in {c.code for c in services.settings.currencies(active_only=True)}
    with pytest.raises(ValidationError):
        services.settings.save_currency(CurrencyInfo("XXX", "Nothing", "", 9, ",", ","))
    assert services.settings.currency("ZZZ").decimals == 2  # unknown: a sensible fallback


def test_currency_decimals_from_the_settings_drive_the_totals(services: Services) -> None:
    services.settings.save_currency(CurrencyInfo("JPY", "Yen", "¥", 0, ",", "."))
    document = services.quotes.new("quotes", subject="S", currency="JPY")
    document.lines = [DocumentLine("A", D("1.5"), D("99.5"))]
    assert services.quotes.totals(document).grand_total == D(149)  # 149.25
    assert services.quotes.currency_decimals()["BRL"] == 2
