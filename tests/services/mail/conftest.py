"""Fixtures of the mail tests: one Dovecot for the session, a fresh mailbox per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crm_desktop.services.mail.types import MailServer
from tests.services.mail.dovecot import DOVECOT, Dovecot, remove, start_dovecot


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if not DOVECOT.exists():
        pytest.fail("Dovecot is not installed (the system package dovecot-imapd)")
    server = start_dovecot()
    yield server
    remove(server)


@pytest.fixture
def mailbox(dovecot: Dovecot) -> MailServer:
    """A new, empty mailbox on the server (INBOX and Sent)."""
    return dovecot.new_mailbox()
