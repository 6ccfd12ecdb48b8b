"""Marketing: campaigns and their members, each user's mail account, messages to a
segment and their send log (migration 0015).

A campaign member names a lead or a contact by type and id (``member_type``,
``member_id``) without a foreign key, as an activity's "related to" does: one table holds
both kinds, and a member outlives neither record's move to the recycle bin.

The send log (``message_deliveries``) has one row per recipient of a message, written
*before* the message goes to the server (state ``sending``) and again after (``sent``,
``failed`` with the server's reason, ``skipped`` with why): a run that stops half way
(a crash, the network down, Cancel) resumes from it and never sends anyone the same
message twice. A row still ``sending`` after a crash is one whose fate is unknown: it is
not sent again (see services/messages/sending.py).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import (
    Base,
    Money,
    NumberedMixin,
    RecordMixin,
    UTCDateTime,
    name_key_column,
    utcnow,
)
from crm_desktop.models.entities import list_indexes


class Campaign(RecordMixin, NumberedMixin, Base):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = name_key_column()
    campaign_type: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str | None] = mapped_column(String(40))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="USD")
    budget_cost: Mapped[Decimal | None] = mapped_column(Money)
    actual_cost: Mapped[Decimal | None] = mapped_column(Money)
    expected_revenue: Mapped[Decimal | None] = mapped_column(Money)
    expected_responses: Mapped[int | None] = mapped_column(Integer)
    actual_responses: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = list_indexes(
        "campaigns",
        "number",
        "name_key",
        "campaign_type",
        "status",
        "start_date",
        "end_date",
        "budget_cost",
        "actual_cost",
        "owner_id",
        "modified_at",
    )


class CampaignMember(Base):
    """A lead or a contact taking part in a campaign, with how they responded."""

    __tablename__ = "campaign_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False
    )
    #: "leads" or "contacts"
    member_type: Mapped[str] = mapped_column(String(40), nullable=False)
    member_id: Mapped[int] = mapped_column(Integer, nullable=False)
    response: Mapped[str] = mapped_column(String(40), nullable=False)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (
        UniqueConstraint("campaign_id", "member_type", "member_id"),
        # "Which campaigns is this contact in": a record's own campaigns.
        Index("ix_campaign_members_member", "member_type", "member_id"),
    )


class MailAccountRow(Base):
    """A user's mail account (services/mail/accounts.py); the passwords are in the
    system's keyring, never here."""

    __tablename__ = "mail_accounts"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    address: Mapped[str] = mapped_column(String(254), nullable=False)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    smtp_host: Mapped[str | None] = mapped_column(String(253))
    smtp_port: Mapped[int | None] = mapped_column(Integer)
    smtp_security: Mapped[str | None] = mapped_column(String(10))
    smtp_user: Mapped[str | None] = mapped_column(String(254))
    imap_host: Mapped[str | None] = mapped_column(String(253))
    imap_port: Mapped[int | None] = mapped_column(Integer)
    imap_security: Mapped[str | None] = mapped_column(String(10))
    imap_user: Mapped[str | None] = mapped_column(String(254))


class MessageRun(Base):
    """One message to a segment: its text as written, whom it went to, how."""

    __tablename__ = "message_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: "email", "messenger", "zalo", "whatsapp"
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False)
    #: what the recipients were chosen by, as the user saw it ("Hot leads", a campaign)
    source: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), index=True)
    #: the text's fingerprint: the same message to the same segment resumes this run
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class MessageDelivery(Base):
    """One recipient of a run: the send log written before and after each send."""

    __tablename__ = "message_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("message_runs.id", ondelete="CASCADE"), nullable=False
    )
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    #: the e-mail address or chat link the message went to
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    #: "sending", "sent", "failed", "skipped"
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    #: why it failed (the server's answer) or was skipped
    reason: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    activity_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("run_id", "record_type", "record_id"),
        # A record's messages (the campaign's "Messages sent", a contact's history).
        Index("ix_message_deliveries_record", "record_type", "record_id"),
    )
