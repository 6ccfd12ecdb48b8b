"""The mail views' tests use the mail tests' IMAP server (Dovecot on loopback) and their
keyring in a file of the test's own."""

from tests.file_keyring import file_keyring  # noqa: F401
from tests.services.mail.conftest import _own_keyring, dovecot, mailbox  # noqa: F401
from tests.smtp_server import smtp  # noqa: F401
