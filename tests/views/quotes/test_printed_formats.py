"""A printed quote writes numbers as the form shows them and dates the way of the
document's language, whatever the currency."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine, DocumentTax
from crm_desktop.views.quotes.form import QuoteForm
from crm_desktop.views.quotes.printing import Printing
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.quotes.quote_helpers import Customer, customer

D = Decimal
VALID_UNTIL = dt.date(2027, 3, 5)


@pytest.fixture
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def _quote(services: Services, ids: Customer, currency: str) -> int:
    document = services.quotes.new(
        "quotes",
        subject="Phần mềm CRM",
        organization_id=ids.organization_id,
        currency=currency,
        valid_until=VALID_UNTIL,
        discount_percent=D("2.5"),
        adjustment=D("-1234.5"),
    )
    document.lines = [
        DocumentLine("Giấy phép", D("12.5"), D("1234567.89")),
        DocumentLine("Đào tạo", D(3), D("2750000.5")),
    ]
    document.group_taxes = [DocumentTax("VAT", D("8.5"), ids.vat_id)]
    saved = services.quotes.save(document)
    assert saved.id is not None
    return saved.id


@pytest.mark.parametrize(
    ("locale", "date"),
    [
        ("vi_VN", "05/03/2027"),
        ("pt_BR", "05/03/2027"),
        ("is_IS", "5.3.2027"),
        ("en_US", "3/5/2027"),
    ],
    indirect=["locale"],
)
@pytest.mark.parametrize("currency", ["VND", "BRL", "ISK", "USD"])
def test_the_pdf_writes_figures_as_the_form_shows_them_and_dates_the_customer_s_way(
    window: MainWindow, services: Services, locale: str, date: str, currency: str
) -> None:
    quote_id = _quote(services, customer(services), currency)
    window.open_record("quotes", quote_id)
    form = window.current_form()
    assert isinstance(form, QuoteForm)
    shown = form.totals_block.texts()
    assert shown["grand_total"] and shown["adjustment"].startswith("-")
    printing = window.findChild(Printing)
    assert printing is not None
    pdfs: list[bytes] = []
    printing._pdfs(pdfs.extend)
    text = unicodedata.normalize(
        "NFC", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdfs[0])).pages)
    )
    for key, amount in shown.items():
        if amount.strip("0.,"):  # the PDF leaves out rows of nothing (no shipping)
            assert amount in text, (key, amount)
    quantity = "12,5" if QLocale().decimalPoint() == "," else "12.5"
    assert quantity in text
    assert f"Valid until\n{date}\n" in text
    assert "2027-03-05" not in text
