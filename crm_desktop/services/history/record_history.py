"""Writing the history of a record, in the transaction of the change itself.

Any service that changes records calls :func:`write` with the session of its change::

    changes = record_history.field_changes(session, registry, record_type, before, after)
    record_history.write(session, "contacts", 42, "merge", changes, user_id=user_id)

The record service does it for every create, save, delete and restore (lead conversion,
stage changes, quotes and activities go through it); other kinds ("converted", "import",
"merge") are written by the services that make them. One row per field that changed
keeps the raw old and new value (as text, see :func:`raw`) and, for a field whose value
is an id (a linked record, a user), the name the user saw, so the history reads the
same after that record is renamed or deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, literal, select
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound
from crm_desktop.models.base import utcnow
from crm_desktop.models.entities import User
from crm_desktop.models.history import HistoryEntry
from crm_desktop.registry import Kind, RecordType, Registry
from crm_desktop.services.records.tables import display_name, listed_ids

_HISTORY: Table = HistoryEntry.__table__  # type: ignore[assignment]
#: what a history entry may record
KINDS: tuple[str, ...] = (
    "created",
    "updated",
    "deleted",
    "restored",
    "converted",
    "import",
    "merge",
)
#: a campaign's members added, removed or answering (services/campaigns/members.py)
KINDS += ("members",)
#: a record merged into another (services/duplicates/merge.py); the other's entry is "merge"
KINDS += ("merged",)
#: fields every save stamps: their change is the entry itself, not a change to show
STAMPS = frozenset({"created_at", "modified_at"})


@dataclass(frozen=True)
class FieldChange:
    """One field's change; ``old_text``/``new_text``: what the user saw, when the raw
    value is not it (a linked record's or a user's name, a summary of lines)."""

    field: str | None
    old: Any = None
    new: Any = None
    old_text: str | None = None
    new_text: str | None = None


def raw(value: Any) -> str | None:
    """A value as the history keeps it: text that :mod:`history_values` reads back."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def tracked_fields(record_type: RecordType) -> list[str]:
    """The fields whose changes the history keeps: all but the save's stamps and the
    names cached beside a reference (the reference's entry carries the name)."""
    cached = {f.cache for f in record_type.fields if f.cache} | {record_type.link_name}
    return [f.name for f in record_type.fields if f.name not in STAMPS and f.name not in cached]


def field_changes(
    session: Session,
    registry: Registry,
    record_type: RecordType,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
) -> list[FieldChange]:
    """The tracked fields that differ between ``before`` (None: a new record) and
    ``after``, with the names of the records and users their ids point at. ``after``
    holds the values as written (cached names of references refreshed)."""
    changes: list[FieldChange] = []
    users: dict[int, str] = {}
    link_id = record_type.link_fields[1] if record_type.link_fields else None
    for name in tracked_fields(record_type):
        old = None if before is None else before.get(name)
        new = after.get(name)
        if raw(old) == raw(new):
            continue
        f = record_type.field(name)
        old_text = new_text = None
        if f.kind is Kind.USER:
            old_text = _user_name(session, users, old)
            new_text = _user_name(session, users, new)
        elif f.kind is Kind.REFERENCE:
            target = registry.get(f.reference or "")
            old_text = _name(session, target, old, before, f.cache)
            new_text = _name(session, target, new, after, f.cache)
        elif name == link_id and record_type.link_name:
            old_text = None if before is None or old is None else before.get(record_type.link_name)
            new_text = None if new is None else after.get(record_type.link_name)
        changes.append(FieldChange(name, old, new, old_text, new_text))
    return changes


def member_changes(
    field: str, before: Mapping[Any, str], after: Mapping[Any, str]
) -> list[FieldChange]:
    """Who left and who joined a set kept beside a record (an activity's invitees, keyed
    by what they are), by name: the name is the old value of a removal and the new value
    of an addition, so the history reads the same after a rename."""
    removed = [
        FieldChange(field, old_text=name) for key, name in before.items() if key not in after
    ]
    added = [FieldChange(field, new_text=name) for key, name in after.items() if key not in before]
    return removed + added


def _user_name(session: Session, users: dict[int, str], user_id: int | None) -> str | None:
    if user_id is None:
        return None
    if user_id not in users:
        users[user_id] = (
            session.execute(select(User.full_name).where(User.id == user_id)).scalar() or ""
        )
    return users[user_id]


def _name(
    session: Session,
    target: RecordType,
    record_id: int | None,
    values: Mapping[str, Any] | None,
    cache: str | None,
) -> str | None:
    if record_id is None:
        return None
    if cache and values is not None and values.get(cache):
        return str(values[cache])
    try:
        return display_name(session, target, record_id)
    except NotFound:  # a link another program left dangling: the id is all there is
        return None


#: the field columns of an entry about the whole record (a deletion, a bulk import)
_WHOLE_RECORD = {"field": None, "old_value": None, "new_value": None,
                 "old_text": None, "new_text": None}  # fmt: skip


def write(
    session: Session,
    type_key: str,
    record_id: int,
    kind: str,
    changes: Iterable[FieldChange] = (),
    *,
    user_id: int | None,
    at: dt.datetime | None = None,
) -> None:
    """Keep ``changes`` of the record in its history, as made by ``user_id`` at ``at``
    (now by default). Without field changes, one entry for the whole record ("deleted")."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of change {kind!r}")
    common = {
        "record_type": type_key,
        "record_id": record_id,
        "changed_at": at or utcnow(),
        "user_id": user_id,
        "kind": kind,
    }
    rows = [
        {
            **common,
            "field": change.field,
            "old_value": raw(change.old),
            "new_value": raw(change.new),
            "old_text": change.old_text,
            "new_text": change.new_text,
        }
        for change in changes
    ] or [{**common, **_WHOLE_RECORD}]
    # The table's own INSERT (not the ORM's bulk path, which costs a save more).
    session.execute(_HISTORY.insert(), rows)


def write_records(
    session: Session,
    type_key: str,
    record_ids: Sequence[int],
    kind: str,
    *,
    user_id: int | None,
) -> None:
    """One entry for each whole record of ``record_ids`` (records written in bulk, as an
    import writes them): one INSERT ... SELECT of the ids passed as one parameter, so
    100,000 entries make no row in Python."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of change {kind!r}")
    if not record_ids:
        return
    listed = listed_ids(session, record_ids)
    entries = select(
        literal(type_key, _HISTORY.c.record_type.type),
        listed.c.value,
        literal(utcnow(), _HISTORY.c.changed_at.type),
        literal(user_id, _HISTORY.c.user_id.type),
        literal(kind, _HISTORY.c.kind.type),
    )
    names = ["record_type", "record_id", "changed_at", "user_id", "kind"]
    session.execute(_HISTORY.insert().from_select(names, entries))
