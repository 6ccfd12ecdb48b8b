"""Mail passwords, in the system's keyring (Windows Credential Locker, macOS Keychain,
the Secret Service of a Linux desktop) through the ``keyring`` library, never in the
database. A computer without a usable keyring keeps none: the program asks for the
password when it sends, and says it cannot remember it.

No SQLAlchemy here: the views call these functions themselves.
"""

from __future__ import annotations

import contextlib
import logging

from crm_desktop.services.mail.types import KEYRING_SERVICE, MailServer

log = logging.getLogger(__name__)


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
