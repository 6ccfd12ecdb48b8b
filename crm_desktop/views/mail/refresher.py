"""Fetching the user's mailbox in the background: on a timer while the window is open,
with the password the keyring keeps (never asked for then), and when the user asks (the
mail screen asks for a password the keyring does not keep). One fetch at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from crm_desktop.errors import DomainError
from crm_desktop.services.mail import passwords
from crm_desktop.views.jobs import Job, JobContext
from crm_desktop.views.refresher import Refresher

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.mail.messages import FolderOutcome
    from crm_desktop.services.mail.types import MailServer

#: how often the mailbox is fetched while the program runs
REFRESH_INTERVAL_MS = 15 * 60 * 1000
#: the first fetch waits a little: start-up is not slowed by the mail
FIRST_REFRESH_MS = 2 * 60 * 1000


class MailRefresher(Refresher):
    """The window part that fetches the mail."""

    def __init__(
        self,
        services: Services,
        parent: QObject | None,
        *,
        interval_ms: int = REFRESH_INTERVAL_MS,
        first_ms: int = FIRST_REFRESH_MS,
    ) -> None:
        super().__init__(parent, interval_ms=interval_ms, first_ms=first_ms)
        self.services = services
        self.timer.timeout.connect(self._on_timer)

    def server(self) -> MailServer | None:
        """The incoming server of the user's account; None without one."""
        account = self.services.mail_account()
        return account.incoming if account is not None else None

    def fetch(self, server: MailServer, password: str) -> Job:
        """Fetch ``server``'s new messages now (the fetch under way, when there is one)."""
        mailbox = self.services.mailbox()

        def work(context: JobContext) -> list[FolderOutcome]:
            return mailbox.fetch(
                server, password, progress=context.progress, cancelled=context.cancelled
            )

        return self._run(work)

    def _on_timer(self) -> None:
        """The timer's fetch: only with an account and the password the keyring keeps."""
        self.timer.start(self._interval_ms)  # the next turn, whatever this one does
        try:
            server = self.server()
        except DomainError:
            return  # the database is busy: the next turn tries again
        password = passwords.password_for(server) if server is not None else None
        if server is not None and password is not None:
            self.fetch(server, password)
