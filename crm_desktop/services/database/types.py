"""The plain data and refusals of the database's own services: no SQLAlchemy, no models.

The Database menu imports these without loading the database layer; the backup, restore
and presence services import them from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.errors import DomainError

#: how often a program that has the database open says so (services/database/presence.py)
HEARTBEAT_SECONDS = 30


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: dt.datetime
    size: int


class RestoreRefused(DomainError):
    """The backup cannot be restored now (others use the database, or it is not usable)."""


class DatabaseInUse(RestoreRefused):
    """Other programs still have the database open; ``others`` names them."""

    def __init__(self, others: list[str]):
        self.others = others
        super().__init__(
            f"The database is still open for {', '.join(others)}; ask them to close "
            "CRM Desktop, then restore again."
        )
