"""The history of every record: one row per field a change touched (or one for a change
of the whole record, such as a move to the recycle bin).

Rows name their record by type and id without a foreign key, so the history of a record
outlives the record. Values are kept raw (as text: the service's ``history_values`` turns
them back into dates, amounts, ...) and, where the raw value is an id, with the name the
user saw at the time (``old_text``, ``new_text``). Triggers refuse updates and deletes
(migration 0009): the program only ever adds to it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime


class HistoryEntry(Base):
    __tablename__ = "record_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: the record type's key ("contacts"), which is also its table's name
    record_type: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: "created", "updated", "deleted", "restored", "converted", "import", "merge"
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    #: the field's key, "lines" for a document's lines; None: the whole record
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    old_text: Mapped[str | None] = mapped_column(Text)
    new_text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # A record's history, newest first, is a walk of this index backwards.
        Index("ix_record_history_record", "record_type", "record_id", "changed_at"),
    )
