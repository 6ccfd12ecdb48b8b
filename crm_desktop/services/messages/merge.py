"""Merge fields: a template's ``{name}`` replaced by each recipient's value.

``{first_name}``, ``{last_name}`` and every other field go by their name in the registry
(a reference by its name, ``{organization_id}``, gives the linked record's name); three
names work for every recipient: ``{name}`` (their whole name), ``{organization}`` (a
contact's organization, a lead's company) and ``{owner}`` (who the record is assigned
to). ``{{`` and ``}}`` are braces. A name that no recipient type knows is refused before
anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from crm_desktop.errors import Sentence, ValidationError
from crm_desktop.registry import FieldSpec, Kind, RecordType

_FIELD = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
#: names every recipient has, whatever their type
ALIASES = ("name", "organization", "owner")

#: a field's value as text (the views translate picklist values and format amounts)
Formatter = Callable[[FieldSpec, Any], str]


def plain_text(spec: FieldSpec, value: Any) -> str:
    """A value as text without a locale: what the command line writes."""
    if value is None:
        return ""
    if spec.kind is Kind.BOOL:
        return "Yes" if value else "No"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def field_names(text: str) -> list[str]:
    """The merge fields ``text`` names, in order, each once."""
    return list(dict.fromkeys(m.group(1) for m in _FIELD.finditer(text) if m.group(1)))


def check_fields(texts: Iterable[str], record_types: Iterable[RecordType]) -> None:
    """Refuse merge fields none of ``record_types`` has, in one sentence."""
    types = list(record_types)
    unknown = [
        name
        for text in texts
        for name in field_names(text)
        if name not in ALIASES and not any(t.has_field(name) for t in types)
    ]
    if unknown:
        names = ", ".join("{" + n + "}" for n in dict.fromkeys(unknown))
        raise ValidationError({"body": Sentence("These merge fields are unknown: %1.", names)})


def merge_values(record_type: RecordType, values: dict[str, Any], owner: str) -> dict[str, Any]:
    """The aliases of a record's values (see the module's text)."""
    organization = values.get("organization_name") or values.get("company") or ""
    return {
        "name": record_type.display_name(values),
        "organization": organization,
        "owner": owner,
    }


def render(
    text: str,
    record_type: RecordType,
    values: dict[str, Any],
    *,
    formatter: Formatter = plain_text,
) -> str:
    """``text`` with the merge fields of one record filled in (an empty field: nothing)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]  # "{{" -> "{", "}}" -> "}"
        if name in ALIASES:
            return str(values.get(f"@{name}") or "")
        if not record_type.has_field(name):
            return ""  # a field of the campaign's other member type
        spec = record_type.field(name)
        raw = values.get(name)
        if spec.kind is Kind.REFERENCE and spec.cache:
            raw = values.get(spec.cache)
            spec = FieldSpec(spec.name, spec.label)
        if spec.kind is Kind.USER:
            return str(values.get("@owner") or "") if name == "owner_id" else ""
        return formatter(spec, raw)

    return _FIELD.sub(value, text)
