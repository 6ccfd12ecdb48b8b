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

import contextlib
import logging

from sqlalchemy import delete, select

from crm_desktop.errors import ValidationError
from crm_desktop.models.database import Database
from crm_desktop.models.marketing import MailAccountRow
from crm_desktop.services.mail.types import KEYRING_SERVICE, MailAccount, MailServer, Security

log = logging.getLogger(__name__)

#: the usual port of each protection, for outgoing (SMTP) and incoming (IMAP) mail
SMTP_PORTS = {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}
IMAP_PORTS = {Security.SSL: 993, Security.STARTTLS: 143, Security.NONE: 143}


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


# -- passwords, in the system's keyring ----------------------------------------------------------
def keyring_usable() -> bool:
    """Whether this computer has a keyring that keeps passwords."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation is no keyring
        log.warning("no usable keyring", exc_info=True)
        return False
    if isinstance(backend, fail.Keyring):
        return False
    backends = getattr(backend, "backends", None)  # the chainer: usable if one is
    return backends is None or bool(backends)


def password_for(server: MailServer) -> str | None:
    """The password kept for ``server``; None when there is none or no usable keyring."""
    if not keyring_usable():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except KeyringError:
        log.warning("the keyring refused to read a password", exc_info=True)
        return None


def remember_password(server: MailServer, password: str) -> bool:
    """Keep ``password`` for ``server`` in the keyring; False when it cannot be kept."""
    if not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
    except KeyringError:
        log.warning("the keyring refused to keep a password", exc_info=True)
        return False
    return True


def forget_password(server: MailServer) -> None:
    """Remove the password kept for ``server``, if any."""
    if not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    # Nothing kept, or nothing the keyring lets us remove: nothing to forget.
    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, server.keyring_user)
