"""Taking a copy of the office database on the road.

    crm-desktop road-copy --database OFFICE -o LAPTOP.sqlite3 --user NAME --scope mine

The copy is an ordinary SQLite database of the same schema holding what its user may see
(all of it, their team's records or their own, optionally only records changed in the
last N months), the products and every setting needed to work, plus one ``road_origin``
row naming the office database. It is made in four steps:

1. in the office, one short write transaction records the copy and reserves a block of
   numbers of every sequence for it (so quotes numbered on the road never clash);
2. a snapshot of the office database is written to a temporary file beside the target
   (SQLite's online backup API from a shared file; a table-by-table copy from a server);
3. on that temporary file, in one transaction, every record the user may not take is
   deleted, links to deleted records emptied, rows depending on them deleted, other
   users' passwords removed, all of it overwritten in the file (``secure_delete``); the
   file is compacted when much of it was freed;
4. the file is renamed into place: the target is never half written.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, func, insert, select, text, update
from sqlalchemy.engine import make_url

from crm_desktop.errors import CannotWrite, DomainError
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Sequence, User
from crm_desktop.models.history import HistoryEntry
from crm_desktop.models.road import (
    RoadArrival,
    RoadConflict,
    RoadCopy,
    RoadNumberBlock,
    RoadOrigin,
)
from crm_desktop.registry import Registry
from crm_desktop.services.access.rules import Access
from crm_desktop.services.database.backup import snapshot_into
from crm_desktop.services.database.transfer import transfer
from crm_desktop.services.output_file import replacing
from crm_desktop.services.road.pruning import prune
from crm_desktop.services.road.types import SCOPES, RoadCancelled, TakenAlong

log = logging.getLogger(__name__)

#: numbers of every sequence reserved for a copy unless the user asks for another count
NUMBERS_PER_COPY = 1_000


@dataclass(frozen=True)
class TakeAlong:
    """What to take: ``scope`` one of :data:`SCOPES`; ``months``: only records changed in
    the last N months (None: however old); ``numbers``: the size of each number block."""

    scope: str = "all"
    months: int | None = None
    numbers: int = NUMBERS_PER_COPY


def office_location(office: Database) -> str:
    """Where a road copy finds its office again: the file's path, or the server's URL
    without its password (asked for when syncing)."""
    if office.is_sqlite and office.path is not None:
        return str(office.path)
    url = make_url(office.engine.url.render_as_string(hide_password=False))
    return url.set(password=None).render_as_string(hide_password=False)


def take_along(
    office: Database,
    registry: Registry,
    access: Access,
    target: Path,
    what: TakeAlong = TakeAlong(),
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TakenAlong:
    """Write a road copy of ``office`` for the user of ``access`` to ``target``;
    ``cancelled`` is asked between the steps (true: :class:`RoadCancelled`, no file)."""
    if what.scope not in SCOPES:
        raise DomainError("“%1” is not a part to take; say mine, team or all.", what.scope)
    if what.months is not None and what.months < 1:
        raise DomainError("Give the months as a whole number of at least 1.")
    if what.numbers < 1:
        raise DomainError("Give the numbers to reserve as a whole number of at least 1.")
    target = target.absolute()
    reads = (office.path,) if office.path is not None else ()
    with replacing(target, reads=reads) as partial:
        copy_id = _reserve(office, access, target, what)
        _say(progress, "copying")
        if office.is_sqlite and office.path is not None:
            snapshot_into(office.path, partial, target=target)
            mark = None
        else:
            with office.read() as session:
                mark = session.scalar(select(func.max(HistoryEntry.id))) or 0
            laptop = Database.open(partial)
            try:
                # Through the office login: the copy holds the users' password hashes
                # (the laptop logs in without the server), which a user's own login may
                # not read; what is not the user's is taken out of it below.
                transfer(office.office_login or office, laptop, registry)
            finally:
                laptop.close()
        _stop_if(cancelled)
        _say(progress, "choosing")
        laptop = Database.open(partial, create=False, fresh_copy=True)
        try:
            kept = _make_road_copy(
                laptop, registry, access, what, copy_id, office_location(office), mark
            )
        finally:
            laptop.close()
        _stop_if(cancelled)
        _say(progress, "compacting")
        _compact(partial, target)
    log.info("road copy %s of %s written to %s", copy_id, office.label, target)
    return TakenAlong(copy_id=copy_id, target=target, records=kept)


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise RoadCancelled("Taking the copy was stopped; no file was written.")


def _say(progress: Callable[[str], None] | None, step: str) -> None:
    if progress is not None:
        progress(step)


def _reserve(office: Database, access: Access, target: Path, what: TakeAlong) -> int:
    """Record the copy in the office and reserve its number blocks; returns its id."""
    with office.write() as session:
        copy = RoadCopy(
            user_id=access.user_id,
            taken_at=utcnow(),
            scope=what.scope,
            months=what.months,
            file_name=target.name,
            received_through=0,
        )
        session.add(copy)
        session.flush()
        for name in session.scalars(select(Sequence.name).order_by(Sequence.name)).all():
            session.execute(
                update(Sequence)
                .where(Sequence.name == name)
                .values(next_value=Sequence.next_value + what.numbers)
            )
            after = session.scalar(select(Sequence.next_value).where(Sequence.name == name))
            assert after is not None
            session.add(
                RoadNumberBlock(
                    copy_id=copy.id,
                    sequence=name,
                    first=after - what.numbers,
                    last=after - 1,
                )
            )
        return copy.id


def _make_road_copy(
    laptop: Database,
    registry: Registry,
    access: Access,
    what: TakeAlong,
    copy_id: int,
    office: str,
    mark: int | None,
) -> dict[str, int]:
    """Turn the snapshot into this user's road copy, in one transaction."""
    since = (
        utcnow() - dt.timedelta(days=round(30.44 * what.months))
        if what.months is not None
        else None
    )
    with laptop.write_connection() as conn:
        # Rows are deleted parents first; the links to them are emptied or their
        # dependants deleted before the transaction ends, when the keys are checked.
        conn.execute(text("PRAGMA defer_foreign_keys = ON"))
        # What is deleted (records not taken, other users' passwords) is overwritten in
        # the file, not only unlinked.
        conn.execute(text("PRAGMA secure_delete = ON"))
        if mark is None:
            mark = conn.scalar(select(func.max(HistoryEntry.id))) or 0
        kept = prune(conn, registry, access, what.scope, since)
        _leave_only_this_copy(conn, copy_id)
        # Other people's passwords stay in the office.
        conn.execute(update(User).where(User.id != access.user_id).values(password_hash=None))
        conn.execute(text("DELETE FROM presence"))
        local_mark = conn.scalar(select(func.max(HistoryEntry.id))) or 0
        conn.execute(
            insert(RoadOrigin).values(
                id=1,
                copy_id=copy_id,
                office=office,
                office_history_mark=mark,
                local_history_mark=local_mark,
            )
        )
    return kept


def _leave_only_this_copy(conn: Connection, copy_id: int) -> None:
    conn.execute(delete(RoadArrival))
    conn.execute(delete(RoadConflict))
    conn.execute(delete(RoadNumberBlock).where(RoadNumberBlock.copy_id != copy_id))
    conn.execute(delete(RoadOrigin))
    conn.execute(delete(RoadCopy).where(RoadCopy.id != copy_id))
    blocks = conn.execute(
        select(RoadNumberBlock.sequence, RoadNumberBlock.first).where(
            RoadNumberBlock.copy_id == copy_id
        )
    ).all()
    # The copy draws its numbers from its own block.
    for sequence, first in blocks:
        conn.execute(update(Sequence).where(Sequence.name == sequence).values(next_value=first))


def _compact(path: Path, target: Path) -> None:
    """Rewrite the file smaller when a quarter of it or more was freed (a copy of one
    salesperson's records from a big office); a copy of everything is left as it is."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if free * 4 >= pages:
            conn.execute("VACUUM")
    except sqlite3.OperationalError as exc:
        raise CannotWrite("Cannot write “%1”: %2.", target, exc) from exc
    finally:
        conn.close()
