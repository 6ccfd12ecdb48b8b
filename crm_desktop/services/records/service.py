"""Create, read, update, soft-delete and restore records of any registered type.

Every public call is one short transaction. Saves check the version the caller loaded
(``UPDATE ... WHERE id = ? AND version = ?``) and raise :class:`ConflictError` when
somebody else saved in between. Derived columns (folded sort keys, cached reference
names, the search text, type-specific values) are computed here, not by the views.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Table, and_, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import ConflictError, NotFound, ValidationError
from crm_desktop.models.base import Base, utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.registry import FieldSpec, Kind, RecordType, Registry
from crm_desktop.registry.spec import TEXT_KINDS
from crm_desktop.services.records import values as field_values
from crm_desktop.services.records.changes import Change, ChangeHub
from crm_desktop.services.records.numbering import reserve_numbers
from crm_desktop.textfold import fold

_DIGITS = re.compile(r"\D+")


@dataclass
class Record:
    """A record as plain data: field values plus what a form needs around them."""

    record_type: str
    id: int
    version: int
    values: dict[str, Any]
    #: display names of referenced records and the owner, by field name
    references: dict[str, str] = field(default_factory=dict)
    deleted: bool = False

    @property
    def number(self) -> str | None:
        return self.values.get("number")


#: A type-specific step run on the merged values before they are written:
#: (session, record type, merged values, previous values or None for a new record).
DeriveHook = Callable[[Session, RecordType, dict[str, Any], dict[str, Any] | None], None]
#: Run after the row is written: (session, record type, record id, merged, previous).
AfterSaveHook = Callable[[Session, RecordType, int, dict[str, Any], dict[str, Any] | None], None]


def table_of(record_type: RecordType) -> Table:
    """The table of a record type: the registry names it, the models define it."""
    return Base.metadata.tables[record_type.table]


def with_column_limits(registry: Registry) -> Registry:
    """``registry`` with each text field that names no limit limited by its column (an
    e-mail holds 254 characters): the form and the service refuse longer text rather
    than let the database cut or refuse it."""

    def limited(record_type: RecordType, spec: FieldSpec) -> FieldSpec:
        if spec.max_length is not None or spec.kind not in TEXT_KINDS:
            return spec
        column = table_of(record_type).c.get(spec.name)
        length = getattr(getattr(column, "type", None), "length", None)
        return replace(spec, max_length=length) if isinstance(length, int) else spec

    return Registry(
        replace(t, fields=tuple(limited(t, f) for f in t.fields)) for t in registry
    )


class RecordService:
    def __init__(self, db: Database, registry: Registry, hub: ChangeHub, user_id: int):
        self.db = db
        self.registry = registry
        self.hub = hub
        self.user_id = user_id
        #: the currency new records start in (the settings' default), when wired
        self.default_currency: Callable[[], str] | None = None
        self._derive_hooks: dict[str, list[DeriveHook]] = {}
        self._after_save_hooks: dict[str, list[AfterSaveHook]] = {}

    def add_hooks(
        self,
        type_key: str,
        *,
        derive: DeriveHook | None = None,
        after_save: AfterSaveHook | None = None,
    ) -> None:
        if derive:
            self._derive_hooks.setdefault(type_key, []).append(derive)
        if after_save:
            self._after_save_hooks.setdefault(type_key, []).append(after_save)

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
            raise NotFound(f"{record_type.singular} {record_id} does not exist.")
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

    def display_name(self, type_key: str, record_id: int) -> str:
        with self.db.read() as session:
            return self._display_name(session, self.registry.get(type_key), record_id)

    def _display_name(self, session: Session, record_type: RecordType, record_id: int) -> str:
        table = table_of(record_type)
        cols = [table.c[n] for n in record_type.title_fields]
        row = session.execute(select(*cols).where(table.c.id == record_id)).first()
        if row is None:
            raise NotFound(f"{record_type.singular} {record_id} does not exist.")
        return record_type.display_name(dict(zip(record_type.title_fields, row, strict=True)))

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

    def _create(self, session: Session, type_key: str, values: dict[str, Any]) -> int:
        record_type = self.registry.get(type_key)
        cleaned, errors = field_values.clean(record_type, values)
        merged = {**self.new_values(type_key), **cleaned}
        errors = {**field_values.required_errors(record_type, merged), **errors}
        if errors:
            raise ValidationError(errors)
        self._check_references(session, record_type, merged)
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
        record_id = session.execute(
            table.insert().values(**row).returning(table.c.id)
        ).scalar_one()
        for hook in self._after_save_hooks.get(type_key, []):
            hook(session, record_type, record_id, merged, None)
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
    ) -> None:
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        current = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if current is None or current["deleted_at"] is not None:
            raise NotFound(f"{record_type.singular} {record_id} no longer exists.")
        if current["version"] != version:
            raise self._conflict(session, record_type, record_id)
        cleaned, errors = field_values.clean(record_type, values)
        previous = dict(current)
        merged = {**previous, **cleaned}
        errors = {**field_values.required_errors(record_type, merged), **errors}
        if errors:
            raise ValidationError(errors)
        self._check_references(session, record_type, cleaned)
        merged.update(modified_at=utcnow(), modified_by_id=self.user_id, version=version + 1)
        row = self._derive(session, record_type, merged, previous)
        row.pop("id", None)
        result = session.execute(
            update(table).where(table.c.id == record_id, table.c.version == version).values(**row)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise self._conflict(session, record_type, record_id)
        for hook in self._after_save_hooks.get(type_key, []):
            hook(session, record_type, record_id, merged, previous)
        old_name = record_type.display_name(previous)
        if record_type.display_name(merged) != old_name:
            self._refresh_references_to(session, record_type, record_id, merged)

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
                raise NotFound(f"{record_type.singular} {record_id} is not in the recycle bin.")
            record = self._get(session, type_key, record_id)
        self.hub.publish(Change(type_key, (record_id,), "restored"))
        return record

    # -- derived values ---------------------------------------------------------------------------
    def _derive(
        self,
        session: Session,
        record_type: RecordType,
        merged: dict[str, Any],
        previous: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """Fill the columns computed from the fields; returns the row to write."""
        table = table_of(record_type)
        for hook in self._derive_hooks.get(record_type.key, []):
            hook(session, record_type, merged, previous)
        for f in record_type.fields:
            if f.sort and f.sort.endswith("_key") and f.kind is not Kind.REFERENCE:
                merged[f.sort] = fold(merged.get(f.name))
            if f.kind is Kind.REFERENCE and f.cache:
                target_id = merged.get(f.name)
                changed = previous is None or previous.get(f.name) != target_id
                if changed or (merged.get(f.cache) is None and target_id is not None):
                    name = (
                        self._display_name(session, self.registry.get(f.reference or ""), target_id)
                        if target_id is not None
                        else None
                    )
                    merged[f.cache] = name
                if f"{f.cache}_key" in table.c:
                    merged[f"{f.cache}_key"] = fold(merged.get(f.cache))
        merged["search_text"] = search_text(record_type, merged)
        return {k: v for k, v in merged.items() if k in table.c}

    def _check_references(
        self, session: Session, record_type: RecordType, values: dict[str, Any]
    ) -> None:
        errors = {}
        for name, value in values.items():
            if value is None or not record_type.has_field(name):
                continue
            f = record_type.field(name)
            if f.kind is Kind.REFERENCE:
                target = table_of(self.registry.get(f.reference or ""))
                found = session.execute(
                    select(target.c.id).where(target.c.id == value, target.c.deleted_at.is_(None))
                ).first()
                if found is None:
                    errors[name] = "The linked record does not exist."
            elif f.kind is Kind.USER and not _user_exists(session, value):
                errors[name] = "No such user."
        if errors:
            raise ValidationError(errors)

    def _refresh_references_to(
        self, session: Session, target_type: RecordType, target_id: int, target: dict[str, Any]
    ) -> None:
        """After a rename, refresh the cached name (and search text) in referring records:
        reference fields, and links to a record of any type (an activity's "related to")."""
        name = target_type.display_name(target)
        caches: list[tuple[RecordType, str, Any]] = []
        for record_type, f in self.registry.references_to(target_type.key):
            if f.cache:
                table = table_of(record_type)
                caches.append((record_type, f.cache, table.c[f.name] == target_id))
        for record_type in self.registry:
            if record_type.link_fields and record_type.link_name:
                table = table_of(record_type)
                type_col, id_col = record_type.link_fields
                linked = and_(table.c[type_col] == target_type.key, table.c[id_col] == target_id)
                caches.append((record_type, record_type.link_name, linked))
        for record_type, cache, where in caches:
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

    def _conflict(self, session: Session, record_type: RecordType, record_id: int) -> ConflictError:
        try:
            current = self._get(session, record_type.key, record_id, include_deleted=True)
        except NotFound:
            return ConflictError(f"{record_type.singular} {record_id} was deleted by someone else.")
        return ConflictError(
            f"Someone else changed this {record_type.singular.lower()} after you opened it.",
            current={**current.values, "version": current.version, "deleted": current.deleted},
        )


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
