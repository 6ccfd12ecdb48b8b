"""The keys two likely duplicates share, kept in indexed ``*_match`` columns.

Leads, contacts and organizations keep, beside their fields, the normalised form each
duplicate check compares: an e-mail in lower case, a phone's national digits, a folded
name. A check is then an index look-up, and "find duplicates" a GROUP BY over them.
:func:`match_keys` computes them from a record's values: the record service calls it on
every save (a derive hook), the demo's bulk inserts and imports call it for their rows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from crm_desktop.textfold import fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.registry import RecordType
    from crm_desktop.services.records.service import RecordService

#: "ext. 12", "x12", "#12", a second number after ";" or ",": the number ends there
_PHONE_END = re.compile(r"[A-Za-z#;,]")
_NOT_DIGITS = re.compile(r"\D+")
#: a national number is at least this long; shorter digits are an extension, not a phone
MIN_PHONE_DIGITS = 6
#: Suffix of the column holding a field's key (``email`` -> ``email_match``).
SUFFIX = "_match"


@dataclass(frozen=True)
class MatchRule:
    """What makes two records of one type likely duplicates."""

    type_key: str
    #: the fields that make the name compared (folded, joined by a space)
    name_fields: tuple[str, ...]
    #: fields whose e-mail addresses are compared, each with a ``<field>_match`` column
    email_fields: tuple[str, ...]
    #: fields whose phone numbers are compared, each with a ``<field>_match`` column
    phone_fields: tuple[str, ...]
    #: a column two same-named records must share (a contact's organization), or None
    name_scope: str | None = None
    #: the field that column comes from (itself, or the field it is the folded twin of)
    scope_field: str | None = None
    #: what tells same-named records apart in a list of duplicates, first filled first
    detail_fields: tuple[str, ...] = ("email",)


#: The types checked for duplicates; their tables have the ``_match`` columns
#: (migration 0010_duplicate_keys).
RULES: dict[str, MatchRule] = {
    "leads": MatchRule(
        "leads",
        ("first_name", "last_name"),
        ("email",),
        ("phone", "mobile_phone"),
        name_scope="company_key",
        scope_field="company",
        detail_fields=("company", "email", "phone"),
    ),
    "contacts": MatchRule(
        "contacts",
        ("first_name", "last_name"),
        ("email", "secondary_email"),
        ("office_phone", "mobile_phone", "home_phone"),
        name_scope="organization_id",
        scope_field="organization_id",
        detail_fields=("organization_name", "email", "mobile_phone"),
    ),
    "organizations": MatchRule(
        "organizations",
        ("name",),
        ("email",),
        ("phone", "other_phone"),
        detail_fields=("billing_city", "email", "phone"),
    ),
}


@functools.cache
def _country_codes() -> frozenset[int]:
    """The world's country calling codes (imported on first use: the program's start
    does not pay for phonenumbers)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return frozenset(COUNTRY_CODE_TO_REGION_CODE)


def email_key(text: str | None) -> str | None:
    """An e-mail address as compared: trimmed and in lower case (None when empty)."""
    if not text:
        return None
    key = text.strip().casefold()
    return key or None


def phone_key(text: str | None) -> str | None:
    """A phone number as compared: its national digits without the country code and the
    leading zeros of the trunk prefix, so "+84 28 3822 1234", "0084 28 3822 1234",
    "028 3822 1234" and "(028) 38221234" are one number. The country code is dropped
    (only the national part is compared) because a number written without it cannot
    say its country. None for text without enough digits to be a phone."""
    if not text:
        return None
    text = _PHONE_END.split(text, maxsplit=1)[0]
    digits = _NOT_DIGITS.sub("", text)
    international = text.lstrip().startswith("+")
    if not international and digits.startswith("00"):
        digits, international = digits[2:], True
    if international:
        for length in (1, 2, 3):
            if int(digits[:length] or 0) in _country_codes():
                digits = digits[length:]
                break
    digits = digits.lstrip("0")
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def name_key(
    rule: MatchRule, values: Mapping[str, Any], fold_: Callable[[Any], str] = fold
) -> str | None:
    """The folded name of a record ("nguyen van an" for "Nguyễn Văn An")."""
    key = " ".join(part for part in (fold_(values.get(n)) for n in rule.name_fields) if part)
    return key or None


def match_keys(
    type_key: str, values: Mapping[str, Any], fold_: Callable[[Any], str] = fold
) -> dict[str, str | None]:
    """The ``*_match`` columns of a record of ``type_key`` from its ``values`` (empty for
    a type without duplicate checks). ``fold_`` may be a caching :func:`fold`."""
    rule = RULES.get(type_key)
    if rule is None:
        return {}
    keys: dict[str, str | None] = {f"name{SUFFIX}": name_key(rule, values, fold_)}
    for name in rule.email_fields:
        keys[name + SUFFIX] = email_key(values.get(name))
    for name in rule.phone_fields:
        keys[name + SUFFIX] = phone_key(values.get(name))
    return keys


def key_columns(rule: MatchRule, reason: str) -> tuple[str, ...]:
    """The ``*_match`` columns compared for ``reason`` ("email", "phone" or "name")."""
    fields = {"email": rule.email_fields, "phone": rule.phone_fields, "name": ("name",)}[reason]
    return tuple(f + SUFFIX for f in fields)


def keep_match_keys(
    _session: Session,
    record_type: RecordType,
    merged: dict[str, Any],
    _previous: dict[str, Any] | None,
) -> None:
    """The derive hook of the record service: the keys of the record it saves. Bulk
    writers (services/records/bulk_insert.RowWriter) compute the same keys themselves."""
    merged.update(match_keys(record_type.key, merged))


def install(records: RecordService) -> None:
    """Keep the keys of every record the record service saves."""
    for type_key in RULES:
        records.add_hooks(type_key, derive=keep_match_keys)
