"""Fixtures of the mail tests: passwords in a keyring file of the test's own, one Dovecot
for the session and a fresh mailbox per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyrings.alt.file import PlaintextKeyring

from crm_desktop.services.mail.types import MailServer
from tests.file_keyring import file_keyring  # noqa: F401 - the fixture, for this folder
from tests.services.mail.dovecot import DOVECOT, Dovecot, remove, start_dovecot
from tests.smtp_server import smtp  # noqa: F401 - the fixture, for this folder


@pytest.fixture(autouse=True)
def _own_keyring(file_keyring: PlaintextKeyring) -> None:  # noqa: F811
    """The system's keyring is never touched."""


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
