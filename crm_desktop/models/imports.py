"""Imports as batches that can be undone, and the photos contacts bring from vCards.

Every import is a batch: one ``import_batches`` row with its counts, and one
``import_batch_records`` row per record it created or updated, holding the version the
import left and, for an update, the prior values of the fields it changed. Undo reads
them back, also after the program was restarted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime, utcnow


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)
    #: the imported file's name (not its folder)
    file_name: Mapped[str] = mapped_column(String(500), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    skipped: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rejected: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ImportBatchRecord(Base):
    """A record a batch created or updated."""

    __tablename__ = "import_batch_records"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True
    )
    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: "created" or "updated"
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    #: the record's version when the import committed: a later save changes it
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    #: JSON of the updated fields' values before the import ("photo": whether it added one)
    prior: Mapped[str | None] = mapped_column(Text)


class ContactPhoto(Base):
    """A contact's photo (from a vCard): the image's bytes and MIME type."""

    __tablename__ = "contact_photos"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    mime_type: Mapped[str] = mapped_column(String(100), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
