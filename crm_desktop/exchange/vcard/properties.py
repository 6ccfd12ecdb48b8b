"""The properties of the cards in a vCard file, decoded.

vobject's content-line grammar (``getLogicalLines``, ``parseLine``) unfolds lines, joins
vCard 2.1's quoted-printable soft line breaks and parses groups and parameters. Its
value decoding is not used: it reads every card as vCard 3.0 and cuts a 4.0 value at
an unescaped comma ("FN:URI JPEG, version 4.0" became "URI JPEG", a photo's data: URI
its first 22 characters). Values are decoded here instead: quoted-printable, CHARSET,
backslash escapes, structured values.

Line ends are made LF first (CR CR LF, as some Windows tools write, and bare CR too):
a line break inside a vCard value is always escaped or quoted-printable, never raw.
"""

from __future__ import annotations

import codecs
import io
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from vobject.base import (
    ParseError,
    getLogicalLines,
    parseLine,
)

from crm_desktop.errors import DomainError
from crm_desktop.exchange.problems import Problem
from crm_desktop.registry import N_

_LINE_ENDS = re.compile(r"\r*\n|\r")
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


class VCardFileError(DomainError):
    """A file that is not a vCard file the program can read."""


@dataclass
class Property:
    name: str
    #: the raw value, quoted-printable and charset decoded, escapes still in
    raw: str
    group: str | None = None
    #: parameter name → values; bare 2.1 parameters ("TEL;CELL") are TYPE values
    params: dict[str, list[str]] = field(default_factory=dict)

    @property
    def types(self) -> set[str]:
        return {t.upper() for t in self.params.get("TYPE", [])}

    def text(self) -> str:
        """The value as text, escapes undone."""
        return unescape(self.raw)

    def parts(self) -> list[str]:
        """A structured value (N, ADR, ORG) split at its unescaped semicolons."""
        return [unescape(p) for p in split_unescaped(self.raw, ";")]


@dataclass
class Card:
    number: int
    version: str = "3.0"
    properties: list[Property] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def decode_file(data: bytes) -> tuple[str, bool]:
    """The text of a vCard file, and whether it is in a legacy encoding: UTF-16 with a
    byte-order mark, else UTF-8, else Latin-1 so that every byte stays itself (True:
    the values are then decoded by their CHARSET, Windows-1252 without one)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), False
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("latin-1"), True


def read_cards(data: bytes) -> Iterator[Card]:
    """The cards of a vCard file, with their properties decoded."""
    text, legacy_bytes = decode_file(data)
    text = _LINE_ENDS.sub("\n", text)
    if "BEGIN:VCARD" not in text.upper():
        raise VCardFileError("The file is not a vCard file (no BEGIN:VCARD).")
    card: Card | None = None
    count = 0
    for line, _ in getLogicalLines(io.StringIO(text), allowQP=True):
        if not line.strip():
            continue
        try:
            name, params, value, group = parseLine(line)
        except ParseError:
            if card is not None:
                card.problems.append(
                    Problem(
                        "unreadable_line",
                        N_("Card %1: a line could not be read: %2"),
                        (card.number, line[:60]),
                    )
                )
            continue
        name = name.upper()
        if name == "BEGIN" and value.upper() == "VCARD":
            count += 1
            card = Card(count)
        elif name == "END" and value.upper() == "VCARD" and card is not None:
            yield card
            card = None
        elif card is not None:
            prop = Property(name, value, group.lower() if group else None, _params(params))
            if name == "VERSION":
                card.version = value.strip()
            else:
                _decode_value(prop, card, legacy_bytes)
                card.properties.append(prop)
    if card is not None:
        card.problems.append(
            Problem(
                "cut_short",
                N_("Card %1 has no END:VCARD; it may be cut short."),
                (card.number,),
            )
        )
        yield card


def _params(pairs: list[list[str]]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for pair in pairs:
        if len(pair) == 1:
            name, values = "TYPE", pair
        else:
            name, values = pair[0].upper(), pair[1:]
        for value in values:
            params.setdefault(name, []).extend(v for v in value.split(",") if v)
    return params


def _decode_value(prop: Property, card: Card, legacy_bytes: bool) -> None:
    """Undo quoted-printable and apply CHARSET to ``prop.raw`` in place."""
    encoding = {e.upper() for e in prop.params.get("ENCODING", [])}
    charsets = prop.params.get("CHARSET")
    charset = charsets[0] if charsets else ("cp1252" if legacy_bytes else "utf-8")
    if "QUOTED-PRINTABLE" in encoding or "QUOTED-PRINTABLE" in prop.types:
        raw = quopri.decodestring(prop.raw.encode("latin-1", errors="replace"))
    elif legacy_bytes:
        raw = prop.raw.encode("latin-1", errors="replace")
    else:
        return
    try:
        prop.raw = raw.decode(charset)
    except LookupError:
        prop.raw = raw.decode("cp1252", errors="replace")
        card.problems.append(
            Problem(
                "unknown_charset",
                N_("Card %1: %2 is in “%3”, a charset the program does not know."),
                (card.number, prop.name, charset),
            )
        )
    except UnicodeDecodeError:
        prop.raw = raw.decode(charset, errors="replace")
        card.problems.append(
            Problem(
                "undecodable",
                N_("Card %1: %2 has bytes that are not %3; they are shown as �."),
                (card.number, prop.name, charset),
            )
        )


def split_unescaped(value: str, separator: str) -> list[str]:
    """``value`` split at each ``separator`` not escaped by a backslash."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), value)
