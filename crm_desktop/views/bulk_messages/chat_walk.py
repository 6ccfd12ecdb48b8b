"""A message to a segment through a chat app (Messenger, Zalo, WhatsApp), which the
program cannot send itself: one recipient at a time, the personalised text goes to the
clipboard and the recipient's chat opens in the browser; the user pastes it, sends it,
and says "Sent" or "Skip". Each answer is in the send log at once, so a walk stopped
half way goes on from the next recipient when the same message is started again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.messages.types import (
    CHANNEL_NAMES,
    Audience,
    Channel,
    Personalised,
    Recipient,
    Template,
)
from crm_desktop.views.messages import open_message
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services.messages.merge import Formatter
    from crm_desktop.services.messages.sending import MessageSender

_tr = translator("messages")
#: the services' words (channels, why a recipient was left out), marked N_ there
service_text = translator("validation")


class ChatWalk(QDialog):
    def __init__(
        self,
        messages: MessageSender,
        audience: Audience,
        channel: Channel,
        template: Template,
        formatter: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.messages = messages
        self.audience = audience
        self.channel = channel
        self.template = template
        self.formatter = formatter
        self.run_id = 0
        self.pending: list[Recipient] = []
        self.position = 0
        self.current: Personalised | None = None
        name = service_text(CHANNEL_NAMES[channel])
        self.setWindowTitle(_tr("Send by %1").replace("%1", name))
        self.where = QLabel(self)
        self.link = QLabel(self)
        self.link.setOpenExternalLinks(False)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.open_button = QPushButton(_tr("Copy the text and open the chat"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.copy_and_open)
        self.sent_button = QPushButton(_tr("Sent"), self)
        self.sent_button.clicked.connect(lambda: self.answer(sent=True))
        self.skip_button = QPushButton(_tr("Skip"), self)
        self.skip_button.clicked.connect(lambda: self.answer(sent=False))
        stop = QPushButton(_tr("Stop"), self)
        stop.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(stop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.link)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(560, 420)

    def start(self) -> bool:
        """Open on the first recipient not done yet; False when there is none."""
        try:
            self.run_id = self.messages.chat_run(self.audience, self.channel, self.template)
            self.pending = self.messages.chat_pending(self.run_id, self.audience, self.channel)
        except DomainError as exc:
            show_domain_error(self.parentWidget(), exc)
            return False
        if not self.pending:
            open_message(
                self.parentWidget() or self,
                QMessageBox.Icon.Information,
                self.windowTitle(),
                _tr("Everyone has been done: there is nobody left to send this message to."),
            )
            return False
        self.position = 0
        self._show()
        self.open()
        return True

    def copy_and_open(self) -> None:
        if self.current is None:
            return
        QGuiApplication.clipboard().setText(self.current.body)
        QDesktopServices.openUrl(QUrl(self.current.recipient.address))

    def answer(self, *, sent: bool) -> None:
        if self.current is None:
            return
        try:
            self.messages.chat_done(self.run_id, self.audience, self.current, self.channel, sent)
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self.position += 1
        if self.position >= len(self.pending):
            summary = self.messages.summary(self.run_id)
            self.accept()
            open_message(
                self.parentWidget() or self,
                QMessageBox.Icon.Information,
                self.windowTitle(),
                _tr("Done. Sent: %1. Skipped or left out: %2.")
                .replace("%1", str(summary.sent))
                .replace("%2", str(summary.skipped)),
            )
            return
        self._show()

    def _show(self) -> None:
        recipient = self.pending[self.position]
        self.current = self.messages.personalise(recipient, self.template, self.formatter)
        self.where.setText(
            _tr("%1 of %2: %3")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(len(self.pending)))
            .replace("%3", recipient.name)
        )
        self.link.setText(recipient.address)
        self.text.setPlainText(self.current.body)
