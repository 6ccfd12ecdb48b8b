"""Reading fetched mail: a folder's messages a page at a time, a record's messages (its
history of mail), one message whole; filing a message to any record; an attachment's
bytes, read from the server the first time they are wanted and kept after."""

from __future__ import annotations

import imaplib
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound
from crm_desktop.exchange.mail.message import decoded_bytes
from crm_desktop.models.database import Database
from crm_desktop.models.mail import MailAttachment, MailFolder, MailLink, MailMessage
from crm_desktop.services.mail.fetching import MailFetcher, Progress, quoted
from crm_desktop.services.mail.imap import TIMEOUT, MailUnavailable, connected, problem
from crm_desktop.services.mail.linking import FILED, AddressBook
from crm_desktop.services.mail.messages import (
    AttachmentInfo,
    FolderOutcome,
    LinkedRecord,
    MailFolderInfo,
    MessageDetail,
    MessageSummary,
)
from crm_desktop.services.mail.types import MailServer

if TYPE_CHECKING:
    from crm_desktop.services.documents.service import DocumentService
    from crm_desktop.services.records.types import Record

_has_attachments = (
    select(func.count(MailAttachment.id))
    .where(MailAttachment.message_id == MailMessage.id)
    .correlate(MailMessage)
    .scalar_subquery()
)


class Mailbox:
    def __init__(self, db: Database, own_account: str | None = None) -> None:
        self.db = db
        #: the only mailbox whose folders are listed (an office user's own: see
        #: Services.mailbox); None: every mailbox fetched into the database
        self.own_account = own_account

    def fetch(
        self,
        server: MailServer,
        password: str,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[FolderOutcome]:
        """Fetch the new messages of the server's INBOX and Sent into the database (a
        problem with the server as a whole is raised, one with a folder told in its
        outcome)."""
        fetcher = MailFetcher(self.db)
        return fetcher.fetch(server, password, progress=progress, cancelled=cancelled)

    def folders(self, account: str | None = None) -> list[MailFolderInfo]:
        """The fetched folders (of one account, or of all those this mailbox lists), by
        account, INBOX first."""
        if self.own_account is not None:
            if account not in (None, self.own_account):
                return []
            account = self.own_account
        query = (
            select(MailFolder.id, MailFolder.account, MailFolder.name, func.count(MailMessage.id))
            .outerjoin(MailMessage, MailMessage.folder_id == MailFolder.id)
            .group_by(MailFolder.id, MailFolder.account, MailFolder.name)
        )
        if account is not None:
            query = query.where(MailFolder.account == account)
        with self.db.read() as session:
            rows = session.execute(query).all()
        folders = [MailFolderInfo(*row) for row in rows]
        return sorted(
            folders, key=lambda f: (f.account, f.name.upper() != "INBOX", f.name.casefold())
        )

    def count(self, folder_id: int) -> int:
        with self.db.read() as session:
            query = select(func.count(MailMessage.id)).where(MailMessage.folder_id == folder_id)
            return int(session.scalar(query) or 0)

    def messages(self, folder_id: int, offset: int, limit: int) -> list[MessageSummary]:
        """A page of a folder's messages, newest first."""
        return self._page(MailMessage.folder_id == folder_id, offset, limit)

    def count_of(self, record_type: str, record_id: int) -> int:
        with self.db.read() as session:
            return int(
                session.scalar(
                    select(func.count(MailLink.message_id)).where(
                        MailLink.record_type == record_type, MailLink.record_id == record_id
                    )
                )
                or 0
            )

    def messages_of(
        self, record_type: str, record_id: int, offset: int, limit: int
    ) -> list[MessageSummary]:
        """A page of the messages linked to a record (by address, domain or filing)."""
        linked = MailMessage.id.in_(
            select(MailLink.message_id).where(
                MailLink.record_type == record_type, MailLink.record_id == record_id
            )
        )
        return self._page(linked, offset, limit)

    def _page(
        self, condition: ColumnElement[bool], offset: int, limit: int
    ) -> list[MessageSummary]:
        query = (
            select(MailMessage, MailFolder.name, _has_attachments)
            .join(MailFolder, MailFolder.id == MailMessage.folder_id)
            .where(condition)
            .order_by(MailMessage.sent_at.desc(), MailMessage.id.desc())
            .offset(offset)
            .limit(limit)
        )
        with self.db.read() as session:
            rows = session.execute(query).all()
        return [_summary(row, folder, count) for row, folder, count in rows]

    def message(self, message_id: int) -> MessageDetail:
        with self.db.read() as session:
            found = session.execute(
                select(MailMessage, MailFolder.name, _has_attachments)
                .join(MailFolder, MailFolder.id == MailMessage.folder_id)
                .where(MailMessage.id == message_id)
            ).first()
            if found is None:
                raise NotFound("The message is no longer in the database.")
            row, folder, count = found
            attachments = session.execute(
                select(
                    MailAttachment.id,
                    MailAttachment.file_name,
                    MailAttachment.mime_type,
                    MailAttachment.size,
                    MailAttachment.data.is_not(None),  # kept: the bytes themselves stay
                )
                .where(MailAttachment.message_id == message_id)
                .order_by(MailAttachment.id)
            ).all()
            links = session.scalars(select(MailLink).where(MailLink.message_id == message_id)).all()
            return MessageDetail(
                summary=_summary(row, folder, count),
                cc_text=row.cc_text,
                body_text=row.body_text,
                body_html=row.body_html,
                attachments=tuple(AttachmentInfo(*a) for a in attachments),
                links=tuple(LinkedRecord(x.record_type, x.record_id, x.how) for x in links),
                message_id=row.message_id,
            )

    def file(self, message_id: int, record_type: str, record_id: int) -> None:
        """Show the message in the history of a record of any type ("File to record…")."""
        with self.db.write() as session:
            if session.get(MailMessage, message_id) is None:
                raise NotFound("The message is no longer in the database.")
            link = session.get(MailLink, (message_id, record_type, record_id))
            if link is None:
                session.add(
                    MailLink(
                        message_id=message_id,
                        record_type=record_type,
                        record_id=record_id,
                        how=FILED,
                    )
                )

    def file_attachment(
        self,
        attachment_id: int,
        documents: DocumentService,
        record_type: str,
        record_id: int,
        server: MailServer | None,
        password: str | None,
    ) -> Record:
        """Keep an attachment as a new document of a record (its bytes read from the
        server first when they are not kept yet)."""
        data = self.attachment(attachment_id, server, password)
        with self.db.read() as session:
            row = session.get(MailAttachment, attachment_id)
            name = (row.file_name if row is not None else "") or "attachment"
        return documents.attach_bytes(data, name, record_type, record_id)

    def known_address(self, address: str) -> bool:
        """Whether a contact, lead or organization has ``address`` (either of its e-mails)."""
        key = address.strip().lower()
        with self.db.read() as session:
            return bool(key) and bool(AddressBook.by_address(session, [key]).get(key))

    def set_read(self, message_id: int, read: bool = True) -> None:
        with self.db.write() as session:
            row = session.get(MailMessage, message_id)
            if row is not None:
                row.is_read = read

    def attachment(
        self,
        attachment_id: int,
        server: MailServer | None,
        password: str | None,
        *,
        timeout: float = TIMEOUT,
    ) -> bytes:
        """An attachment's bytes: kept ones at once, others read from the server (the
        message must still be where it was fetched from) and kept."""
        with self.db.read() as session:
            found = _attachment_place(session, attachment_id)
        data, section, encoding, uid, folder, validity = found
        if data is not None:
            return data
        if server is None or password is None:
            raise MailUnavailable(
                "The attachment is on the mail server: set up your incoming mail server "
                "in Settings › Mail."
            )
        with connected(server, password, timeout=timeout) as connection:
            try:
                status, _ = connection.select(quoted(folder), readonly=True)
                if status != "OK":
                    raise MailUnavailable("The folder “%1” is no longer on the server.", folder)
                if int(connection.response("UIDVALIDITY")[1][0] or 0) != validity:
                    raise MailUnavailable(
                        "The server renumbered the folder “%1”: fetch the mail again.", folder
                    )
                status, answer = connection.uid("FETCH", str(uid), f"(BODY.PEEK[{section}])")
            except (OSError, EOFError, imaplib.IMAP4.error) as exc:
                raise problem(exc, server) from None
        raw = next((piece[1] for piece in answer if isinstance(piece, tuple)), None)
        if status != "OK" or raw is None:
            raise MailUnavailable("The message is no longer on the server.")
        data = decoded_bytes(raw, encoding)
        with self.db.write() as session:
            row = session.get(MailAttachment, attachment_id)
            if row is not None:
                row.data = data
        return data


def _attachment_place(
    session: Session, attachment_id: int
) -> tuple[bytes | None, str, str, int, str, int]:
    """The attachment's bytes if kept, and where it is: section, transfer encoding, the
    message's UID, its folder and the folder's UIDVALIDITY."""
    found = session.execute(
        select(
            MailAttachment.data,
            MailAttachment.section,
            MailAttachment.encoding,
            MailMessage.uid,
            MailFolder.name,
            MailFolder.uid_validity,
        )
        .join(MailMessage, MailMessage.id == MailAttachment.message_id)
        .join(MailFolder, MailFolder.id == MailMessage.folder_id)
        .where(MailAttachment.id == attachment_id)
    ).first()
    if found is None:
        raise NotFound("The attachment is no longer in the database.")
    data, section, encoding, uid, folder, validity = found
    return data, section, encoding, int(uid), folder, int(validity or 0)


def _summary(row: MailMessage, folder: str, attachments: int) -> MessageSummary:
    return MessageSummary(
        id=row.id,
        folder=folder,
        subject=row.subject,
        from_name=row.from_name,
        from_address=row.from_address,
        to_text=row.to_text,
        sent_at=row.sent_at,
        is_read=row.is_read,
        has_attachments=bool(attachments),
    )
