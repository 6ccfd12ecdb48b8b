"""vCard 2.1, 3.0 and 4.0 cards read into our contacts' fields.

Each card becomes a :class:`VCardContact`: values keyed by contacts fields (the
organization by its name under ``organization_id``, for the import to find or create),
the photo's bytes and type, and every value no field took (a third e-mail, a fax, a
web site, a nickname) in ``extras``, so that nothing is dropped unseen.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from crm_desktop.exchange.csv.names import split_name
from crm_desktop.exchange.csv.values import match_choice
from crm_desktop.exchange.problems import Problem
from crm_desktop.exchange.vcard.properties import Card, Property, VCardFileError, read_cards
from crm_desktop.registry import N_, FieldSpec, default_registry

#: properties that say nothing about the person
_TECHNICAL = {"PRODID", "REV", "UID", "X-ABLABEL", "CLIENTPIDMAP", "X-EVOLUTION-FILE-AS"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_DATA_URI = re.compile(r"^data:([\w/+.-]+)?(;[^,]*)?,(.*)$", re.S)
_BDAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(frozen=True)
class Extra:
    """A value of a card that no field of ours took."""

    property: str
    #: its TYPE parameters and label ("HOME", "FAX", "CustomEmailCategory")
    types: tuple[str, ...]
    value: str


@dataclass
class VCardContact:
    """One card as a contact: ``values`` keyed by contacts fields (text, a date for
    ``birthday``)."""

    values: dict[str, str | date] = field(default_factory=dict)
    photo: bytes | None = None
    #: the photo's MIME type, e.g. "image/jpeg"
    photo_type: str | None = None
    extras: list[Extra] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: which card of the file (1 is the first)
    number: int = 0


def read_vcard_file(path: str | Path) -> list[VCardContact]:
    """The contacts of a vCard file; :class:`VCardFileError` if it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VCardFileError("Cannot read “%1”: %2.", path, exc.strerror or exc) from exc
    try:
        return list(read_vcards(data))
    except VCardFileError as exc:
        raise VCardFileError("“%1”: %2", path.name, exc) from exc


def read_vcards(data: bytes) -> Iterator[VCardContact]:
    """The contacts of the vCard file whose bytes are ``data``."""
    for card in read_cards(data):
        yield _contact(card)


def _contact(card: Card) -> VCardContact:
    contact = VCardContact(problems=list(card.problems), number=card.number)
    labels = {p.group: p.text() for p in card.properties if p.name == "X-ABLABEL" and p.group}
    values = contact.values
    notes: list[str] = []
    for prop in _preferred_first(card.properties):
        label = labels.get(prop.group or "")
        if label:
            match = _APPLE_LABEL.match(label)
            prop.params.setdefault("TYPE", []).append(match.group(1) if match else label)
        taken = _take(prop, contact, notes)
        if not taken and prop.name not in _TECHNICAL and not prop.name.startswith("X-COUCHDB"):
            value = prop.text() if prop.name != "ADR" else ", ".join(p for p in prop.parts() if p)
            contact.extras.append(Extra(prop.name, tuple(prop.params.get("TYPE", [])), value))
    if notes:
        values["description"] = "\n\n".join(notes)
    if not values.get("first_name") and not values.get("last_name"):
        full = next((p.text() for p in card.properties if p.name == "FN"), "")
        # a company's card names the company in FN (and ORG), not a person
        if full.strip() and full.strip() != values.get("organization_id"):
            split = split_name(full)
            _put(values, "first_name", split.given)
            _put(values, "last_name", split.family)
    return contact


def _preferred_first(properties: list[Property]) -> list[Property]:
    """Properties with PREF (2.1, 3.0 TYPE=PREF, 4.0 PREF=1) before the others."""

    def rank(prop: Property) -> int:
        pref = prop.params.get("PREF")
        if pref:
            return int(pref[0]) if pref[0].isdigit() else 1
        return 1 if "PREF" in prop.types else 101

    return sorted(properties, key=rank)


def _take(prop: Property, contact: VCardContact, notes: list[str]) -> bool:
    """Put ``prop`` in the field it belongs in; False if it has none (or it is full)."""
    values = contact.values
    name = prop.name
    if name == "N":
        family, given, additional, prefix, suffix = [
            p.strip() for p in [*prop.parts(), *[""] * 5][:5]
        ]
        given = " ".join(w for w in (given, additional) if w)
        _put(values, "last_name", family)
        _put(values, "first_name", given)
        salutation = match_choice(prefix, _contacts_field("salutation")).value
        if salutation:
            values["salutation"] = salutation
        elif prefix:
            contact.extras.append(Extra("N", ("prefix",), prefix))
        if suffix:
            contact.extras.append(Extra("N", ("suffix",), suffix))
        return True
    if name == "FN":
        return True
    if name == "ORG":
        org, unit = [p.strip() for p in [*prop.parts(), "", ""][:2]]
        if (org and values.get("organization_id")) or (unit and values.get("department")):
            return False  # a second organization: kept in the extras
        if org:
            values["organization_id"] = org
        if unit:
            values["department"] = unit
        return bool(org or unit)
    if name == "TITLE":
        return _put(values, "title", prop.text())
    if name == "NOTE":
        notes.append(prop.text())
        return True
    if name == "EMAIL":
        return _put(values, "email", prop.text()) or _put(values, "secondary_email", prop.text())
    if name == "TEL":
        return _take_phone(prop, values)
    if name == "ADR":
        return _take_address(prop, values)
    if name == "BDAY":
        return _take_birthday(prop, contact)
    if name == "PHOTO":
        return _take_photo(prop, contact)
    return False


def _put(values: dict[str, str | date], field_name: str, value: str) -> bool:
    if values.get(field_name) or not value.strip():
        return False
    values[field_name] = value.strip()
    return True


def _take_phone(prop: Property, values: dict[str, str | date]) -> bool:
    types = {t.casefold() for t in prop.types}
    number = prop.text().removeprefix("tel:")
    if types & {"fax", "pager"}:
        return False
    if types & {"cell", "mobile", "iphone"}:
        return _put(values, "mobile_phone", number)
    if "home" in types:
        return _put(values, "home_phone", number)
    return _put(values, "office_phone", number)


def _take_address(prop: Property, values: dict[str, str | date]) -> bool:
    if any(values.get(f"mailing_{p}") for p in ("street", "city", "postal_code", "country")):
        return False
    _pobox, extended, street, city, state, code, country = (prop.parts() + [""] * 7)[:7]
    street = "\n".join(s for s in (street, extended) if s.strip())
    for part, value in (
        ("street", street),
        ("city", city),
        ("state", state),
        ("postal_code", code),
        ("country", country),
    ):
        if value.strip():
            values[f"mailing_{part}"] = value.strip()
    return True


def _take_birthday(prop: Property, contact: VCardContact) -> bool:
    match = _BDAY.match(prop.text().strip())
    if match:
        try:
            contact.values["birthday"] = date(*(int(g) for g in match.groups()))
            return True
        except ValueError:
            pass
    contact.problems.append(
        Problem(
            "not_a_date",
            N_("Card %1: the birthday “%2” is not a whole date."),
            (contact.number, prop.text()),
        )
    )
    return False


def _take_photo(prop: Property, contact: VCardContact) -> bool:
    if contact.photo is not None:
        return False
    raw = prop.raw.strip()
    data_uri = _DATA_URI.match(raw)
    if data_uri:
        mime, options, raw = data_uri.group(1), data_uri.group(2) or "", data_uri.group(3)
        if "base64" not in options:
            return False
    elif {e.upper() for e in prop.params.get("ENCODING", [])} & {"B", "BASE64"}:
        kinds = [t for t in prop.types if t not in {"PREF"}]
        mime = f"image/{kinds[0].lower()}" if kinds else None
    else:
        return False  # a link to a photo: not fetched; kept in the extras
    try:
        contact.photo = base64.b64decode(re.sub(r"\s+", "", raw))
    except (binascii.Error, ValueError):
        contact.problems.append(
            Problem("bad_photo", N_("Card %1: the photo could not be decoded."), (contact.number,))
        )
        return False
    contact.photo_type = mime or "image/jpeg"
    return True


@cache
def _contacts_field(name: str) -> FieldSpec:
    """A field of contacts (the registry is built once, not for every card)."""
    return default_registry().get("contacts").field(name)
