"""Create, read, update, soft-delete and restore records of any registered type.

Every public call is one short transaction. Saves check the version the caller loaded
(``UPDATE ... WHERE id = ? AND version = ?``) and raise :class:`ConflictError` when
somebody else saved in between. Derived columns (folded sort keys, cached reference
names, the search text, type-specific values) are computed here, not by the views.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import ConflictError, Label, NotFound, ValidationError
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.registry import Kind, RecordType, Registry
from crm_desktop.services.history import record_history
from crm_desktop.services.records import values as field_values
from crm_desktop.services.records.changes import Change, ChangeHub
from crm_desktop.services.records.derived import (
    DeriveHook,
    check_references,
    derive_row,
    refresh_references_to,
    search_text,
)
from crm_desktop.services.records.names import system_locale
from crm_desktop.services.records.numbering import reserve_numbers
from crm_desktop.services.records.tables import display_name, table_of, with_column_limits
from crm_desktop.services.records.types import Record

# Imported from here by the rest of the program: the record service's vocabulary.
__all__ = [
    "AfterBinHook",
    "AfterSaveHook",
    "DeriveHook",
    "Record",
    "RecordService",
    "search_text",
    "table_of",
    "with_column_limits",
]


#: Run after the row is written: (session, record type, record id, merged, previous).
AfterSaveHook = Callable[[Session, RecordType, int, dict[str, Any], dict[str, Any] | None], None]
#: Run after a record went to the recycle bin or came back: (session, record type, id).
AfterBinHook = Callable[[Session, RecordType, int], None]


class RecordService:
    def __init__(self, db: Database, registry: Registry, hub: ChangeHub, user_id: int):
        self.db = db
        self.registry = registry
        self.hub = hub
        self.user_id = user_id
        #: the currency new records start in (the settings' default), when wired
        self.default_currency: Callable[[], str] | None = None
        #: the user's locale: the name order of a new person whose name does not tell it
        self.name_locale = system_locale()
        self._derive_hooks: dict[str, list[DeriveHook]] = {}
        self._after_save_hooks: dict[str, list[AfterSaveHook]] = {}
        self._after_bin_hooks: dict[str, list[AfterBinHook]] = {}

    def add_hooks(
        self,
        type_key: str,
        *,
        derive: DeriveHook | None = None,
        after_save: AfterSaveHook | None = None,
        after_bin: AfterBinHook | None = None,
    ) -> None:
        if derive:
            self._derive_hooks.setdefault(type_key, []).append(derive)
        if after_save:
            self._after_save_hooks.setdefault(type_key, []).append(after_save)
        if after_bin:
            self._after_bin_hooks.setdefault(type_key, []).append(after_bin)

    # -- reading --------------------------------------------------------------------------------
    def new_values(self, type_key: str) -> dict[str, Any]:
        """Default values of a new record (owner: the current user)."""
        record_type = self.registry.get(type_key)
        defaults = {f.name: f.default for f in record_type.fields if f.default is not None}
        defaults["owner_id"] = self.user_id
        if self.default_currency is not None:
            for f in record_type.fields:
                if f.kind is Kind.CURRENCY:
                    defaults[f.name] = self.default_currency()
        return defaults

    def get(self, type_key: str, record_id: int, *, include_deleted: bool = False) -> Record:
        with self.db.read() as session:
            return self._get(session, type_key, record_id, include_deleted=include_deleted)

    def _get(
        self, session: Session, type_key: str, record_id: int, *, include_deleted: bool = False
    ) -> Record:
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None or (row["deleted_at"] is not None and not include_deleted):
            raise NotFound("%1 %2 does not exist.", Label(record_type.singular), record_id)
        values = {f.name: row[f.name] for f in record_type.fields}
        references: dict[str, str] = {}
        for f in record_type.fields:
            if f.kind is Kind.REFERENCE and row[f.name] is not None:
                references[f.name] = (
                    row[f.cache]
                    if f.cache
                    else self._display_name(
                        session, self.registry.get(f.reference or ""), row[f.name]
                    )
                )
        owner = session.execute(select(User.full_name).where(User.id == row["owner_id"]))
        references["owner_id"] = owner.scalar() or ""
        return Record(
            type_key,
            row["id"],
            row["version"],
            values,
            references,
            deleted=row["deleted_at"] is not None,
        )

    def find(self, type_key: str, number: str, *, include_deleted: bool = False) -> Record:
        """The record of a number such as CON-00042 (of a type without numbers, such as
        activities: its id); NotFound says in one sentence that there is none, or that it
        is in the recycle bin (unless ``include_deleted``)."""
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        wanted = number.strip()
        singular = Label.lowercase(record_type.singular)
        if record_type.number_prefix:
            where = func.upper(table.c.number) == wanted.upper()
        elif wanted.isdigit():
            where = table.c.id == int(wanted)
        else:
            raise NotFound("There is no %1 numbered “%2”.", singular, wanted)
        with self.db.read() as session:
            row = session.execute(select(table.c.id, table.c.deleted_at).where(where)).first()
            if row is None:
                raise NotFound("There is no %1 numbered “%2”.", singular, wanted)
            if row.deleted_at is not None and not include_deleted:
                raise NotFound("The %1 %2 is in the recycle bin.", singular, wanted.upper())
            return self._get(session, type_key, row.id, include_deleted=True)

    def display_name(self, type_key: str, record_id: int) -> str:
        with self.db.read() as session:
            return self._display_name(session, self.registry.get(type_key), record_id)

    def _display_name(self, session: Session, record_type: RecordType, record_id: int) -> str:
        return display_name(session, record_type, record_id)

    # -- writing --------------------------------------------------------------------------------
    def validate(
        self, type_key: str, values: dict[str, Any], *, new: bool = True
    ) -> dict[str, str]:
        """Field -> message for everything wrong with ``values`` (empty when they can be saved)."""
        record_type = self.registry.get(type_key)
        cleaned, errors = field_values.clean(record_type, values)
        if new:
            merged = {**self.new_values(type_key), **cleaned}
            errors = {**field_values.required_errors(record_type, merged), **errors}
        else:
            errors.update(
                {
                    k: v
                    for k, v in field_values.required_errors(record_type, cleaned).items()
                    if k in values
                }
            )
        return errors

    def create(self, type_key: str, values: dict[str, Any]) -> Record:
        with self.db.write() as session:
            record_id = self._create(session, type_key, values)
            record = self._get(session, type_key, record_id)
        self.hub.publish(Change(type_key, (record_id,), "created"))
        return record

    def _create(
        self, session: Session, type_key: str, values: dict[str, Any], *, kind: str = "created"
    ) -> int:
        """Insert a record in ``session``'s transaction, its history entry ``kind`` with it
        (an import passes "import")."""
        record_type = self.registry.get(type_key)
        cleaned, errors = field_values.clean(record_type, values)
        merged = {**self.new_values(type_key), **cleaned}
        errors = {**field_values.required_errors(record_type, merged), **errors}
        if errors:
            raise ValidationError(errors)
        check_references(session, self.registry, record_type, merged)
        now = utcnow()
        merged.update(
            created_at=now,
            modified_at=now,
            created_by_id=self.user_id,
            modified_by_id=self.user_id,
            version=1,
        )
        if record_type.number_prefix:
            merged["number"] = reserve_numbers(session, record_type.key)[0]
        row = self._derive(session, record_type, merged, None)
        table = table_of(record_type)
        record_id = session.execute(table.insert().values(**row).returning(table.c.id)).scalar_one()
        for hook in self._after_save_hooks.get(type_key, []):
            hook(session, record_type, record_id, merged, None)
        self._keep(session, record_type, int(record_id), kind, None, merged)
        return int(record_id)

    def update(self, type_key: str, record_id: int, version: int, values: dict[str, Any]) -> Record:
        """Save changed ``values`` of a record loaded at ``version``."""
        with self.db.write() as session:
            self._update(session, type_key, record_id, version, values)
            record = self._get(session, type_key, record_id)
        self.hub.publish(Change(type_key, (record_id,), "updated"))
        return record

    def _update(
        self,
        session: Session,
        type_key: str,
        record_id: int,
        version: int,
        values: dict[str, Any],
        *,
        kind: str = "updated",
    ) -> None:
        """Save ``values`` in ``session``'s transaction; the fields that changed go into the
        history as ``kind`` (a merge passes "merge", a lead's conversion "converted")."""
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        current = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if current is None or current["deleted_at"] is not None:
            raise NotFound("%1 %2 no longer exists.", Label(record_type.singular), record_id)
        if current["version"] != version:
            raise self._conflict(session, record_type, record_id)
        cleaned, errors = field_values.clean(record_type, values)
        previous = dict(current)
        merged = {**previous, **cleaned}
        errors = {**field_values.required_errors(record_type, merged), **errors}
        if errors:
            raise ValidationError(errors)
        check_references(session, self.registry, record_type, cleaned)
        merged.update(modified_at=utcnow(), modified_by_id=self.user_id, version=version + 1)
        self._write(session, record_type, previous, merged)
        self._keep(session, record_type, record_id, kind, previous, merged)

    def write_synced(
        self,
        session: Session,
        type_key: str,
        record_id: int,
        values: dict[str, Any],
        *,
        at: dt.datetime | None,
        author_id: int | None,
    ) -> None:
        """Write stored ``values`` a sync brings from the other side of a road copy, where
        ``author_id`` checked and saved them at ``at``. No history entry: the sync copies
        the entries of the side the change was made on."""
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        current = session.execute(select(table).where(table.c.id == record_id)).mappings().one()
        previous = dict(current)
        merged = {**previous, **values}
        merged.update(
            modified_at=at or utcnow(), modified_by_id=author_id, version=previous["version"] + 1
        )
        self._write(session, record_type, previous, merged)

    def _write(
        self,
        session: Session,
        record_type: RecordType,
        previous: dict[str, Any],
        merged: dict[str, Any],
    ) -> None:
        """Write ``merged`` over the record ``previous`` (at its version), with its derived
        columns, hooks and the names other records cache of it."""
        table = table_of(record_type)
        record_id = previous["id"]
        row = self._derive(session, record_type, merged, previous)
        row.pop("id", None)
        result = session.execute(
            update(table)
            .where(table.c.id == record_id, table.c.version == previous["version"])
            .values(**row)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise self._conflict(session, record_type, record_id)
        for hook in self._after_save_hooks.get(record_type.key, []):
            hook(session, record_type, record_id, merged, previous)
        old_name = record_type.display_name(previous)
        if record_type.display_name(merged) != old_name:
            refresh_references_to(session, self.registry, record_type, record_id, merged)

    def delete(self, type_key: str, record_id: int, version: int) -> None:
        """Move a record to the recycle bin."""
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        with self.db.write() as session:
            result = session.execute(
                update(table)
                .where(
                    table.c.id == record_id,
                    table.c.version == version,
                    table.c.deleted_at.is_(None),
                )
                .values(
                    deleted_at=utcnow(),
                    modified_at=utcnow(),
                    modified_by_id=self.user_id,
                    version=version + 1,
                )
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise self._conflict(session, record_type, record_id)
            record_history.write(session, type_key, record_id, "deleted", user_id=self.user_id)
            for hook in self._after_bin_hooks.get(type_key, []):
                hook(session, record_type, record_id)
        self.hub.publish(Change(type_key, (record_id,), "deleted"))

    def restore(self, type_key: str, record_id: int) -> Record:
        """Take a record back out of the recycle bin."""
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        with self.db.write() as session:
            result = session.execute(
                update(table)
                .where(table.c.id == record_id, table.c.deleted_at.is_not(None))
                .values(
                    deleted_at=None,
                    modified_at=utcnow(),
                    modified_by_id=self.user_id,
                    version=table.c.version + 1,
                )
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFound(
                    "%1 %2 is not in the recycle bin.", Label(record_type.singular), record_id
                )
            record_history.write(session, type_key, record_id, "restored", user_id=self.user_id)
            for hook in self._after_bin_hooks.get(type_key, []):
                hook(session, record_type, record_id)
            record = self._get(session, type_key, record_id)
        self.hub.publish(Change(type_key, (record_id,), "restored"))
        return record

    def _keep(
        self,
        session: Session,
        record_type: RecordType,
        record_id: int,
        kind: str,
        previous: dict[str, Any] | None,
        merged: dict[str, Any],
    ) -> None:
        """The history entry of a create (``previous`` None) or save: a save that changed
        no field keeps none."""
        changes = record_history.field_changes(
            session, self.registry, record_type, previous, merged
        )
        if changes or previous is None:
            record_history.write(
                session,
                record_type.key,
                record_id,
                kind,
                changes,
                user_id=self.user_id,
                at=merged["modified_at"],
            )

    # -- derived values ---------------------------------------------------------------------------
    def _derive(
        self,
        session: Session,
        record_type: RecordType,
        merged: dict[str, Any],
        previous: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """Fill the columns computed from the fields; returns the row to write."""
        hooks = self._derive_hooks.get(record_type.key, [])
        return derive_row(
            session, self.registry, record_type, merged, previous, hooks, self.name_locale
        )

    def _conflict(self, session: Session, record_type: RecordType, record_id: int) -> ConflictError:
        try:
            current = self._get(session, record_type.key, record_id, include_deleted=True)
        except NotFound:
            return ConflictError(
                "%1 %2 was deleted by someone else.",
                Label(record_type.singular),
                record_id,
            )
        return ConflictError(
            "Someone else changed this %1 after you opened it.",
            Label.lowercase(record_type.singular),
            current={**current.values, "version": current.version, "deleted": current.deleted},
        )
