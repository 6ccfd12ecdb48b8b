"""Messages to a segment as plain data (no SQLAlchemy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from crm_desktop.registry import N_
from crm_desktop.services.campaigns.types import Segment


class Channel(StrEnum):
    EMAIL = "email"
    MESSENGER = "messenger"
    ZALO = "zalo"
    WHATSAPP = "whatsapp"


#: what each channel is called
CHANNEL_NAMES = {
    Channel.EMAIL: N_("E-mail"),
    Channel.MESSENGER: N_("Messenger"),
    Channel.ZALO: N_("Zalo"),
    Channel.WHATSAPP: N_("WhatsApp"),
}


class State(StrEnum):
    """A recipient's line in the send log."""

    SENDING = "sending"  # written before the message goes; still there after a crash
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Audience:
    """Whom a message goes to: the records of a segment, or a campaign's members."""

    segment: Segment | None = None
    campaign_id: int | None = None
    #: what the user chose them by, as shown in the send log ("Hot leads", a campaign)
    name: str = ""


@dataclass(frozen=True)
class Template:
    """A message as written: merge fields in braces ({first_name}, {organization},
    {owner}, any field by its name); ``{{`` and ``}}`` stand for braces."""

    subject: str
    body: str
    attachments: tuple[Path, ...] = ()
    #: the line added under the body (the way to ask for no more messages); "" for none
    unsubscribe: str = ""


@dataclass(frozen=True)
class Recipient:
    record_type: str
    record_id: int
    name: str
    #: the e-mail address or the chat link; "" when the record has none
    address: str
    #: why the message leaves them out (an opt-out, no address); None: they get it
    left_out: str | None
    values: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Personalised:
    """The message as one recipient gets it."""

    recipient: Recipient
    subject: str
    body: str


@dataclass(frozen=True)
class Delivery:
    record_type: str
    record_id: int
    name: str
    address: str
    state: State
    reason: str | None
    changed_at: dt.datetime


@dataclass
class SendSummary:
    """What a run did, counted over the whole send log (earlier runs of it included)."""

    run_id: int
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    #: messages this call sent (a resumed run: the ones it added)
    sent_now: int = 0
    cancelled: bool = False


@dataclass(frozen=True)
class RunInfo:
    """A message sent to a segment, for the campaign's "Messages sent" tab."""

    id: int
    created_at: dt.datetime
    channel: Channel
    subject: str
    source: str
    sent: int
    failed: int
    skipped: int
    finished: bool
