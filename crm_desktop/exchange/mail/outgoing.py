"""A message the user writes, as the wire takes it: the addresses of To and Cc read from
what was typed, the subject of a reply or a forward, the text quoted, the e-mail built
with its threading headers (In-Reply-To, References) and attachments."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate, getaddresses, make_msgid

#: "Re:", "RE:", "Aw:", "Sv:", "Fwd:", "Fw:", "Tr:", ... at the start of a subject
_PREFIX = re.compile(r"^\s*(re|aw|sv|antw|fwd?|tr|wg)\s*(\[\d+\])?\s*:\s*", re.IGNORECASE)
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


def _bare(subject: str) -> str:
    """The subject without its "Re:" and "Fwd:" prefixes."""
    text = subject.strip()
    while (match := _PREFIX.match(text)) is not None:
        text = text[match.end() :]
    return text


def reply_subject(subject: str) -> str:
    """ "Re: " and the subject answered, without piling up prefixes."""
    return f"Re: {_bare(subject)}"


def forward_subject(subject: str) -> str:
    return f"Fwd: {_bare(subject)}"


def quoted(text: str) -> str:
    """``text`` with each line quoted ("> ")."""
    lines = text.rstrip().splitlines() or [""]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def addresses(text: str) -> list[tuple[str, str]]:
    """The (name, address) pairs of a To or Cc field as typed ("Hoa <hoa@x.vn>; b@y.vn");
    raises ValueError naming the first text that is no e-mail address."""
    pairs: list[tuple[str, str]] = []
    for piece in re.split(r"[;\n]", text):
        if not piece.strip():
            continue
        found = [(n, a) for n, a in getaddresses([piece]) if n or a]
        if not found or not all(_ADDRESS.match(a) for _n, a in found):
            # the comma-separated part that is wrong, as the user typed it
            parts = [p.strip() for p in piece.split(",") if p.strip()]
            raise ValueError(next((p for p in parts if not _valid(p)), piece.strip()))
        pairs += found
    return pairs


def _valid(text: str) -> bool:
    found = [a for n, a in getaddresses([text]) if n or a]
    return len(found) == 1 and bool(_ADDRESS.match(found[0]))


def joined(pairs: list[tuple[str, str]]) -> str:
    """Addresses as a To or Cc field shows them, names as written (quoted when they hold
    a comma or another sign of the syntax); the message's header encodes them."""
    return ", ".join(_named(name, address) for name, address in pairs)


def _named(name: str, address: str) -> str:
    if not name:
        return address
    if any(sign in name for sign in ',;:<>@()[]"\\.'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def build_message(
    sender: tuple[str, str],
    to: list[tuple[str, str]],
    cc: list[tuple[str, str]],
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes]],
    *,
    in_reply_to: str = "",
    references: str = "",
) -> EmailMessage:
    """The e-mail: ``sender`` is (address, display name), names and text in UTF-8."""
    address, display_name = sender
    email = EmailMessage(policy=SMTP)
    email["From"] = formataddr((display_name, address))
    email["To"] = joined(to)
    if cc:
        email["Cc"] = joined(cc)
    email["Subject"] = subject
    email["Date"] = formatdate(localtime=True)
    email["Message-ID"] = make_msgid(domain=address.rpartition("@")[2] or None)
    if in_reply_to:
        email["In-Reply-To"] = in_reply_to
        email["References"] = " ".join([*references.split(), in_reply_to][-20:])
    email.set_content(body)
    add_attachments(email, attachments)
    return email


def add_attachments(email: EmailMessage, attachments: list[tuple[str, bytes]]) -> None:
    """Attach each (file name, bytes), its type guessed from its name."""
    for name, data in attachments:
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        main, _, sub = kind.partition("/")
        email.add_attachment(data, maintype=main, subtype=sub, filename=name)


def appended_uid(answer: Sequence[object]) -> tuple[int, int] | None:
    """(UIDVALIDITY, UID) of an APPEND's answer (UIDPLUS, RFC 4315); None without."""
    for piece in answer:
        if isinstance(piece, bytes) and (match := _APPENDUID.search(piece)) is not None:
            return int(match.group(1)), int(match.group(2))
    return None
