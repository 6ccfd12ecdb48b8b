"""A real IMAP server for the tests and the benchmark: Dovecot (the system's package,
``dovecot-imapd``) started as an ordinary process with a throwaway configuration in a
temporary folder: loopback only, a free port, users in a passwd-file, maildirs in the
folder, no TLS, its log in the folder. When the tests run as root it runs as ``nobody``
(Dovecot refuses nothing as root, but a test has no business running a server as root)."""

from __future__ import annotations

import contextlib
import grp
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from crm_desktop.services.mail.types import MailServer, Security

DOVECOT = Path("/usr/sbin/dovecot")
PASSWORD = "secret-ÿ1"
#: the mailboxes the server knows (written before it starts: Dovecot notices a changed
#: passwd-file by its modification time, which two changes in one second share)
USERS = 400

CONFIG = """\
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
mail_location = maildir:{folder}/mail/%u
mail_fsync = {fsync}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={folder}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Dovecot:
    folder: Path
    port: int
    process: subprocess.Popen[bytes]
    users: list[str] = field(default_factory=list)

    def new_mailbox(self) -> MailServer:
        """A mailbox nobody used yet (INBOX and Sent, empty)."""
        name = f"tester{len(self.users) + 1}"
        if len(self.users) >= USERS:
            raise RuntimeError("every test mailbox is used: make USERS bigger")
        self.users.append(name)
        return MailServer("127.0.0.1", self.port, Security.NONE, name)

    @contextlib.contextmanager
    def client(self, user: str) -> Iterator[imaplib.IMAP4]:
        connection = imaplib.IMAP4("127.0.0.1", self.port, timeout=30)
        connection.authenticate("PLAIN", lambda _: f"\0{user}\0{PASSWORD}".encode())
        try:
            yield connection
        finally:
            connection.logout()

    def append(self, user: str, folder: str, *messages: bytes) -> None:
        """Put messages in a folder by IMAP APPEND, as another mail program would."""
        with self.client(user) as connection:
            for message in messages:
                status, data = connection.append(f'"{folder}"', None, None, message)
                assert status == "OK", data

    def drop_connections(self) -> int:
        """End every IMAP session (as a server restarting or a network cut would)."""
        killed = 0
        for child in psutil.Process(self.process.pid).children(recursive=True):
            if child.name() == "imap":
                child.kill()
                killed += 1
        return killed

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_dovecot(*, fsync: bool = True) -> Dovecot:
    """A server of its own; ``fsync`` False: mail is not flushed to the disk (a
    benchmark's fifty thousand APPENDs then take minutes, not half an hour)."""
    folder = Path(tempfile.mkdtemp(prefix="crm-dovecot-"))
    account = pwd.getpwnam("nobody") if os.geteuid() == 0 else pwd.getpwuid(os.getuid())
    group = grp.getgrgid(account.pw_gid).gr_name
    port = _free_port()
    (folder / "passwd").write_text(
        "".join(f"tester{n}:{{PLAIN}}{PASSWORD}\n" for n in range(1, USERS + 1)),
        encoding="utf-8",
    )
    (folder / "dovecot.conf").write_text(
        CONFIG.format(
            folder=folder,
            user=account.pw_name,
            group=group,
            uid=account.pw_uid,
            gid=account.pw_gid,
            port=port,
            fsync="optimized" if fsync else "never",
        ),
        encoding="utf-8",
    )
    for path in (folder, *folder.iterdir()):
        os.chown(path, account.pw_uid, account.pw_gid)
    folder.chmod(0o755)
    command = [str(DOVECOT), "-F", "-c", str(folder / "dovecot.conf")]
    as_nobody = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **(as_nobody if os.geteuid() == 0 else {}),  # type: ignore[arg-type]
    )
    log = folder / "dovecot.log"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"dovecot did not start: {text}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return Dovecot(folder, port, process)
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("dovecot did not answer within 20 s")


def remove(server: Dovecot) -> None:
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)
