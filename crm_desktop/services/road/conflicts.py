"""The conflicts of a road copy: what a sync could not bring together, until decided."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.models.database import Database
from crm_desktop.models.road import RoadConflict
from crm_desktop.services.road.types import ConflictInfo


def conflicts(laptop: Database) -> list[ConflictInfo]:
    """The conflicts not decided yet, oldest first."""
    with laptop.read() as session:
        rows = session.scalars(
            select(RoadConflict).where(RoadConflict.decision.is_(None)).order_by(RoadConflict.id)
        ).all()
        return [
            ConflictInfo(
                id=r.id,
                record_type=r.record_type,
                record_id=r.record_id,
                kind=r.kind,
                field=r.field,
                mine=r.mine,
                theirs=r.theirs,
                reason=r.reason,
                found_at=r.found_at,
            )
            for r in rows
        ]
