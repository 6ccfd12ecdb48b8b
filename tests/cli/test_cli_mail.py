"""``crm-desktop mail fetch``: a real IMAP server's folders into the database, one line
per folder; a wrong password or address in one sentence."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.mail.accounts import save_account
from crm_desktop.services.mail.types import MailAccount
from tests.cli.test_cli import assert_one_sentence, run
from tests.services.mail.dovecot import PASSWORD, Dovecot, remove, start_dovecot
from tests.services.mail.messages import message


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    server = start_dovecot()
    yield server
    remove(server)


def _fetch(
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    address: str,
    home: Path,
    password: str,
    *extra: str,
) -> subprocess.CompletedProcess[str]:
    monkeypatch.setenv("CRM_DESKTOP_MAIL_PASSWORD", password)
    return run("mail", "fetch", "--imap", address, "--security", "none", *extra,
               "--database", str(db), home=home)  # fmt: skip


def test_mail_fetch_prints_one_line_per_folder(
    tmp_path: Path, home: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.sqlite3"
    Database.open(path).close()
    mailbox = dovecot.new_mailbox()
    dovecot.append(mailbox.user_name, "INBOX", message("Một"), message("Hai", number=2))
    address = f"imap://{mailbox.user_name}@127.0.0.1:{dovecot.port}"
    first = _fetch(monkeypatch, path, address, home, PASSWORD)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == ["INBOX: 2 new", "Sent: 0 new"]
    again = _fetch(monkeypatch, path, address, home, PASSWORD, "--folder", "INBOX")
    assert again.stdout.splitlines() == ["INBOX: 0 new"]

    wrong = _fetch(monkeypatch, path, address, home, "wrong")
    assert wrong.returncode == 1
    assert "refused the user name" in assert_one_sentence(wrong.stderr)
    bad = _fetch(monkeypatch, path, "pop3://me@example.org", home, PASSWORD)
    assert bad.returncode == 1
    assert "is not a mail server's address" in assert_one_sentence(bad.stderr)


def test_mail_fetch_without_imap_uses_the_users_account(
    tmp_path: Path, home: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    mailbox = dovecot.new_mailbox()
    monkeypatch.setenv("CRM_DESKTOP_MAIL_PASSWORD", PASSWORD)
    nothing = run("mail", "fetch", "--database", str(path), home=home)
    assert nothing.returncode == 1
    assert "no incoming mail server" in assert_one_sentence(nothing.stderr)
    services = Services.build(db)
    account = MailAccount("ban-hang@anhduong.vn", "Ánh Dương", incoming=mailbox, outgoing=None)
    save_account(db, services.access.user_id, account)
    db.close()
    dovecot.append(mailbox.user_name, "INBOX", message("Một"))
    fetched = run("mail", "fetch", "--database", str(path), home=home)
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stdout.splitlines() == ["INBOX: 1 new", "Sent: 0 new"]
