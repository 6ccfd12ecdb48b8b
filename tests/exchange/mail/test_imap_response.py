"""IMAP answers as imaplib hands them over (lines and literals), read into values; body
structures into parts; headers of any charset into text."""

from __future__ import annotations

import datetime as dt

from crm_desktop.exchange.mail.imap_response import body_parts, fetch_items
from crm_desktop.exchange.mail.message import decoded_text, read_headers
from crm_desktop.services.mail.linking import website_domain


def test_a_fetch_answer_with_literals_and_nested_lists() -> None:
    header = b"Subject: =?koi8-r?b?8NLJ18XU?=\r\nFrom: =?utf-8?q?L=C3=AA?= <HOA@x.vn>\r\n\r\n"
    # imaplib pairs each line ending in {n} with its literal; the rest of the answer follows
    pieces: list[bytes | tuple[bytes, bytes]] = [
        (b"7 (UID 42 RFC822.SIZE 900 BODY[HEADER] {%d}" % len(header), header),
        (
            b' BODYSTRUCTURE (("text" "plain" ("charset" "utf-8") NIL NIL "quoted-printable"'
            b' 10 1 NIL NIL NIL NIL)("application" "pdf" ("name" {5}',
            b"a.pdf",
        ),
        b') NIL NIL "base64" 400 NIL ("attachment" ("filename*0*" "utf-8\'\'h%E1%BB"'
        b' "filename*1*" "%A3p.pdf")) NIL NIL) "mixed" ("boundary" "b") NIL NIL))',
    ]
    [items] = fetch_items(pieces)
    assert items["UID"] == b"42" and items["RFC822.SIZE"] == b"900"
    headers = read_headers(items["BODY[HEADER]"])  # type: ignore[arg-type]
    sender = (headers.subject, headers.from_name, headers.from_address)
    assert sender == ("Привет", "Lê", "hoa@x.vn")
    text, pdf = body_parts(items["BODYSTRUCTURE"])
    assert (text.section, text.mime_type, text.encoding, text.is_attachment) == (
        "1",
        "text/plain",
        "quoted-printable",
        False,
    )
    assert (pdf.section, pdf.file_name, pdf.size, pdf.is_attachment) == ("2", "hợp.pdf", 400, True)


def test_a_single_part_message_is_section_1_and_text_decodes_by_its_charset() -> None:
    [only] = body_parts([b"TEXT", b"PLAIN", [b"CHARSET", b"windows-1251"], None, None,
                         b"8BIT", b"12", b"1"])  # fmt: skip
    assert (only.section, only.charset, only.is_attachment) == ("1", "windows-1251", False)
    assert decoded_text("Цены".encode("cp1251"), "8bit", "windows-1251") == "Цены"
    assert decoded_text(b"=D0=A6=D0=B5", "quoted-printable", "") == "Це"


def test_headers_without_a_date_or_with_a_bad_one_have_none() -> None:
    assert read_headers(b"Subject: x\r\n\r\n").sent_at is None
    assert read_headers(b"Date: someday\r\n\r\n").sent_at is None
    when = read_headers(b"Date: Mon, 30 Nov 2026 08:00:00 +0700\r\n\r\n").sent_at
    assert when == dt.datetime(2026, 11, 30, 1, 0, tzinfo=dt.UTC)


def test_a_website_s_domain() -> None:
    assert website_domain("https://www.AnhDuong.vn/lien-he") == "anhduong.vn"
    assert website_domain("hekla.is") == "hekla.is"
    assert website_domain("localhost") == ""
