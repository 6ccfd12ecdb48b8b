"""Sending one message the user wrote, off the GUI thread: the account of Settings › Mail,
its passwords from the keyring or asked for, the sending and the keeping in the Sent
folder on a worker thread; the outcome back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from crm_desktop.errors import DomainError
from crm_desktop.services.mail import passwords
from crm_desktop.services.mail.messages import Draft, SentMail
from crm_desktop.services.mail.types import MailAccount, MailServer
from crm_desktop.views.bulk_messages.email_job import ask_password
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services

_tr = translator("mail")


def server_password(parent: QWidget, server: MailServer | None) -> tuple[bool, str | None]:
    """(asked and answered or not needed, the password): the keyring's, else asked for;
    (False, None) when the user cancelled the question."""
    if server is None or not server.user_name:
        return True, None
    password = passwords.password_for(server) or ask_password(parent, server)
    return password is not None, password


class SendJob(QObject):
    """Sends drafts of one window, one at a time."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.parent_widget = parent
        self.jobs = Jobs(self)
        self.job: Job | None = None

    def account(self) -> MailAccount:
        """The user's account; DomainError in one sentence without an outgoing server."""
        account = self.services.mail_account()
        if account is None or account.outgoing is None:
            raise DomainError(
                _tr(
                    "Set up your outgoing mail server first: "
                    "Settings › Mail (or Tools › Mail account)."
                )
            )
        return account

    def send(
        self,
        draft: Draft,
        on_sent: Callable[[SentMail], object],
        on_error: Callable[[str], object],
    ) -> Job | None:
        """Send ``draft`` in the background; None when it did not start (``on_error`` was
        told why, or the user cancelled a password)."""
        try:
            account = self.account()
        except DomainError as exc:
            on_error(str(exc))
            return None
        answered, smtp_password = server_password(self.parent_widget, account.outgoing)
        if not answered:
            return None
        # Without the IMAP password the message still goes; it is then kept here only.
        _answered, imap_password = server_password(self.parent_widget, account.incoming)
        outbox = self.services.outbox()

        def work(_context: JobContext) -> SentMail:
            return outbox.send(draft, account, smtp_password, imap_password)

        def done(sent: SentMail) -> None:
            self.job = None
            on_sent(sent)

        def failed(text: str) -> None:
            self.job = None
            on_error(text)

        self.job = self.jobs.run(work, done, on_error=failed)
        return self.job
