"""IMAP FETCH answers read into values, and a BODYSTRUCTURE into the message's parts.

imaplib hands a FETCH answer over as pieces: plain lines, and (line ending in ``{n}``,
literal bytes) pairs. They are read here as one stream of tokens: parenthesised lists,
quoted strings, literals, atoms and NIL (RFC 3501, section 9).
"""

from __future__ import annotations

import itertools
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

#: a value of an answer: bytes (string, literal or atom), None (NIL), or a list of values
Value = bytes | None | list["Value"]


class ResponseError(ValueError):
    """The server's answer does not follow IMAP's grammar."""


def _tokens(pieces: Sequence[bytes | tuple[bytes, bytes]]) -> Iterator[tuple[str, bytes]]:
    for piece in pieces:
        if isinstance(piece, tuple):
            line, literal = piece
            yield from _line_tokens(line, literal_follows=True)
            yield ("string", literal)
        else:
            yield from _line_tokens(piece, literal_follows=False)


def _line_tokens(line: bytes, *, literal_follows: bool) -> Iterator[tuple[str, bytes]]:
    i, end = 0, len(line)
    if literal_follows:
        brace = line.rfind(b"{")
        if brace < 0 or not line.endswith(b"}"):
            raise ResponseError("a literal without its length")
        end = brace
    while i < end:
        char = line[i : i + 1]
        if char == b" ":
            i += 1
        elif char in (b"(", b")"):
            yield (char.decode(), char)
            i += 1
        elif char == b'"':
            value, i = _quoted(line, i + 1)
            yield ("string", value)
        else:
            start, depth = i, 0
            # brackets may hold spaces and parentheses: BODY[HEADER.FIELDS (FROM)]
            while i < end:
                char = line[i : i + 1]
                if char == b"[":
                    depth += 1
                elif char == b"]":
                    depth -= 1
                elif depth <= 0 and char in (b" ", b"(", b")"):
                    break
                i += 1
            yield ("atom", line[start:i])


def _quoted(line: bytes, i: int) -> tuple[bytes, int]:
    out = bytearray()
    while i < len(line):
        char = line[i]
        if char == 0x5C:  # backslash
            out.append(line[i + 1])
            i += 2
        elif char == 0x22:
            return bytes(out), i + 1
        else:
            out.append(char)
            i += 1
    raise ResponseError("a quoted string without its end")


def parse_values(pieces: Sequence[bytes | tuple[bytes, bytes]]) -> list[Value]:
    """Every top-level value of the pieces (a FETCH answer: number, then its list)."""
    stack: list[list[Value]] = [[]]
    for kind, token in _tokens(pieces):
        if kind == "(":
            stack.append([])
        elif kind == ")":
            if len(stack) == 1:
                raise ResponseError("a closing parenthesis too many")
            done = stack.pop()
            stack[-1].append(done)
        elif kind == "atom" and token.upper() == b"NIL":
            stack[-1].append(None)
        else:
            stack[-1].append(token)
    if len(stack) != 1:
        raise ResponseError("a list without its closing parenthesis")
    return stack[0]


def fetch_items(pieces: Sequence[bytes | tuple[bytes, bytes]]) -> list[dict[str, Value]]:
    """Each message of a FETCH answer: its items by name in upper case (``UID``,
    ``BODYSTRUCTURE``, ``BODY[HEADER]``, ``BODY[1.2]``...)."""
    values = parse_values(pieces)
    messages = []
    for value in values:
        if not isinstance(value, list):
            continue  # the message's sequence number
        items: dict[str, Value] = {}
        for i in range(0, len(value) - 1, 2):
            name = value[i]
            if isinstance(name, bytes):
                items[name.decode("ascii", "replace").upper().replace(".PEEK", "")] = value[i + 1]
        messages.append(items)
    return messages


@dataclass(frozen=True)
class Part:
    """A leaf part of a message, as its BODYSTRUCTURE describes it."""

    #: the section to fetch it by ("1", "2.1")
    section: str
    #: "text/plain", "application/pdf", ...
    mime_type: str
    charset: str
    #: "7bit", "base64", "quoted-printable", ...
    encoding: str
    size: int
    #: the file name of an attachment; "" for a part shown inline
    file_name: str
    is_attachment: bool


def body_parts(structure: Value, section: str = "") -> list[Part]:
    """The leaf parts of a BODYSTRUCTURE, each with its section number."""
    if not isinstance(structure, list) or not structure:
        return []
    if isinstance(structure[0], list):  # multipart: its parts, then its subtype...
        parts: list[Part] = []
        # the parts come first, then the subtype and its parameters (a list too)
        children = list(itertools.takewhile(lambda child: isinstance(child, list), structure))
        for number, child in enumerate(children, start=1):
            parts.extend(body_parts(child, f"{section}.{number}" if section else str(number)))
        return parts
    return [_leaf(structure, section or "1")]


def _leaf(fields: list[Value], section: str) -> Part:
    main, sub = _text(fields[0]).lower(), _text(fields[1]).lower()
    params = _pairs(fields[2])
    encoding = _text(fields[5]).lower() if len(fields) > 5 else ""
    size = _number(fields[6]) if len(fields) > 6 else 0
    # the extension fields' place depends on the type: text has a line count, a
    # message/rfc822 its envelope, body and line count before them
    extension = 8 if main == "text" else 10 if (main, sub) == ("message", "rfc822") else 7
    disposition: Value = fields[extension + 1] if len(fields) > extension + 1 else None
    kind, disposition_params = "", {}
    if isinstance(disposition, list) and disposition:
        kind = _text(disposition[0]).lower()
        disposition_params = _pairs(disposition[1]) if len(disposition) > 1 else {}
    name = _param(disposition_params, "filename") or _param(params, "name")
    inline_text = main == "text" and sub in ("plain", "html") and kind != "attachment"
    return Part(
        section=section,
        mime_type=f"{main}/{sub}",
        charset=params.get("charset", ""),
        encoding=encoding,
        size=size,
        file_name=_decoded_name(name),
        is_attachment=not inline_text or bool(name and kind == "attachment"),
    )


def _text(value: Value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def _number(value: Value) -> int:
    try:
        return int(value) if isinstance(value, bytes) else 0
    except ValueError:
        return 0


def _pairs(value: Value) -> dict[str, str]:
    if not isinstance(value, list):
        return {}
    return {_text(value[i]).lower(): _text(value[i + 1]) for i in range(0, len(value) - 1, 2)}


def _param(params: dict[str, str], name: str) -> str:
    """A parameter's value, RFC 2231 forms included: ``filename*=utf-8''b%C3%A1o.pdf``,
    and one cut into ``filename*0*``, ``filename*1*``..."""
    if name in params:
        return params[name]
    if name + "*" in params:
        return _rfc2231(params[name + "*"], encoded=True)
    pieces = []
    for number in itertools.count():
        key = f"{name}*{number}"
        if key + "*" in params:
            pieces.append((params[key + "*"], True))
        elif key in params:
            pieces.append((params[key], False))
        else:
            break
    if not pieces:
        return ""
    charset = pieces[0][0].split("'", 2)[0] if pieces[0][1] and pieces[0][0].count("'") >= 2 else ""
    # joined before decoding: a character's bytes may be cut between two pieces
    joined = ""
    for index, (piece, encoded) in enumerate(pieces):
        if encoded and index == 0 and piece.count("'") >= 2:
            piece = piece.split("'", 2)[2]
        joined += piece if encoded else urllib.parse.quote(piece)
    return _rfc2231(f"{charset}''{joined}", encoded=True)


def _rfc2231(value: str, *, encoded: bool) -> str:
    if not encoded or value.count("'") < 2:
        return value
    charset, _language, text = value.split("'", 2)
    try:
        return urllib.parse.unquote(text, encoding=charset or "utf-8", errors="replace")
    except LookupError:
        return urllib.parse.unquote(text, encoding="utf-8", errors="replace")


def _decoded_name(name: str) -> str:
    """A file name as the sender wrote it (RFC 2047 words decoded)."""
    if "=?" not in name:
        return name
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(name)))
    except (ValueError, LookupError):
        return name
