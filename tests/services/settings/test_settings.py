"""Settings for printed documents: the company block, terms, tax rates, currencies."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.errors import NotFound, ValidationError
from crm_desktop.reports.sample import sample_logo
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine, DocumentTax
from crm_desktop.services.settings.edit import (
    CurrencyChange,
    SettingsChanged,
    SettingsEdit,
    TaxRateChange,
)
from crm_desktop.services.settings.keys import (
    DEFAULT_CURRENCY_KEY,
    TERMS_KEYS,
    CompanySettings,
    company_key,
)
from crm_desktop.services.settings.rates import CurrencyInfo

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


# -- what the settings dialog saves at once --------------------------------------------------------
def test_save_settings_writes_only_what_changed_in_one_go(services: Services) -> None:
    settings = services.settings
    settings.save_company(CompanySettings(name="Sao Mai", phone="024 111", logo=sample_logo()))
    settings.set_default_terms("quotes", "30 ngày.")
    vat = settings.add_tax_rate("VAT", "10")
    old = settings.add_tax_rate("Excise", "15")
    eur = settings.currency("EUR")
    changes: list[str] = []
    services.hub.subscribe(lambda c: changes.append(c.record_type))
    settings.save_settings(
        SettingsEdit(
            values={
                company_key("phone"): ("024 111", "024 222"),
                company_key("logo"): (sample_logo(), None),
                TERMS_KEYS["sales_orders"]: ("", "Giao trong 10 ngày."),
                DEFAULT_CURRENCY_KEY: ("USD", "VND"),
            },
            tax_rates=[
                TaxRateChange(old, delete=True),
                TaxRateChange(vat, "VAT", "8", active=True),
                TaxRateChange(None, "Excise", "12", active=False),  # the name given up
            ],
            currencies=[CurrencyChange(eur, replace(eur, name="Euro (€)"))],
        )
    )
    assert changes == ["settings"]  # one save, one notice
    company = settings.company()
    assert (company.name, company.phone, company.logo) == ("Sao Mai", "024 222", None)
    assert settings.default_terms("quotes") == "30 ngày."  # not in the edit: untouched
    assert settings.default_terms("sales_orders") == "Giao trong 10 ngày."
    assert settings.default_currency() == "VND"
    assert [(r.name, r.percent, r.active) for r in settings.tax_rates()] == [
        ("VAT", D(8), True),
        ("Excise", D(12), False),
    ]
    assert settings.currency("EUR").name == "Euro (€)"
    assert settings.values([company_key("phone"), DEFAULT_CURRENCY_KEY]) == {
        "company.phone": "024 222",
        "documents.default_currency": "VND",
    }


def test_save_settings_refuses_what_someone_else_changed_meanwhile(services: Services) -> None:
    settings = services.settings
    settings.save_company(CompanySettings(name="Sao Mai", phone="024 111"))
    vat = settings.add_tax_rate("VAT", "10")
    gone = settings.add_tax_rate("Excise", "15")
    usd = settings.currency("USD")
    # Another administrator, after my dialog read all that:
    settings.save_company(CompanySettings(name="Sao Mai JSC", phone="024 111"))
    settings.update_tax_rate(vat.id, percent="9")
    settings.delete_tax_rate(gone.id)
    settings.save_currency(replace(usd, symbol="US$"))
    edit = SettingsEdit(
        values={
            company_key("name"): ("Sao Mai", "Công ty Sao Mai"),
            company_key("phone"): ("024 111", "024 999"),
        },
        tax_rates=[
            TaxRateChange(vat, "VAT", "8"),
            TaxRateChange(gone, "Excise", "16"),
            TaxRateChange(None, "Reduced", "5"),
        ],
        currencies=[CurrencyChange(usd, replace(usd, name="Dollar"))],
    )
    with pytest.raises(SettingsChanged) as info:
        settings.save_settings(edit)
    assert info.value.values == {"company.name": "Sao Mai JSC"}  # phone: nobody else
    assert info.value.tax_rates == {vat.id: replace(vat, percent=D(9)), gone.id: None}
    assert info.value.currencies == {"USD": replace(usd, symbol="US$")}
    # Nothing of the edit is written, not even what did not clash.
    assert settings.company() == CompanySettings(name="Sao Mai JSC", phone="024 111")
    assert [r.name for r in settings.tax_rates()] == ["VAT"]
    assert settings.currency("USD").name == usd.name
    # Deleting what someone else deleted too is what was wanted: no clash.
    settings.save_settings(SettingsEdit(tax_rates=[TaxRateChange(gone, delete=True)]))
    # A currency someone else added since I read that it was missing clashes too.
    settings.save_currency(CurrencyInfo("JPY", "Yen", "¥", 0))
    with pytest.raises(SettingsChanged) as info:
        settings.save_settings(
            SettingsEdit(currencies=[CurrencyChange(None, CurrencyInfo("JPY", "円", "", 0))])
        )
    assert info.value.currencies == {"JPY": CurrencyInfo("JPY", "Yen", "¥", 0)}


def test_save_settings_checks_everything_before_writing(services: Services) -> None:
    settings = services.settings
    settings.add_tax_rate("VAT", "10")
    eur = settings.currency("EUR")
    edit = SettingsEdit(
        values={
            company_key("name"): ("", "Norðurljós ehf."),
            company_key("logo"): (None, b"GIF89a..."),
            DEFAULT_CURRENCY_KEY: ("USD", "XXX"),
        },
        tax_rates=[TaxRateChange(None, "", "120"), TaxRateChange(None, "Sales tax", "7")],
        currencies=[CurrencyChange(eur, replace(eur, name=" ", decimals=7))],
    )
    with pytest.raises(ValidationError) as info:
        settings.save_settings(edit)
    assert info.value.errors == {
        "company.logo": "The logo must be a PNG or JPEG image.",
        "documents.default_currency": "Not one of the choices.",
        "tax_rates.0.name": "This field is required.",
        "tax_rates.0.percent": "Must be between 0 and 100.",
        "currencies.0.name": "This field is required.",
        "currencies.0.decimals": "Must be between 0 and 4.",
    }
    # A name taken in the database is found in the transaction, and nothing is kept.
    with pytest.raises(ValidationError) as info:
        settings.save_settings(
            SettingsEdit(
                values={company_key("name"): ("", "Norðurljós ehf.")},
                tax_rates=[TaxRateChange(None, "Reduced", "5"), TaxRateChange(None, "VAT", "7")],
            )
        )
    assert info.value.errors == {"tax_rates.1.name": "There is already a tax rate of that name."}
    assert settings.company().name == ""
    assert [r.name for r in settings.tax_rates()] == ["VAT"]
    with pytest.raises(KeyError):
        settings.save_settings(SettingsEdit(values={"secret.key": ("", "x")}))


def test_new_records_start_in_the_default_currency(services: Services) -> None:
    assert services.records.new_values("opportunities")["currency"] == "USD"
    assert services.settings.default_currency_from("VND")  # the system's, at first start
    assert not services.settings.default_currency_from("ISK")  # chosen already
    assert not services.settings.default_currency_from("XYZ")
    for key in ("opportunities", "products", "quotes", "sales_orders"):
        assert services.records.new_values(key)["currency"] == "VND"
    deal = services.records.create("opportunities", {"name": "Triển khai ERP"})
    assert deal.values["currency"] == "VND"
    services.settings.set_default_currency("ISK")
    assert services.quotes.new("quotes").currency == "ISK"
