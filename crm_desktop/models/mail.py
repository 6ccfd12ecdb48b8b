"""Mail fetched from an IMAP server: folders with how far they were read, messages, their
attachments (fetched when opened or filed) and the records each message is linked to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime, utcnow


class MailFolder(Base):
    """A folder of a mailbox and how far it was fetched: its UIDVALIDITY and the highest
    UID stored. A UIDVALIDITY the server changed means its UIDs name other messages now."""

    __tablename__ = "mail_folders"
    __table_args__ = (UniqueConstraint("account", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: the mailbox: "user@host:port" (MailServer.keyring_user)
    account: Mapped[str] = mapped_column(String(400), nullable=False)
    #: the folder's IMAP name, as the server spells it
    name: Mapped[str] = mapped_column(String(500), nullable=False)
    uid_validity: Mapped[int | None] = mapped_column(BigInteger)
    #: the highest UID whose message is stored (0: none yet)
    last_uid: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    fetched_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class MailMessage(Base):
    """One message of a folder: its headers and its text; attachments are listed."""

    __tablename__ = "mail_messages"
    __table_args__ = (
        UniqueConstraint("folder_id", "uid"),
        Index("ix_mail_messages_folder_id_sent_at_id", "folder_id", "sent_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder_id: Mapped[int] = mapped_column(
        ForeignKey("mail_folders.id", ondelete="CASCADE"), nullable=False
    )
    uid: Mapped[int] = mapped_column(BigInteger, nullable=False)
    message_id: Mapped[str] = mapped_column(String(998), nullable=False, default="")
    subject: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    from_address: Mapped[str] = mapped_column(String(320), nullable=False, default="")
    from_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    #: the To and Cc headers as decoded text ("Name <a@b>, c@d")
    to_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cc_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    body_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: the HTML part as sent (sanitised when shown)
    body_html: Mapped[str] = mapped_column(Text, nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_read: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class MailAttachment(Base):
    """An attachment of a message: named at fetch, its bytes read from the server the
    first time it is opened or filed."""

    __tablename__ = "mail_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("mail_messages.id", ondelete="CASCADE"), nullable=False, index=True
    )
    #: the IMAP body section of the part ("2", "1.3")
    section: Mapped[str] = mapped_column(String(50), nullable=False)
    file_name: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    mime_type: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    #: its transfer encoding ("base64", "quoted-printable", ...), undone when it is read
    encoding: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)


class MailLink(Base):
    """A message shown in a record's history: found by an address or domain, or filed."""

    __tablename__ = "mail_links"
    __table_args__ = (Index("ix_mail_links_record", "record_type", "record_id", "message_id"),)

    message_id: Mapped[int] = mapped_column(
        ForeignKey("mail_messages.id", ondelete="CASCADE"), primary_key=True
    )
    record_type: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: "address", "domain" or "filed"
    how: Mapped[str] = mapped_column(String(10), nullable=False)
