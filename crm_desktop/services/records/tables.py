"""A record type's table: which one the registry names, the limits of its text columns,
a record's display name read from it, and many ids passed to a statement at once."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Integer, Table, func, literal
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TableValuedAlias

from crm_desktop.errors import Label, NotFound
from crm_desktop.models.base import Base
from crm_desktop.models.row_security import record_name_values
from crm_desktop.registry import FieldSpec, RecordType, Registry
from crm_desktop.registry.spec import TEXT_KINDS


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

    return Registry(replace(t, fields=tuple(limited(t, f) for f in t.fields)) for t in registry)


def display_name(session: Session, record_type: RecordType, record_id: int) -> str:
    """The name of a record (its title fields in the person's order), deleted or not,
    whoever may see it: the name kept in the records that link to it (the lists show it
    only to those who may)."""
    table = table_of(record_type)
    names = record_type.name_fields
    values = record_name_values(session, table, record_id, names)
    if values is None:
        raise NotFound("%1 %2 does not exist.", Label(record_type.singular), record_id)
    return record_type.display_name(dict(zip(names, values, strict=True)))


def listed_ids(session: Session, ids: Sequence[int]) -> TableValuedAlias:
    """``ids`` as a table of one column, ``value``, made from one parameter (a JSON array
    on SQLite, an array on PostgreSQL): thousands of ids without thousands of bound
    parameters to process, to select from or to compare with."""
    if session.get_bind().dialect.name == "sqlite":
        return func.json_each(json.dumps(list(ids))).table_valued("value")
    return func.unnest(literal(list(ids), ARRAY(Integer))).table_valued("value").render_derived()
