"""Reading a record's history: newest first, a page at a time, filtered by field and by
person, each value turned back into what the field holds (a date, an amount, ...).

A record that others were merged into shows their history too (and theirs, for records
merged into them before), each entry marked with the merged record it belongs to: the
``merges`` rows say which records, so undoing a merge takes their entries away again
while the history itself, which nothing edits, stays as written. The merged records'
own "merged" entries are left out there: the survivor's "merge" entry says the same.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, not_, select
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound
from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.models.history import HistoryEntry
from crm_desktop.models.merges import Merge, MergedRecord
from crm_desktop.registry import Kind, RecordType, Registry
from crm_desktop.services.history.types import INVITEES, LINES, HistoryRow, Summary
from crm_desktop.services.records.tables import display_name, table_of

#: a SELECT of any columns, narrowed by :meth:`HistoryService._where`
_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])
#: kinds whose raw text is a whole number (ids too), a decimal
_INTEGERS = (Kind.INTEGER, Kind.REFERENCE, Kind.USER)
_DECIMALS = (Kind.DECIMAL, Kind.MONEY, Kind.PERCENT)


def typed(kind: Kind | None, text: str | None) -> Any:
    """A raw history value (see ``record_history.raw``) as a field of ``kind`` holds it."""
    if text is None:
        return None
    if kind is Kind.BOOL:
        return text == "1"
    if kind in _INTEGERS:
        return int(Decimal(text))
    if kind in _DECIMALS:
        return Decimal(text)
    if kind is Kind.DATE:
        return dt.date.fromisoformat(text)
    if kind is Kind.DATETIME:
        return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
    return text


def _name_or_empty(session: Session, record_type: RecordType, record_id: int) -> str:
    """A merged record's name ("" once it has left the recycle bin for good)."""
    try:
        return display_name(session, record_type, record_id)
    except NotFound:
        return ""


class HistoryService:
    """The read side of the history; it is written by the services that change records
    (services/history/record_history.py) and nothing edits it."""

    def __init__(self, db: Database, registry: Registry):
        self.db = db
        self.registry = registry

    def page(
        self,
        type_key: str,
        record_id: int,
        *,
        field: str | None = None,
        user_id: int | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> list[HistoryRow]:
        """Changes of a record, newest first, from ``offset``: an index walk of
        (record type, record id, time) backwards."""
        record_type = self.registry.get(type_key)
        with self.db.read() as session:
            records = self._records(session, type_key, record_id)
            query = (
                self._where(
                    select(HistoryEntry, User.full_name).outerjoin(
                        User, User.id == HistoryEntry.user_id
                    ),
                    type_key,
                    records,
                    field,
                    user_id,
                )
                # The newest change first; the fields of one change in the order written.
                .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id)
                .offset(offset)
                .limit(limit)
            )
            rows = session.execute(query).all()
            merged = {e.record_id for e, _name in rows if e.record_id != record_id}
            names = {i: _name_or_empty(session, record_type, i) for i in merged}
        found = []
        for entry, user_name in rows:
            name = entry.field
            kind = (
                record_type.field(name).kind
                if name is not None and record_type.has_field(name)
                else None
            )
            found.append(
                HistoryRow(
                    entry.changed_at,
                    entry.user_id,
                    user_name or "",
                    entry.kind,
                    name,
                    typed(kind, entry.old_value),
                    Summary.from_stored(entry.new_value)
                    if name == LINES
                    else typed(kind, entry.new_value),
                    entry.old_text,
                    entry.new_text,
                    None if entry.record_id == record_id else entry.record_id,
                    names.get(entry.record_id, ""),
                )
            )
        return found

    def count(
        self,
        type_key: str,
        record_id: int,
        *,
        field: str | None = None,
        user_id: int | None = None,
    ) -> int:
        with self.db.read() as session:
            records = self._records(session, type_key, record_id)
            query = self._where(
                select(func.count()).select_from(HistoryEntry), type_key, records, field, user_id
            )
            return int(session.execute(query).scalar_one())

    def fields(self, type_key: str, record_id: int) -> list[str]:
        """The fields the record's history names (for a filter), in the form's order."""
        with self.db.read() as session:
            records = self._records(session, type_key, record_id)
            names = set(
                session.execute(
                    self._where(select(HistoryEntry.field).distinct(), type_key, records)
                ).scalars()
            )
        order = [f.name for f in self.registry.get(type_key).fields] + [LINES, INVITEES]
        return [n for n in order if n in names]

    def people(self, type_key: str, record_id: int) -> list[tuple[int, str]]:
        """(user id, name) of everyone who changed the record, by name."""
        with self.db.read() as session:
            records = self._records(session, type_key, record_id)
            rows = session.execute(
                self._where(
                    select(User.id, User.full_name)
                    .join(HistoryEntry, HistoryEntry.user_id == User.id)
                    .distinct(),
                    type_key,
                    records,
                )
            ).all()
        return sorted(((r.id, r.full_name) for r in rows), key=lambda r: r[1].casefold())

    def currency(self, type_key: str, record_id: int) -> str | None:
        """The record's currency (its amounts are in it), if its type has one."""
        record_type = self.registry.get(type_key)
        if not record_type.has_field("currency"):
            return None
        table = table_of(record_type)
        with self.db.read() as session:
            return session.execute(select(table.c.currency).where(table.c.id == record_id)).scalar()

    @staticmethod
    def _records(session: Session, type_key: str, record_id: int) -> tuple[int, ...]:
        """The record and every record merged into it, or into those, ..., while the
        merge stands (undoing it removes its ``merges`` row)."""
        found = [record_id]
        todo = [record_id]
        while todo:
            merged = session.execute(
                select(MergedRecord.record_id)
                .join(Merge, Merge.id == MergedRecord.merge_id)
                .where(Merge.record_type == type_key, Merge.survivor_id.in_(todo))
            ).scalars()
            todo = [i for i in dict.fromkeys(merged) if i not in found]
            found += todo
        return tuple(found)

    @staticmethod
    def _where(
        query: _Query,
        type_key: str,
        records: tuple[int, ...],
        field: str | None = None,
        user_id: int | None = None,
    ) -> _Query:
        """The entries of ``records`` (the record first, then those merged into it)."""
        record_id, *merged = records
        query = query.where(HistoryEntry.record_type == type_key)
        if merged:
            query = query.where(
                HistoryEntry.record_id.in_(records),
                not_(and_(HistoryEntry.record_id != record_id, HistoryEntry.kind == "merged")),
            )
        else:  # the usual case: one index range, newest first without a sort
            query = query.where(HistoryEntry.record_id == record_id)
        if field is not None:
            query = query.where(HistoryEntry.field == field)
        if user_id is not None:
            query = query.where(HistoryEntry.user_id == user_id)
        return query
