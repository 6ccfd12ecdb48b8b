"""Contacts written as vCard 4.0 (RFC 6350), or 3.0 (RFC 2426).

4.0 is the default. 3.0 is there for the programs that still read nothing newer:
Outlook for Windows and older phones import 3.0 and refuse 4.0 cards or lose their
photo. Reading what is written gives back the same values (see the tests).
Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from datetime import date

from crm_desktop.exchange.vcard.reading import VCardContact

VERSIONS = ("4.0", "3.0")
_PHONES = (("office_phone", "work,voice"), ("mobile_phone", "cell"), ("home_phone", "home,voice"))
_ADDRESS = ("street", "city", "state", "postal_code", "country")
#: the contacts fields a card holds (the organization by its name)
CARD_FIELDS = (
    "salutation",
    "first_name",
    "last_name",
    "organization_id",
    "department",
    "title",
    "email",
    "secondary_email",
    *(name for name, _kinds in _PHONES),
    "birthday",
    *(f"mailing_{part}" for part in _ADDRESS),
    "description",
)


def write_vcards(contacts: Iterable[VCardContact], version: str = "4.0") -> str:
    """The vCard text of ``contacts`` (values keyed by contacts fields; the organization
    by its name under ``organization_id``)."""
    if version not in VERSIONS:
        raise ValueError(f"cannot write vCard {version}")
    return "".join(_card(contact, version) for contact in contacts)


def _card(contact: VCardContact, version: str) -> str:
    values: Mapping[str, object] = contact.values
    text = {k: str(v).strip() for k, v in values.items() if isinstance(v, str) and v.strip()}
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    full_name = " ".join(n for n in (text.get("first_name"), text.get("last_name")) if n)
    lines.append("FN:" + escape(full_name or text.get("organization_id", "")))
    name_parts = [
        text.get("last_name", ""),
        text.get("first_name", ""),
        "",
        text.get("salutation", ""),
        "",
    ]
    lines.append("N:" + ";".join(escape(p) for p in name_parts))
    if "organization_id" in text or "department" in text:
        org = [text.get("organization_id", ""), text.get("department", "")]
        if not org[-1]:  # no empty last part; never strip an escaped ";" of a name
            org.pop()
        lines.append("ORG:" + ";".join(escape(p) for p in org))
    if "title" in text:
        lines.append("TITLE:" + escape(text["title"]))
    for field_name, pref in (("email", True), ("secondary_email", False)):
        if field_name in text:
            lines.append(_with_type("EMAIL", "", pref, version) + ":" + escape(text[field_name]))
    for field_name, kinds in _PHONES:
        if field_name in text:
            lines.append(_with_type("TEL", kinds, False, version) + ":" + escape(text[field_name]))
    address = [text.get(f"mailing_{part}", "") for part in _ADDRESS]
    if any(address):
        lines.append("ADR:;;" + ";".join(escape(p) for p in address))
    birthday = values.get("birthday")
    if isinstance(birthday, date):
        shown = birthday.strftime("%Y%m%d") if version == "4.0" else birthday.isoformat()
        lines.append("BDAY:" + shown)
    if "description" in text:
        lines.append("NOTE:" + escape(text["description"]))
    if contact.photo:
        lines.append(_photo(contact.photo, contact.photo_type or "image/jpeg", version))
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def _with_type(name: str, kinds: str, preferred: bool, version: str) -> str:
    if version == "3.0":
        types = [k.upper() for k in kinds.split(",") if k] + (["PREF"] if preferred else [])
        return name + (";TYPE=" + ",".join(types) if types else "")
    params = (f";TYPE={kinds}" if kinds else "") + (";PREF=1" if preferred else "")
    return name + params


def _photo(photo: bytes, mime: str, version: str) -> str:
    data = base64.b64encode(photo).decode("ascii")
    if version == "3.0":
        subtype = mime.partition("/")[2].upper() or "JPEG"
        return f"PHOTO;ENCODING=b;TYPE={subtype}:{data}"
    return f"PHOTO:data:{mime};base64,{data}"


def escape(value: str) -> str:
    """A text value with backslash, comma, semicolon and line breaks escaped."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    """``line`` folded into lines of at most ``width`` octets (the continuation lines
    begin with a space, which counts)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = width
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, width - 1
        current.append(ch)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)
