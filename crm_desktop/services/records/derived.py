"""What a save computes beside the fields: a person's name order when it is empty, folded
sort keys, cached names of referenced
records (and their refresh when that record is renamed), the search text, and the check
that references point at records that exist."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import ValidationError
from crm_desktop.models.entities import User
from crm_desktop.models.row_security import record_owner, refresh_hidden_names
from crm_desktop.registry import Kind, RecordType, Registry
from crm_desktop.services.records.names import fill_name_order
from crm_desktop.services.records.tables import display_name, table_of
from crm_desktop.textfold import fold

_DIGITS = re.compile(r"\D+")

#: A type-specific step run on the merged values before they are written:
#: (session, record type, merged values, previous values or None for a new record).
DeriveHook = Callable[[Session, RecordType, dict[str, Any], dict[str, Any] | None], None]


def derive_row(
    session: Session,
    registry: Registry,
    record_type: RecordType,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
    hooks: Sequence[DeriveHook] = (),
    name_locale: str = "",
) -> dict[str, Any]:
    """Fill the columns computed from the fields into ``merged``; returns the row to write.
    A person's empty name order is guessed from the name, else from ``name_locale``."""
    table = table_of(record_type)
    for hook in hooks:
        hook(session, record_type, merged, previous)
    fill_name_order(record_type, merged, name_locale)
    for f in record_type.fields:
        if f.sort and f.sort.endswith("_key") and f.kind is not Kind.REFERENCE:
            merged[f.sort] = fold(merged.get(f.name))
        if f.kind is Kind.REFERENCE and f.cache:
            target_id = merged.get(f.name)
            changed = previous is None or previous.get(f.name) != target_id
            if changed or (merged.get(f.cache) is None and target_id is not None):
                merged[f.cache] = (
                    display_name(session, registry.get(f.reference or ""), target_id)
                    if target_id is not None
                    else None
                )
            if f"{f.cache}_key" in table.c:
                merged[f"{f.cache}_key"] = fold(merged.get(f.cache))
    merged["search_text"] = search_text(record_type, merged)
    return {k: v for k, v in merged.items() if k in table.c}


def check_references(
    session: Session, registry: Registry, record_type: RecordType, values: dict[str, Any]
) -> None:
    """ValidationError for a reference to a record that does not exist (or is deleted),
    or a user field naming no user."""
    errors = {}
    for name, value in values.items():
        if value is None or not record_type.has_field(name):
            continue
        f = record_type.field(name)
        if f.kind is Kind.REFERENCE:
            target = table_of(registry.get(f.reference or ""))
            found = record_owner(session, target, value)  # whoever may see the linked record
            if found is None or found[1]:
                errors[name] = "The linked record does not exist."
        elif f.kind is Kind.USER and not _user_exists(session, value):
            errors[name] = "No such user."
    if errors:
        raise ValidationError(errors)


def refresh_references_to(
    session: Session,
    registry: Registry,
    target_type: RecordType,
    target_id: int,
    target: dict[str, Any],
) -> None:
    """After a rename, refresh the cached name (and search text) in referring records:
    reference fields, and links to a record of any type (an activity's "related to")."""
    name = target_type.display_name(target)
    #: (referring type, cache column, link column, type column or None, condition)
    caches: list[tuple[RecordType, str, str, str | None, Any]] = []
    for record_type, f in registry.references_to(target_type.key):
        if f.cache:
            table = table_of(record_type)
            caches.append((record_type, f.cache, f.name, None, table.c[f.name] == target_id))
    for record_type in registry:
        if record_type.link_fields and record_type.link_name:
            table = table_of(record_type)
            type_col, id_col = record_type.link_fields
            linked = and_(table.c[type_col] == target_type.key, table.c[id_col] == target_id)
            caches.append((record_type, record_type.link_name, id_col, type_col, linked))
    # Every referring record, whoever owns it: the name is the renamed record's. The rows
    # the user sees here; on a server, the others by the owner's function (row_security).
    order = target_type.name_order or None
    target_of = (table_of(target_type), target_id, target_type.title_fields, order)
    for record_type, cache, link_column, type_column, where in caches:
        _refresh_cache(session, record_type, cache, where, name)
        refresh_hidden_names(
            session,
            target_of,
            table_of(record_type),
            (link_column, type_column, target_type.key),
            (cache, fold(name), _searchable(record_type, cache)),
        )


def _searchable(record_type: RecordType, cache: str) -> bool:
    """Whether a record's search text holds the name in its column ``cache``."""
    return any(
        f.cache == cache if f.kind is Kind.REFERENCE else f.name == cache
        for f in record_type.searchable_fields
    )


def _refresh_cache(
    session: Session, record_type: RecordType, cache: str, where: Any, name: str
) -> None:
    table = table_of(record_type)
    key = record_type.field(cache).sort if record_type.has_field(cache) else None
    key = key if key and key.endswith("_key") else f"{cache}_key"
    for row in list(session.execute(select(table).where(where)).mappings()):
        merged = {**dict(row), cache: name}
        if key in table.c:
            merged[key] = fold(name)
        merged["search_text"] = search_text(record_type, merged)
        changes = {k: merged[k] for k in merged if k in table.c and merged[k] != row[k]}
        if changes:
            session.execute(update(table).where(table.c.id == row["id"]).values(**changes))


def search_text(record_type: RecordType, values: dict[str, Any]) -> str:
    """The folded words a quick filter or global search matches for one record."""
    parts: list[str] = []
    for f in record_type.searchable_fields:
        value = values.get(f.cache) if f.kind is Kind.REFERENCE and f.cache else values.get(f.name)
        if value in (None, ""):
            continue
        parts.append(str(value))
        if f.kind is Kind.PHONE:
            parts.append(_DIGITS.sub("", str(value)))
    return fold(" ".join(parts))


def _user_exists(session: Session, user_id: int) -> bool:
    """Whether ``user_id`` is a user or a group (its id alone read: the columns of a
    newer schema are not there while an older database is read)."""
    return session.execute(select(User.id).where(User.id == user_id)).first() is not None
