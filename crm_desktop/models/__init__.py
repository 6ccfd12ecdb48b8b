"""Database layer: typed ORM entities, the engine with our SQLite rules, migrations. No Qt."""

from crm_desktop.models import (  # noqa: F401  (register every table)
    access,
    activities,
    dashboards,
    entities,
    history,
    imports,
    mail,
    marketing,
    merges,
    news,
    presence,
    quotes,
    record_counts,
    road,
    support,
    tools,
)
from crm_desktop.models.base import Base
from crm_desktop.models.database import Database

__all__ = ["Base", "Database"]
