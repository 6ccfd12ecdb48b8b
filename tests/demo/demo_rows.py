"""What the demonstration data tests read back: the types the demo fills, and rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from crm_desktop.models.history import HistoryEntry
from crm_desktop.services import Services
from crm_desktop.services.records.service import table_of

DEMO_TYPES = (
    "organizations",
    "contacts",
    "leads",
    "opportunities",
    "products",
    "activities",
    "quotes",
    "sales_orders",
    "campaigns",
    "cases",
    "contracts",
    "projects",
    "project_tasks",
)
NUMBERED_TYPES = ("organizations", "contacts", "leads", "opportunities", "products", "quotes")


def rows(services: Services, type_key: str) -> list[dict[str, Any]]:
    table = table_of(services.registry.get(type_key))
    with services.db.read() as session:
        return [dict(r) for r in session.execute(select(table).order_by(table.c.id)).mappings()]


def history_count(services: Services) -> int:
    """Opportunities whose history has their creation."""
    with services.db.read() as session:
        created = select(HistoryEntry.record_id).where(
            HistoryEntry.record_type == "opportunities", HistoryEntry.kind == "created"
        )
        return int(
            session.execute(
                select(func.count()).select_from(created.distinct().subquery())
            ).scalar_one()
        )
