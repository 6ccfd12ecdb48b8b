"""Saved filters: the registry's built-in ones plus each user's own."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select

from crm_desktop.errors import Sentence, ValidationError
from crm_desktop.models.database import Database
from crm_desktop.models.entities import SavedFilter
from crm_desktop.registry import Condition, Registry
from crm_desktop.services.records.conditions import OPERATORS
from crm_desktop.services.records.types import FilterInfo


class FilterService:
    def __init__(self, db: Database, registry: Registry, user_id: int):
        self.db = db
        self.registry = registry
        self.user_id = user_id

    def filters(self, type_key: str) -> list[FilterInfo]:
        builtin = [FilterInfo(f.name, f.conditions) for f in self.registry.get(type_key).filters]
        with self.db.read() as session:
            rows = session.scalars(
                select(SavedFilter)
                .where(SavedFilter.record_type == type_key, SavedFilter.owner_id == self.user_id)
                .order_by(SavedFilter.name)
            ).all()
            saved = [self._info(r) for r in rows]
        return builtin + saved

    def save(
        self,
        type_key: str,
        name: str,
        conditions: tuple[Condition, ...],
        quick: str = "",
        column_filters: tuple[Condition, ...] = (),
    ) -> FilterInfo:
        """Save (or replace) the user's filter called ``name``."""
        record_type = self.registry.get(type_key)
        name = name.strip()
        if not name:
            raise ValidationError({"name": "A filter needs a name."})
        for c in (*conditions, *column_filters):
            record_type.field(c.field)
            if c.op not in OPERATORS:
                raise ValidationError({"conditions": Sentence("Unknown operator %1.", c.op)})
        definition = json.dumps(
            {
                "quick": quick,
                "conditions": _conditions_json(conditions),
                "columns": _conditions_json(column_filters),
            },
            ensure_ascii=False,
        )
        with self.db.write() as session:
            row = session.scalars(
                select(SavedFilter).where(
                    SavedFilter.record_type == type_key,
                    SavedFilter.owner_id == self.user_id,
                    SavedFilter.name == name,
                )
            ).first()
            if row is None:
                row = SavedFilter(
                    record_type=type_key, name=name, owner_id=self.user_id, definition=definition
                )
                session.add(row)
            else:
                row.definition = definition
            session.flush()
            return self._info(row)

    def delete(self, filter_id: int) -> None:
        with self.db.write() as session:
            session.execute(
                delete(SavedFilter).where(
                    SavedFilter.id == filter_id, SavedFilter.owner_id == self.user_id
                )
            )

    @staticmethod
    def _info(row: SavedFilter) -> FilterInfo:
        data = json.loads(row.definition)
        return FilterInfo(
            row.name,
            _conditions(data.get("conditions", [])),
            data.get("quick", ""),
            row.id,
            _conditions(data.get("columns", [])),
        )


def _conditions_json(conditions: tuple[Condition, ...]) -> list[dict[str, Any]]:
    return [{"field": c.field, "op": c.op, "value": _jsonable(c.value)} for c in conditions]


def _conditions(saved: list[dict[str, Any]]) -> tuple[Condition, ...]:
    return tuple(Condition(c["field"], c["op"], _from_json(c["value"])) for c in saved)


def _jsonable(value: Any) -> Any:
    """JSON for a condition value; dates, times and decimals keep their type in a tag."""
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    raise TypeError(f"cannot save a filter value of type {type(value).__name__}")


def _from_json(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    if isinstance(value, dict):
        if "$datetime" in value:
            return dt.datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        if "$decimal" in value:
            return Decimal(value["$decimal"])
    return value
