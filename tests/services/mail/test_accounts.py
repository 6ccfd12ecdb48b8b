"""A user's mail account: the servers in the database, the password in the keyring (a
file keyring here), and what "Test connection" says when something is wrong."""

from __future__ import annotations

import socket
import ssl
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from crm_desktop.errors import ValidationError
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.mail import accounts
from crm_desktop.services.mail.smtp import MailServerError, check_connection
from crm_desktop.services.mail.types import KEYRING_SERVICE, MailAccount, MailServer, Security
from tests.smtp_server import free_port, loopback_smtp

ACCOUNT = MailAccount(
    address="lan@anhduong.vn",
    display_name="Trần Thị Lan",
    incoming=MailServer("imap.anhduong.vn", 993, Security.SSL, "lan"),
    outgoing=MailServer("smtp.anhduong.vn", 587, Security.STARTTLS, "lan@anhduong.vn"),
)


def test_an_account_is_kept_per_user_and_its_password_only_in_the_keyring(
    db: Database, office: Services
) -> None:
    an = office.users.add_user("an2", "correct horse", "staff")
    accounts.save_account(db, an, MailAccount("an@anhduong.vn", "An", None, None))
    assert accounts.account_for(db, 1) is None
    accounts.save_account(db, 1, ACCOUNT)
    assert accounts.account_for(db, 1) == ACCOUNT
    assert ACCOUNT.outgoing is not None
    assert accounts.remember_password(ACCOUNT.outgoing, "mật khẩu bí mật")
    assert accounts.password_for(ACCOUNT.outgoing) == "mật khẩu bí mật"
    assert keyring.get_password(KEYRING_SERVICE, "lan@anhduong.vn@smtp.anhduong.vn:587")
    if db.is_sqlite:
        assert "mật khẩu".encode() not in Path(db.path).read_bytes()

    changed = MailAccount(ACCOUNT.address, "Lan", None, ACCOUNT.outgoing)
    accounts.save_account(db, 1, changed)
    assert accounts.account_for(db, 1) == changed
    accounts.forget_password(ACCOUNT.outgoing)
    assert accounts.password_for(ACCOUNT.outgoing) is None
    accounts.save_account(db, 1, None)
    assert accounts.account_for(db, 1) is None
    assert accounts.account_for(db, an) == MailAccount("an@anhduong.vn", "An", None, None)


def test_a_wrong_account_is_refused_field_by_field(db: Database) -> None:
    wrong = MailAccount("not an address", "", None, MailServer("", 0, Security.SSL, ""))
    with pytest.raises(ValidationError) as refused:
        accounts.save_account(db, 1, wrong)
    assert refused.value.errors.keys() == {"address", "smtp_host", "smtp_port"}


def test_without_a_usable_keyring_nothing_is_remembered() -> None:
    keyring.set_keyring(fail.Keyring())
    assert ACCOUNT.outgoing is not None
    assert not accounts.keyring_usable()
    assert not accounts.remember_password(ACCOUNT.outgoing, "x")
    assert accounts.password_for(ACCOUNT.outgoing) is None


def _sentence(server: MailServer, password: str | None = None) -> str:
    with pytest.raises(MailServerError) as refused:
        check_connection(server, password)
    return str(refused.value)


def test_check_connection_says_what_is_wrong_in_one_sentence(tmp_path: Path) -> None:
    assert "was not found" in _sentence(MailServer("smtp.invalid", 587, Security.NONE, "x"))
    refused = _sentence(MailServer("127.0.0.1", free_port(), Security.NONE, "x"))
    assert "refused the connection" in refused

    with loopback_smtp(login=("lan", "đúng")) as (_mailbox, port):
        server = MailServer("127.0.0.1", port, Security.NONE, "lan")
        check_connection(server, "đúng")
        assert "did not accept the user name or password" in _sentence(server, "sai")

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=mail.example.test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    with loopback_smtp(tls=tls) as (_mailbox, port):
        sentence = _sentence(MailServer("127.0.0.1", port, Security.SSL, ""))
    assert sentence.startswith(f"The certificate of the mail server 127.0.0.1:{port}")
    assert "\n" not in sentence and socket.gethostname() not in sentence
