"""A message's headers and text parts read as plain values: names and addresses, the
date in UTC, the text in whatever charset and transfer encoding it was sent."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import quopri
from dataclasses import dataclass
from email import policy
from email.header import Header, decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from crm_desktop.exchange.csv.encoding import detect_encoding

#: compat32 leaves headers raw; they are decoded here (the default policy's parser of
#: structured headers took 7 ms a message, most of a first fetch)
_PARSER = BytesHeaderParser(policy=policy.compat32)


@dataclass(frozen=True)
class Headers:
    message_id: str
    subject: str
    from_name: str
    from_address: str
    to_text: str
    cc_text: str
    #: every address of From, To and Cc, trimmed and in lower case
    addresses: tuple[str, ...]
    #: the Date header in UTC; None when it has none that can be read
    sent_at: dt.datetime | None


def read_headers(raw: bytes) -> Headers:
    """The headers of a message (``raw``: its header block)."""
    message = _PARSER.parsebytes(raw)
    from_pairs = _pairs(message, "from")
    to_pairs, cc_pairs = _pairs(message, "to"), _pairs(message, "cc")
    addresses = []
    for _name, address in (*from_pairs, *to_pairs, *cc_pairs):
        address = address.strip().lower()
        if "@" in address and address not in addresses:
            addresses.append(address)
    from_name, from_address = from_pairs[0] if from_pairs else ("", "")
    return Headers(
        message_id=_header(message, "message-id")[:998],
        subject=_header(message, "subject")[:1000],
        from_name=from_name[:300],
        from_address=from_address.strip().lower()[:320],
        to_text=_joined(to_pairs),
        cc_text=_joined(cc_pairs),
        addresses=tuple(addresses),
        sent_at=_date(_header(message, "date")),
    )


def _decoded(value: str) -> str:
    """A header's text with its RFC 2047 words (=?utf-8?q?...?=) decoded."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError):
        return value


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    if value is None:
        return ""
    if isinstance(value, Header):  # bytes the parser could not read as ASCII
        value = str(value)
    return " ".join(_decoded(str(value)).split())


def _pairs(message: Message, name: str) -> list[tuple[str, str]]:
    """(name, address) of a header's addresses; a malformed header gives what it can."""
    raw = [str(v) for v in message.get_all(name, [])]
    return [(_decoded(n), a) for n, a in getaddresses(raw) if a]


def _joined(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name} <{address}>" if name else address for name, address in pairs)


def _date(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        when = parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": the time is UTC, its zone unknown
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


def decoded_bytes(data: bytes, transfer_encoding: str) -> bytes:
    """A part's bytes with its transfer encoding (base64, quoted-printable) undone."""
    encoding = transfer_encoding.lower()
    if encoding == "base64":
        try:
            return base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            return data
    if encoding == "quoted-printable":
        return quopri.decodestring(data)
    return data


def decoded_text(data: bytes, transfer_encoding: str, charset: str) -> str:
    """A text part as text: its charset if it names one that reads it, else guessed."""
    raw = decoded_bytes(data, transfer_encoding)
    for name in (charset, "utf-8"):
        if not name:
            continue
        try:
            return raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode(detect_encoding(raw[:65536]).encoding, errors="replace")
