"""The second half of a sync: the office's changes into the road copy (see sync.py).

Here the conflicts are found: a field both sides changed to different values, a record
one side deleted and the other changed. The copy keeps its own value until the user
decides (services/road/conflicts.py); what only the office changed is taken.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_desktop.models.base import utcnow
from crm_desktop.models.entities import User
from crm_desktop.models.road import RoadConflict
from crm_desktop.registry import Registry
from crm_desktop.services.history.record_history import raw
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.road.changes import RecordChanges, entries_of
from crm_desktop.services.road.conflicts import PENDING, THEIRS
from crm_desktop.services.road.rows import (
    copy_history,
    insert_record,
    read_dependants,
    read_row,
    renumber,
    replace_dependants,
)
from crm_desktop.services.road.sending import BOOKKEEPING, Exchange


def set_aside_unsent(exchange: Exchange) -> None:
    """Move the records made on the road that did not go to the office (made and deleted
    there, or refused) above every id either side has: the office gives ids of its own
    to the records that did go, and to its new ones, and those must find them free."""
    arrived = {(t, road_id) for t, road_id, _office_id in exchange.arrived}
    for (type_key, road_id), changes in sorted(exchange.mine.items()):
        if not changes.created or (type_key, road_id) in arrived:
            continue
        table = table_of(exchange.registry.get(type_key))
        if read_row(exchange.road, table, road_id) is None:
            continue
        highest = select(func.max(table.c.id))
        top = max(exchange.road.scalar(highest) or 0, exchange.desk.scalar(highest) or 0)
        renumber(exchange.road, exchange.registry, type_key, road_id, top + 1)
        for conflict in exchange.conflicts:
            if (conflict["record_type"], conflict["record_id"]) == (type_key, road_id):
                conflict["record_id"] = top + 1


def take_office_ids(road: Session, registry: Registry, arrived: list[tuple[str, int, int]]) -> None:
    """Give the records made on the road the ids the office gave them: first out of the
    way (a record may take an id another one made on the road still has), then in place."""
    moving = [(t, road_id, office_id) for t, road_id, office_id in arrived if road_id != office_id]
    for type_key, road_id, office_id in moving:
        renumber(road, registry, type_key, road_id, -office_id)
    for type_key, _road_id, office_id in moving:
        renumber(road, registry, type_key, -office_id, office_id)


def bring_users(desk: Session, road: Session) -> None:
    """Users added in the office since (authors of the changes coming): names, no passwords."""
    known = set(road.scalars(select(User.id)))
    for user in desk.scalars(select(User).order_by(User.id)):
        if user.id not in known:
            road.add(
                User(
                    id=user.id,
                    username=user.username,
                    full_name=user.full_name,
                    email=user.email,
                    active=user.active,
                    created_at=user.created_at,
                    role_id=user.role_id,
                    group_id=user.group_id,
                    is_group=user.is_group,
                    failed_logins=0,
                )
            )
    road.flush()


def receive(exchange: Exchange, records: RecordService) -> None:
    """Apply the office's changes in the copy, and list the conflicts."""
    _take_decided(exchange, records)
    arrived = {(t, office_id) for t, _road_id, office_id in exchange.arrived}
    road_ids = {(t, office_id): road_id for t, road_id, office_id in exchange.arrived}
    for (type_key, office_id), changes in exchange.theirs.items():
        if (type_key, office_id) in arrived:
            continue
        table = table_of(exchange.registry.get(type_key))
        theirs = read_row(exchange.desk, table, office_id)
        if theirs is None:
            continue
        here = read_row(exchange.road, table, office_id)
        if here is None:
            _receive_new(exchange, changes, theirs)
            continue
        own = exchange.mine.get((type_key, road_ids.get((type_key, office_id), office_id)))
        taken = _receive_changes(exchange, records, changes, own, theirs, here)
        if taken:
            copy_history(exchange.desk, exchange.road, entries_of(changes, taken), office_id)
            exchange.received += 1


def _receive_new(exchange: Exchange, changes: RecordChanges, theirs: dict[str, Any]) -> None:
    """A record the copy does not hold: taken when the user may see it (made in the office,
    or given to the user there)."""
    type_key = changes.type_key
    if theirs["deleted_at"] is not None or not exchange.access.sees(type_key, theirs["owner_id"]):
        return
    if not exchange.access.may(type_key, "view"):
        return
    table = table_of(exchange.registry.get(type_key))
    insert_record(exchange.road, table, theirs, exchange.ids, keep_id=True)
    dependants = read_dependants(exchange.desk, table, theirs["id"])
    replace_dependants(exchange.road, table, theirs["id"], dependants, exchange.ids)
    copy_history(exchange.desk, exchange.road, entries_of(changes, None), theirs["id"])
    exchange.received += 1


def _receive_changes(
    exchange: Exchange,
    records: RecordService,
    changes: RecordChanges,
    own: RecordChanges | None,
    theirs: dict[str, Any],
    here: dict[str, Any],
) -> set[str | None]:
    """Apply one record's office changes in the copy but for what the copy changed too
    (listed as a conflict where the values differ); returns what the copy took."""
    type_key = changes.type_key
    record_type = exchange.registry.get(type_key)
    table = table_of(record_type)
    record_id = theirs["id"]
    own_fields = own.fields if own is not None else set()
    taken: set[str | None] = set()
    if (theirs["deleted_at"] is None) != (here["deleted_at"] is None):
        if own is not None and (own.fields or own.binned_or_restored):
            kind = "deleted here" if here["deleted_at"] is not None else "deleted there"
            exchange.conflict(type_key, record_id, kind)
            return taken
        exchange.road.execute(
            update(table)
            .where(table.c.id == record_id)
            .values(deleted_at=theirs["deleted_at"], version=table.c.version + 1)
        )
        taken.add(None)
    field_names = {f.name for f in record_type.fields}
    values: dict[str, Any] = {}
    for name in sorted(changes.fields):
        if name in BOOKKEEPING:
            continue
        if name in own_fields:
            if name not in field_names or theirs[name] != here[name]:
                exchange.conflict(
                    type_key,
                    record_id,
                    "field",
                    field=name,
                    mine=raw(here.get(name)),
                    theirs=raw(theirs.get(name)),
                )
            continue
        if name not in field_names:
            dependants = read_dependants(exchange.desk, table, record_id)
            replace_dependants(exchange.road, table, record_id, dependants, exchange.ids)
            taken.add(name)
        elif theirs[name] != here[name]:
            values[name] = theirs[name]
            taken.add(name)
    if values:
        author = changes.author_id or theirs["modified_by_id"]
        records.write_synced(
            exchange.road, type_key, record_id, values, at=changes.at, author_id=author
        )
    return taken


def _take_decided(exchange: Exchange, records: RecordService) -> None:
    """Carry out the conflicts decided "theirs" that need the office: its record, whole."""
    road = exchange.road
    decided = road.scalars(select(RoadConflict).where(RoadConflict.decision == PENDING)).all()
    for conflict in decided:
        table = table_of(exchange.registry.get(conflict.record_type))
        theirs = read_row(exchange.desk, table, conflict.record_id)
        here = read_row(road, table, conflict.record_id)
        if here is not None and theirs is None:
            road.execute(
                update(table)
                .where(table.c.id == here["id"])
                .values(deleted_at=utcnow(), version=table.c.version + 1)
            )
        elif here is not None and theirs is not None:
            record_type = exchange.registry.get(conflict.record_type)
            values = {
                f.name: theirs[f.name]
                for f in record_type.fields
                if f.name not in BOOKKEEPING and theirs[f.name] != here[f.name]
            }
            if values:
                records.write_synced(
                    road, conflict.record_type, here["id"], values,
                    at=theirs["modified_at"], author_id=theirs["modified_by_id"],
                )  # fmt: skip
            road.execute(
                update(table)
                .where(table.c.id == here["id"])
                .values(deleted_at=theirs["deleted_at"])
            )
            dependants = read_dependants(exchange.desk, table, here["id"])
            replace_dependants(road, table, here["id"], dependants, exchange.ids)
        conflict.decision = THEIRS
    road.flush()
