"""A user's mail account as plain data: no SQLAlchemy, no models, no passwords.

Passwords never live in these values nor in the database: they are kept in the system's
keyring under ``KEYRING_SERVICE`` and the server's ``keyring_user`` name, and asked for
when the keyring has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: The keyring service name every mail password of this program is stored under.
KEYRING_SERVICE = "crm-desktop-mail"


class Security(StrEnum):
    """How the connection to a mail server is protected."""

    SSL = "ssl"  # TLS from the first byte (IMAPS 993, SMTPS 465)
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (IMAP 143, submission 587)
    NONE = "none"  # no encryption: only for a server on this computer or in tests


@dataclass(frozen=True)
class MailServer:
    """One server of an account: where it is, how it is protected, who logs in."""

    host: str
    port: int
    security: Security
    user_name: str

    @property
    def keyring_user(self) -> str:
        """The name this server's password is stored under in the keyring."""
        return f"{self.user_name}@{self.host}:{self.port}"


@dataclass(frozen=True)
class MailAccount:
    """A user's mail account: the address mail is sent from, and its two servers."""

    address: str
    display_name: str
    incoming: MailServer | None  # IMAP
    outgoing: MailServer | None  # SMTP
