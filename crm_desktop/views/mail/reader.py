"""A message as a reader shows it: who wrote to whom and when, its text (the HTML part
cleaned, with no image fetched from the web; else the plain text), its attachments and
the records it shows in."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from crm_desktop.exchange.mail.html import has_images, safe_html
from crm_desktop.services.mail.messages import MessageDetail
from crm_desktop.views.formatting import format_datetime
from crm_desktop.views.news.reader import open_in_browser
from crm_desktop.views.qt_texts import translator

_tr = translator("mail")


class _Body(QTextBrowser):
    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Nothing from anywhere: a message's images would tell its sender it was read."""
        return None


class MessageReader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_reader")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6c757d")
        self.body = _Body(self)
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(open_in_browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 1)
        self.show_message(None)

    def show_message(self, message: MessageDetail | None) -> None:
        if message is None:
            self.heading.clear()
            self.note.hide()
            self.body.clear()
            return
        summary = message.summary
        sender = summary.from_name or summary.from_address
        lines = [
            f"<b>{html.escape(summary.subject or _tr('(no subject)'))}</b>",
            f"{_tr('From')}: {html.escape(sender)} &lt;{html.escape(summary.from_address)}&gt;",
            f"{_tr('To')}: {html.escape(summary.to_text)}",
        ]
        if message.cc_text:
            lines.append(f"{_tr('Cc')}: {html.escape(message.cc_text)}")
        lines.append(html.escape(format_datetime(summary.sent_at, QLocale())))
        self.heading.setText("<br>".join(lines))
        notes = []
        if message.attachments:
            names = ", ".join(a.file_name or a.mime_type for a in message.attachments)
            notes.append(_tr("Attachments: %1").replace("%1", names))
        if message.body_html and has_images(message.body_html):
            notes.append(_tr("Images are not shown."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        if message.body_html:
            self.body.setHtml(safe_html(message.body_html))
        else:
            self.body.setPlainText(message.body_text)
