"""A feed's bytes read into its title and items, whatever encoding they are in.

The encoding is decided here, not left to feedparser: a byte-order mark, then the
charset the server named, then the XML declaration's, each only if the bytes decode
with it (servers often name UTF-8 for a Windows-1251 file); a feed that declares none is
UTF-8 if it decodes so, else charset-normalizer guesses (KOI8-R, Windows-1251,
ISO-8859-1...). feedparser would read an undeclared KOI8-R feed as Windows-1252 and
show mojibake. The text is handed to feedparser as UTF-8 with the declaration to match.
"""

from __future__ import annotations

import calendar
import codecs
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from email.message import Message

import feedparser

from crm_desktop.errors import DomainError
from crm_desktop.exchange.csv.encoding import detect_encoding

_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_DECLARATION_ENCODING = re.compile(
    rb"(^\s*<\?xml[^>]*?encoding\s*=\s*[\"'])[A-Za-z0-9._:-]+([\"'])"
)
#: where expat found a problem, as feedparser words it ("<unknown>:19:84: no element found")
_POSITION = re.compile(r"^<unknown>:(\d+):(\d+):\s*")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: a guid longer than its column is kept as its hash
GUID_LENGTH = 500


class FeedUnreadable(DomainError):
    """The bytes are not an RSS or Atom feed; the message says what is wrong."""


@dataclass(frozen=True)
class ParsedItem:
    guid: str
    title: str
    link: str
    author: str
    summary: str
    #: the entry's date in UTC, None when it gives none
    published: dt.datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    items: tuple[ParsedItem, ...]
    #: the encoding the text was read in (a Python codec name)
    encoding: str
    #: what is wrong with a feed that was read only in part (cut short, a bad character)
    damage: str | None = None


def feed_encoding(body: bytes, content_type: str = "") -> str:
    """The codec ``body`` is read with (see the module's description)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    declared = [_charset(content_type)]
    match = _XML_DECLARATION.match(body[:500])
    if match:
        declared.append(match.group(1).decode("ascii"))
    for name in declared:
        if name and _decodes(body, name):
            return codecs.lookup(name).name
    return detect_encoding(body).encoding


def parse_feed(body: bytes, content_type: str = "") -> ParsedFeed:
    """The feed in ``body`` (``content_type``: the server's Content-Type, if any)."""
    encoding = feed_encoding(body, content_type)
    text = body.decode(encoding, errors="replace").lstrip("\ufeff")
    utf8 = _DECLARATION_ENCODING.sub(rb"\1utf-8\2", text.encode("utf-8"), count=1)
    try:
        parsed = feedparser.parse(
            utf8, response_headers={"content-type": "application/xml; charset=utf-8"}
        )
    except Exception as exc:
        raise FeedUnreadable("The feed cannot be read: %1.", exc) from exc
    if not text.strip():
        raise FeedUnreadable("The feed is empty.")
    if "<html" in text[:2000].lower() and not parsed.entries:
        raise FeedUnreadable("The address gives a web page, not an RSS or Atom feed.")
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.entries and isinstance(problem, Exception):
        raise FeedUnreadable("The feed is not valid XML (%1).", _sentence(problem))
    if not parsed.get("version") and not parsed.entries:
        raise FeedUnreadable("The address gives no RSS or Atom feed.")
    feed = parsed.feed
    items = tuple(_item(entry) for entry in parsed.entries)
    damage = None
    if isinstance(problem, Exception):
        damage = (
            f"The feed is damaged ({_sentence(problem)}); the items before the damage were read."
        )
    return ParsedFeed(
        title=_clean(feed.get("title", "")),
        link=feed.get("link", ""),
        items=items,
        encoding=encoding,
        damage=damage,
    )


def _item(entry: feedparser.FeedParserDict) -> ParsedItem:
    title = _clean(entry.get("title", ""))
    link = entry.get("link", "")
    summary = entry.get("summary", "") or _content(entry)
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    published = dt.datetime.fromtimestamp(calendar.timegm(when), dt.UTC) if when else None
    guid = entry.get("id") or link
    if not guid or len(guid) > GUID_LENGTH:
        seed = f"{guid}\n{title}\n{summary}\n{when}".encode()
        guid = "sha1:" + hashlib.sha1(seed, usedforsecurity=False).hexdigest()
    return ParsedItem(
        guid=guid,
        title=title[:1000],
        link=link[:2000],
        author=_clean(entry.get("author", ""))[:300],
        summary=summary,
        published=published,
    )


def _content(entry: feedparser.FeedParserDict) -> str:
    contents = entry.get("content") or []
    return str(contents[0].get("value", "")) if contents else ""


def _clean(text: str) -> str:
    return " ".join(str(text).split())


def _charset(content_type: str) -> str:
    if not content_type:
        return ""
    message = Message()
    message["content-type"] = content_type
    return str(message.get_param("charset") or "")


def _decodes(body: bytes, name: str) -> bool:
    try:
        body.decode(name)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _sentence(problem: object) -> str:
    text = _POSITION.sub(r"line \1, column \2: ", str(problem).strip()).rstrip(".")
    return text[:1].lower() + text[1:] if text else "no details"
