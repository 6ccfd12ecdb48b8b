"""Sending a message to a segment: personalised per recipient, by e-mail through the
user's SMTP server, paced, resumable; chat apps recorded one recipient at a time.

For each recipient the send log (send_log.py) gets a line *before* the message goes and
another after, each in its own transaction, so a run that stops (Cancel, the network
down, a crash) starts again where it stopped and sends nobody the same message twice:
recipients with a line are passed over. A recipient who is left out (an opt-out, no
address) gets a ``skipped`` line with why; one the server refuses, ``failed`` with the
server's answer. Each message sent becomes an activity in the recipient's history, in
the transaction of its ``sent`` line; a campaign member still "Planned" becomes "Sent".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError
from crm_desktop.exchange.mail.outgoing import add_attachments
from crm_desktop.models.base import utcnow
from crm_desktop.registry import N_, Registry
from crm_desktop.services.campaigns.members import CampaignService
from crm_desktop.services.mail.smtp import ConnectionLost, MailServerError, RecipientRefused
from crm_desktop.services.messages.merge import Formatter, check_fields, plain_text, render
from crm_desktop.services.messages.recipients import Recipients
from crm_desktop.services.messages.send_log import SendLog
from crm_desktop.services.messages.types import (
    CHANNEL_NAMES,
    Audience,
    Channel,
    Personalised,
    Recipient,
    SendSummary,
    State,
    Template,
)
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import RecordService

SKIPPED_BY_USER = N_("skipped by the user")
#: (done, total, the recipient's name)
Progress = Callable[[int, int, str], None]
#: the biggest attachment a message may carry (most servers refuse more than 25 MB)
MAX_ATTACHMENTS_BYTES = 20 * 1024 * 1024


class Connection(Protocol):
    """What sending needs of a mail server (services/mail/smtp.py's SmtpConnection)."""

    def send(self, message: EmailMessage, sender: str, recipient: str) -> None: ...


class MessageSender:
    def __init__(
        self, records: RecordService, recipients: Recipients, campaigns: CampaignService
    ) -> None:
        self.records = records
        self.registry: Registry = records.registry
        self.recipients = recipients
        self.campaigns = campaigns
        self.log = SendLog(records.db, records.user_id)

    # -- before sending ---------------------------------------------------------------------------
    def check(self, audience: Audience, template: Template) -> None:
        """Refuse a message that cannot go: no text, unknown merge fields, unreadable
        or too big attachments."""
        if not template.body.strip():
            raise DomainError("The message has no text.")
        types = [self.registry.get(t) for t in self.recipients.types(audience)]
        check_fields((template.subject, template.body, template.unsubscribe), types)
        read_attachments(template.attachments)

    def personalise(
        self, recipient: Recipient, template: Template, formatter: Formatter = plain_text
    ) -> Personalised:
        record_type = self.registry.get(recipient.record_type)
        body = render(template.body, record_type, recipient.values, formatter=formatter)
        if template.unsubscribe.strip():
            unsubscribe = render(template.unsubscribe, record_type, recipient.values)
            body = f"{body.rstrip()}\n\n--\n{unsubscribe.strip()}\n"
        subject = render(template.subject, record_type, recipient.values, formatter=formatter)
        return Personalised(recipient, " ".join(subject.split()), body)

    def preview(
        self,
        audience: Audience,
        channel: Channel,
        template: Template,
        limit: int = 200,
        formatter: Formatter = plain_text,
    ) -> list[Personalised]:
        """The message as the first ``limit`` recipients get it (those left out too)."""
        return [
            self.personalise(r, template, formatter)
            for r in self.recipients.first(audience, channel, limit)
        ]

    # -- e-mail -----------------------------------------------------------------------------------
    def send_email(
        self,
        audience: Audience,
        template: Template,
        connection: Connection,
        sender: tuple[str, str],
        *,
        pace: float = 0.0,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        formatter: Formatter = plain_text,
    ) -> SendSummary:
        """Send ``template`` to every recipient of ``audience`` the log has no line for,
        one message each, ``pace`` seconds apart; ``sender`` is (address, display name).
        Raises :class:`MailServerError` when the server goes away (the run resumes)."""
        self.check(audience, template)
        # Each message sent is an activity: a role that may not make them sends nothing.
        self.recipients.access.require(self.registry.get("activities"), "create")
        attachments = read_attachments(template.attachments)
        total = self.recipients.count(audience)
        run_id = self.log.run_for(audience, Channel.EMAIL, template)
        self.log.settle_unknown(run_id)
        summary = SendSummary(run_id)
        # The last message sent, its "sent" line not written yet: written with the next
        # message's "sending" line, one commit a message (a commit waits for the disk),
        # or on its own before a pause, a refusal or the end.
        unwritten: Personalised | None = None

        def write_sent(session: Session | None = None) -> None:
            nonlocal unwritten
            if unwritten is not None:
                self._sent(run_id, audience, unwritten, Channel.EMAIL, session=session)
                unwritten = None

        done = 0
        last_sent = 0.0
        try:
            for chunk in self.recipients.chunks(audience, Channel.EMAIL):
                known = self.log.known(run_id, chunk)
                for recipient in chunk:
                    done += 1
                    if (recipient.record_type, recipient.record_id) in known:
                        continue
                    if cancelled():
                        summary.cancelled = True
                        write_sent()
                        return self._counted(summary)
                    if recipient.left_out is not None:
                        self.log.note(run_id, recipient, State.SKIPPED, recipient.left_out)
                        continue
                    wait = last_sent + pace - time.monotonic()
                    if wait > 0:
                        write_sent()
                        if _sleep(wait, cancelled):
                            summary.cancelled = True
                            return self._counted(summary)
                    message = self.personalise(recipient, template, formatter)
                    email = compose(message, sender, attachments)
                    with self.records.db.write() as session:
                        write_sent(session)
                        self.log.begin(run_id, recipient, session=session)
                    if self._send(run_id, connection, email, sender[0], recipient):
                        unwritten = message
                        summary.sent_now += 1
                    last_sent = time.monotonic()
                    if progress is not None:
                        progress(done, total, recipient.name)
        finally:
            write_sent()
        self.log.finish(run_id)
        return self._counted(summary)

    def _send(
        self,
        run_id: int,
        connection: Connection,
        email: EmailMessage,
        sender: str,
        recipient: Recipient,
    ) -> bool:
        """Hand one message to the server: True when it took it; a refusal is the
        recipient's "failed" line (False), a lost connection stops the run."""
        try:
            connection.send(email, sender, recipient.address)
        except RecipientRefused as exc:
            self.log.note(run_id, recipient, State.FAILED, exc.reason)
            return False
        except ConnectionLost as exc:
            if exc.delivered_unknown:
                self.log.note(run_id, recipient, State.FAILED, str(exc))
            else:
                self.log.forget(run_id, recipient)
            raise MailServerError(
                "%1 The messages not sent yet go when the message is sent again.", exc
            ) from exc
        return True

    def dry_run(
        self, audience: Audience, template: Template, progress: Progress | None = None
    ) -> SendSummary:
        """What sending by e-mail would do now, written nowhere: those who would get it
        count as sent; those the send log has already are passed over."""
        self.check(audience, template)
        total = self.recipients.count(audience)
        run_id = self.log.find_run(audience, Channel.EMAIL, template)
        summary = SendSummary(0)
        done = 0
        for chunk in self.recipients.chunks(audience, Channel.EMAIL):
            known = self.log.known(run_id, chunk) if run_id is not None else set()
            for recipient in chunk:
                done += 1
                if (recipient.record_type, recipient.record_id) in known:
                    continue
                if recipient.left_out is not None:
                    summary.skipped += 1
                else:
                    self.personalise(recipient, template)
                    summary.sent += 1
                if progress is not None:
                    progress(done, total, recipient.name)
        return summary

    def test_send(
        self,
        audience: Audience,
        template: Template,
        connection: Connection,
        sender: tuple[str, str],
        formatter: Formatter = plain_text,
    ) -> None:
        """The message as the first recipient gets it, sent to the sender; no log, no history."""
        self.check(audience, template)
        first = self.recipients.first(audience, Channel.EMAIL, 1)
        if not first:
            raise DomainError("The message has no recipients to show it for.")
        message = self.personalise(first[0], template, formatter)
        email = compose(message, sender, read_attachments(template.attachments), to=sender)
        try:
            connection.send(email, sender[0], sender[0])
        except RecipientRefused as exc:
            raise DomainError("The mail server refused the test message: %1", exc.reason) from exc

    # -- chat apps --------------------------------------------------------------------------------
    def chat_run(self, audience: Audience, channel: Channel, template: Template) -> int:
        """The run a walk through the recipients of a chat app records into."""
        self.check(audience, template)
        run_id = self.log.run_for(audience, channel, template)
        self.log.settle_unknown(run_id)
        return run_id

    def chat_pending(self, run_id: int, audience: Audience, channel: Channel) -> list[Recipient]:
        """The recipients the walk has not recorded yet (those left out get their line)."""
        pending: list[Recipient] = []
        for chunk in self.recipients.chunks(audience, channel):
            known = self.log.known(run_id, chunk)
            for recipient in chunk:
                if (recipient.record_type, recipient.record_id) in known:
                    continue
                if recipient.left_out is not None:
                    self.log.note(run_id, recipient, State.SKIPPED, recipient.left_out)
                else:
                    pending.append(recipient)
        return pending

    def chat_done(
        self, run_id: int, audience: Audience, message: Personalised, channel: Channel, sent: bool
    ) -> None:
        """The user sent the message in the chat app (``sent``) or skipped the recipient."""
        if sent:
            self._sent(run_id, audience, message, channel)
        else:
            self.log.note(run_id, message.recipient, State.SKIPPED, SKIPPED_BY_USER)

    # -- helpers ----------------------------------------------------------------------------------
    def summary(self, run_id: int) -> SendSummary:
        return self.log.summary(run_id)

    def _sent(
        self,
        run_id: int,
        audience: Audience,
        message: Personalised,
        channel: Channel,
        *,
        session: Session | None = None,
    ) -> None:
        """The ``sent`` line, the activity in the recipient's history and the campaign
        member's response, in one transaction (``session``'s, or one of their own)."""
        if session is None:
            with self.records.db.write() as own:
                self._sent(run_id, audience, message, channel, session=own)
            return
        recipient = message.recipient
        now = utcnow()
        subject = message.subject or message.body.strip().split("\n", 1)[0]
        if channel is not Channel.EMAIL:
            subject = f"{CHANNEL_NAMES[channel]}: {subject}"
        values = {
            "kind": "Email",
            "subject": subject[:300] or CHANNEL_NAMES[channel],
            "status": "Held",
            "start_at": now,
            "end_at": now,
            "related_type": recipient.record_type,
            "related_id": recipient.record_id,
            "description": f"{recipient.address}\n\n{message.body}",
        }
        activity_id = self.records._create(session, "activities", values)
        self.log.note(run_id, recipient, State.SENT, session=session, activity_id=activity_id)
        if audience.campaign_id is not None:
            self.campaigns.record_sent(
                session, audience.campaign_id, recipient.record_type, recipient.record_id
            )
        # Told before the commit: the views re-read on the next turn of their loop.
        self.records.hub.publish(Change("activities", (activity_id,), "created"))
        if audience.campaign_id is not None:  # a member's response, the campaign's tabs
            self.records.hub.publish(Change("campaigns", (audience.campaign_id,), "updated"))

    def _counted(self, summary: SendSummary) -> SendSummary:
        counted = self.log.summary(summary.run_id)
        counted.sent_now, counted.cancelled = summary.sent_now, summary.cancelled
        return counted


def _sleep(seconds: float, cancelled: Callable[[], bool]) -> bool:
    """Wait ``seconds``, looking for a Cancel every tenth of a second; True: cancelled."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if cancelled():
            return True
        time.sleep(min(left, 0.1))
    return cancelled()


def read_attachments(paths: tuple[Path, ...]) -> list[tuple[str, bytes]]:
    """The attachments' names and bytes, read once for every message."""
    files: list[tuple[str, bytes]] = []
    for path in paths:
        try:
            files.append((path.name, path.read_bytes()))
        except OSError as exc:
            raise DomainError("The attachment %1 cannot be read (%2).", path, exc.strerror) from exc
    if sum(len(data) for _, data in files) > MAX_ATTACHMENTS_BYTES:
        raise DomainError(
            "The attachments are bigger than 20 MB together: mail servers refuse that."
        )
    return files


def compose(
    message: Personalised,
    sender: tuple[str, str],
    attachments: list[tuple[str, bytes]],
    *,
    to: tuple[str, str] | None = None,
) -> EmailMessage:
    """The e-mail of one personalised message (to its recipient, or to ``to``)."""
    address, display_name = sender
    recipient = message.recipient
    email = EmailMessage(policy=SMTP)
    email["From"] = formataddr((display_name, address))
    email["To"] = formataddr((to[1], to[0]) if to else (recipient.name, recipient.address))
    email["Subject"] = message.subject
    email["Date"] = formatdate(localtime=True)
    email["Message-ID"] = make_msgid(domain=address.rpartition("@")[2] or None)
    email.set_content(message.body)
    add_attachments(email, attachments)
    return email
