"""A logged-in IMAP connection to a mail server, and every way that can fail in one
sentence: the host not found, the connection refused or dropped, a bad password, an
invalid certificate, a server too slow to answer."""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from collections.abc import Iterator

from crm_desktop.errors import DomainError
from crm_desktop.services.mail.types import MailServer, Security

#: seconds a server may take to answer one command
TIMEOUT = 60.0


class MailUnavailable(DomainError):
    """The mail server cannot be reached or used; the message says why."""


class LoginRefused(MailUnavailable):
    """The server refused the user name or password."""


def problem(exc: BaseException, server: MailServer) -> MailUnavailable:
    """The sentence for what went wrong talking to ``server``."""
    host = server.host
    if isinstance(exc, MailUnavailable):
        return exc
    if isinstance(exc, socket.gaierror):
        return MailUnavailable("The mail server “%1” was not found.", host)
    if isinstance(exc, ConnectionRefusedError):
        return MailUnavailable(
            "The mail server “%1” refused the connection on port %2.", host, server.port
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailUnavailable("The mail server “%1” stopped answering.", host)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailUnavailable(
            "The certificate of “%1” is not valid (%2).", host, exc.verify_message,
        )
    if isinstance(exc, ssl.SSLError):
        return MailUnavailable("No secure connection to “%1” (%2).", host, exc.reason or exc)
    if isinstance(exc, imaplib.IMAP4.abort | ConnectionError | EOFError):
        return MailUnavailable(
            "The connection to “%1” was cut; what was fetched before is kept.", host
        )
    if isinstance(exc, imaplib.IMAP4.error):
        return MailUnavailable("The mail server “%1” refused: %2.", host, _text(exc))
    if isinstance(exc, OSError):
        return MailUnavailable(
            "The mail server “%1” cannot be reached (%2).", host, exc.strerror or exc
        )
    raise exc


def _text(exc: BaseException) -> str:
    text = str(exc.args[0] if exc.args else exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text.strip().rstrip(".")


@contextlib.contextmanager
def connected(
    server: MailServer, password: str, *, timeout: float = TIMEOUT
) -> Iterator[imaplib.IMAP4]:
    """A logged-in connection, logged out at the end; failures as :class:`MailUnavailable`."""
    try:
        connection = _open(server, timeout)
    except (OSError, imaplib.IMAP4.error, EOFError) as exc:
        raise problem(exc, server) from None
    try:
        try:
            _log_in(connection, server.user_name, password)
        except imaplib.IMAP4.abort as exc:
            raise problem(exc, server) from None
        except imaplib.IMAP4.error:
            raise LoginRefused(
                "The mail server “%1” refused the user name “%2” "
                "or its password.",
                server.host, server.user_name
            ) from None
        except (OSError, EOFError) as exc:
            raise problem(exc, server) from None
        yield connection
    finally:
        try:
            connection.logout()
        except (OSError, imaplib.IMAP4.error, EOFError):
            # a connection the server dropped: LOGOUT fails before closing the socket
            with contextlib.suppress(OSError):
                connection.shutdown()


def _log_in(connection: imaplib.IMAP4, user: str, password: str) -> None:
    """LOGIN takes ASCII only: a name or password with other characters goes as UTF-8
    through AUTHENTICATE PLAIN (RFC 4616), which every server offers over TLS."""
    if user.isascii() and password.isascii():
        connection.login(user, password)
    else:
        secret = f"\0{user}\0{password}".encode()
        connection.authenticate("PLAIN", lambda _challenge: secret)


def _open(server: MailServer, timeout: float) -> imaplib.IMAP4:
    if server.security == Security.SSL:
        return imaplib.IMAP4_SSL(
            server.host, server.port, ssl_context=ssl.create_default_context(), timeout=timeout
        )
    connection = imaplib.IMAP4(server.host, server.port, timeout=timeout)
    if server.security == Security.STARTTLS:
        connection.starttls(ssl.create_default_context())
    return connection
