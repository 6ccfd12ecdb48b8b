"""How a reply, a reply to all and a forward of a message start: whom they go to, the
subject ("Re:", "Fwd:"), the text quoted under a line saying who wrote it and when (in
the user's language), the message answered (threading) and, for a forward, its
attachments."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument

from crm_desktop.exchange.mail.html import safe_html
from crm_desktop.exchange.mail.outgoing import (
    addresses,
    forward_subject,
    joined,
    quoted,
    reply_subject,
)
from crm_desktop.services.mail.messages import Draft, DraftAttachment, MessageDetail
from crm_desktop.views.formatting import format_datetime
from crm_desktop.views.qt_texts import translator

_tr = translator("mail")


def plain_text(message: MessageDetail) -> str:
    """The message's text: its plain part, else its HTML part as text."""
    if message.body_text.strip() or not message.body_html:
        return message.body_text
    document = QTextDocument()
    document.setHtml(safe_html(message.body_html))
    return document.toPlainText()


def _sender(message: MessageDetail) -> str:
    summary = message.summary
    return joined([(summary.from_name, summary.from_address)])


def _when(message: MessageDetail) -> str:
    return format_datetime(message.summary.sent_at, QLocale())


def _others(text: str, own: str, left_out: set[str]) -> list[tuple[str, str]]:
    """The addresses of a header's text but the user's own and those already chosen."""
    try:
        pairs = addresses(text)
    except ValueError:
        return []  # a header the server kept as it came, wrongly written: left out
    chosen = []
    for name, address in pairs:
        key = address.lower()
        if key != own and key not in left_out:
            left_out.add(key)
            chosen.append((name, address))
    return chosen


def reply(message: MessageDetail, own_address: str, *, to_all: bool = False) -> Draft:
    """A reply to the sender (one's own message: to whom it went), or to all."""
    summary = message.summary
    own = own_address.lower()
    seen: set[str] = set()
    if summary.from_address.lower() == own:  # answering one's own message (Sent)
        to = _others(summary.to_text, own, seen)
    else:
        to = _others(_sender(message), own, seen)
    if to_all:
        to += _others(summary.to_text, own, seen)
    cc = _others(message.cc_text, own, seen) if to_all else []
    intro = _tr("On %1, %2 wrote:").replace("%1", _when(message)).replace("%2", _sender(message))
    return Draft(
        to=joined(to),
        cc=joined(cc),
        subject=reply_subject(summary.subject),
        body=f"\n\n{intro}\n{quoted(plain_text(message))}\n",
        in_reply_to=message.message_id,
    )


def forward(message: MessageDetail) -> Draft:
    """A forward: the message's headers and text under a line, its attachments along."""
    summary = message.summary
    lines = [
        _tr("---------- Forwarded message ----------"),
        f"{_tr('From')}: {_sender(message)}",
        f"{_tr('Date')}: {_when(message)}",
        f"{_tr('Subject')}: {summary.subject}",
        f"{_tr('To')}: {summary.to_text}",
    ]
    if message.cc_text:
        lines.append(f"{_tr('Cc')}: {message.cc_text}")
    return Draft(
        to="",
        cc="",
        subject=forward_subject(summary.subject),
        body="\n\n" + "\n".join(lines) + "\n\n" + plain_text(message).rstrip() + "\n",
        attachments=tuple(
            DraftAttachment(a.file_name or a.mime_type, mail_attachment_id=a.id)
            for a in message.attachments
        ),
    )
