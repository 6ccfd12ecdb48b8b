"""Quote and sales-order PDFs, read back: names in Vietnamese, Icelandic and Portuguese,
every line, the totals, embedded fonts, and long quotes over several pages."""

from __future__ import annotations

import io
import re
import unicodedata
from decimal import Decimal

import pytest
from pypdf import PdfReader

from crm_desktop.reports.quote_pdf import document_pdf_bytes, write_document_pdf
from crm_desktop.reports.sample import FORMATS, LANGUAGES, customer, sample_company, sample_document
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import Document, DocumentLine, DocumentTax, compute
from crm_desktop.services.quotes.totals import currency_decimals
from crm_desktop.services.settings.keys import CompanySettings

D = Decimal


def _pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFC", page.extract_text()) for page in reader.pages]


def _fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font, has an embedded TrueType program) of every font on every page."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font["/BaseFont"]), embedded))
    return found


def _row_numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"^(\d+)\n[^\d\n]", text, flags=re.MULTILINE)]


def _language(document: Document) -> str:
    """The language of the sample customer whose currency ``document`` is in."""
    return next(lang for lang in LANGUAGES if customer(lang)["currency"] == document.currency)


def _money(document: Document, value: Decimal) -> str:
    return FORMATS[_language(document)].amount(value, currency_decimals(document.currency))


def _saved_quote(services: Services, language: str, lines: int = 6) -> Document:
    """A quote saved through the services for the sample customer of ``language``."""
    c = customer(language)
    org = services.records.create(
        "organizations",
        {
            "name": c["organization"],
            "billing_street": c["street"],
            "billing_city": c["city"],
            "billing_postal_code": c["postal_code"],
            "billing_country": c["country"],
            "shipping_street": c["ship_street"],
            "shipping_city": c["city"],
            "shipping_country": c["country"],
        },
    )
    if language == "vi":  # the family name is written first: "Nguyễn" | "Văn Đức"
        last, first = c["contact"].split(" ", 1)
    else:
        first, last = c["contact"].rsplit(" ", 1)
    contact = services.records.create(
        "contacts", {"first_name": first, "last_name": last, "organization_id": org.id}
    )
    document = services.quotes.new(
        "quotes",
        subject=c["subject"],
        organization_id=org.id,
        contact_id=contact.id,
        currency=c["currency"],
        tax_mode=c["tax_mode"],
        terms=c["terms"],
        shipping_amount=D(100) if c["currency"] == "BRL" else D(40_000),
        discount_percent=D(5),
    )
    items = c["items"]
    for i in range(lines):
        name, quantity, price = items[i % len(items)]
        document.lines.append(
            DocumentLine(f"{name} #{i + 1}", quantity, price, taxes=list(c.get("line_taxes", [])))
        )
    document.group_taxes = list(c.get("group_taxes", []))
    document.shipping_taxes = list(c.get("group_taxes", []))
    return services.quotes.save(document)


def _print(services: Services, document: Document) -> bytes:
    return document_pdf_bytes(
        document, services.settings.company(), written=FORMATS[_language(document)]
    )


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("vi", ["Nguyễn Văn Đức", "Công ty TNHH Thương mại Đức Phát", "Hà Nội"]),
        ("is", ["Þórður Sigurðsson", "Þórsmörk ehf.", "Smiðjuvegur 4", "Kópavogur"]),
        ("pt", ["João Conceição", "Conceição & Filhos Ltda.", "São Paulo"]),
    ],
)
def test_names_lines_and_totals_print_in_every_language(
    services: Services, language: str, names: list[str]
) -> None:
    services.settings.save_company(sample_company())
    quote = _saved_quote(services, language)
    text = "\n".join(_pages(_print(services, quote)))
    for name in names:
        assert name in text, name
    assert quote.totals is not None
    for line, lt in zip(quote.lines, quote.totals.lines, strict=True):
        assert line.name in text, line.name
        assert _money(quote, lt.total) in text, line.name
    assert _money(quote, quote.totals.subtotal) in text
    assert f"Total ({quote.currency})" in text
    assert _money(quote, quote.totals.grand_total) in text
    assert "Sông Hồng & Norðurljós Software" in text  # the company block
    assert " ".join(customer(language)["terms"].split()) in " ".join(text.split())
    assert "Page 1 of 1" in text


def test_fonts_are_embedded_truetype(services: Services) -> None:
    pdf = _print(services, _saved_quote(services, "vi"))
    fonts = _fonts(pdf)
    assert fonts, "no fonts found"
    assert all(embedded for _, embedded in fonts), fonts
    assert {re.sub(r"^/[A-Z]{6}\+", "/", name) for name, _ in fonts} == {
        "/DejaVuSans",
        "/DejaVuSans-Bold",
    }


def test_a_400_line_quote_repeats_the_header_and_prints_the_totals_once() -> None:
    document = sample_document("pt", lines=400)
    assert document.totals is not None
    pdf = document_pdf_bytes(document, sample_company(), written=FORMATS["pt"])
    pages = _pages(pdf)
    assert len(pages) >= 5
    grand_total = _money(document, document.totals.grand_total)
    for number, page in enumerate(pages, 1):
        assert "Unit price" in page and "Amount incl. tax" in page, number
        assert f"Page {number} of {len(pages)}" in page
        assert ("Subtotal" in page) == (number == len(pages)), number
        assert (grand_total in page) == (number == len(pages)), number
    text = "\n".join(pages)
    assert text.count("Total (BRL)") == 1
    # every line, in order (a row number is followed by the item's name)
    assert _row_numbers(text) == list(range(1, 401))
    # the last page carries the last lines with the totals, never the totals alone
    assert _row_numbers(pages[-1])[-2:] == [399, 400]


def test_a_sales_order_prints_its_own_facts(services: Services) -> None:
    quote = _saved_quote(services, "is")
    order = services.quotes.convert_to_order(
        quote.id,  # type: ignore[arg-type]
        quote.version,
        {"customer_po": "PO-2026-117", "due_date": "2026-12-15"},
    )
    text = "\n".join(_pages(_print(services, order)))
    assert "Sales order" in text and order.number in text  # type: ignore[operator]
    assert "PO-2026-117" in text and "15.12.2026" in text  # Icelandic: day.month.year
    assert quote.number in text  # type: ignore[operator]
    assert "Þórður Sigurðsson" in text


def test_decomposed_accents_print_as_whole_letters() -> None:
    document = sample_document("vi", lines=1)
    document.references["contact_id"] = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    document.lines[0].name = unicodedata.normalize("NFD", "Bảo trì hằng năm")
    text = "\n".join(_pages(document_pdf_bytes(document, CompanySettings(name="Sông Hồng"))))
    assert "Nguyễn Văn Đức" in text and "Bảo trì hằng năm" in text


def test_translated_labels_and_units() -> None:
    document = sample_document("vi", lines=2)
    document.lines[0].unit = "Hour"
    labels = {"quotes": "Báo giá", "page": "Trang {page}/{pages}", "Hour": "giờ"}
    text = "\n".join(_pages(document_pdf_bytes(document, sample_company(), labels=labels)))
    assert "Báo giá" in text and "Trang 1/1" in text and "12 giờ" in text


def test_the_logo_is_drawn_and_a_broken_one_is_left_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    document = sample_document("is", lines=1)
    pdf = document_pdf_bytes(document, sample_company())
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [x for x in page["/Resources"].get("/XObject", {}).values()]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in images)
    broken = CompanySettings(name="Broken logo", logo=b"\x89PNG\r\n\x1a\nnot really")
    path = tmp_path / "q.pdf"
    assert write_document_pdf(document, broken, path) == 1
    assert "Broken logo" in _pages(path.read_bytes())[0]


def test_individual_taxes_show_per_line() -> None:
    document = sample_document("pt", lines=3)
    document.lines[0].taxes = [DocumentTax("ICMS", D(18)), DocumentTax("ISS", D(5))]
    document.totals = compute(document.values, document.lines, [], [], 2)
    text = "\n".join(_pages(document_pdf_bytes(document, sample_company())))
    assert "23 %" in text and "18 %" in text and "of which tax" in text


@pytest.mark.parametrize(
    ("language", "dates"),
    [("vi", ("23/11/2026", "31/12/2026")), ("is", ("23.11.2026", "31.12.2026"))],
)
def test_dates_are_written_the_document_language_s_way(
    language: str, dates: tuple[str, str]
) -> None:
    document = sample_document(language)
    text = _pages(document_pdf_bytes(document, sample_company(), written=FORMATS[language]))[0]
    assert f"Date\n{dates[0]}\n" in text and f"Valid until\n{dates[1]}\n" in text
    assert "2026-12-31" not in text
    # with no format given: US English, never ISO
    english = _pages(document_pdf_bytes(document, sample_company()))[0]
    assert "Valid until\n12/31/2026\n" in english
