"""Fetching a mailbox's new messages into the database, folder by folder.

A folder remembers its UIDVALIDITY and the highest UID stored. A fetch asks the server
for the UIDs above it, then reads the new messages in batches: their headers, structure
and size in one command, their text parts in one more per shape of message; each batch
is written in one transaction together with the folder's new highest UID. A fetch cut
short (a cancel, a dropped connection, a crash) keeps the batches written and the next
one starts after them: nothing is fetched twice, nothing is stored twice. When the
server's UIDVALIDITY changes, its UIDs name other messages: the folder's stored messages
are dropped and it is fetched again from the start. Attachments are only listed; their
bytes are read when opened or filed (services/mail/mailbox.py).
"""

from __future__ import annotations

import datetime as dt
import imaplib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError
from crm_desktop.exchange.mail.imap_response import Part, Value, body_parts, fetch_items
from crm_desktop.exchange.mail.message import Headers, decoded_text, read_headers
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.mail import MailAttachment, MailFolder, MailLink, MailMessage
from crm_desktop.services.mail.imap import TIMEOUT, MailUnavailable, connected, problem
from crm_desktop.services.mail.linking import AddressBook
from crm_desktop.services.mail.messages import DEFAULT_FOLDERS, FolderOutcome
from crm_desktop.services.mail.types import MailServer

#: messages read per command and written per transaction
BATCH = 250
_SUMMARY_ITEMS = "(UID RFC822.SIZE INTERNALDATE BODYSTRUCTURE BODY.PEEK[HEADER])"

Progress = Callable[[int, int, str], None]


@dataclass
class _Fetched:
    uid: int
    size: int
    headers: Headers
    internal_date: dt.datetime | None
    text: tuple[Part | None, Part | None]  # the plain and the HTML part
    attachments: list[Part]
    bodies: dict[str, bytes]


def quoted(folder: str) -> str:
    """A folder name as an IMAP command takes it (quoted, its quotes escaped)."""
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


class MailFetcher:
    def __init__(self, db: Database, *, timeout: float = TIMEOUT, batch: int = BATCH) -> None:
        self.db = db
        self.timeout = timeout
        self.batch = batch

    def fetch(
        self,
        server: MailServer,
        password: str,
        folders: Sequence[str] = DEFAULT_FOLDERS,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[FolderOutcome]:
        """Fetch the new messages of ``folders``; a problem with the server as a whole
        (not found, bad password) is raised, one with a folder told in its outcome."""
        outcomes: list[FolderOutcome] = []
        with connected(server, password, timeout=self.timeout) as connection:
            with self.db.read() as session:
                book = AddressBook(session)
            for folder in folders:
                if cancelled():
                    break
                try:
                    outcomes.append(
                        self._folder(connection, server, folder, book, progress, cancelled)
                    )
                except MailUnavailable as exc:
                    outcomes.append(FolderOutcome(folder, 0, problem=str(exc)))
                    break  # the connection is gone: the other folders wait for next time
        return outcomes

    def _folder(
        self,
        connection: imaplib.IMAP4,
        server: MailServer,
        folder: str,
        book: AddressBook,
        progress: Progress | None,
        cancelled: Callable[[], bool],
    ) -> FolderOutcome:
        try:
            status, _ = connection.select(quoted(folder), readonly=True)
            if status != "OK":
                return FolderOutcome(folder, 0, problem=f"There is no folder “{folder}”.")
            validity = int(connection.response("UIDVALIDITY")[1][0] or 0)
        except (OSError, EOFError, imaplib.IMAP4.error) as exc:
            raise problem(exc, server) from None
        folder_id, last_uid, refetched = self._prepare(server.keyring_user, folder, validity)
        try:
            status, data = connection.uid("SEARCH", f"UID {last_uid + 1}:*")
            # "n:*" names the last message even when its UID is below n
            uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > last_uid)
        except (OSError, EOFError, imaplib.IMAP4.error) as exc:
            raise problem(exc, server) from None
        stored = 0
        for start in range(0, len(uids), self.batch):
            if cancelled():
                break
            chunk = uids[start : start + self.batch]
            try:
                fetched = self._read(connection, chunk)
            except (OSError, EOFError, imaplib.IMAP4.error, ValueError) as exc:
                if isinstance(exc, ValueError):
                    raise MailUnavailable("The server's answer cannot be read (%1).", exc) from None
                raise problem(exc, server) from None
            stored += self._store(folder_id, fetched, max(chunk), book)
            if progress is not None:
                progress(start + len(chunk), len(uids), folder)
        return FolderOutcome(folder, stored, refetched=refetched)

    def _prepare(self, account: str, folder: str, validity: int) -> tuple[int, int, bool]:
        """The folder's row (made if new) and its highest UID stored; a new UIDVALIDITY
        drops its messages first."""
        with self.db.write() as session:
            row = session.scalar(
                select(MailFolder).where(MailFolder.account == account, MailFolder.name == folder)
            )
            if row is None:
                row = MailFolder(account=account, name=folder, uid_validity=validity, last_uid=0)
                session.add(row)
                session.flush()
                return row.id, 0, False
            refetched = row.uid_validity is not None and row.uid_validity != validity
            if refetched:
                session.execute(delete(MailMessage).where(MailMessage.folder_id == row.id))
                row.last_uid = 0
            row.uid_validity = validity
            return row.id, row.last_uid, refetched

    def _read(self, connection: imaplib.IMAP4, uids: list[int]) -> list[_Fetched]:
        status, data = connection.uid("FETCH", ",".join(map(str, uids)), _SUMMARY_ITEMS)
        if status != "OK":
            raise imaplib.IMAP4.error(_first_text(data))
        wanted = set(uids)
        fetched = [_summary(items) for items in fetch_items(data) if _uid(items) in wanted]
        # the text parts, one command per shape of message ("1"; "1.1 1.2"; ...)
        shapes: dict[tuple[str, ...], list[_Fetched]] = defaultdict(list)
        for message in fetched:
            sections = tuple(p.section for p in message.text if p is not None)
            if sections:
                shapes[sections].append(message)
        for sections, messages in shapes.items():
            by_uid = {m.uid: m for m in messages}
            items = " ".join(f"BODY.PEEK[{s}]" for s in sections)
            status, data = connection.uid("FETCH", ",".join(map(str, by_uid)), f"(UID {items})")
            if status != "OK":
                raise imaplib.IMAP4.error(_first_text(data))
            for answer in fetch_items(data):
                target = by_uid.get(_uid(answer))
                if target is not None:
                    for section in sections:
                        value = answer.get(f"BODY[{section}]")
                        target.bodies[section] = value if isinstance(value, bytes) else b""
        return fetched

    def _store(
        self, folder_id: int, fetched: list[_Fetched], last_uid: int, book: AddressBook
    ) -> int:
        now = utcnow()
        with self.db.write() as session:
            folder = session.get(MailFolder, folder_id)
            if folder is None:
                raise DomainError("The mail folder was removed while it was fetched.")
            known = set(
                session.scalars(
                    select(MailMessage.uid).where(
                        MailMessage.folder_id == folder_id,
                        MailMessage.uid.in_([m.uid for m in fetched]),
                    )
                )
            )
            fresh = [m for m in fetched if m.uid not in known]
            if fresh:
                _add(session, folder_id, fresh, now, book)
            folder.last_uid = max(folder.last_uid, last_uid)
            folder.fetched_at = now
        return len(fresh)


def header_columns(headers: Headers) -> dict[str, str]:
    """The columns of a stored message its headers give (a fetched one's or a sent one's)."""
    return {
        "message_id": headers.message_id,
        "subject": headers.subject,
        "from_address": headers.from_address,
        "from_name": headers.from_name,
        "to_text": headers.to_text,
        "cc_text": headers.cc_text,
    }


def _add(
    session: Session, folder_id: int, fresh: list[_Fetched], now: dt.datetime, book: AddressBook
) -> None:
    """The messages, their attachments and links: three statements of many rows (the
    ORM's row-by-row flush took a third of a first fetch)."""
    rows = []
    for message in fresh:
        headers = message.headers
        plain, html = message.text
        rows.append(
            {
                "folder_id": folder_id,
                "uid": message.uid,
                **header_columns(headers),
                "sent_at": headers.sent_at or message.internal_date or now,
                "body_text": _text(plain, message.bodies),
                "body_html": _text(html, message.bodies),
                "size": message.size,
                "is_read": False,
                "fetched_at": now,
            }
        )
    session.execute(insert(MailMessage), rows)
    rows_back = session.execute(
        select(MailMessage.uid, MailMessage.id).where(
            MailMessage.folder_id == folder_id, MailMessage.uid.in_([m.uid for m in fresh])
        )
    )
    ids: dict[int, int] = {uid: message_id for uid, message_id in rows_back}
    attachments = [
        {
            "message_id": ids[message.uid],
            "section": part.section,
            "file_name": part.file_name[:500],
            "mime_type": part.mime_type[:200],
            "encoding": part.encoding[:40],
            "size": part.size,
            "data": None,
        }
        for message in fresh
        for part in message.attachments
    ]
    if attachments:
        session.execute(insert(MailAttachment), attachments)
    known = book.by_address(session, (a for m in fresh for a in m.headers.addresses))
    links = [
        {"message_id": ids[m.uid], "record_type": kind, "record_id": record_id, "how": how}
        for m in fresh
        for kind, record_id, how in book.links(m.headers.addresses, known)
    ]
    if links:
        session.execute(insert(MailLink), links)


def _text(part: Part | None, bodies: dict[str, bytes]) -> str:
    if part is None:
        return ""
    return decoded_text(bodies.get(part.section, b""), part.encoding, part.charset)


def _summary(items: dict[str, Value]) -> _Fetched:
    parts = body_parts(items.get("BODYSTRUCTURE"))
    plain = next((p for p in parts if not p.is_attachment and p.mime_type == "text/plain"), None)
    html = next((p for p in parts if not p.is_attachment and p.mime_type == "text/html"), None)
    header = items.get("BODY[HEADER]")
    return _Fetched(
        uid=_uid(items),
        size=_int(items.get("RFC822.SIZE")),
        headers=read_headers(header if isinstance(header, bytes) else b""),
        internal_date=_internal_date(items.get("INTERNALDATE")),
        text=(plain, html),
        attachments=[p for p in parts if p.is_attachment],
        bodies={},
    )


def _uid(items: dict[str, Value]) -> int:
    return _int(items.get("UID"))


def _int(value: Value) -> int:
    try:
        return int(value) if isinstance(value, bytes) else 0
    except ValueError:
        return 0


def _internal_date(value: Value) -> dt.datetime | None:
    if not isinstance(value, bytes):
        return None
    try:
        return dt.datetime.strptime(value.decode().strip(), "%d-%b-%Y %H:%M:%S %z").astimezone(
            dt.UTC
        )
    except ValueError:
        return None


def _first_text(data: list[object]) -> str:
    first = data[0] if data else b""
    return first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first)
