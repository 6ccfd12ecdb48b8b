"""Fetched mail as plain data, for the views and the command line (no SQLAlchemy here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

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
    #: its bytes are in the database (no need for the server to read them)
    kept: bool = False


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
    #: its Message-ID header ("<...@...>"; "" when it had none)
    message_id: str = ""


@dataclass(frozen=True)
class DraftAttachment:
    """A file a message being written takes along: one on disk (chosen by the user, or a
    document's current file) or an attachment of a fetched message (a forward)."""

    name: str
    path: Path | None = None
    mail_attachment_id: int | None = None


@dataclass(frozen=True)
class Draft:
    """A message as the user wrote it, To and Cc as typed ("Hoa <hoa@x.vn>; b@y.vn")."""

    to: str
    cc: str
    subject: str
    body: str
    attachments: tuple[DraftAttachment, ...] = ()
    #: the Message-ID of the message answered; "" for a new message or a forward
    in_reply_to: str = ""
    #: the records it shows in besides those of its addresses (the form it was written on)
    records: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class SentMail:
    """A message sent: its row in the database (in the Sent folder, linked)."""

    id: int
    #: why it is not in the Sent folder on the server too; None: it is
    not_kept: str | None = None
