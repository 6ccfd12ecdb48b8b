"""Record numbers (CON-00042) from counters kept in the database.

The counter is advanced with ``UPDATE ... SET next_value = next_value + n`` inside the
caller's write transaction, which holds the write lock (SQLite ``BEGIN IMMEDIATE``) or the
row lock (PostgreSQL), so two users saving at once never get the same number.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError
from crm_desktop.models.entities import Sequence
from crm_desktop.models.road import RoadNumberBlock, RoadOrigin


def format_number(prefix: str, value: int, padding: int) -> str:
    return f"{prefix}{value:0{padding}d}"


def reserve_numbers(session: Session, name: str, count: int = 1) -> list[str]:
    """Take ``count`` consecutive numbers of sequence ``name``."""
    if count < 1:
        return []
    result = session.execute(
        update(Sequence).where(Sequence.name == name).values(next_value=Sequence.next_value + count)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LookupError(f"no number sequence {name!r}")
    prefix, next_value, padding = session.execute(
        select(Sequence.prefix, Sequence.next_value, Sequence.padding).where(Sequence.name == name)
    ).one()
    first = next_value - count
    _refuse_beyond_block(session, name, next_value - 1)
    return [format_number(prefix, first + i, padding) for i in range(count)]


def _refuse_beyond_block(session: Session, name: str, last_taken: int) -> None:
    """A road copy draws only from the numbers the office reserved for it: past them the
    office or another copy may have used the same number."""
    block_end = session.scalar(
        select(RoadNumberBlock.last)
        .join(RoadOrigin, RoadOrigin.copy_id == RoadNumberBlock.copy_id)
        .where(RoadNumberBlock.sequence == name)
    )
    if block_end is not None and last_taken > block_end:
        raise DomainError(
            "This road copy has used every number the office reserved for it; "
            "sync with the office, or take a new copy, to number more records."
        )
