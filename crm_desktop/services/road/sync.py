"""Syncing a road copy with its office: both ways, record by record, field by field.

    crm-desktop sync --database LAPTOP.sqlite3

What each side changed since the last sync is read from its history
(services/road/changes.py). A field changed on one side only takes that side's value; a
field both sides changed to different values is a conflict, kept in the road copy until
the user decides (services/road/conflicts.py); a record made on the road arrives in the
office as a new record and takes the id the office gives it; a record deleted on one side
and changed on the other is a conflict too. Each side's history gets the other's entries,
so a change shows as made by its author, at the time they made it. Which side's clock is
right plays no part: only which side changed a field since the last sync.

The order makes it safe to stop at any point:

1. the road copy's write transaction begins (saves in the copy wait for the sync);
2. the office's write transaction takes the copy's changes, records the records made on
   the road (``road_arrivals``), the copy's entries it has and the range of entries it
   wrote, and commits: all or nothing;
3. the copy's transaction gives those records their office ids, takes the office's
   changes, records the conflicts and both sides' new marks, and commits.

Stopped after 2, the next run sends the copy's changes again: the arrivals are found
(nothing made twice), equal values change nothing, history entries the office has are not
copied twice, and the office's entries from the stopped run are known as the copy's own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack

from sqlalchemy import text, update

from crm_desktop.errors import DatabaseError, DomainError
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.road import RoadConflict, RoadCopy, RoadOrigin
from crm_desktop.services.access.rules import load_access
from crm_desktop.services.road.changes import changes_since, newest_entry
from crm_desktop.services.road.numbers import renew_number_blocks
from crm_desktop.services.road.receiving import (
    bring_users,
    receive,
    set_aside_unsent,
    take_office_ids,
)
from crm_desktop.services.road.rows import history_unguarded
from crm_desktop.services.road.sending import Exchange, send
from crm_desktop.services.road.types import RoadCancelled, SyncResult

log = logging.getLogger(__name__)


class NotARoadCopy(DomainError):
    pass


def origin_of(laptop: Database) -> str:
    """Where the office database of the road copy ``laptop`` is (path or URL)."""
    with laptop.read() as session:
        origin = session.get(RoadOrigin, 1)
    if origin is None:
        raise NotARoadCopy("“%1” is not a road copy; take one with road-copy.", laptop.label)
    return origin.office


def sync_with_office(
    laptop: Database,
    office_target: str | None = None,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """:func:`sync` with the office database the copy was taken from (or ``office_target``
    when it moved), opened for the sync and closed after."""
    from crm_desktop.services.database.presence import opened

    target = office_target or origin_of(laptop)
    with ExitStack() as stack:
        try:
            office = stack.enter_context(opened(target, create=False))
        except DatabaseError as exc:
            raise DatabaseError("The office database cannot be used: %1", exc) from exc
        return sync(laptop, office, progress, cancelled)


def sync(
    laptop: Database,
    office: Database,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Bring the road copy ``laptop`` and its ``office`` together (see the module's text).
    ``cancelled``: asked until the office's transaction commits; true there, nothing has
    changed (:class:`RoadCancelled`); after it, the sync finishes."""
    from crm_desktop.services import Services

    with laptop.read() as session:
        origin = session.get(RoadOrigin, 1)
        if origin is None:
            raise NotARoadCopy("“%1” is not a road copy; take one with road-copy.", laptop.label)
        copy = session.get(RoadCopy, origin.copy_id)
        assert copy is not None
        user_id = copy.user_id
    # Built before the transactions: building reads each database.
    road_records = Services.build(laptop, user_id=user_id).records
    office_records = Services.build(office, user_id=user_id).records
    with laptop.write() as road:
        origin = road.get(RoadOrigin, 1)
        assert origin is not None
        mine = changes_since(road, road_records.registry, origin.local_history_mark)
        if progress:
            progress("sending")
        with office.write() as desk:
            if office.dialect == "postgresql":
                # Entries are numbered when written, not when committed: while this
                # transaction reads and marks them, nobody else adds one.
                desk.execute(text("LOCK TABLE record_history IN EXCLUSIVE MODE"))
            record = desk.get(RoadCopy, origin.copy_id)
            if record is None:
                raise NotARoadCopy(
                    "The office database does not know this road copy; take a new one."
                )
            skip = (
                (record.sent_first, record.sent_last)
                if record.sent_first is not None and record.sent_last is not None
                else None
            )
            exchange = Exchange(
                road=road,
                desk=desk,
                registry=office_records.registry,
                access=load_access(desk, user_id),
                copy_id=origin.copy_id,
                road_mark=origin.local_history_mark,
                received_through=record.received_through,
                mine=mine,
                theirs=changes_since(
                    desk, office_records.registry, origin.office_history_mark, skip
                ),
            )
            first = newest_entry(desk) + 1
            send(exchange, office_records)
            last = newest_entry(desk)
            renew_number_blocks(road, desk, origin.copy_id)
            desk.execute(
                update(RoadCopy)
                .where(RoadCopy.id == origin.copy_id)
                .values(
                    synced_at=utcnow(),
                    received_through=max(record.received_through, newest_entry(road)),
                    sent_first=first if last >= first else None,
                    sent_last=last if last >= first else None,
                )
            )
            office_mark = newest_entry(desk)
            if cancelled is not None and cancelled():
                raise RoadCancelled("The sync was stopped; nothing was changed.")
            if progress:
                progress("receiving")
            bring_users(desk, road)
            with history_unguarded(road, "update"):
                road.execute(text("PRAGMA defer_foreign_keys = ON"))
                set_aside_unsent(exchange)
                take_office_ids(road, exchange.registry, exchange.arrived)
                receive(exchange, road_records)
        for conflict in exchange.conflicts:
            road.add(RoadConflict(found_at=utcnow(), **conflict))
        road.flush()
        copy_here = road.get(RoadCopy, origin.copy_id)
        assert copy_here is not None
        copy_here.synced_at = utcnow()
        origin.office_history_mark = office_mark
        origin.local_history_mark = newest_entry(road)
    log.info("synced %s with %s", laptop.label, office.label)
    return SyncResult(
        sent=exchange.sent, received=exchange.received, conflicts=len(exchange.conflicts)
    )
