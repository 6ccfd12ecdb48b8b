"""The plain data of documents, and the refusals the views catch."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.errors import DomainError

#: the largest file attached until Settings say otherwise
DEFAULT_SIZE_LIMIT_MB = 25
#: the largest limit Settings take (a file is read whole into memory to be kept)
MAX_SIZE_LIMIT_MB = 500
MB = 1024 * 1024


class FileTooLarge(DomainError):
    """A file past the size limit of Settings."""


class CannotReadFile(DomainError):
    """A file that is missing, a folder or cannot be read."""


@dataclass(frozen=True)
class DocumentVersion:
    """One file of a document (the bytes are read apart, when opened)."""

    file_id: int
    version: int
    file_name: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str | None


def size_text(size: int) -> str:
    """A size the way a sentence says it: "300 bytes", "812 KB", "31.2 MB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < MB:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / MB:.1f} MB"
