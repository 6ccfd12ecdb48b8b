"""Sample documents in Vietnamese, Icelandic and Portuguese, with no database.

For a "preview with sample data" in the settings, the benchmark and the tests of the PDF.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from decimal import Decimal
from typing import Any

from crm_desktop.services.quotes.document_format import DocumentFormat
from crm_desktop.services.quotes.documents import Document, DocumentLine, DocumentTax, compute
from crm_desktop.services.quotes.totals import currency_decimals
from crm_desktop.services.settings.keys import CompanySettings

D = Decimal

_CUSTOMERS: dict[str, dict[str, Any]] = {
    "vi": {
        "currency": "VND",
        "organization": "Công ty TNHH Thương mại Đức Phát",
        "contact": "Nguyễn Văn Đức",
        "subject": "Triển khai phần mềm quản lý khách hàng",
        "street": "Số 18 Lý Thường Kiệt, Phường Trần Hưng Đạo, Quận Hoàn Kiếm",
        "city": "Hà Nội",
        "postal_code": "100000",
        "country": "Việt Nam",
        "ship_street": "Lô B2, Khu công nghiệp Thăng Long, Huyện Đông Anh",
        "tax_mode": "Group",
        "group_taxes": [DocumentTax("Thuế GTGT", D(10))],
        "terms": "Báo giá có hiệu lực trong 30 ngày.\n\nThanh toán 50% khi ký hợp đồng, "
        "50% khi nghiệm thu. Giá đã bao gồm chi phí đào tạo tại Hà Nội.",
        "items": [
            ("Phần mềm quản lý khách hàng – giấy phép", D(12), D(4_500_000)),
            ("Đào tạo sử dụng cho nhân viên", D(3), D(2_750_000)),
            ("Bảo trì và cập nhật hằng năm", D(1), D(18_000_000)),
            ("Hỗ trợ kỹ thuật từ xa (giờ)", D("7.5"), D(650_000)),
            ("Chuyển đổi dữ liệu từ hệ thống cũ", D(1), D(9_990_000)),
        ],
    },
    "is": {
        "currency": "ISK",
        "organization": "Þórsmörk ehf.",
        "contact": "Þórður Sigurðsson",
        "subject": "Ráðgjöf og uppsetning á viðskiptakerfi",
        "street": "Smiðjuvegur 4",
        "city": "Kópavogur",
        "postal_code": "200",
        "country": "Ísland",
        "ship_street": "Hafnarstræti 97",
        "tax_mode": "Group",
        "group_taxes": [DocumentTax("VSK", D(24))],
        "terms": "Tilboðið gildir í 30 daga. Greiðsluskilmálar: 14 dagar frá útgáfu reiknings.",
        "items": [
            ("Ráðgjöf – greining á þörfum", D(12), D(18_500)),
            ("Uppsetning á hugbúnaði", D(1), D(145_000)),
            ("Þjálfun starfsmanna (hálfur dagur)", D(2), D(62_900)),
            ("Árlegt þjónustugjald", D(1), D(239_000)),
            ("Flutningur gagna úr eldra kerfi", D(1), D(88_750)),
        ],
    },
    "pt": {
        "currency": "BRL",
        "organization": "Conceição & Filhos Ltda.",
        "contact": "João Conceição",
        "subject": "Licenças e serviços de implantação",
        "street": "Avenida Paulista, 1578 – Bela Vista",
        "city": "São Paulo",
        "postal_code": "01310-200",
        "state": "SP",
        "country": "Brasil",
        "ship_street": "Rua Açaí, 45 – Galpão 3",
        "tax_mode": "Individual",
        "line_taxes": [DocumentTax("ICMS", D(18))],
        "terms": "Proposta válida por 15 dias. Pagamento em 30/60 dias após a emissão da nota "
        "fiscal. Preços em reais, com impostos destacados por item.",
        "items": [
            ("Licença de software de gestão – anual", D(10), D("1249.90")),
            ("Instalação e configuração", D(1), D("3500.00")),
            ("Treinamento de usuários (hora)", D("12.5"), D("180.00")),
            ("Manutenção e suporte técnico", D(12), D("799.00")),
            ("Migração de dados do sistema anterior", D(1), D("4250.35")),
        ],
    },
}
#: how a document in each language writes numbers and dates (as the program makes them)
FORMATS = {
    "vi": DocumentFormat(".", ",", "-", "dd/MM/yyyy"),
    "is": DocumentFormat(".", ",", "-", "d.M.yyyy"),
    "pt": DocumentFormat(".", ",", "-", "dd/MM/yyyy"),
}
LANGUAGES = tuple(_CUSTOMERS)


def customer(language: str) -> dict[str, Any]:
    """The sample customer of ``language`` ("vi", "is", "pt")."""
    return _CUSTOMERS[language]


def sample_company() -> CompanySettings:
    return CompanySettings(
        name="Sông Hồng & Norðurljós Software",
        address="Tầng 9, Tòa nhà Hà Nội Tower, 49 Hai Bà Trưng\nHoàn Kiếm, Hà Nội, Việt Nam",
        tax_id="0101234567",
        phone="+84 24 3936 1234",
        email="sales@songhong.example",
        website="songhong.example",
        bank_details="Vietcombank – Chi nhánh Hà Nội · Số TK 0011 0023 45678 · SWIFT BFTVVNVX",
        logo=sample_logo(),
    )


def sample_document(
    language: str = "vi", lines: int = 5, record_type: str = "quotes", number: str = "QUO-00042"
) -> Document:
    """An unsaved document of ``lines`` lines for the sample customer of ``language``."""
    c = _CUSTOMERS[language]
    values: dict[str, Any] = {
        "number": number,
        "subject": c["subject"],
        "currency": c["currency"],
        "tax_mode": c["tax_mode"],
        "stage": "Delivered",
        "valid_until": dt.date(2026, 12, 31),
        "created_at": dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC),
        "billing_street": c["street"],
        "billing_city": c["city"],
        "billing_postal_code": c["postal_code"],
        "billing_state": c.get("state"),
        "billing_country": c["country"],
        "shipping_street": c["ship_street"],
        "shipping_city": c["city"],
        "shipping_postal_code": c["postal_code"],
        "shipping_state": c.get("state"),
        "shipping_country": c["country"],
        "terms": c["terms"],
        "shipping_amount": D(250_000) if c["currency"] == "VND" else D(15_000),
        "discount_percent": D(5),
        "organization_id": 1,
        "contact_id": 1,
    }
    if c["currency"] == "BRL":
        values["shipping_amount"] = D("149.90")
        values["adjustment"] = D("-0.35")
    document = Document(
        record_type,
        values,
        group_taxes=list(c.get("group_taxes", [])),
        shipping_taxes=list(c.get("group_taxes", [])),
        references={"organization_id": c["organization"], "contact_id": c["contact"]},
    )
    items = c["items"]
    for i in range(lines):
        name, quantity, price = items[i % len(items)]
        line = DocumentLine(name=name, quantity=quantity, unit_price=price)
        line.taxes = list(c.get("line_taxes", []))
        if i % 7 == 3:
            line.discount_percent = D(10)
        if i % 5 == 1:
            line.description = f"{c['subject']} – {c['organization']} ({i + 1})"
        document.lines.append(line)
    document.totals = compute(
        values,
        document.lines,
        document.group_taxes,
        document.shipping_taxes,
        currency_decimals(c["currency"]),
    )
    return document


def sample_logo(width: int = 240, height: int = 80) -> bytes:
    """A small PNG logo (a red disc and a blue bar) made without any image library."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            in_disc = (x - 40) ** 2 + (y - 40) ** 2 <= 34**2
            in_bar = 90 <= x <= 230 and 30 <= y <= 50
            if in_disc:
                rows += bytes((218, 37, 29, 255))
            elif in_bar:
                rows += bytes((0, 82, 147, 255))
            else:
                rows += bytes((255, 255, 255, 0))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )
