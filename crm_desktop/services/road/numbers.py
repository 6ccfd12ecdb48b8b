"""Record numbers on the road: each copy draws from a block the office reserved for it.

A quote printed on the road keeps its number for ever, so the copy may only use numbers
nobody else can: when a copy is taken the office moves each sequence on by a block
(1,000 by default) and gives the block to the copy (take_along.py). At each sync a copy
that has used half of a block gets a new one, so it does not run out between syncs; a
copy that does run out says so in one sentence (services/records/numbering.py).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.models.entities import Sequence
from crm_desktop.models.road import RoadNumberBlock


def renew_number_blocks(road: Session, desk: Session, copy_id: int) -> int:
    """Give the copy a new block of each sequence it has used half of; returns how many."""
    renewed = 0
    blocks = road.execute(
        select(RoadNumberBlock.sequence, RoadNumberBlock.first, RoadNumberBlock.last).where(
            RoadNumberBlock.copy_id == copy_id
        )
    ).all()
    for sequence, first, last in blocks:
        size = last - first + 1
        used_up_to = road.scalar(select(Sequence.next_value).where(Sequence.name == sequence))
        if used_up_to is None or last - used_up_to + 1 >= size / 2:
            continue
        desk.execute(
            update(Sequence)
            .where(Sequence.name == sequence)
            .values(next_value=Sequence.next_value + size)
        )
        after = desk.scalar(select(Sequence.next_value).where(Sequence.name == sequence))
        assert after is not None
        new_first, new_last = after - size, after - 1
        for session in (road, desk):
            session.execute(
                update(RoadNumberBlock)
                .where(RoadNumberBlock.copy_id == copy_id, RoadNumberBlock.sequence == sequence)
                .values(first=new_first, last=new_last)
            )
        road.execute(update(Sequence).where(Sequence.name == sequence).values(next_value=new_first))
        renewed += 1
    return renewed
