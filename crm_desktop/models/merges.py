"""Merges of duplicate records, kept so that a merge can be undone from the recycle bin."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime, utcnow


class Merge(Base):
    """One merge: the survivor, and what undoing it needs (as JSON, see
    services/duplicates/merge.py): the survivor's values before the merge and every
    related row moved from a merged record to the survivor."""

    __tablename__ = "merges"
    # A record's History tab finds the merges whose survivor it is.
    __table_args__ = (Index("ix_merges_survivor", "record_type", "survivor_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)
    survivor_id: Mapped[int] = mapped_column(Integer, nullable=False)
    #: {field: value} of the survivor's fields the merge changed, as they were
    survivor_before: Mapped[str] = mapped_column(Text, nullable=False)
    #: [[table, column, primary key, old value], ...] of the rows moved to the survivor
    moved: Mapped[str] = mapped_column(Text, nullable=False)
    merged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    merged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class MergedRecord(Base):
    """A record a merge sent to the recycle bin (one row per merged record)."""

    __tablename__ = "merged_records"

    merge_id: Mapped[int] = mapped_column(
        ForeignKey("merges.id", ondelete="CASCADE"), primary_key=True
    )
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
