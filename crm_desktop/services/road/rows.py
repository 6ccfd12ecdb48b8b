"""Moving whole rows between the office and a road copy: a record, the rows that depend
on it (a quote's lines and taxes, an activity's invitees), history entries, and giving a
record made on the road the id the office gave it.

A row's links to records made on the road are translated through ``ids``: (table name,
id on the road) -> id in the office. Links to anything else (users, tax rates, records
taken along) are the same on both sides: a road copy keeps the office's ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, text, update
from sqlalchemy.orm import Session

from crm_desktop.models.base import Base
from crm_desktop.models.history import HistoryEntry
from crm_desktop.registry import Registry, default_registry
from crm_desktop.services.records.tables import table_of

#: ids of records translated between the sides: (table name, id) -> id
IdMap = dict[tuple[str, int], int]
#: the columns of a link to a record of any type: (its type's key, its id)
_ANY_RECORD = ("related_type", "related_id")
_HISTORY: Table = HistoryEntry.__table__  # type: ignore[assignment]


@cache
def _record_tables() -> dict[str, str]:
    """Record type -> its table: those tables are synced as records of their own, never
    as a part of another record (a project's tasks)."""
    return {t.key: table_of(t).name for t in default_registry()}


def dependants(table: Table) -> list[tuple[Table, str, Table]]:
    """The tables whose rows cannot exist without a row of ``table`` (a required key to
    it), and those that cannot exist without one of those (a document's files, then their
    bytes), parents first: (table, its key column, the table that key points at)."""
    records = _record_tables()
    found: list[tuple[Table, str, Table]] = []
    parents = [table]
    while parents:
        parent = parents.pop(0)
        for other in Base.metadata.sorted_tables:
            if other is table or other is parent or other.name in records:
                continue
            for fk in other.foreign_keys:
                if fk.column.table is parent and not fk.parent.nullable:
                    found.append((other, fk.parent.name, parent))
                    parents.append(other)
    return found


def read_row(session: Session, table: Table, record_id: int) -> dict[str, Any] | None:
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(row) if row is not None else None


def read_dependants(
    session: Session, table: Table, record_id: int
) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The rows depending on one record, table by table, parents first."""
    found: list[tuple[Table, list[dict[str, Any]]]] = []
    ids: dict[str, list[Any]] = {table.name: [record_id]}
    for child, key, parent in dependants(table):
        wanted = ids.get(parent.name, [])
        rows = (
            [
                dict(r)
                for r in session.execute(select(child).where(child.c[key].in_(wanted))).mappings()
            ]
            if wanted
            else []
        )
        if "id" in child.c:
            ids.setdefault(child.name, []).extend(r["id"] for r in rows)
        found.append((child, rows))
    return found


def translate(
    table: Table, row: dict[str, Any], ids: Mapping[tuple[str, int], int]
) -> dict[str, Any]:
    """``row`` with its links to rows made on the other side translated."""
    out = dict(row)
    for name in row:
        out[name] = translate_value(table, name, row, ids)
    return out


def translate_value(
    table: Table, name: str, row: Mapping[str, Any], ids: Mapping[tuple[str, int], int]
) -> Any:
    """The value of ``row``'s field ``name`` with a link to a row made on the other side
    translated: a key to another table, or the id of a link to a record of any type (an
    activity's or a document's related record, named with its type beside it)."""
    value = row[name]
    if value is None or name not in table.c:
        return value
    if name == _ANY_RECORD[1] and _ANY_RECORD[0] in table.c:
        related = _record_tables().get(row.get(_ANY_RECORD[0]) or "")
        return ids.get((related, value), value) if related else value
    for fk in table.c[name].foreign_keys:
        return ids.get((fk.column.table.name, value), value)
    return value


def insert_record(
    session: Session, table: Table, row: dict[str, Any], ids: IdMap, *, keep_id: bool
) -> int:
    """Insert a record's row (its id kept, or a new one the database gives); returns it."""
    values = translate(table, row, ids)
    if not keep_id:
        values.pop("id")
    new_id = session.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()
    ids[(table.name, row["id"])] = int(new_id)
    return int(new_id)


def replace_dependants(
    session: Session,
    table: Table,
    record_id: int,
    rows: list[tuple[Table, list[dict[str, Any]]]],
    ids: IdMap,
) -> None:
    """Make the rows depending on record ``record_id`` those of ``rows`` (read on the
    other side): the old ones deleted, the new ones inserted with ids of their own."""
    present = read_dependants(session, table, record_id)
    for (child, key, _parent), (_table, old_rows) in reversed(
        list(zip(dependants(table), present, strict=True))
    ):
        if old_rows:
            keys = [r[key] for r in old_rows]
            session.execute(delete(child).where(child.c[key].in_(keys)))
    for child, child_rows in rows:
        own_id = "id" in child.c and child.c.id.primary_key
        for row in child_rows:
            values = translate(child, row, ids)
            if own_id:
                values.pop("id")
                new = session.execute(insert(child).values(**values).returning(child.c.id))
                ids[(child.name, row["id"])] = int(new.scalar_one())
            else:
                session.execute(insert(child).values(**values))


def copy_history(source: Session, target: Session, entry_ids: list[int], record_id: int) -> None:
    """Copy history entries to the other side, as made by their author at their time,
    naming the record by its id on that side."""
    if not entry_ids:
        return
    rows = source.execute(select(_HISTORY).where(_HISTORY.c.id.in_(entry_ids))).mappings()
    copies = [{**{k: v for k, v in r.items() if k != "id"}, "record_id": record_id} for r in rows]
    target.execute(_HISTORY.insert(), copies)


@contextmanager
def history_unguarded(session: Session | Connection, event: str) -> Iterator[None]:
    """Let this transaction of a road copy change (``event`` "update") or delete
    ("delete") history entries: a record taking its office id takes its entries along,
    and the entries of records a copy does not take hold their values and must not
    travel. The guard, a trigger refusing it, is back before the transaction ends."""
    name = f"record_history_kept_{event}"
    guard = session.scalar(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": name},
    )
    session.execute(text(f"DROP TRIGGER {name}"))
    yield
    session.execute(text(str(guard)))


def renumber(session: Session, registry: Registry, type_key: str, old: int, new: int) -> None:
    """Give the record ``old`` of a road copy the id ``new`` the office gave it, with every
    link to it and its history. The row keeps its place (a delete would take the rows that
    cascade from it along); its full-text entry, keyed by the id, is moved by hand. Keys
    are checked when the transaction ends (``defer_foreign_keys``)."""
    record_type = registry.get(type_key)
    table = table_of(record_type)
    session.execute(update(table).where(table.c.id == old).values(id=new))
    fts = f"{table.name}_fts"
    if session.scalar(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": fts}):
        search_text = session.scalar(select(table.c.search_text).where(table.c.id == new))
        session.execute(
            text(f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', :old, :t)"),
            {"old": old, "t": search_text},
        )
        session.execute(
            text(f"INSERT INTO {fts}(rowid, search_text) VALUES (:new, :t)"),
            {"new": new, "t": search_text},
        )
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                session.execute(
                    update(other)
                    .where(other.c[fk.parent.name] == old)
                    .values({fk.parent.name: new})
                )
    for linking in registry:
        if linking.link_fields is not None:
            type_column, id_column = linking.link_fields
            linked = table_of(linking)
            session.execute(
                update(linked)
                .where(linked.c[type_column] == type_key, linked.c[id_column] == old)
                .values({id_column: new})
            )
    session.execute(
        update(_HISTORY)
        .where(_HISTORY.c.record_type == type_key, _HISTORY.c.record_id == old)
        .values(record_id=new)
    )
