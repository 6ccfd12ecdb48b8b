"""What the managers' screens keep: each user's dashboard (its tiles, in order), and the
index the pipeline board pages each column's cards by and the sales reports read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime, utcnow
from crm_desktop.models.entities import Opportunity


class Dashboard(Base):
    """One user's dashboard: the tile keys, comma-separated, in the order shown."""

    __tablename__ = "dashboards"

    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    tiles: Mapped[str] = mapped_column(String(2000), nullable=False)
    modified_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


#: a board column's cards by close date, and the figures the board's heads and the sales
#: reports add up: (stage, close date, id) of the live rows, then what those read, so a
#: column's page is an index walk and a stage's sums never read the table's rows
BOARD_INDEX = Index(
    "ix_opportunities_live_sales_stage_expected_close_date",
    "sales_stage",
    "expected_close_date",
    "id",
    "currency",
    "owner_id",
    "organization_id",
    "amount",
    "weighted_amount",
    sqlite_where=text("deleted_at IS NULL"),
    postgresql_where=text("deleted_at IS NULL"),
)
Opportunity.__table__.append_constraint(BOARD_INDEX)  # type: ignore[attr-defined]
