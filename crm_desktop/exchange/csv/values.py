"""Cell values read into our fields: several values in one cell, picklist values, phones.

Names are split in :mod:`names`, dates and numbers in :mod:`locale_values`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from crm_desktop.exchange.csv.labels import key, names_of
from crm_desktop.registry import FieldSpec, Kind, RecordType

#: Google's separator of several values in one cell, then the usual ones
_SEVERAL = re.compile(r"\s+:::\s+|[;\n\r]+")
_EMAIL_SEPARATORS = re.compile(r"[,\s]+")
_PHONE_DIGITS = re.compile(r"\d")
#: other words people use for our picklist values (folded key → our value)
SYNONYMS = {
    key("Won"): "Closed Won",
    key("Lost"): "Closed Lost",
    key("Miss"): "Ms.",
    key("Mister"): "Mr.",
    key("Doctor"): "Dr.",
    key("Professor"): "Prof.",
    # German Outlook's salutations (the Outlook preset reads its German export)
    key("Herr"): "Mr.",
    key("Frau"): "Ms.",
}
#: what address books call the kinds of phones and e-mails (folded) → our field's kind
_TYPE_WORDS = {
    "mobile": {"mobile", "cell", "cellular", "iphone", "mobil", "didong", "celular", "farsimi"},
    "home": {"home", "private", "privat", "nha", "casa", "residencial", "heima"},
}


def split_several(cell: str, kind: Kind) -> list[str]:
    """The values of ``kind`` (EMAIL or PHONE) in one cell, in their order.

    Values are separated by " ::: " (Google), ";" or line breaks; e-mails also by commas
    and spaces; phones by a comma only when every part has enough digits to be a phone
    (so "+1 555 1234, ext. 5" stays one).
    """
    parts = [p.strip() for p in _SEVERAL.split(cell) if p.strip()]
    values: list[str] = []
    for part in parts:
        if kind is Kind.EMAIL:
            values.extend(p for p in _EMAIL_SEPARATORS.split(part) if p)
            continue
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) > 1 and all(len(_PHONE_DIGITS.findall(p)) >= 6 for p in pieces):
            values.extend(pieces)
        else:
            values.append(part)
    return values


def field_for_type(record_type: RecordType, kind: Kind, type_text: str) -> str | None:
    """The field of ``record_type`` a value of ``kind`` labelled ``type_text`` ("Mobile",
    "Work", "Home"…) belongs in; the type's first field of that kind when the label says
    nothing we know; None when the type has no field of that kind."""
    fields = [f for f in record_type.fields if f.kind is kind and not f.read_only]
    if not fields:
        return None
    words = {key(w) for w in re.split(r"[\s,;/*:-]+", type_text) if w}
    for kind_word, synonyms in _TYPE_WORDS.items():
        if words & synonyms:
            match = next((f.name for f in fields if kind_word in f.name), None)
            if match:
                return match
    return fields[0].name


@dataclass(frozen=True)
class ChoiceMatch:
    """A cell read as a picklist value: ``value`` is ours, or None when nothing matched."""

    text: str
    value: str | None
    #: "exact", "translation", "synonym" or "unmatched"
    how: str


def match_choice(text: str, spec: FieldSpec) -> ChoiceMatch:
    """Read ``text`` as one of ``spec``'s choices: ignoring case, accents and
    punctuation, in every language we ship, or by a common synonym. A value we do not
    have is never made up: it is returned unmatched, for the caller to report."""
    wanted = key(text)
    if not wanted:
        return ChoiceMatch(text, None, "unmatched")
    for choice in spec.choices:
        if key(choice) == wanted:
            return ChoiceMatch(text, choice, "exact")
    for choice in spec.choices:
        if any(key(name) == wanted for name in names_of(choice, "picklist")):
            return ChoiceMatch(text, choice, "translation")
    synonym = SYNONYMS.get(wanted)
    if synonym in spec.choices:
        return ChoiceMatch(text, synonym, "synonym")
    return ChoiceMatch(text, None, "unmatched")


def normalise_phone(text: str, default_region: str | None) -> str | None:
    """``text`` as an E.164 number ("+3545512345"), or None when it is not a valid one."""
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def same_phone(a: str, b: str, default_region: str | None) -> bool:
    """Whether two phone numbers as written are the same number ("+84 28 3822 1234",
    "028 3822 1234" and "(028) 38221234" with region "VN"). A number without a country
    code is read in ``default_region`` (an ISO 3166 code such as "VN"; None: only numbers
    with a country code are compared as numbers, others by their digits)."""
    try:
        first = phonenumbers.parse(a, default_region)
        second = phonenumbers.parse(b, default_region)
    except phonenumbers.NumberParseException:
        digits_a = "".join(_PHONE_DIGITS.findall(a))
        return bool(digits_a) and digits_a == "".join(_PHONE_DIGITS.findall(b))
    match = phonenumbers.is_number_match(first, second)
    return match in (phonenumbers.MatchType.EXACT_MATCH, phonenumbers.MatchType.NSN_MATCH)
