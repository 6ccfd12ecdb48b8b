"""The names of linked records a user may not see.

A record keeps the name of each record it links to (a contact its organization's, an
activity the name of what it is about), so that a list shows and sorts them without a
join. A user who sees the contact but not its organization (private to another team)
sees :data:`~crm_desktop.services.access.types.PRIVATE_NAME` in its place, wherever
the name is shown: the list's SQL puts the check in the cell (:func:`shown_names`), the
form and a printed document read the record through :func:`hide_references`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, literal, not_, or_
from sqlalchemy.orm import Session

from crm_desktop.models.row_security import record_owner
from crm_desktop.registry import Kind, RecordType, Registry
from crm_desktop.services.access.rules import Access
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.records.types import Record


def _seen(access: Access, target_type: RecordType, linked_id: Any) -> ColumnElement[bool] | None:
    """Whether the user sees the record ``linked_id`` of ``target_type``, as SQL; None
    when they see every record of the type."""
    target = table_of(target_type).alias(f"seen_{target_type.key}")
    visible = access.visible(target_type.key, target)
    if visible is None:
        return None
    return exists().where(target.c.id == linked_id, visible)


def shown_names(
    access: Access, registry: Registry, record_type: RecordType, table: Any
) -> dict[str, ColumnElement[Any]]:
    """By cached name column of ``table``: the column as this user may see it (the name,
    or PRIVATE_NAME). Columns the user sees as they are are left out. One primary-key
    look-up per row shown, and only for the links to types the user sees part of."""
    shown: dict[str, ColumnElement[Any]] = {}
    for f in record_type.fields:
        if f.kind is Kind.REFERENCE and f.cache and f.reference:
            link = table.c[f.name]
            seen = _seen(access, registry.get(f.reference), link)
            if seen is not None:
                hidden = and_(link.is_not(None), not_(seen))
                shown[f.cache] = _case(hidden, table.c[f.cache])
    if record_type.link_fields and record_type.link_name:
        type_column, id_column = (table.c[name] for name in record_type.link_fields)
        hidden_links = []
        for target_type in registry:
            seen = _seen(access, target_type, id_column)
            if seen is not None:
                hidden_links.append(and_(type_column == target_type.key, not_(seen)))
        if hidden_links:
            name = record_type.link_name
            shown[name] = _case(or_(*hidden_links), table.c[name])
    return shown


def _case(hidden: ColumnElement[bool], column: Any) -> ColumnElement[Any]:
    return case((hidden, literal(PRIVATE_NAME)), else_=column).label(column.name)


def hide_references(session: Session, access: Access, registry: Registry, record: Record) -> Record:
    """``record`` with the names of the linked records the user may not see replaced by
    PRIVATE_NAME (the links themselves are kept: a save leaves them as they are)."""
    record_type = registry.get(record.record_type)
    references = dict(record.references)
    for f in record_type.fields:
        linked_id = record.values.get(f.name)
        if f.kind is not Kind.REFERENCE or linked_id is None or not f.reference:
            continue
        target_type = registry.get(f.reference)
        target = table_of(target_type)
        if access.visible(target_type.key, target) is None:
            continue
        found = record_owner(session, target, linked_id)
        owner_id = None if found is None else found[0]
        if owner_id is None or not access.sees(target_type.key, owner_id):
            references[f.name] = PRIVATE_NAME
    return record if references == record.references else replace(record, references=references)
