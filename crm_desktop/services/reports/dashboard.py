"""Each user's dashboard: the tiles they chose, in their order, kept in the database so
that it follows them from one computer to another."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.errors import DomainError
from crm_desktop.models.base import utcnow
from crm_desktop.models.dashboards import Dashboard
from crm_desktop.models.database import Database
from crm_desktop.services.reports.charts import DEFAULT_TILES, TILE_KEYS


class DashboardService:
    def __init__(self, db: Database, user_id: int):
        self.db = db
        self.user_id = user_id

    def tiles(self) -> tuple[str, ...]:
        """The user's tiles in order (the default ones until they change them); tiles
        this program does not know (a newer one's) are left out."""
        with self.db.read() as session:
            saved = session.execute(
                select(Dashboard.tiles).where(Dashboard.user_id == self.user_id)
            ).scalar()
        if saved is None:
            return DEFAULT_TILES
        return tuple(key for key in saved.split(",") if key in TILE_KEYS)

    def save(self, tiles: tuple[str, ...]) -> None:
        unknown = [key for key in tiles if key not in TILE_KEYS]
        if unknown:
            raise DomainError('There is no dashboard tile "%1".', unknown[0])
        text = ",".join(dict.fromkeys(tiles))  # each tile once
        with self.db.write() as session:
            row = session.get(Dashboard, self.user_id)
            if row is None:
                session.add(Dashboard(user_id=self.user_id, tiles=text, modified_at=utcnow()))
            else:
                row.tiles = text
                row.modified_at = utcnow()
