"""Undoing an import batch (see models/imports.py): in one transaction, the records it
created go to the recycle bin and the records it updated get their prior values back;
a record changed since (its version moved on) is left as it is, and said."""

from __future__ import annotations

import json

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError, NotFound
from crm_desktop.models.base import utcnow
from crm_desktop.models.imports import ContactPhoto, ImportBatch, ImportBatchRecord
from crm_desktop.services.imports.plan import UndoResult
from crm_desktop.services.imports.writing import CREATED, current_versions
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import RecordService, table_of


def undo_batch(records: RecordService, batch_id: int) -> UndoResult:
    """Undo batch ``batch_id`` as a whole (once)."""
    result = UndoResult()
    changed: dict[str, list[int]] = {}
    with records.db.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound("There is no import %1.", batch_id)
        if batch.undone_at is not None:
            raise DomainError("Import %1 was undone already.", batch_id)
        entries = session.scalars(
            select(ImportBatchRecord).where(ImportBatchRecord.batch_id == batch_id)
        ).all()
        by_type: dict[str, list[ImportBatchRecord]] = {}
        for entry in entries:
            by_type.setdefault(entry.record_type, []).append(entry)
        for type_key, items in by_type.items():
            changed[type_key] = _undo_type(records, session, type_key, items, result)
        batch.undone_at = utcnow()
    for type_key, ids in changed.items():
        if ids:
            records.hub.publish(Change(type_key, tuple(ids), "updated"))
    return result


def _undo_type(
    records: RecordService,
    session: Session,
    type_key: str,
    items: list[ImportBatchRecord],
    result: UndoResult,
) -> list[int]:
    """Undo the batch's records of one type; returns the ids it changed."""
    record_type = records.registry.get(type_key)
    table = table_of(record_type)
    versions = current_versions(session, records, type_key, [i.record_id for i in items])
    removed = []
    touched = []
    for item in items:
        now = versions.get(item.record_id)
        if now is None or (item.action == CREATED and now[1]):
            continue  # gone already, or in the recycle bin already
        if now[0] != item.version:
            name = records._display_name(session, record_type, item.record_id)
            result.kept.append((type_key, item.record_id, name))
            continue
        if item.action == CREATED:
            removed.append({"rid": item.record_id, "v": item.version})
            continue
        prior = json.loads(item.prior or "{}")
        if prior.get("fields"):
            records._update(session, type_key, item.record_id, item.version, prior["fields"])
        if prior.get("photo_added"):
            photo = session.get(ContactPhoto, item.record_id)
            if photo is not None:
                session.delete(photo)
        result.restored += 1
        touched.append(item.record_id)
    if removed:
        now_at = utcnow()
        session.execute(
            update(table)
            .where(table.c.id == bindparam("rid"), table.c.version == bindparam("v"))
            .values(
                deleted_at=now_at,
                modified_at=now_at,
                modified_by_id=records.user_id,
                version=table.c.version + 1,
            ),
            removed,
        )
        result.removed += len(removed)
    return [*touched, *(r["rid"] for r in removed)]
