"""Sending a message the user wrote (a new one, a reply, a forward) through their SMTP
server, then keeping it: APPENDed to the Sent folder on their IMAP server and stored in
the database like a fetched message of that folder, linked to the records of its
addresses and to the record it was written on, so that it is in the customer's history
at once.

The row has the UID the server gave the message (UIDPLUS's APPENDUID, else found by its
Message-ID): the next fetch of the Sent folder finds it stored and passes it over. A
message the server did not take into its Sent folder (no incoming server, the server
away) is stored with a UID below zero, which no server message has; the user is told it
is not on the server.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import mimetypes
import time
from email.message import EmailMessage

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError, Sentence, ValidationError
from crm_desktop.exchange.mail.message import Headers, read_headers
from crm_desktop.exchange.mail.outgoing import addresses, appended_uid, build_message
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.mail import MailAttachment, MailFolder, MailLink, MailMessage
from crm_desktop.registry import N_
from crm_desktop.services.mail.fetching import header_columns, quoted
from crm_desktop.services.mail.imap import TIMEOUT, MailUnavailable, connected, problem
from crm_desktop.services.mail.linking import FILED, AddressBook
from crm_desktop.services.mail.mailbox import Mailbox
from crm_desktop.services.mail.messages import DEFAULT_FOLDERS, Draft, SentMail
from crm_desktop.services.mail.smtp import RecipientRefused, SmtpConnection
from crm_desktop.services.mail.types import MailAccount
from crm_desktop.services.messages.sending import MAX_ATTACHMENTS_BYTES, read_attachments

#: the folder sent mail is kept in (fetched with INBOX)
SENT_FOLDER = DEFAULT_FOLDERS[1]


class Outbox:
    def __init__(self, db: Database, mailbox: Mailbox, *, timeout: float = TIMEOUT) -> None:
        self.db = db
        self.mailbox = mailbox
        self.timeout = timeout

    def check(self, draft: Draft) -> None:
        """Refuse a message that cannot go, in one sentence under its field."""
        errors: dict[str, str] = {}
        for field in ("to", "cc"):
            try:
                addresses(getattr(draft, field))
            except ValueError as exc:
                errors[field] = Sentence("“%1” is not an e-mail address.", exc)
        if "to" not in errors and not addresses(draft.to):
            errors["to"] = N_("Write whom the message goes to.")
        if not draft.subject.strip() and not draft.body.strip() and not draft.attachments:
            errors["body"] = N_("The message is empty.")
        if errors:
            raise ValidationError(errors)

    def send(
        self,
        draft: Draft,
        account: MailAccount,
        smtp_password: str | None,
        imap_password: str | None,
    ) -> SentMail:
        """Send ``draft`` from ``account``; raises :class:`DomainError` in one sentence
        when it did not go. Once it went, a Sent folder the server refuses is told in
        the result (the message is stored in the database all the same)."""
        self.check(draft)
        if account.outgoing is None:
            raise DomainError("Set up your outgoing mail server first: Settings › Mail.")
        files = self._attachments(draft, account, imap_password)
        to, cc = addresses(draft.to), addresses(draft.cc)
        email = build_message(
            (account.address, account.display_name),
            to,
            cc,
            " ".join(draft.subject.split()),
            draft.body,
            files,
            in_reply_to=draft.in_reply_to,
        )
        recipients = list(dict.fromkeys(a for _n, a in (*to, *cc)))
        try:
            with SmtpConnection(account.outgoing, smtp_password, timeout=self.timeout) as smtp:
                smtp.send(email, account.address, recipients)
        except RecipientRefused as exc:
            raise DomainError("The mail server refused the message: %1", exc.reason) from exc
        raw = email.as_bytes()
        place: tuple[int, int] | None = None
        not_kept: str | None = None
        if account.incoming is None or imap_password is None:
            not_kept = "There is no incoming mail server to keep it in your Sent folder."
        else:
            try:
                place = self._append(account, imap_password, raw)
            except MailUnavailable as exc:
                not_kept = str(exc)
        account_key = account.incoming.keyring_user if account.incoming else account.address
        message_id = self._store(account_key, email, raw, files, place, draft.records)
        return SentMail(message_id, not_kept)

    def _attachments(
        self, draft: Draft, account: MailAccount, imap_password: str | None
    ) -> list[tuple[str, bytes]]:
        on_disk = read_attachments(tuple(a.path for a in draft.attachments if a.path))
        files = []
        for attachment in draft.attachments:
            if attachment.path is not None:
                files.append(on_disk.pop(0))
            elif attachment.mail_attachment_id is not None:
                data = self.mailbox.attachment(
                    attachment.mail_attachment_id, account.incoming, imap_password
                )
                files.append((attachment.name, data))
        if sum(len(data) for _, data in files) > MAX_ATTACHMENTS_BYTES:
            raise DomainError(
                "The attachments are bigger than 20 MB together: mail servers refuse that."
            )
        return files

    def _append(self, account: MailAccount, password: str, raw: bytes) -> tuple[int, int]:
        """APPEND the message to the Sent folder: its (UIDVALIDITY, UID) there."""
        server = account.incoming
        assert server is not None  # send() checked it
        when = imaplib.Time2Internaldate(time.time())
        with connected(server, password, timeout=self.timeout) as connection:
            try:
                status, answer = connection.append(quoted(SENT_FOLDER), r"(\Seen)", when, raw)
                if status != "OK" and b"TRYCREATE" in b" ".join(
                    a for a in answer if isinstance(a, bytes)
                ):
                    connection.create(quoted(SENT_FOLDER))
                    status, answer = connection.append(quoted(SENT_FOLDER), r"(\Seen)", when, raw)
                if status != "OK":
                    raise MailUnavailable("The mail server did not keep it in “%1”.", SENT_FOLDER)
                place = appended_uid(answer)
                if place is not None:
                    return place
                return _find_appended(connection, read_headers(raw).message_id)
            except (OSError, EOFError, imaplib.IMAP4.error) as exc:
                raise problem(exc, server) from None

    def _store(
        self,
        account_key: str,
        email: EmailMessage,
        raw: bytes,
        files: list[tuple[str, bytes]],
        place: tuple[int, int] | None,
        records: tuple[tuple[str, int], ...],
    ) -> int:
        headers = read_headers(raw)
        now = utcnow()
        with self.db.write() as session:
            folder = session.scalar(
                select(MailFolder).where(
                    MailFolder.account == account_key, MailFolder.name == SENT_FOLDER
                )
            )
            if folder is None:
                validity = place[0] if place is not None else None
                folder = MailFolder(
                    account=account_key, name=SENT_FOLDER, uid_validity=validity, last_uid=0
                )
                session.add(folder)
                session.flush()
            if place is not None:
                uid = place[1]
            else:  # below every UID a server gives (and below the ones kept here before)
                lowest = session.scalar(
                    select(func.min(MailMessage.uid)).where(MailMessage.folder_id == folder.id)
                )
                uid = min(lowest or 0, 0) - 1
            message_id = session.scalar(
                select(MailMessage.id).where(
                    MailMessage.folder_id == folder.id, MailMessage.uid == uid
                )
            )
            if message_id is None:  # (a fetch running meanwhile may have stored it)
                message_id = _insert(session, folder.id, uid, email, headers, raw, files, now)
            book = AddressBook(session)
            found = book.by_address(session, headers.addresses)
            links = {(t, i): how for t, i, how in book.links(headers.addresses, found)}
            for key in records:
                links.setdefault(key, FILED)
            known = {
                (record_type, record_id)
                for record_type, record_id in session.execute(
                    select(MailLink.record_type, MailLink.record_id).where(
                        MailLink.message_id == message_id
                    )
                )
            }
            rows = [
                {"message_id": message_id, "record_type": t, "record_id": i, "how": how}
                for (t, i), how in links.items()
                if (t, i) not in known
            ]
            if rows:
                session.execute(insert(MailLink), rows)
        return int(message_id)


def _insert(
    session: Session,
    folder_id: int,
    uid: int,
    email: EmailMessage,
    headers: Headers,
    raw: bytes,
    files: list[tuple[str, bytes]],
    now: dt.datetime,
) -> int:
    """The message's row and its attachments' (their bytes kept: no server needed)."""
    body = email.get_body(("plain",))
    row = MailMessage(
        folder_id=folder_id,
        uid=uid,
        **header_columns(headers),
        sent_at=headers.sent_at or now,
        body_text=body.get_content() if body is not None else "",
        body_html="",
        size=len(raw),
        is_read=True,
        fetched_at=now,
    )
    session.add(row)
    session.flush()
    for number, (name, data) in enumerate(files, start=2):  # part 1 is the text
        session.add(
            MailAttachment(
                message_id=row.id,
                section=str(number),
                file_name=name[:500],
                mime_type=(mimetypes.guess_type(name)[0] or "application/octet-stream")[:200],
                encoding="",
                size=len(data),
                data=data,
            )
        )
    return row.id


def _find_appended(connection: imaplib.IMAP4, message_id: str) -> tuple[int, int]:
    """Without UIDPLUS: the message's UID found by its Message-ID in the Sent folder."""
    status, _ = connection.select(quoted(SENT_FOLDER), readonly=True)
    if status != "OK":
        raise MailUnavailable("There is no folder “%1”.", SENT_FOLDER)
    validity = int(connection.response("UIDVALIDITY")[1][0] or 0)
    escaped = message_id.replace("\\", "\\\\").replace('"', '\\"')
    status, data = connection.uid("SEARCH", "HEADER", "Message-ID", f'"{escaped}"')
    uids = [int(x) for x in (data[0] or b"").split()] if status == "OK" else []
    if not uids:
        raise MailUnavailable(
            "The message was not found in “%1” after it was put there.", SENT_FOLDER
        )
    return validity, max(uids)
