"""Road copies: an office database's records taken along on a laptop, and synced back.

In the office database, ``road_copies`` lists every copy taken (who, when, which part) and
``road_number_blocks`` the record numbers reserved for each: a quote numbered on the road
keeps its number for ever because no other copy and not the office can draw it. A road
copy holds the same tables (it is a database of the same schema) and one ``road_origin``
row saying which office database it came from, which copy it is, and how far each side's
history has been exchanged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime


class RoadCopy(Base):
    __tablename__ = "road_copies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    #: "mine", "team" or "all" (what the user may see)
    scope: Mapped[str] = mapped_column(String(10), nullable=False)
    #: only records changed in the last N months; None: however old
    months: Mapped[int | None] = mapped_column(Integer)
    #: the file's name on the laptop, to tell copies apart in the office
    file_name: Mapped[str] = mapped_column(String(500), nullable=False)
    synced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: the newest history entry of the copy whose change the office has (its entry copied)
    received_through: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    #: the office's history entries the last sync wrote: the copy's own changes, which a
    #: sync run again after it was stopped must not take back as the office's
    sent_first: Mapped[int | None] = mapped_column(Integer)
    sent_last: Mapped[int | None] = mapped_column(Integer)


class RoadNumberBlock(Base):
    """Numbers ``first``..``last`` of a sequence, drawn only by one road copy."""

    __tablename__ = "road_number_blocks"

    copy_id: Mapped[int] = mapped_column(
        ForeignKey("road_copies.id", ondelete="CASCADE"), primary_key=True
    )
    sequence: Mapped[str] = mapped_column(String(40), primary_key=True)
    first: Mapped[int] = mapped_column(Integer, nullable=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)


class RoadOrigin(Base):
    """In a road copy only: the office database it belongs to (one row, id 1)."""

    __tablename__ = "road_origin"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("road_copies.id"), nullable=False)
    #: the office database's file path or server URL (without a password)
    office: Mapped[str] = mapped_column(String(1000), nullable=False)
    #: the newest office history entry this copy holds
    office_history_mark: Mapped[int] = mapped_column(Integer, nullable=False)
    #: the newest history entry of this copy the office has received
    local_history_mark: Mapped[int] = mapped_column(Integer, nullable=False)


class RoadArrival(Base):
    """In the office: a record a road copy made, and the id it has in the office. A sync
    that is stopped after the office took the record finds it here when run again."""

    __tablename__ = "road_arrivals"

    copy_id: Mapped[int] = mapped_column(
        ForeignKey("road_copies.id", ondelete="CASCADE"), primary_key=True
    )
    record_type: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: the record's id in the road copy when it was made there
    road_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(Integer, nullable=False)
    #: the copy's history entry that made it: newer than the copy's mark, the copy has not
    #: given the record its office id yet
    road_entry: Mapped[int] = mapped_column(Integer, nullable=False)


class RoadConflict(Base):
    """In a road copy: a change the sync could not bring together, until the user decides.

    ``kind``: "field" (both sides changed ``field`` to different values), "deleted here"
    (deleted in the copy, changed in the office), "deleted there" (deleted in the office,
    changed in the copy), "refused" (the office did not allow the copy's change).
    """

    __tablename__ = "road_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    #: the field both sides changed; None: the whole record
    field: Mapped[str | None] = mapped_column(String(64))
    #: the values as text (services/history/record_history.raw), the copy's and the office's
    mine: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    #: why the office refused the change ("refused")
    reason: Mapped[str | None] = mapped_column(Text)
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    #: "mine" or "theirs" once decided; the next sync carries out "theirs" for lines
    decision: Mapped[str | None] = mapped_column(String(10))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
