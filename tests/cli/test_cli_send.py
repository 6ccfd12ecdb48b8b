"""``crm-desktop send --filter NAME --template FILE [--smtp URL] [--dry-run]``, run as a
real process against a real SMTP server on loopback: run twice, it sends nothing the
second time; what is wrong is one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from tests.smtp_server import Mailbox, free_port, loopback_smtp

pytestmark = pytest.mark.sqlite_only

PEOPLE = [
    ("Đức", "Nguyễn", "duc@example.vn", False),
    ("João", "Conceição", "joao@example.com.br", False),
    ("Þóra", "Jónsdóttir", "thora@example.is", False),
    ("Lan", "Trần", "lan@example.vn", True),  # opted out of e-mail
]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """Four hot contacts (one opted out), a cold one, and the saved filter of the hot."""
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    for first, last, email, opted_out in PEOPLE:
        services.records.create(
            "contacts",
            {
                "first_name": first,
                "last_name": last,
                "email": email,
                "department": "Nóng",
                "email_opt_out": opted_out,
            },
        )
    services.records.create("contacts", {"last_name": "Lạnh", "email": "cold@example.vn"})
    services.filters.save("contacts", "Khách hàng nóng", (Condition("department", "eq", "Nóng"),))
    db.close()
    return path


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "thư.txt"
    path.write_text("Subject: Chào {first_name}\n\nKính gửi {first_name} {last_name},\nƯu đãi!\n")
    return path


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    with loopback_smtp() as server:
        yield server


def _send(database: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home)}
    command = [sys.executable, "-m", "crm_desktop", "send", *args, "--database", str(database)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def test_sent_once_and_not_again(
    database: Path, template: Path, smtp: tuple[Mailbox, int], home: Path
) -> None:
    mailbox, port = smtp
    args = ["--filter", "khách hàng nóng", "--template", str(template)]
    args += ["--smtp", f"smtp://127.0.0.1:{port}", "--from", "shop@example.vn", "--pace", "0"]

    dry = _send(database, home, *args, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout == "sent: 3\nskipped: 1\nfailed: 0\n"
    assert mailbox.received == []

    first = _send(database, home, *args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == "sent: 3\nskipped: 1\nfailed: 0\n"
    assert sorted(mailbox.recipients()) == [
        "duc@example.vn",
        "joao@example.com.br",
        "thora@example.is",
    ]
    subjects = {str(message["Subject"]) for _f, _t, message in mailbox.received}
    assert subjects == {"Chào Đức", "Chào João", "Chào Þóra"}
    body = next(m for _f, to, m in mailbox.received if to == "thora@example.is").get_content()
    assert body.splitlines()[:2] == ["Kính gửi Þóra Jónsdóttir,", "Ưu đãi!"]

    second = _send(database, home, *args)
    assert second.returncode == 0, second.stderr
    assert second.stdout == "sent: 0\nskipped: 0\nfailed: 0\n"
    assert "already sent before: 3" in second.stderr
    assert len(mailbox.received) == 3
    again_dry = _send(database, home, *args, "--dry-run")
    assert again_dry.stdout == "sent: 0\nskipped: 0\nfailed: 0\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--filter", "Nobody", "--template", "{template}"], "There is no saved filter “Nobody”"),
        (["--filter", "Khách hàng nóng", "--template", "{missing}"], "The template"),
        (
            ["--filter", "Khách hàng nóng", "--template", "{template}", "--smtp", "http://x"],
            "“http://x” is not a mail server",
        ),
        (
            ["--filter", "Khách hàng nóng", "--template", "{template}"],
            "You have no mail account",
        ),
        (
            [
                "--filter", "Khách hàng nóng", "--template", "{template}", "--from", "a@b.vn",
                "--smtp", "smtp://127.0.0.1:{closed}",
            ],
            "The mail server 127.0.0.1:{closed} refused the connection",
        ),
        (
            ["--filter", "Khách hàng nóng", "--template", "{no_subject}"],
            "The message needs a subject",
        ),
    ],
)  # fmt: skip
def test_one_sentence_for_what_cannot_be_sent(
    database: Path, template: Path, tmp_path: Path, home: Path, argv: list[str], message: str
) -> None:
    no_subject = tmp_path / "no subject.txt"
    no_subject.write_text("Chào {first_name}\n")
    closed = str(free_port())
    names = {
        "template": str(template),
        "missing": str(tmp_path / "missing.txt"),
        "no_subject": str(no_subject),
        "closed": closed,
    }
    done = _send(database, home, *(a.format(**names) for a in argv))
    assert done.returncode == 1
    assert done.stderr.startswith(f"crm-desktop: {message.format(closed=closed)}"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
