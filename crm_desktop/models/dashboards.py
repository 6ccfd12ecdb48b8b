"""What the managers' screens keep: each user's dashboard (its tiles, in order), and the
index the pipeline board pages each column's cards by."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime, utcnow
from crm_desktop.models.entities import Opportunity, list_index


class Dashboard(Base):
    """One user's dashboard: the tile keys, comma-separated, in the order shown."""

    __tablename__ = "dashboards"

    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    tiles: Mapped[str] = mapped_column(String(2000), nullable=False)
    modified_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


#: a board column's cards by close date: (stage, close date, id) of the live rows, so a
#: page of a column of 30,000 cards is an index walk, not a sort
BOARD_INDEX = list_index("opportunities", "sales_stage", "expected_close_date")
Opportunity.__table__.append_constraint(BOARD_INDEX)  # type: ignore[attr-defined]
