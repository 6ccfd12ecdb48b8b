"""Writing an import's outcomes: new records in bulk (executemany, the derived columns
computed as the record service computes them, the triggers keeping the full-text
index, the counts and the change counters), updates through the record service, and
the batch that remembers both for undo. A dry run's writer writes nothing."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert, literal, select
from sqlalchemy.orm import Session

from crm_desktop.models.base import utcnow
from crm_desktop.models.imports import ContactPhoto, ImportBatchRecord
from crm_desktop.registry import Kind
from crm_desktop.services.duplicates.keys import keep_match_keys
from crm_desktop.services.history import record_history
from crm_desktop.services.imports.bulk_table import SuspendedTriggers
from crm_desktop.services.imports.matching import Target
from crm_desktop.services.records.bulk_insert import Folder, RowWriter
from crm_desktop.services.records.service import RecordService, table_of
from crm_desktop.services.records.tables import listed_ids

#: new records written per executemany
CHUNK = 2000
CREATED = "created"
UPDATED = "updated"


def to_json(values: dict[str, Any]) -> dict[str, Any]:
    """Field values as JSON takes them; the record service reads them back (ISO dates,
    decimal text)."""
    return {
        k: v.isoformat() if isinstance(v, date) else str(v) if isinstance(v, Decimal) else v
        for k, v in values.items()
    }


class DryWriter:
    """Counts what an import would write, and writes nothing."""

    def __init__(self) -> None:
        self.organizations = 0

    def create(
        self, values: dict[str, Any], caches: dict[str, Any], photo: tuple[bytes, str] | None
    ) -> Target:
        return Target(None)

    def create_organization(self, name: str) -> Target:
        self.organizations += 1
        return Target(None)

    def flush(self) -> None:
        """Nothing waits to be written."""

    def update(
        self,
        record_id: int,
        version: int,
        changes: dict[str, Any],
        prior: dict[str, Any],
        photo: tuple[bytes, str] | None,
    ) -> None:
        """Nothing is written."""


class DatabaseWriter:
    """Writes into the caller's write transaction and records batch ``batch_id``."""

    def __init__(self, records: RecordService, session: Session, type_key: str, batch_id: int):
        self.records = records
        self.session = session
        self.type_key = type_key
        self.batch_id = batch_id
        self.organizations = 0
        self.rows = self._bulk_writer(type_key)
        self.organization_rows = self._bulk_writer("organizations")
        #: table -> its insert triggers, dropped while the import writes it (SQLite)
        self.suspended: dict[str, SuspendedTriggers] = {}
        self.defaults = records.new_values(type_key)
        #: the fields that may hold a new organization's Target until it is written
        self.references = [
            f.name for f in records.registry.get(type_key).fields if f.kind is Kind.REFERENCE
        ]
        self.organization_defaults = records.new_values("organizations")
        now = utcnow()
        self.common = {
            "created_at": now,
            "modified_at": now,
            "created_by_id": records.user_id,
            "modified_by_id": records.user_id,
            "version": 1,
            "deleted_at": None,
        }
        #: what new rows of each type start from: the columns' defaults, the stamps and
        #: the fields' defaults, merged once
        self.base = self.rows.base(self.common, self.defaults) if self.rows else {}
        self.organization_base = (
            self.organization_rows.base(self.common, self.organization_defaults)
            if self.organization_rows
            else {}
        )
        self.pending: list[tuple[dict[str, Any], Target, tuple[bytes, str] | None]] = []
        self.pending_organizations: list[tuple[dict[str, Any], Target]] = []
        #: type -> the ids of the records the import created, as the keys of a dict (an
        #: ordered set of plain numbers: an import keeps hundreds of thousands of them);
        #: the versions it leaves them at are read from their tables when it finishes
        self.created: dict[str, dict[int, None]] = {}
        #: (type, id) of a record updated -> [version the import leaves, prior values,
        #: photo added]
        self.updated: dict[tuple[str, int], list[Any]] = {}

    def _bulk_writer(self, type_key: str) -> RowWriter | None:
        """A bulk writer of ``type_key``, or None for a type whose saves run hooks of the
        record service (an opportunity's stage history...): those are created record by
        record through it. The duplicate keys' hook is no reason: the bulk writer makes
        the same keys."""
        records = self.records
        hooks = [h for h in records._derive_hooks.get(type_key, []) if h is not keep_match_keys]
        if hooks or type_key in records._after_save_hooks:
            return None
        record_type = records.registry.get(type_key)
        return RowWriter(
            record_type, Folder(), self.session.connection().dialect, records.name_locale
        )

    def _ids(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with the organizations waiting to be written written, and their ids
        in place of their :class:`Target`."""
        if any(isinstance(v, Target) and v.id is None for v in values.values()):
            self._flush_organizations()
        return {k: v.id if isinstance(v, Target) else v for k, v in values.items()}

    def create(
        self, values: dict[str, Any], caches: dict[str, Any], photo: tuple[bytes, str] | None
    ) -> Target:
        if self.rows is None:
            values = self._ids(values)
            record_id = self.records._create(self.session, self.type_key, values, kind="import")
            self._created(self.type_key, [record_id])
            if photo:
                self._photos([(record_id, photo)])
            return Target(record_id)
        target = Target(None)
        row = self.rows.row_over(self.base, values, caches)
        self.pending.append((row, target, photo))
        if len(self.pending) >= CHUNK:
            self.flush()
        return target

    def create_organization(self, name: str) -> Target:
        self.organizations += 1
        if self.organization_rows is None:
            record_id = self.records._create(
                self.session, "organizations", {"name": name}, kind="import"
            )
            self._created("organizations", [record_id])
            return Target(record_id)
        target = Target(None)
        row = self.organization_rows.row_over(self.organization_base, {"name": name})
        self.pending_organizations.append((row, target))
        return target

    def _flush_organizations(self) -> None:
        if not self.pending_organizations or self.organization_rows is None:
            return
        rows = [row for row, _ in self.pending_organizations]
        self._insert(self.organization_rows, rows)
        for row, target in self.pending_organizations:
            target.id = row["id"]
        self._created("organizations", [row["id"] for row in rows])
        self.pending_organizations.clear()

    def flush(self) -> None:
        self._flush_organizations()
        if not self.pending or self.rows is None:
            return
        rows = [row for row, _, _ in self.pending]
        for row in rows:
            for name in self.references:
                value = row.get(name)
                if isinstance(value, Target):
                    row[name] = value.id
        self._insert(self.rows, rows)
        photos = []
        self._created(self.type_key, [row["id"] for row in rows])
        for row, target, photo in self.pending:
            target.id = row["id"]
            if photo:
                photos.append((row["id"], photo))
        self._photos(photos)
        self.pending.clear()

    def _created(self, type_key: str, ids: list[int]) -> None:
        self.created.setdefault(type_key, {}).update(dict.fromkeys(ids))

    def _insert(self, writer: RowWriter, rows: list[dict[str, Any]]) -> None:
        connection = self.session.connection()
        table = writer.table.name
        type_key = "organizations" if writer is self.organization_rows else self.type_key
        if connection.dialect.name != "sqlite":
            writer.insert(connection, rows)  # statement triggers: once per executemany
            self._keep_history(type_key, rows)
            return
        if table not in self.suspended:
            self.suspended[table] = SuspendedTriggers(self.session, table)
        writer.insert(connection, rows)
        self.suspended[table].inserted(rows)
        self._keep_history(type_key, rows)

    def _keep_history(self, type_key: str, rows: list[dict[str, Any]]) -> None:
        """One "import" entry in the history of each record written in bulk (the record
        service writes a record's fields when it saves one by one)."""
        record_history.write_records(
            self.session, type_key, [row["id"] for row in rows], "import",
            user_id=self.records.user_id,
        )  # fmt: skip

    def update(
        self,
        record_id: int,
        version: int,
        changes: dict[str, Any],
        prior: dict[str, Any],
        photo: tuple[bytes, str] | None,
    ) -> None:
        created = self.created.get(self.type_key, {})
        was_created = record_id in created
        entry = (
            None
            if was_created
            else self.updated.setdefault((self.type_key, record_id), [version, {}, False])
        )
        if changes:
            changes = self._ids(changes)
            self.records._update(
                self.session, self.type_key, record_id, version, changes, kind="import"
            )
            if entry is not None:
                entry[0] = version + 1
                entry[1] = {**to_json(prior), **entry[1]}
        if photo and self.type_key == "contacts":
            has_photo = self.session.get(ContactPhoto, record_id) is not None
            if not has_photo:
                self._photos([(record_id, photo)])
                if entry is not None:
                    entry[2] = True

    def _photos(self, photos: list[tuple[int, tuple[bytes, str]]]) -> None:
        if photos:
            self.session.execute(
                insert(ContactPhoto),
                [
                    {"contact_id": record_id, "data": data, "mime_type": mime}
                    for record_id, (data, mime) in photos
                ],
            )

    def finish(self) -> None:
        """Write what waits, and the batch's records; the triggers are back."""
        self.flush()
        for suspended in self.suspended.values():
            suspended.restore()
        batch_records: Table = ImportBatchRecord.__table__  # type: ignore[assignment]
        columns = ["batch_id", "record_type", "record_id", "action", "version"]
        for type_key, versions in self.created.items():
            # The records it created, each at its version now (the import's last write
            # of it), copied by SQL from their table.
            table = table_of(self.records.registry.get(type_key))
            listed = listed_ids(self.session, list(versions))
            created = select(
                literal(self.batch_id, batch_records.c.batch_id.type),
                literal(type_key, batch_records.c.record_type.type),
                table.c.id,
                literal(CREATED, batch_records.c.action.type),
                table.c.version,
            ).where(table.c.id.in_(select(listed.c.value)))
            self.session.execute(batch_records.insert().from_select(columns, created))
        rows = [
            {
                "batch_id": self.batch_id,
                "record_type": type_key,
                "record_id": record_id,
                "action": UPDATED,
                "version": version,
                "prior": json.dumps({"fields": prior, "photo_added": photo_added}),
            }
            for (type_key, record_id), (version, prior, photo_added) in self.updated.items()
        ]
        for start in range(0, len(rows), 10_000):
            self.session.execute(batch_records.insert(), rows[start : start + 10_000])

    def written_ids(self) -> dict[str, list[int]]:
        """Type -> the records the import created or updated."""
        ids = {type_key: list(versions) for type_key, versions in self.created.items()}
        for type_key, record_id in self.updated:
            ids.setdefault(type_key, []).append(record_id)
        return ids


def current_versions(
    session: Session, records: RecordService, type_key: str, ids: list[int]
) -> dict[int, tuple[int, bool]]:
    """id -> (version, in the recycle bin) of the records of ``ids`` that still exist."""
    table = table_of(records.registry.get(type_key))
    found: dict[int, tuple[int, bool]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(table.c.id, table.c.version, table.c.deleted_at).where(table.c.id.in_(chunk))
        for record_id, version, deleted_at in session.execute(query):
            found[record_id] = (version, deleted_at is not None)
    return found
