"""What changed on one side of a road copy since the last sync, read from its history.

Every change to a record keeps history entries (services/history): the fields a save
changed, the creation, a move to the recycle bin and back. The entries newer than the
side's mark, grouped by record, say which records and which fields the sync must bring
over; the values themselves are read from the records, as they are now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models.history import HistoryEntry
from crm_desktop.registry import Registry

#: entries that make a record: a save of a new one, a row of an import
_CREATING = frozenset({"created"})
_WHOLE_IMPORT = "import"


@dataclass
class RecordChanges:
    """One record's changes on one side since the last sync."""

    type_key: str
    record_id: int
    created: bool = False
    #: the fields changed; a name that is no field of the type ("lines") stands for the
    #: rows that depend on the record (a quote's lines), which travel all together
    fields: set[str] = field(default_factory=set)
    #: it went to the recycle bin or came back (its state now says which)
    binned_or_restored: bool = False
    #: the history entries (id, field; None: the whole record), oldest first, copied to
    #: the other side with the changes the other side takes
    entries: list[tuple[int, str | None]] = field(default_factory=list)
    #: who made the newest change, and when
    author_id: int | None = None
    at: dt.datetime | None = None


def changes_since(
    session: Session, registry: Registry, mark: int, skip: tuple[int, int] | None = None
) -> dict[tuple[str, int], RecordChanges]:
    """The changes of every record of a registered type in entries after ``mark`` (but
    the entries ``skip``, first and last, the other side's own changes), in the order they
    were first changed (so a record comes after the records it links to)."""
    types = {record_type.key for record_type in registry}
    found: dict[tuple[str, int], RecordChanges] = {}
    rows = session.execute(
        select(
            HistoryEntry.id,
            HistoryEntry.record_type,
            HistoryEntry.record_id,
            HistoryEntry.kind,
            HistoryEntry.field,
            HistoryEntry.user_id,
            HistoryEntry.changed_at,
        )
        .where(HistoryEntry.id > mark)
        .order_by(HistoryEntry.id)
    )
    for entry_id, type_key, record_id, kind, field_name, user_id, changed_at in rows:
        if type_key not in types or (skip is not None and skip[0] <= entry_id <= skip[1]):
            continue
        changes = found.setdefault((type_key, record_id), RecordChanges(type_key, record_id))
        changes.entries.append((entry_id, field_name))
        changes.author_id = user_id
        changes.at = changed_at
        if kind in _CREATING or (kind == _WHOLE_IMPORT and field_name is None):
            changes.created = True
        elif kind in ("deleted", "restored"):
            changes.binned_or_restored = True
        elif field_name is not None:
            changes.fields.add(field_name)
    return found


def newest_entry(session: Session) -> int:
    """The id of the newest history entry (0 when there is none)."""
    return session.scalar(select(func.max(HistoryEntry.id))) or 0


def entries_of(changes: RecordChanges, taken: set[str | None] | None) -> list[int]:
    """The ids of the entries of the changes the other side took: ``taken`` the fields
    (None for the whole record: a deletion, a restore), or None for all of them."""
    return [i for i, name in changes.entries if taken is None or name in taken]
