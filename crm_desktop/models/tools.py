"""The Tools group's tables: documents (their files and contents) and projects (their tasks).

A document's files are kept apart from their bytes: lists and a document's versions read
``document_files`` (name, size, checksum), and only opening or copying a file reads its
row of ``document_contents``, so a list of documents never loads a blob.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, NumberedMixin, RecordMixin, UTCDateTime, utcnow
from crm_desktop.models.base import name_key_column as key
from crm_desktop.models.entities import list_indexes

DOCUMENT_LIST_COLUMNS = (
    "number",
    "title_key",
    "folder_key",
    "related_name_key",
    "file_name_key",
    "size",
    "owner_id",
    "modified_at",
)
PROJECT_LIST_COLUMNS = (
    "number",
    "name_key",
    "organization_name_key",
    "status",
    "start_date",
    "end_date",
    "progress",
    "owner_id",
    "modified_at",
)
TASK_LIST_COLUMNS = (
    "name_key",
    "project_name_key",
    "status",
    "start_date",
    "end_date",
    "percent_done",
    "owner_id",
    "modified_at",
)


class Document(RecordMixin, NumberedMixin, Base):
    """A file kept in the database, linked to a record of any type; its newest version's
    name and size are copied here for lists."""

    __tablename__ = "documents"

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    title_key: Mapped[str] = key()
    folder: Mapped[str | None] = mapped_column(String(200))
    folder_key: Mapped[str] = key()
    related_type: Mapped[str | None] = mapped_column(String(40))
    related_id: Mapped[int | None] = mapped_column(Integer)
    related_name: Mapped[str | None] = mapped_column(String(300))
    related_name_key: Mapped[str] = key()
    current_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    file_name: Mapped[str | None] = mapped_column(String(255))
    file_name_key: Mapped[str] = key()
    size: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        *list_indexes("documents", *DOCUMENT_LIST_COLUMNS),
        # A record's documents (its related tab, a lead's conversion) by one index range.
        Index("ix_documents_related", "related_type", "related_id"),
    )


class DocumentFile(Base):
    """One version of a document's file: what lists of versions show, without its bytes."""

    __tablename__ = "document_files"
    __table_args__ = (UniqueConstraint("document_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class DocumentContent(Base):
    """The bytes of one :class:`DocumentFile`, read only to open or copy that file."""

    __tablename__ = "document_contents"

    file_id: Mapped[int] = mapped_column(
        ForeignKey("document_files.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Project(RecordMixin, NumberedMixin, Base):
    """A piece of work for a customer, its progress computed from its tasks."""

    __tablename__ = "projects"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = key()
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    organization_name: Mapped[str | None] = mapped_column(String(300))
    organization_name_key: Mapped[str] = key()
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    opportunity_name: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(40), nullable=False)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    #: percent done, from the tasks (services/projects keeps it)
    progress: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = list_indexes("projects", *PROJECT_LIST_COLUMNS)


class ProjectTask(RecordMixin, Base):
    """A task or a milestone of a project; its owner is who it is assigned to."""

    __tablename__ = "project_tasks"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = key()
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), nullable=False, index=True)
    project_name: Mapped[str | None] = mapped_column(String(300))
    project_name_key: Mapped[str] = key()
    milestone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(40), nullable=False)
    percent_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    depends_on_id: Mapped[int | None] = mapped_column(ForeignKey("project_tasks.id"), index=True)
    depends_on_name: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = list_indexes("project_tasks", *TASK_LIST_COLUMNS)
