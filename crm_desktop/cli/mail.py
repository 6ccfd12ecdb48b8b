"""Command-line handler: fetching a mailbox into the database.

    crm-desktop mail fetch [--imap imap[s]://USER@HOST[:PORT]] [--security ssl|starttls|none]
                           [--folder NAME ...] --database DB [--user NAME]

Without ``--imap`` the mailbox is the incoming server of the user's mail account
(Settings › Mail). The password comes from ``CRM_DESKTOP_MAIL_PASSWORD``, else from the
system's keyring where Settings › Mail kept it. ``imaps://`` is TLS from the
first byte (port 993), ``imap://`` a plain connection upgraded with STARTTLS (port 143);
``--security none`` (no encryption) is for a server on this computer. One line per
folder: its new messages, or why it could not be fetched.
"""

from __future__ import annotations

import argparse
import os
import sys
import urllib.parse
from typing import TYPE_CHECKING

from crm_desktop.cli.credentials import add_user_option
from crm_desktop.errors import DomainError
from crm_desktop.services.mail import passwords
from crm_desktop.services.mail.messages import DEFAULT_FOLDERS
from crm_desktop.services.mail.types import MailServer, Security

if TYPE_CHECKING:
    from crm_desktop.services import Services

COMMANDS = ("mail",)
PASSWORD_VARIABLE = "CRM_DESKTOP_MAIL_PASSWORD"
_DEFAULTS = {"imaps": (Security.SSL, 993), "imap": (Security.STARTTLS, 143)}


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    mail = sub.add_parser("mail", help="fetch mail from an IMAP server")
    actions = mail.add_subparsers(dest="action", metavar="ACTION", required=True)
    fetch = actions.add_parser("fetch", help="fetch the new messages: one line per folder")
    fetch.add_argument(
        "--imap", metavar="imap[s]://USER@HOST[:PORT]",
        help="the mailbox (default: the incoming server of your account in Settings › Mail)",
    )  # fmt: skip
    fetch.add_argument("--security", choices=[s.value for s in Security], default=None,
                       help="default: ssl for imaps://, starttls for imap://")  # fmt: skip
    fetch.add_argument(
        "--folder", metavar="NAME", action="append", dest="folders",
        help=f"a folder to fetch (again for more; default: {', '.join(DEFAULT_FOLDERS)})",
    )  # fmt: skip
    fetch.add_argument("--database", metavar="PATH_OR_URL", required=True)
    add_user_option(fetch)


def server_of(address: str, security: str | None = None) -> MailServer:
    """The server an ``imap[s]://USER@HOST[:PORT]`` address names."""
    parts = urllib.parse.urlsplit(address.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULTS or not parts.hostname or not parts.username:
        raise DomainError(
            "“%1” is not a mail server's address: write imaps://USER@HOST:PORT "
            "or imap://USER@HOST:PORT.",
            address
        )
    default_security, default_port = _DEFAULTS[scheme]
    try:
        port = parts.port or default_port
    except ValueError:
        raise DomainError("The port of “%1” is not a number from 1 to 65535.", address) from None
    return MailServer(
        host=parts.hostname,
        port=port,
        security=Security(security) if security else default_security,
        user_name=urllib.parse.unquote(parts.username),
    )


def _account_server(services: Services) -> MailServer:
    account = services.mail_account()
    if account is None or account.incoming is None:
        raise DomainError(
            "You have no incoming mail server: set one in Settings › Mail, or give --imap."
        )
    return account.incoming


def run(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.mail.fetching import MailFetcher

    with opened(args.database, create=False) as db:
        services = logged_in(db, args)
        server = server_of(args.imap, args.security) if args.imap else _account_server(services)
        password = os.environ.get(PASSWORD_VARIABLE) or passwords.password_for(server)
        if password is None:
            raise DomainError("Give the mail password in $%1.", PASSWORD_VARIABLE)
        outcomes = MailFetcher(db).fetch(server, password, args.folders or DEFAULT_FOLDERS)
    failed = 0
    for outcome in outcomes:
        if outcome.problem:
            failed += 1
            print(f"{outcome.folder}: failed: {outcome.problem}", flush=True)
        else:
            again = " (the server renumbered it: fetched again)" if outcome.refetched else ""
            print(f"{outcome.folder}: {outcome.new_messages} new{again}", flush=True)
    if failed:
        print(f"{failed} folders could not be fetched", file=sys.stderr)
    return 1 if failed else 0
