"""Road copies as plain data: no SQLAlchemy, no models."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: what a road copy holds of the records the user may see
SCOPES = ("mine", "team", "all")


@dataclass(frozen=True)
class TakenAlong:
    """A road copy just written: its number in the office, its file, records per type."""

    copy_id: int
    target: Path
    records: dict[str, int]
