"""The plain data of duplicates and merges: no SQLAlchemy, no models (the views import it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """A record that may be a duplicate, as a list shows it."""

    id: int
    number: str | None
    name: str
    #: what tells it from same-named records (its organization, e-mail, city)
    detail: str
    #: "email", "phone" and/or "name": what it shares with the record compared
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicateGroup:
    """Records of one type that share ``key`` (an e-mail, a phone's digits, a name)."""

    record_type: str
    reason: str
    key: str
    records: tuple[Candidate, ...]


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    survivor_id: int
    merged_ids: tuple[int, ...]
    #: how many related rows now point at the survivor
    moved: int


@dataclass(frozen=True)
class MergeNote:
    """A record in the recycle bin because it was merged into another."""

    merge_id: int
    survivor_id: int
    survivor_name: str
    survivor_number: str | None
    merged_at: dt.datetime
