"""Command line: a message by e-mail to the records of a saved filter.

    crm-desktop send --filter "SAVED FILTER" --template FILE.txt [--subject TEXT]
        [--smtp smtp://HOST:PORT] [--from ADDRESS] [--pace SECONDS] [--dry-run]
        --database DB

The template is UTF-8 text with merge fields ({first_name}, {organization}, {owner},
any field by its name); without --subject its first line may be ``Subject: ...``. The
mail server is the user's account (Settings > Mail) unless --smtp names one
(smtp://, smtps:// for SSL, smtp+starttls://; a user as smtp://USER@HOST:PORT with the
password in $CRM_SMTP_PASSWORD). Prints ``sent: N``, ``skipped: N``, ``failed: N`` for
this run: the send log keeps who got the message, so running it again sends nothing to
them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from crm_desktop.errors import DomainError

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.mail.types import MailServer
    from crm_desktop.services.messages.types import Audience, Template

COMMANDS = ("send",)
SMTP_PASSWORD_VARIABLE = "CRM_SMTP_PASSWORD"
#: the record types a saved filter is looked for in, in this order
RECIPIENT_TYPES = ("contacts", "leads")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from crm_desktop.cli.credentials import add_user_option

    send = sub.add_parser(
        "send",
        help="send an e-mail to the contacts or leads of a saved filter",
        description="Send one personalised e-mail to each contact or lead a saved filter "
        "selects; those who opted out are left out, and nobody gets it twice.",
    )
    send.add_argument("--filter", metavar="SAVED_FILTER", required=True)
    send.add_argument("--template", metavar="FILE", required=True, type=Path)
    send.add_argument("--subject", metavar="TEXT", default=None)
    send.add_argument(
        "--type",
        choices=RECIPIENT_TYPES,
        default=None,
        help="where the filter is (by default: both)",
    )
    send.add_argument(
        "--smtp", metavar="URL", default=None, help="smtp://HOST:PORT instead of your account"
    )
    send.add_argument("--from", dest="sender", metavar="ADDRESS", default=None)
    send.add_argument(
        "--pace", metavar="SECONDS", type=float, default=0.5, help="seconds between two messages"
    )
    send.add_argument("--dry-run", action="store_true", help="count, send nothing")
    send.add_argument("--database", metavar="PATH_OR_URL", required=True)
    add_user_option(send)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.mail.smtp import SmtpConnection
    from crm_desktop.services.messages.types import Channel

    template = read_template(args.template, args.subject)
    with opened(args.database, create=False) as db:
        services = logged_in(db, args)
        audience = _audience(services, args.filter, args.type)
        messages = services.messages()
        if args.dry_run:
            summary = messages.dry_run(audience, template)
            _print_counts(summary.sent, summary.skipped, summary.failed)
            print("dry run: nothing was sent", file=sys.stderr)
            return 0
        server, sender = _server_and_sender(services, args)
        run_id = messages.log.run_for(audience, Channel.EMAIL, template)
        before = messages.summary(run_id)
        try:
            with SmtpConnection(server, _password(server, args.smtp is not None)) as connection:
                messages.send_email(
                    audience, template, connection, sender, pace=max(args.pace, 0.0)
                )
        finally:
            after = messages.summary(run_id)
            _print_counts(
                after.sent - before.sent,
                after.skipped - before.skipped,
                after.failed - before.failed,
            )
            if before.sent:
                print(f"already sent before: {before.sent}", file=sys.stderr)
    return 0


def read_template(path: Path, subject: str | None) -> Template:
    from crm_desktop.services.messages.types import Template

    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError("The template %1 is not UTF-8 text.", path) from None
    except OSError as exc:
        raise DomainError("The template %1 cannot be read (%2).", path, exc.strerror) from exc
    first, _, rest = text.partition("\n")
    if subject is None and first.lower().startswith("subject:"):
        subject, text = first.partition(":")[2].strip(), rest.lstrip("\r\n")
    if not subject:
        raise DomainError(
            "The message needs a subject: give --subject, or start the template with a "
            "line “Subject: …”."
        )
    return Template(subject, text)


def _audience(services: Services, name: str, type_key: str | None) -> Audience:
    from crm_desktop.services.campaigns.types import Segment
    from crm_desktop.services.messages.types import Audience

    wanted = name.strip().casefold()
    types = (type_key,) if type_key else RECIPIENT_TYPES
    known = [(key, info) for key in types for info in services.filters.filters(key)]
    for key, info in known:
        if info.name.casefold() == wanted:
            segment = Segment(key, info.conditions, info.quick, info.column_filters, name=info.name)
            return Audience(segment=segment, name=info.name)
    names = ", ".join(f"“{info.name}”" for _key, info in known)
    raise DomainError(
        "There is no saved filter “%1” of %2; there are: %3.", name, ' or '.join(types), names
    )


def _server_and_sender(
    services: Services, args: argparse.Namespace
) -> tuple[MailServer, tuple[str, str]]:
    from crm_desktop.services.mail.accounts import account_for

    account = account_for(services.db, services.access.user_id)
    if args.smtp is not None:
        server = smtp_server(args.smtp)
    elif account is None or account.outgoing is None:
        raise DomainError(
            "You have no mail account: set it up in Settings > Mail, or give --smtp smtp://HOST:PORT."
        )
    else:
        server = account.outgoing
    address = (
        args.sender or (account.address if account else None) or services.users.current().email
    )
    if not address:
        raise DomainError("Say whom the message is from: give --from ADDRESS.")
    display_name = account.display_name if account else services.users.current().full_name
    return server, (address, display_name)


def smtp_server(url: str) -> MailServer:
    """The server an ``smtp://`` URL names."""
    from crm_desktop.services.mail.ports import SMTP_PORTS
    from crm_desktop.services.mail.types import MailServer, Security

    schemes = {"smtp": Security.NONE, "smtps": Security.SSL, "smtp+starttls": Security.STARTTLS}
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in schemes or not parts.hostname or port == -1:
        raise DomainError(
            "“%1” is not a mail server: write smtp://HOST:PORT (smtps:// for SSL, "
            "smtp+starttls:// for STARTTLS).",
            url
        )
    security = schemes[parts.scheme]
    return MailServer(
        parts.hostname, port or SMTP_PORTS[security], security, unquote(parts.username or "")
    )


def _password(server: MailServer, given_by_url: bool) -> str | None:
    from crm_desktop.services.mail.accounts import password_for

    if not server.user_name:
        return None
    password = os.environ.get(SMTP_PASSWORD_VARIABLE)
    if password is None and not given_by_url:
        password = password_for(server)
    if password is None and sys.stdin.isatty():
        print(
            "No password is kept for this server (no keyring); it will not be remembered.",
            file=sys.stderr,
        )
        password = getpass.getpass(f"Password of {server.user_name} at {server.host}: ")
    if password is None:
        raise DomainError(
            "Give the password of %1 at %2 "
            "in $%3.",
            server.user_name, server.host, SMTP_PASSWORD_VARIABLE
        )
    return password


def _print_counts(sent: int, skipped: int, failed: int) -> None:
    print(f"sent: {sent}")
    print(f"skipped: {skipped}")
    print(f"failed: {failed}")
