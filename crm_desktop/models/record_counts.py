"""How many live (not deleted) rows each record table holds, kept exact by the database.

``count(*)`` of a million live contacts walks a million index entries (about 40 ms), and
an unfiltered list needs its row count before it can paint. Triggers on every record
table keep ``record_counts.live`` exact instead (migration ``0005_record_counts``): an
insert of a live row adds one, a delete of a live row takes one away, and an update that
moves a row into or out of the recycle bin (``deleted_at``) does one or the other. They run
inside the writing transaction, so a rollback, a crash or several programs writing at once
leave the count as exact as the rows themselves.

A row written into ``record_counts`` counts its table itself (a trigger replaces whatever
``live`` was given with ``count(*)`` of the live rows): the migration starts the counts that
way, and copying a whole database (services.transfer) stays exact whether it copies this
table before or after the record tables.

A record table without a row here (a new record type whose migration adds no counter) is
simply counted with ``count(*)`` by the list service.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base


class RecordCount(Base):
    __tablename__ = "record_counts"

    #: the record table's name (``contacts``), which is also its record type's key
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    live: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
