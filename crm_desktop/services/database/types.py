"""The plain data and refusals of the database's own services: no SQLAlchemy, no models.

The Database menu imports these without loading the database layer; the backup, restore
and presence services import them from here.
"""

from __future__ import annotations

import datetime as dt
import enum
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
            "The database is still open for %1; ask them to close "
            "CRM Desktop, then restore again.",
            ', '.join(others)
        )


class RestoreCancelled(RestoreRefused):
    """The user cancelled the restore before the backup was copied into the database."""

    def __init__(self) -> None:
        super().__init__("The restore was cancelled; nothing changed.")


class RestoreStep(enum.IntEnum):
    """What a restore does, in order (the numbers its progress reports)."""

    CHECK = 0  # the backup is read whole
    STAGE = 1  # copied beside the database
    LOCK = 2  # waiting for the database's write lock, and for no one else to use it
    KEEP_OLD = 3  # the database as it was, copied aside
    REPLACE = 4  # the backup copied in: one step, no longer cancelled


#: how many steps a restore reports (for a progress bar's maximum)
RESTORE_STEPS = len(RestoreStep)
