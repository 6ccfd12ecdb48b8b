"""Sending mail through the user's SMTP server (smtplib): SSL from the first byte,
STARTTLS, or none (a server on this computer); what goes wrong said in one sentence.

One connection carries many messages. Each message is sent in three steps, so that a
failure says what the server got: ``MAIL FROM`` and ``RCPT TO`` (a refusal or a lost
connection there: the message did not go), then ``DATA`` (the connection lost there: it
may have arrived, see :class:`ConnectionLost`).
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from types import TracebackType

from crm_desktop.errors import DomainError
from crm_desktop.services.mail.types import MailServer, Security

#: seconds a server may take to answer before the connection counts as lost
TIMEOUT = 30.0


class MailServerError(DomainError):
    """The mail server cannot be used: not found, refused, a wrong password, a bad
    certificate. The message says which, in one sentence."""


class RecipientRefused(DomainError):
    """The server refused this one recipient (``reason``: its answer); others may go."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ConnectionLost(MailServerError):
    """The connection ended in the middle of a message. ``delivered_unknown``: it ended
    after the message itself was handed over, so it may have arrived."""

    def __init__(self, message: str, *, delivered_unknown: bool) -> None:
        super().__init__(message)
        self.delivered_unknown = delivered_unknown


def _answer(code: int, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {message}".strip()


def connection_problem(server: MailServer, exc: BaseException) -> MailServerError:
    """One sentence for what stopped the connection to ``server``."""
    where = f"{server.host}:{server.port}"
    if isinstance(exc, socket.gaierror):
        text = f"The mail server {server.host} was not found: check its name."
    elif isinstance(exc, ConnectionRefusedError):
        text = f"The mail server {where} refused the connection: check the port and security."
    elif isinstance(exc, smtplib.SMTPAuthenticationError):
        text = f"The mail server {where} did not accept the user name or password."
    elif isinstance(exc, ssl.SSLCertVerificationError):
        text = (
            f"The certificate of the mail server {where} is not valid for this name "
            f"({exc.verify_message})."
        )
    elif isinstance(exc, ssl.SSLError):
        text = f"The mail server {where} does not speak this security: try SSL or STARTTLS."
    elif isinstance(exc, smtplib.SMTPNotSupportedError):
        text = f"The mail server {where} does not offer STARTTLS: try SSL."
    elif isinstance(exc, TimeoutError | socket.timeout):
        text = f"The mail server {where} did not answer in time."
    elif isinstance(exc, smtplib.SMTPResponseException):
        text = f"The mail server {where} answered: {_answer(exc.smtp_code, exc.smtp_error)}"
    elif isinstance(exc, smtplib.SMTPServerDisconnected):
        text = f"The mail server {where} closed the connection."
    else:
        text = f"The mail server {where} could not be reached ({exc})."
    return MailServerError(text)


class SmtpConnection:
    """An open, logged-in connection to an SMTP server (a context manager)."""

    def __init__(self, server: MailServer, password: str | None, *, timeout: float = TIMEOUT):
        self.server = server
        self._password = password
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpConnection:
        self.open()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def open(self) -> None:
        server = self.server
        context = ssl.create_default_context()
        try:
            if server.security is Security.SSL:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    server.host, server.port, timeout=self._timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(server.host, server.port, timeout=self._timeout)
            try:
                smtp.ehlo()
                if server.security is Security.STARTTLS:
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if self._password is not None and server.user_name:
                    _login(smtp, server.user_name, self._password)
            except BaseException:
                smtp.close()
                raise
        except (OSError, smtplib.SMTPException) as exc:
            raise connection_problem(server, exc) from exc
        self._smtp = smtp

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()  # the server went already: nothing more to say to it

    def send(self, message: EmailMessage, sender: str, recipient: str | Sequence[str]) -> None:
        """Send ``message`` to ``recipient`` (or to each of several, all or none: one
        refused is the message's refusal); raises :class:`RecipientRefused` for a
        refusal of this message, :class:`ConnectionLost` when the connection ends."""
        recipients = [recipient] if isinstance(recipient, str) else list(recipient)
        smtp = self._smtp
        if smtp is None:
            self.open()
            smtp = self._smtp
            assert smtp is not None  # open() made it or raised
        try:
            code, answer = smtp.mail(sender)
            if code != 250:
                smtp.rset()
                raise RecipientRefused(_answer(code, answer))
            for address in recipients:
                code, answer = smtp.rcpt(address)
                if code not in (250, 251):
                    smtp.rset()
                    refusal = _answer(code, answer)
                    raise RecipientRefused(
                        refusal if len(recipients) == 1 else f"{address}: {refusal}"
                    )
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._lost()
            problem = str(connection_problem(self.server, exc))
            raise ConnectionLost(problem, delivered_unknown=False) from exc
        try:
            code, answer = smtp.data(message.as_bytes())
        except smtplib.SMTPDataError as exc:
            smtp.rset()
            raise RecipientRefused(_answer(exc.smtp_code, exc.smtp_error)) from exc
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._lost()
            raise ConnectionLost(
                str(connection_problem(self.server, exc)), delivered_unknown=True
            ) from exc
        if code != 250:  # smtplib raises for every other answer; kept for its contract
            raise RecipientRefused(_answer(code, answer))

    def _lost(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in, by AUTH PLAIN in UTF-8 (RFC 4616) when the server offers it: smtplib
    sends only ASCII, and a password may be "mật khẩu"; else as smtplib chooses."""
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        smtp.login(user, password)
        return
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, answer = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def check_connection(server: MailServer, password: str | None) -> None:
    """Connect, protect and log in to ``server``, then leave: raises
    :class:`MailServerError` with one sentence when something is wrong."""
    with SmtpConnection(server, password, timeout=15.0):
        pass
