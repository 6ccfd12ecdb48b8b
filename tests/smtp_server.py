"""A real SMTP server on loopback (aiosmtpd) for the tests and the benchmark of messages.

It keeps every message it accepts, refuses the recipients it is told to, and can drop
the connection once after a number of messages (a network going away half way).
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.policy import default
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from crm_desktop.services.mail.types import MailServer, Security


@dataclass
class Mailbox:
    """What the server received, and how it behaves."""

    #: (envelope sender, envelope recipient, the message as parsed)
    received: list[tuple[str, str, Message]] = field(default_factory=list)
    #: recipients answered 550
    refuse: set[str] = field(default_factory=set)
    #: after this many messages the next RCPT drops the connection, once
    drop_after: int | None = None

    def recipients(self) -> list[str]:
        return [to for _sender, to, _message in self.received]

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        if self.drop_after is not None and len(self.received) >= self.drop_after:
            self.drop_after = None
            server.transport.close()
            return "421 4.4.2 Connection dropped"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = message_from_bytes(envelope.content, policy=default)
        for to in envelope.rcpt_tos:
            self.received.append((envelope.mail_from, to, parsed))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _password_check(user: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        given = (data.login.decode(), data.password.decode())
        # handled=False: the server answers a refusal itself (535).
        return AuthResult(success=given == (user, password), handled=False)

    return check


@contextmanager
def loopback_smtp(
    *, login: tuple[str, str] | None = None, tls: ssl.SSLContext | None = None
) -> Iterator[tuple[Mailbox, int]]:
    """A server on 127.0.0.1 for the length of the block: (its mailbox, its port); with
    ``login`` it asks for that (user, password) (AUTH without TLS: loopback only), with
    ``tls`` it speaks TLS from the first byte (SMTPS)."""
    mailbox = Mailbox()
    port = free_port()
    options: dict[str, Any] = {}
    if login is not None:
        options.update(auth_require_tls=False, authenticator=_password_check(*login))
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, ssl_context=tls, **options)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, MailServer]]:
    """A server for one test: (what it received, the server as an account names it);
    import it into a folder's conftest.py."""
    with loopback_smtp() as (mailbox, port):
        yield mailbox, MailServer("127.0.0.1", port, Security.NONE, "")
