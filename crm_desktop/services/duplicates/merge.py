"""Merging duplicates into one record, and undoing a merge from the recycle bin.

A merge keeps one record (the survivor) with the values chosen field by field, moves
every row that points at the others to it, and sends the others to the recycle bin.
The rows are found from the ORM metadata (every foreign key to the type's table) and
the registry's links of any type (an activity's "related to"), so a table added later
is moved without being named here. A ``merges`` row keeps what undoing needs: the
survivor's values before the merge and each moved row's old target.

The history says it on both sides: the survivor gets a "merge" entry per merged record
(the merged record's name to the survivor's), each merged record a "merged" entry (into
the survivor). The merged records' own history stays theirs; the survivor's History tab
reads it through the ``merges`` rows (services/history/reading.py) for as long as the
merge is not undone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError, Label, NotFound
from crm_desktop.models.base import Base, utcnow
from crm_desktop.models.merges import Merge, MergedRecord
from crm_desktop.registry import RecordType
from crm_desktop.services.duplicates.types import MergeNote, MergeResult
from crm_desktop.services.history import record_history
from crm_desktop.services.history.record_history import FieldChange
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.derived import refresh_references_to
from crm_desktop.services.records.service import RecordService, table_of


class MergeService:
    def __init__(self, records: RecordService):
        self.records = records
        self.db = records.db
        self.registry = records.registry

    def merge(
        self,
        type_key: str,
        survivor_id: int,
        versions: Mapping[int, int],
        values: Mapping[str, Any],
    ) -> MergeResult:
        """Merge the records of ``versions`` (id -> the version the user saw, the
        survivor's included) into ``survivor_id``, whose fields take ``values``."""
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        merged_ids = tuple(sorted(i for i in versions if i != survivor_id))
        if survivor_id not in versions or not merged_ids:
            raise DomainError("Choose the record to keep and at least one other to merge into it.")
        with self.db.write() as session:
            rows = {
                row["id"]: row
                for row in session.execute(
                    select(table).where(table.c.id.in_(list(versions)))
                ).mappings()
            }
            for record_id, version in versions.items():
                row = rows.get(record_id)
                if row is None or row["deleted_at"] is not None:
                    raise NotFound(
                        "%1 %2 no longer exists.", Label(record_type.singular), record_id
                    )
                if row["version"] != version:
                    raise self.records._conflict(session, record_type, record_id)
            survivor = rows[survivor_id]
            changed = {
                name: value
                for name, value in values.items()
                if record_type.has_field(name) and survivor[name] != value
            }
            if changed:
                self.records._update(
                    session, type_key, survivor_id, survivor["version"], changed, kind="merge"
                )
            moved = self._move(session, record_type, merged_ids, survivor_id)
            now = utcnow()
            session.execute(
                update(table)
                .where(table.c.id.in_(merged_ids))
                .values(
                    deleted_at=now,
                    modified_at=now,
                    modified_by_id=self.records.user_id,
                    version=table.c.version + 1,
                )
            )
            merge = Merge(
                record_type=type_key,
                survivor_id=survivor_id,
                survivor_before=json.dumps({k: _encode(survivor[k]) for k in changed}),
                moved=json.dumps(moved),
                merged_at=now,
                merged_by_id=self.records.user_id,
            )
            session.add(merge)
            session.flush()
            session.add_all(
                MergedRecord(merge_id=merge.id, table_name=table.name, record_id=i)
                for i in merged_ids
            )
            merge_id = merge.id
            self._write_history(session, record_type, survivor_id, rows, changed, now)
        self._publish(type_key, survivor_id, merged_ids, moved, "deleted")
        return MergeResult(merge_id, survivor_id, merged_ids, len(moved))

    def merge_of(self, type_key: str, record_id: int) -> MergeNote | None:
        """The merge that sent a record of the recycle bin there, if one did."""
        table = table_of(self.registry.get(type_key))
        with self.db.read() as session:
            merge = session.execute(
                select(Merge)
                .join(MergedRecord, MergedRecord.merge_id == Merge.id)
                .where(MergedRecord.table_name == table.name, MergedRecord.record_id == record_id)
                .order_by(Merge.id.desc())
            ).scalar()
            if merge is None:
                return None
            survivor = (
                session.execute(select(table).where(table.c.id == merge.survivor_id))
                .mappings()
                .one()
            )
            name = self.registry.get(type_key).display_name(dict(survivor))
            return MergeNote(merge.id, merge.survivor_id, name, survivor["number"], merge.merged_at)

    def undo(self, merge_id: int) -> tuple[int, ...]:
        """Undo a merge: its merged records come back from the recycle bin, the rows it
        moved point at them again, and the survivor gets back the values it had. Returns
        the ids of the records restored."""
        with self.db.write() as session:
            merge = session.get(Merge, merge_id)
            if merge is None:
                raise NotFound("This merge was undone already.")
            record_type = self.registry.get(merge.record_type)
            table = table_of(record_type)
            merged_ids = tuple(
                session.execute(
                    select(MergedRecord.record_id).where(MergedRecord.merge_id == merge_id)
                ).scalars()
            )
            survivor = (
                session.execute(select(table).where(table.c.id == merge.survivor_id))
                .mappings()
                .first()
            )
            if survivor is None or survivor["deleted_at"] is not None:
                raise DomainError(
                    "%1 is in the recycle bin: restore it first, then undo the merge.",
                    record_type.display_name(dict(survivor or {})),
                )
            session.execute(
                update(table)
                .where(table.c.id.in_(merged_ids), table.c.deleted_at.is_not(None))
                .values(
                    deleted_at=None,
                    modified_at=utcnow(),
                    modified_by_id=self.records.user_id,
                    version=table.c.version + 1,
                )
            )
            moved = json.loads(merge.moved)
            for table_name, column, key, old in moved:
                self._point(
                    session,
                    Base.metadata.tables[table_name],
                    column,
                    key,
                    old,
                    only_if=merge.survivor_id,
                )
            before = {k: _decode(v) for k, v in json.loads(merge.survivor_before).items()}
            if before:
                # Read again: moving a row of its own table back (a contact that reported
                # to a merged one) may have counted a version of the survivor too.
                version = session.execute(
                    select(table.c.version).where(table.c.id == merge.survivor_id)
                ).scalar_one()
                self.records._update(session, record_type.key, merge.survivor_id, version, before)
            for row in session.execute(select(table).where(table.c.id.in_(merged_ids))).mappings():
                refresh_references_to(session, self.registry, record_type, row["id"], dict(row))
            record_history.write_records(
                session, record_type.key, merged_ids, "restored", user_id=self.records.user_id
            )
            session.execute(delete(MergedRecord).where(MergedRecord.merge_id == merge_id))
            session.delete(merge)
            survivor_id = merge.survivor_id
        self._publish(record_type.key, survivor_id, merged_ids, moved, "restored")
        return merged_ids

    def _write_history(
        self,
        session: Session,
        record_type: RecordType,
        survivor_id: int,
        rows: Mapping[int, Mapping[Any, Any]],
        changed: Mapping[str, Any],
        at: dt.datetime,
    ) -> None:
        """The survivor's "merge" entry for each merged record (its name to the
        survivor's, ids as the raw values), and each merged record's "merged" entry."""
        kept = record_type.display_name({**rows[survivor_id], **changed})
        user_id = self.records.user_id
        key = record_type.key
        for record_id, row in rows.items():
            if record_id == survivor_id:
                continue
            name = record_type.display_name(dict(row))
            gone = FieldChange(None, record_id, survivor_id, name, kept)
            into = FieldChange(None, None, survivor_id, None, kept)
            record_history.write(session, key, survivor_id, "merge", [gone], user_id=user_id, at=at)
            record_history.write(session, key, record_id, "merged", [into], user_id=user_id, at=at)

    # -- moving the related rows ------------------------------------------------------------------
    def _move(
        self,
        session: Session,
        record_type: RecordType,
        merged_ids: tuple[int, ...],
        survivor_id: int,
    ) -> list[list[Any]]:
        """Point every row that points at ``merged_ids`` at the survivor; returns
        [table, column, primary key, old target] of each row moved."""
        target = table_of(record_type)
        pointers: list[tuple[Table, str, Any]] = []
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table is target:
                    pointers.append((table, fk.parent.name, None))
        for linking in self.registry:
            if linking.link_fields:
                type_column, id_column = linking.link_fields
                table = table_of(linking)
                pointers.append((table, id_column, table.c[type_column] == record_type.key))
        moved: list[list[Any]] = []
        for table, column, condition in pointers:
            key_columns = list(table.primary_key.columns)
            where = [table.c[column].in_(merged_ids)]
            if condition is not None:
                where.append(condition)
            rows = session.execute(select(*key_columns, table.c[column]).where(*where)).all()
            for row in rows:
                key = [row[i] for i in range(len(key_columns))]
                moved.append([table.name, column, key, row[-1]])
                self._point(session, table, column, key, survivor_id)
        if moved:
            survivor = session.execute(select(target).where(target.c.id == survivor_id)).mappings()
            refresh_references_to(
                session, self.registry, record_type, survivor_id, dict(survivor.one())
            )
        return moved

    @staticmethod
    def _point(
        session: Session,
        table: Table,
        column: str,
        key: list[Any],
        target: int,
        only_if: int | None = None,
    ) -> None:
        """Point one row's ``column`` at ``target`` (``only_if``: while it points there)."""
        where = [c == v for c, v in zip(table.primary_key.columns, key, strict=True)]
        if only_if is not None:
            where.append(table.c[column] == only_if)
        values: dict[str, Any] = {column: target}
        if "version" in table.c:  # a form holding the row sees that it changed
            values["version"] = table.c.version + 1
        session.execute(update(table).where(*where).values(values))

    def _publish(
        self,
        type_key: str,
        survivor_id: int,
        merged_ids: tuple[int, ...],
        moved: list[list[Any]],
        kind: str,
    ) -> None:
        hub = self.records.hub
        hub.publish(Change(type_key, (survivor_id,), "updated"))
        hub.publish(Change(type_key, merged_ids, kind))
        tables = {t.table: t.key for t in self.registry}
        touched: dict[str, set[int]] = {}
        for table_name, _column, key, _old in moved:
            if table_name in tables and len(key) == 1:
                touched.setdefault(tables[table_name], set()).add(int(key[0]))
        for other, ids in touched.items():
            hub.publish(Change(other, tuple(sorted(ids)), "updated"))


def _encode(value: Any) -> Any:
    """A column's value as JSON (dates, times and amounts tagged, to be read back)."""
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        ((kind, text),) = value.items()
        if kind == "decimal":
            return Decimal(text)
        if kind == "datetime":
            return dt.datetime.fromisoformat(text)
        return dt.date.fromisoformat(text)
    return value
