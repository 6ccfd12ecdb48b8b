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

from sqlalchemy import ForeignKey, Integer, String
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
