"""The first half of a sync: the road copy's changes into the office (see sync.py).

A change is sent when the user may make it in the office (the same rights as at a desk
there); one they may not make stays in the copy and is listed as a conflict. Fields the
office changed too are left to the second half (receiving.py), which lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.models.road import RoadArrival
from crm_desktop.registry import Registry
from crm_desktop.services.access.rules import Access
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.road.changes import RecordChanges, entries_of
from crm_desktop.services.road.rows import (
    IdMap,
    copy_history,
    insert_record,
    read_dependants,
    read_row,
    replace_dependants,
    translate_value,
)

#: columns a sync never copies as a field: the record's own bookkeeping
BOOKKEEPING = frozenset(
    {"id", "version", "created_at", "created_by_id", "modified_at", "modified_by_id", "deleted_at"}
)


@dataclass
class Exchange:
    """One sync: both transactions, what each side changed, and what came of it."""

    road: Session
    desk: Session
    registry: Registry
    access: Access
    copy_id: int
    #: the copy's mark: its entries after it are changes the office may not have yet
    road_mark: int
    #: the copy's entries the office has already (a stopped sync copied them)
    received_through: int
    mine: dict[tuple[str, int], RecordChanges]
    theirs: dict[tuple[str, int], RecordChanges]
    #: ids of records made on the road -> their ids in the office
    ids: IdMap = field(default_factory=dict)
    #: (type key, id on the road, id in the office) of the records made on the road
    arrived: list[tuple[str, int, int]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    sent: int = 0
    received: int = 0

    def conflict(self, type_key: str, record_id: int, kind: str, **more: Any) -> None:
        self.conflicts.append(
            {"record_type": type_key, "record_id": record_id, "kind": kind, **more}
        )


def send(exchange: Exchange, records: RecordService) -> None:
    """Apply the copy's changes in the office."""
    _known_arrivals(exchange)
    for (type_key, road_id), changes in exchange.mine.items():
        table = table_of(exchange.registry.get(type_key))
        row = read_row(exchange.road, table, road_id)
        if row is None:
            continue
        arrived = exchange.ids.get((table.name, road_id))
        if changes.created and arrived is None:
            _send_new(exchange, changes, row)
            continue
        if changes.created and arrived is not None:
            exchange.arrived.append((type_key, road_id, arrived))
        office_id = arrived if arrived is not None else road_id
        taken = _send_changes(exchange, records, changes, row, office_id)
        if taken:
            _copy_history(exchange, changes, office_id, taken)
            exchange.sent += 1


def _known_arrivals(exchange: Exchange) -> None:
    """The records made on the road the office has already: a stopped sync sent them; those
    the copy has not renumbered yet are renumbered by this sync."""
    rows = exchange.desk.execute(
        select(
            RoadArrival.record_type,
            RoadArrival.road_id,
            RoadArrival.office_id,
            RoadArrival.road_entry,
        ).where(
            RoadArrival.copy_id == exchange.copy_id, RoadArrival.road_entry > exchange.road_mark
        )
    )
    for type_key, road_id, office_id, _entry in rows:
        exchange.ids[(exchange.registry.get(type_key).table, road_id)] = office_id


def _copy_history(
    exchange: Exchange, changes: RecordChanges, office_id: int, taken: set[str | None] | None
) -> None:
    entries = [e for e in entries_of(changes, taken) if e > exchange.received_through]
    copy_history(exchange.road, exchange.desk, entries, office_id)


def _send_new(exchange: Exchange, changes: RecordChanges, row: dict[str, Any]) -> None:
    type_key = changes.type_key
    if row["deleted_at"] is not None:
        return  # made and deleted on the road: nothing for the office
    if not exchange.access.may(type_key, "create"):
        exchange.conflict(type_key, row["id"], "refused", reason="create")
        return
    table = table_of(exchange.registry.get(type_key))
    office_id = insert_record(exchange.desk, table, row, exchange.ids, keep_id=False)
    dependants = read_dependants(exchange.road, table, row["id"])
    replace_dependants(exchange.desk, table, office_id, dependants, exchange.ids)
    exchange.desk.add(
        RoadArrival(
            copy_id=exchange.copy_id,
            record_type=type_key,
            road_id=row["id"],
            office_id=office_id,
            road_entry=changes.entries[0][0],
        )
    )
    _copy_history(exchange, changes, office_id, None)
    exchange.arrived.append((type_key, row["id"], office_id))
    exchange.sent += 1


def _send_changes(
    exchange: Exchange,
    records: RecordService,
    changes: RecordChanges,
    row: dict[str, Any],
    office_id: int,
) -> set[str | None]:
    """Apply one existing record's changes from the road in the office; returns what the
    office took: the fields, None for the whole record (a deletion or a restore)."""
    type_key = changes.type_key
    record_type = exchange.registry.get(type_key)
    table = table_of(record_type)
    theirs = read_row(exchange.desk, table, office_id)
    if theirs is None:
        exchange.conflict(type_key, row["id"], "deleted there")
        return set()
    access = exchange.access
    if not (access.sees(type_key, theirs["owner_id"]) and access.may(type_key, "edit")):
        exchange.conflict(type_key, row["id"], "refused", reason="edit")
        return set()
    office_side = exchange.theirs.get((type_key, office_id))
    office_fields = office_side.fields if office_side is not None else set()
    taken: set[str | None] = set()
    binned_here = row["deleted_at"] is not None
    if changes.binned_or_restored and binned_here != (theirs["deleted_at"] is not None):
        if office_side is not None and (office_fields or office_side.binned_or_restored):
            return taken  # a conflict: receiving.py lists it
        if not access.may(type_key, "delete"):
            exchange.conflict(type_key, row["id"], "refused", reason="delete")
            return taken
        exchange.desk.execute(
            update(table)
            .where(table.c.id == office_id)
            .values(deleted_at=row["deleted_at"], version=table.c.version + 1)
        )
        taken.add(None)
    field_names = {f.name for f in record_type.fields}
    values: dict[str, Any] = {}
    for name in sorted(changes.fields - office_fields):
        if name not in field_names:
            dependants = read_dependants(exchange.road, table, row["id"])
            replace_dependants(exchange.desk, table, office_id, dependants, exchange.ids)
            taken.add(name)
        elif name not in BOOKKEEPING:
            value = translate_value(table, name, row, exchange.ids)
            if value != theirs[name]:
                values[name] = value
                taken.add(name)
    if values:
        author = changes.author_id or row["modified_by_id"]
        records.write_synced(
            exchange.desk, type_key, office_id, values, at=changes.at, author_id=author
        )
    return taken
