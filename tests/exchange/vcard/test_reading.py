"""vCard 2.1, 3.0 and 4.0 files read into contacts' fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.exchange.vcard.properties import VCardFileError
from crm_desktop.exchange.vcard.reading import Extra, read_vcard_file, read_vcards


def test_android_21_quoted_printable_with_soft_line_breaks(
    vcard_fixture: Callable[[str], Path], pixel_png: bytes
) -> None:
    first, second = read_vcard_file(vcard_fixture("android_21_qp.vcf"))
    assert first.values == {
        "last_name": "Nguyễn",
        "first_name": "Văn Đức",
        "mobile_phone": "+84901234567",
        "office_phone": "+84283822 1234",
        "email": "duc@example.vn",
        "organization_id": "Công ty Cổ phần Thương mại Sài Gòn",
        "department": "Kinh doanh",
        "description": "Gặp ở hội chợ, gọi lại vào thứ Hai về đơn hàng máy in",
    }
    assert (first.photo, first.photo_type) == (pixel_png, "image/png")
    assert first.extras == [Extra("TEL", ("WORK", "FAX"), "+842838221299")]
    assert first.problems == []
    assert second.number == 2
    assert second.values == {
        "last_name": "Berg",
        "first_name": "Anna",
        "email": "anna@example.is",
        "home_phone": "5512345",
    }


def test_iphone_30_with_cr_cr_lf_labels_and_escapes(vcard_fixture: Callable[[str], Path]) -> None:
    (card,) = read_vcard_file(vcard_fixture("iphone_30_crcrlf.vcf"))
    values = card.values
    assert (values["salutation"], values["first_name"], values["last_name"]) == (
        "Dr.",
        "Sigríður",
        "Guðmundsdóttir",
    )
    assert (values["organization_id"], values["department"]) == ("Orkuveita ehf.", "Sala")
    assert values["email"] == "sigga@orka.is"  # PREF first
    assert values["secondary_email"] == "sigga.heima@example.is"
    assert values["mobile_phone"] == "+354 861 2345"
    assert values["office_phone"] == "+354 551 2345"
    assert values["mailing_street"] == "Laugavegur 1\nannarri hæð"
    assert values["mailing_city"] == "Reykjavík"
    assert values["mailing_country"] == "Ísland"
    assert values["birthday"] == date(1985, 4, 15)
    assert values["description"] == (
        "Hittumst á ráðstefnunni, ræddum verð; hringja aftur í maí.\nÖnnur lína."
    )
    # what no field took is kept, with the card's own label
    assert Extra("EMAIL", ("INTERNET", "Klúbbur"), "third@example.is") in card.extras
    assert Extra("TEL", ("Mobile",), "+354 555 0000") in card.extras
    assert Extra("URL", ("WORK",), "https://orka.is") in card.extras
    assert not any(extra.property in {"PRODID", "X-ABLABEL"} for extra in card.extras)


def test_thunderbird_40_data_uri_photo_and_tel_uri(
    vcard_fixture: Callable[[str], Path], pixel_png: bytes
) -> None:
    (card,) = read_vcard_file(vcard_fixture("thunderbird_40_datauri.vcf"))
    assert card.values["first_name"] == "Maria" and card.values["last_name"] == "Oliveira"
    assert card.values["salutation"] in ("Ms.", "Mrs.")  # "Sra." in Portuguese
    assert card.values["email"] == "maria@example.com.br"
    assert card.values["secondary_email"] == "maria.o@example.com"
    assert card.values["mobile_phone"] == "+55-11-91234-5678"
    assert card.values["birthday"] == date(1990, 1, 2)
    assert (card.photo, card.photo_type) == (pixel_png, "image/png")


def test_windows_1252_card_and_latin_1_charset(vcard_fixture: Callable[[str], Path]) -> None:
    (card,) = read_vcard_file(vcard_fixture("outlook_21_cp1252.vcf"))
    assert card.values == {
        "last_name": "Müller",
        "first_name": "Jürgen",
        "organization_id": "Bäckerei Müller",
        "description": "Preis 12 €",
    }


def test_a_card_with_only_a_formatted_name_is_split() -> None:
    data = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Trần Thị Mai\r\nEND:VCARD\r\n".encode()
    (card,) = read_vcards(data)
    assert (card.values["last_name"], card.values["first_name"]) == ("Trần", "Thị Mai")


def test_an_unescaped_comma_in_a_40_value_is_kept() -> None:
    data = b"BEGIN:VCARD\nVERSION:4.0\nFN:x\nTITLE:Sales, Asia\nEND:VCARD\n"
    (card,) = read_vcards(data)
    assert card.values["title"] == "Sales, Asia"


def test_what_cannot_be_read_is_reported_and_kept() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dahl;Bjorn;;Hon.;\r\nBDAY:--0415\r\n"
        b"PHOTO;VALUE=uri:https://example.is/bjorn.jpg\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=E9\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcards(data)
    assert card.photo is None
    assert Extra("BDAY", (), "--0415") in card.extras
    assert Extra("PHOTO", (), "https://example.is/bjorn.jpg") in card.extras
    assert "salutation" not in card.values  # "Hon." is none of ours
    assert Extra("N", ("prefix",), "Hon.") in card.extras
    assert card.values["description"] == "caf\ufffd"
    assert len(card.problems) == 2
    assert {p.code for p in card.problems} == {"not_a_date", "undecodable"}
    messages = " ".join(p.message for p in card.problems)
    assert "“--0415”" in messages and "not UTF-8" in messages


def test_a_card_cut_short_is_read_and_reported() -> None:
    (card,) = read_vcards(b"BEGIN:VCARD\nVERSION:3.0\nN:Berg;Anna;;;\n")
    assert card.values["last_name"] == "Berg"
    assert [p.message for p in card.problems] == ["Card 1 has no END:VCARD; it may be cut short."]


def test_a_file_that_is_not_a_vcard_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.vcf"
    path.write_text("Name,Email\nAna,ana@example.com\n", encoding="utf-8")
    with pytest.raises(VCardFileError, match=r"notes\.vcf.*not a vCard file"):
        read_vcard_file(path)
    with pytest.raises(VCardFileError, match="Cannot read"):
        read_vcard_file(tmp_path / "missing.vcf")


def test_utf16_file_with_bom() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Þórsson;Jón;;;\r\nEND:VCARD\r\n"
    (card,) = read_vcards(b"\xff\xfe" + text.encode("utf-16-le"))
    assert card.values["last_name"] == "Þórsson"
