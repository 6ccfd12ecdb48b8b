"""Sending a message to a segment by e-mail in the background: the user's SMTP account
(Settings › Mail), its password from the keyring or asked for, one message each
``PACE_SECONDS``, progress with a Cancel. A run stopped by Cancel, a lost connection or
a crash resumes where it stopped when the same message is sent again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.services.mail import passwords
from crm_desktop.services.mail.smtp import SmtpConnection
from crm_desktop.services.mail.types import MailAccount, MailServer
from crm_desktop.services.messages.types import Audience, SendSummary, Template
from crm_desktop.views.job_progress import JobProgress
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services.messages.merge import Formatter
    from crm_desktop.views.bulk_messages.message_dialog import MessageDialog

_tr = translator("messages")
#: seconds between two messages: mail providers refuse senders that go faster
PACE_SECONDS = 1.0


def ask_password(dialog: QWidget, server: MailServer) -> str | None:
    """The password of ``server``, asked for since the keyring has none; None: cancelled."""
    note = (
        _tr("It is not kept: this computer has no keyring.")
        if not passwords.keyring_usable()
        else _tr("Save it in Settings › Mail to be asked no more.")
    )
    label = (
        _tr("Password of %1 at %2:").replace("%1", server.user_name).replace("%2", server.host)
        + "\n"
        + note
    )
    text, ok = QInputDialog.getText(
        dialog, _tr("Mail password"), label, QLineEdit.EchoMode.Password
    )
    return text if ok else None


class EmailJob(QObject):
    def __init__(self, dialog: MessageDialog, account: MailAccount, password: str | None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.account = account
        assert account.outgoing is not None  # for_dialog checked it
        self.server: MailServer = account.outgoing
        self.password = password
        self.jobs = Jobs(self)
        self.progress: JobProgress | None = None

    @classmethod
    def for_dialog(cls, dialog: MessageDialog) -> EmailJob | None:
        """The job of the user's account; None (and the user told why) without one."""
        try:
            account = dialog.services.mail_account()
        except DomainError as exc:
            show_domain_error(dialog, exc)
            return None
        if account is None or account.outgoing is None:
            dialog.tell(
                QMessageBox.Icon.Information,
                _tr("Set up your mail account first: Settings › Mail (or Tools › Mail account)."),
            )
            return None
        server = account.outgoing
        password = None
        if server.user_name:
            password = passwords.password_for(server) or ask_password(dialog, server)
            if password is None:
                return None
        return cls(dialog, account, password)

    def sender(self) -> tuple[str, str]:
        return self.account.address, self.account.display_name

    def send(self, audience: Audience, template: Template, formatter: Formatter) -> Job:
        messages = self.dialog.messages
        server, password, sender = self.server, self.password, self.sender()

        def work(context: JobContext) -> SendSummary:
            with SmtpConnection(server, password) as connection:
                return messages.send_email(
                    audience,
                    template,
                    connection,
                    sender,
                    pace=PACE_SECONDS,
                    progress=context.progress,
                    cancelled=context.cancelled,
                    formatter=formatter,
                )

        job = Job()
        self.progress = JobProgress(self.dialog, _tr("Sending…"), job)
        self.progress.setWindowTitle(_tr("Sending the message"))
        self.dialog.send_button.setEnabled(False)
        return self.jobs.run(
            work,
            self._sent,
            on_error=self._failed,
            on_progress=self._step,
            on_cancelled=self._sent,
            job=job,
        )

    def test(self, audience: Audience, template: Template, formatter: Formatter) -> Job:
        messages = self.dialog.messages
        server, password, sender = self.server, self.password, self.sender()

        def work(_context: JobContext) -> None:
            with SmtpConnection(server, password) as connection:
                messages.test_send(audience, template, connection, sender, formatter)

        self.dialog.test_button.setEnabled(False)
        return self.jobs.run(work, self._tested, on_error=self._failed)

    def _step(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress.step(done, total, _tr("Sent to %1").replace("%1", name))

    def _finished(self) -> None:
        self.dialog.send_button.setEnabled(True)
        self.dialog.test_button.setEnabled(True)
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _sent(self, summary: SendSummary) -> None:
        self._finished()
        counts = (
            _tr("Sent: %1. Left out: %2. Failed: %3.")
            .replace("%1", str(summary.sent))
            .replace("%2", str(summary.skipped))
            .replace("%3", str(summary.failed))
        )
        if summary.cancelled:
            text = _tr("Sending was cancelled. %1 Send the same message again to go on.")
        else:
            text = _tr("The message was sent. %1 The send log says who got it.")
        self.dialog.tell(QMessageBox.Icon.Information, text.replace("%1", counts))

    def _tested(self, _none: None) -> None:
        self._finished()
        self.dialog.tell(
            QMessageBox.Icon.Information,
            _tr("A test message went to %1.").replace("%1", self.account.address),
        )

    def _failed(self, text: str) -> None:
        self._finished()
        self.dialog.tell(QMessageBox.Icon.Warning, text)
