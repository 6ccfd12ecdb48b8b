"""Fetched mail as plain data, for the views and the command line (no SQLAlchemy here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: the folders fetched unless the user chooses others
DEFAULT_FOLDERS = ("INBOX", "Sent")


@dataclass(frozen=True)
class FolderOutcome:
    """How one folder's fetch went."""

    folder: str
    new_messages: int
    #: the server's UIDVALIDITY changed: the folder was fetched again from the start
    refetched: bool = False
    #: why the folder could not be fetched (or not to its end); None: it was
    problem: str | None = None


@dataclass(frozen=True)
class MailFolderInfo:
    id: int
    #: the mailbox it belongs to ("user@host:port")
    account: str
    name: str
    messages: int


@dataclass(frozen=True)
class MessageSummary:
    """A message as a list shows it."""

    id: int
    folder: str
    subject: str
    from_name: str
    from_address: str
    to_text: str
    sent_at: dt.datetime
    is_read: bool
    has_attachments: bool


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    mime_type: str
    size: int


@dataclass(frozen=True)
class LinkedRecord:
    record_type: str
    record_id: int
    #: "address", "domain" or "filed"
    how: str


@dataclass(frozen=True)
class MessageDetail:
    summary: MessageSummary
    cc_text: str
    body_text: str
    #: the HTML part as it came (sanitise it before showing it)
    body_html: str
    attachments: tuple[AttachmentInfo, ...]
    links: tuple[LinkedRecord, ...]
