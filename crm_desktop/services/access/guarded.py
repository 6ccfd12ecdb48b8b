"""The record service with the user's rights checked on every read and write.

Every use case that reads or writes one record (the form, lead conversion, quotes, the
calendar, imports) goes through ``_get``, ``_create``, ``_update``, ``delete`` or
``restore``; here each first asks :class:`~crm_desktop.services.access.rules.Access`,
so an action the role does not allow is refused with one sentence whoever asks.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.errors import Label, NotFound
from crm_desktop.models.database import Database
from crm_desktop.models.row_security import record_owner
from crm_desktop.registry import Registry
from crm_desktop.services.access.linked import hide_references
from crm_desktop.services.access.rules import Access
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.records.changes import ChangeHub
from crm_desktop.services.records.service import Record, RecordService, table_of


class GuardedRecordService(RecordService):
    def __init__(
        self, db: Database, registry: Registry, hub: ChangeHub, user_id: int, access: Access
    ):
        super().__init__(db, registry, hub, user_id)
        self.access = access

    def _get(
        self, session: Session, type_key: str, record_id: int, *, include_deleted: bool = False
    ) -> Record:
        # Whose it is, past the server's own limits (PostgreSQL), to refuse in the same
        # sentence as a file does; a record that is not there is NotFound below.
        record_type = self.registry.get(type_key)
        found = record_owner(session, table_of(record_type), record_id)
        if found is not None and (include_deleted or not found[1]):
            self.access.require_sees(record_type, found[0])
        record = super()._get(session, type_key, record_id, include_deleted=include_deleted)
        return hide_references(session, self.access, self.registry, record)

    def display_name(self, type_key: str, record_id: int) -> str:
        """The name of a record, or PRIVATE_NAME for one the user may not see."""
        record_type = self.registry.get(type_key)
        with self.db.read() as session:
            found = record_owner(session, table_of(record_type), record_id)
            owner_id = None if found is None else found[0]
            if owner_id is not None and not self.access.sees(type_key, owner_id):
                return PRIVATE_NAME
            return self._display_name(session, record_type, record_id)

    def _create(
        self, session: Session, type_key: str, values: dict[str, Any], *, kind: str = "created"
    ) -> int:
        self.access.require(self.registry.get(type_key), "create")
        owner = values.get("owner_id")
        if owner is not None and owner != self.user_id:
            self.access.require_assignable(int(owner))
        return super()._create(session, type_key, values, kind=kind)

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
        owner = self._owner(session, type_key, record_id, "edit")
        wanted = values.get("owner_id", owner)
        if wanted is not None and wanted != owner:
            self.access.require_assignable(int(wanted))
        super()._update(session, type_key, record_id, version, values, kind=kind)

    def delete(self, type_key: str, record_id: int, version: int) -> None:
        with self.db.read() as session:
            self._owner(session, type_key, record_id, "delete")
        super().delete(type_key, record_id, version)

    def restore(self, type_key: str, record_id: int) -> Record:
        with self.db.read() as session:
            self._owner(session, type_key, record_id, "delete")
        return super().restore(type_key, record_id)

    def _owner(self, session: Session, type_key: str, record_id: int, action: str) -> int | None:
        """The record's owner, once the user may do ``action`` with it."""
        record_type = self.registry.get(type_key)
        self.access.require(record_type, action)
        owner = record_owner(session, table_of(record_type), record_id)
        if owner is None:
            raise NotFound("%1 %2 does not exist.", Label(record_type.singular), record_id)
        self.access.require_sees(record_type, owner[0])
        return int(owner[0])
