"""The mail views' tests use the mail tests' IMAP server (Dovecot on loopback)."""

from tests.services.mail.conftest import dovecot, mailbox  # noqa: F401
