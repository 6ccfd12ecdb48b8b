"""Each user's mail account: the servers in the database (``mail_accounts``, one row per
user), the passwords in the system's keyring, never in the database.

The keyring is the operating system's (Windows Credential Locker, macOS Keychain, the
Secret Service of a Linux desktop) through the ``keyring`` library; the entry of a server
is named ``KEYRING_SERVICE`` and ``MailServer.keyring_user``. A computer without a usable
keyring (a bare Linux without a Secret Service) keeps no password: the program asks for
it each time it sends, and says it cannot remember it.

The mailbox (IMAP) reads the same account: :func:`account_for` and :func:`password_for`.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from crm_desktop.errors import ValidationError
from crm_desktop.models.database import Database
from crm_desktop.models.marketing import MailAccountRow
from crm_desktop.services.mail.passwords import (
    forget_password,
    keyring_usable,
    password_for,
    remember_password,
)
from crm_desktop.services.mail.types import MailAccount, MailServer, Security

#: the passwords' functions are the mail accounts' too: the mailbox imports them from here
__all__ = [
    "account_errors",
    "account_for",
    "forget_password",
    "keyring_usable",
    "password_for",
    "remember_password",
    "save_account",
]


def account_for(database: Database, user_id: int) -> MailAccount | None:
    """The mail account of ``user_id``; None when they have not set one up."""
    with database.read() as session:
        row = session.get(MailAccountRow, user_id)
        if row is None:
            return None
        return MailAccount(
            address=row.address,
            display_name=row.display_name,
            incoming=_server(row.imap_host, row.imap_port, row.imap_security, row.imap_user),
            outgoing=_server(row.smtp_host, row.smtp_port, row.smtp_security, row.smtp_user),
        )


def save_account(database: Database, user_id: int, account: MailAccount | None) -> None:
    """Keep ``account`` as the mail account of ``user_id`` (None: remove it)."""
    if account is None:
        with database.write() as session:
            session.execute(delete(MailAccountRow).where(MailAccountRow.user_id == user_id))
        return
    errors = account_errors(account)
    if errors:
        raise ValidationError(errors)
    values = {
        "address": account.address.strip(),
        "display_name": account.display_name.strip(),
        **_columns("smtp", account.outgoing),
        **_columns("imap", account.incoming),
    }
    with database.write() as session:
        row = session.scalars(
            select(MailAccountRow).where(MailAccountRow.user_id == user_id)
        ).first()
        if row is None:
            session.add(MailAccountRow(user_id=user_id, **values))
        else:
            for name, value in values.items():
                setattr(row, name, value)


def account_errors(account: MailAccount) -> dict[str, str]:
    """What is wrong with ``account``, per field ("address", "smtp_host", "imap_port"...)."""
    errors: dict[str, str] = {}
    address = account.address.strip()
    if not address:
        errors["address"] = "This field is required."
    elif "@" not in address or " " in address or len(address) > 254:
        errors["address"] = "Not an e-mail address."
    for prefix, server in (("smtp", account.outgoing), ("imap", account.incoming)):
        if server is None:
            continue
        if not server.host.strip():
            errors[f"{prefix}_host"] = "This field is required."
        elif len(server.host) > 253 or any(c.isspace() for c in server.host.strip()):
            errors[f"{prefix}_host"] = "Not a server name."
        if not 1 <= server.port <= 65535:
            errors[f"{prefix}_port"] = "Must be between 1 and 65535."
    return errors


def _columns(prefix: str, server: MailServer | None) -> dict[str, object]:
    return {
        f"{prefix}_host": server.host.strip() if server else None,
        f"{prefix}_port": server.port if server else None,
        f"{prefix}_security": server.security.value if server else None,
        f"{prefix}_user": server.user_name.strip() if server else None,
    }


def _server(
    host: str | None, port: int | None, security: str | None, user_name: str | None
) -> MailServer | None:
    if not host or port is None:
        return None
    return MailServer(host, port, Security(security or Security.SSL), user_name or "")
