"""Messages as mail programs send them, for the tests to APPEND to the IMAP server."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def message(
    subject: str,
    *,
    sender: str = "Lê Thị Hoa <hoa@anhduong.vn>",
    to: str = "Sales <sales@example.org>",
    cc: str | None = None,
    text: str = "Chào anh,\nGửi anh báo giá.\n",
    html: str | None = None,
    attachment: tuple[str, bytes] | None = None,
    charset: str = "utf-8",
    when: dt.datetime = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC),
    number: int = 0,
) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    if cc:
        mail["Cc"] = cc
    mail["Subject"] = subject
    mail["Date"] = format_datetime(when)
    mail["Message-ID"] = f"<{number}.{abs(hash(subject))}@test.example>"
    mail.set_content(text, charset=charset)
    if html is not None:
        mail.add_alternative(html, subtype="html")
    if attachment is not None:
        name, data = attachment
        mail.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return mail.as_bytes().replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")
