"""Documents: a file attached to a record is kept in the database, so that a shared file
and its backups carry it. Its bytes are a row of ``document_contents`` apart from the
document's row and its versions', which lists read; a new file for a document is its next
version and the older ones stay.

A file is read whole before anything is written (a file past the size limit of Settings
is refused before it is read), then kept in one write transaction: the document, its
file's row and its bytes, or nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound, ValidationError
from crm_desktop.models.base import utcnow
from crm_desktop.models.entities import Setting, User
from crm_desktop.models.tools import Document, DocumentContent, DocumentFile
from crm_desktop.registry import N_
from crm_desktop.services.access.rules import UNLIMITED, Access
from crm_desktop.services.documents.types import (
    DEFAULT_SIZE_LIMIT_MB,
    MAX_SIZE_LIMIT_MB,
    MB,
    CannotReadFile,
    DocumentVersion,
    FileTooLarge,
    size_text,
)
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.records.types import Record
from crm_desktop.textfold import fold

SIZE_LIMIT_KEY = "documents.max_file_mb"


class DocumentService:
    def __init__(self, records: RecordService, access: Access = UNLIMITED):
        self.records = records
        self.db = records.db
        self.access = access
        records.add_hooks("documents", derive=self._derive)

    # -- the size limit -----------------------------------------------------------------------
    def size_limit_mb(self) -> int:
        with self.db.read() as session:
            row = session.get(Setting, SIZE_LIMIT_KEY)
        value = row.value if row is not None else ""
        return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_SIZE_LIMIT_MB

    def set_size_limit_mb(self, megabytes: int) -> None:
        self.access.require_administrator()
        if not 1 <= megabytes <= MAX_SIZE_LIMIT_MB:
            raise ValidationError({SIZE_LIMIT_KEY: N_("The size limit is 1 to 500 MB.")})
        with self.db.write() as session:
            row = session.get(Setting, SIZE_LIMIT_KEY)
            if row is None:
                session.add(Setting(key=SIZE_LIMIT_KEY, value=str(megabytes)))
            else:
                row.value = str(megabytes)

    # -- attaching ----------------------------------------------------------------------------
    def attach(
        self,
        path: str | Path,
        related_type: str,
        related_id: int,
        *,
        title: str | None = None,
        folder: str | None = None,
    ) -> Record:
        """A new document of the file at ``path``, attached to a record."""
        path = Path(path)
        data = self.read_file(path)
        return self.attach_bytes(
            data, path.name, related_type, related_id, title=title, folder=folder
        )

    def attach_bytes(
        self,
        data: bytes,
        file_name: str,
        related_type: str,
        related_id: int,
        *,
        title: str | None = None,
        folder: str | None = None,
    ) -> Record:
        """A new document of ``data`` named ``file_name``, attached to a record."""
        self._check_size(len(data), file_name)
        if related_type not in self.records.registry or related_type == "documents":
            raise NotFound("Files cannot be attached to %1.", f"{related_type!r}")
        values = {
            "title": title or Path(file_name).stem or file_name,
            "folder": folder,
            "related_type": related_type,
            "related_id": related_id,
        }
        with self.db.write() as session:
            self.records._get(session, related_type, related_id)  # there, and visible
            document_id = self.records._create(session, "documents", values)
            self._keep_file(session, document_id, 1, file_name, data)
            record = self.records._get(session, "documents", document_id)
        self.records.hub.publish(Change("documents", (document_id,), "created"))
        return record

    def add_version(self, document_id: int, path: str | Path) -> Record:
        """The file at ``path`` as the document's next version; the older ones stay."""
        path = Path(path)
        return self.add_version_bytes(document_id, self.read_file(path), path.name)

    def add_version_bytes(self, document_id: int, data: bytes, file_name: str) -> Record:
        self._check_size(len(data), file_name)
        with self.db.write() as session:
            current = self.records._get(session, "documents", document_id)
            self.records._update(
                session, "documents", document_id, current.version, {}, kind="updated"
            )
            version = int(current.values.get("current_version") or 0) + 1
            self._keep_file(session, document_id, version, file_name, data)
            record = self.records._get(session, "documents", document_id)
        self.records.hub.publish(Change("documents", (document_id,), "updated"))
        return record

    def read_file(self, path: Path) -> bytes:
        """The bytes of the file at ``path``: refused past the size limit before reading."""
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise CannotReadFile("“%1” is not a file that can be attached.", path.name)
            self._check_size(size, path.name)
            return path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise CannotReadFile("“%1” cannot be read: %2.", path.name, reason) from None

    def _check_size(self, size: int, file_name: str) -> None:
        limit = self.size_limit_mb()
        if size > limit * MB:
            raise FileTooLarge(
                "“%1” is %2: files up to %3 MB can be attached "
                "(Settings › Support and documents).",
                file_name, size_text(size), limit
            )

    def _keep_file(
        self, session: Session, document_id: int, version: int, file_name: str, data: bytes
    ) -> None:
        file_row = DocumentFile(
            document_id=document_id,
            version=version,
            file_name=file_name,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            added_at=utcnow(),
            added_by_id=self.records.user_id,
        )
        session.add(file_row)
        session.flush()
        session.execute(insert(DocumentContent).values(file_id=file_row.id, data=data))
        session.execute(
            update(Document)
            .where(Document.id == document_id)
            .values(
                current_version=version,
                file_name=file_name,
                file_name_key=fold(file_name),
                size=len(data),
            )
        )

    # -- reading ------------------------------------------------------------------------------
    def versions(self, document_id: int) -> list[DocumentVersion]:
        """The document's files, newest first (without their bytes)."""
        with self.db.read() as session:
            self.records._get(session, "documents", document_id)
            rows = session.execute(
                select(DocumentFile, User.full_name)
                .outerjoin(User, User.id == DocumentFile.added_by_id)
                .where(DocumentFile.document_id == document_id)
                .order_by(DocumentFile.version.desc())
            ).all()
            return [
                DocumentVersion(f.id, f.version, f.file_name, f.size, f.sha256, f.added_at, name)
                for f, name in rows
            ]

    def content(self, document_id: int, version: int | None = None) -> tuple[str, bytes]:
        """The file name and bytes of a version of the document (the newest by default)."""
        with self.db.read() as session:
            self.records._get(session, "documents", document_id)
            query = (
                select(DocumentFile.file_name, DocumentContent.data)
                .join(DocumentContent, DocumentContent.file_id == DocumentFile.id)
                .where(DocumentFile.document_id == document_id)
            )
            if version is not None:
                query = query.where(DocumentFile.version == version)
            row = session.execute(query.order_by(DocumentFile.version.desc()).limit(1)).first()
        if row is None:
            raise NotFound("This document has no file.")
        return str(row[0]), bytes(row[1])

    def copy_to_temporary(self, document_id: int, version: int | None = None) -> Path:
        """The file written into a new temporary folder under its own name, for the
        system's program to open (a program may hold it open; it is not removed here)."""
        file_name, data = self.content(document_id, version)
        folder = Path(tempfile.mkdtemp(prefix="crm-desktop-document-"))
        target = folder / _safe_name(file_name)
        try:
            target.write_bytes(data)
        except OSError as exc:
            raise CannotReadFile(
                "“%1” cannot be written to a temporary folder: %2.", file_name, exc.strerror or exc
            ) from None
        return target

    # -- the record service's hook ------------------------------------------------------------
    def _derive(
        self,
        session: Session,
        record_type: Any,
        merged: dict[str, Any],
        previous: dict[str, Any] | None,
    ) -> None:
        link_type, link_id = merged.get("related_type"), merged.get("related_id")
        if (
            previous is not None
            and (link_type, link_id)
            == (
                previous.get("related_type"),
                previous.get("related_id"),
            )
            and merged.get("related_name")
        ):
            return
        registry = self.records.registry
        merged["related_name"] = (
            self.records._display_name(session, registry.get(link_type), link_id)
            if isinstance(link_type, str) and link_type in registry and link_id is not None
            else None
        )


def _safe_name(file_name: str) -> str:
    """The file's own name without folders or characters a file system refuses."""
    name = os.path.basename(file_name.replace("\\", "/")).strip()
    name = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name)
    return name or "document"
