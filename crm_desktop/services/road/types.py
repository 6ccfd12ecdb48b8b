"""Road copies as plain data: no SQLAlchemy, no models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.errors import DomainError


class RoadCancelled(DomainError):
    """The user stopped taking a copy or a sync before it changed anything."""


#: what a road copy holds of the records the user may see
SCOPES = ("mine", "team", "all")


@dataclass(frozen=True)
class TakenAlong:
    """A road copy just written: its number in the office, its file, records per type."""

    copy_id: int
    target: Path
    records: dict[str, int]


@dataclass(frozen=True)
class SyncResult:
    """What a sync did: changes sent to the office, taken from it, conflicts found."""

    sent: int
    received: int
    conflicts: int


@dataclass(frozen=True)
class ConflictInfo:
    """A conflict of a road copy: ``kind`` "field", "deleted here", "deleted there" or
    "refused" (``reason``: the action the office did not allow)."""

    id: int
    record_type: str
    record_id: int
    kind: str
    field: str | None
    mine: str | None
    theirs: str | None
    reason: str | None
    found_at: dt.datetime


@dataclass(frozen=True)
class RoadStatus:
    """What the window says of a road copy: its office, when it last synced (None: not
    since it was taken, at ``taken_at``), and the conflicts waiting for a decision."""

    office: str
    taken_at: dt.datetime
    synced_at: dt.datetime | None
    conflicts: int
