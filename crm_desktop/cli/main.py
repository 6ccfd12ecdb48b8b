"""Command line: the window (default) and the admin commands.

    crm-desktop [--database PATH_OR_URL]
    crm-desktop demo --database PATH --records N [--seed S]
    crm-desktop check --database PATH
    crm-desktop backup --database PATH -o FILE
    crm-desktop restore FILE --database PATH
    crm-desktop migrate-to URL --database PATH
    crm-desktop print {quote,order} NUMBER --database PATH -o FILE.pdf
    crm-desktop import FILE.ics --database PATH
    crm-desktop import FILE.csv --type TYPE [--map "COLUMN=FIELD" ...] ... --database PATH
    crm-desktop import FILE.vcf --database PATH
    crm-desktop undo-import BATCH --database PATH
    crm-desktop export TYPE [--format csv|xlsx|vcf|ics] [--filter NAME] --database PATH -o FILE
    crm-desktop edit TYPE NUMBER FIELD=VALUE ... --database PATH
    crm-desktop history TYPE NUMBER --database PATH
    crm-desktop duplicates {leads,contacts,organizations} --database PATH
    crm-desktop users {add,list,disable} ... --database PATH
    crm-desktop attach FILE --to TYPE NUMBER [--title TEXT] [--folder TEXT] --database PATH
    crm-desktop send --filter NAME --template FILE.txt [--smtp URL] [--dry-run] --database PATH
    crm-desktop feeds {add URL [--folder NAME],fetch,list} --database PATH
    crm-desktop mail fetch --imap imap[s]://USER@HOST:PORT --database PATH
    crm-desktop report NAME [--period P] [--scope S] [--by FIELD] [--format csv|pdf] [-o FILE]
                       --database PATH
    crm-desktop road-copy --database OFFICE -o LAPTOP.sqlite3 [--scope mine|team|all]
    crm-desktop sync --database LAPTOP.sqlite3 [--office OFFICE]
    crm-desktop conflicts --database LAPTOP.sqlite3 [--decide ID mine|theirs]

On a database with users, a command that reads or changes records runs as
``--user NAME`` (the password in CRM_PASSWORD) and is refused without it.

Problems the user can fix are told in one sentence on stderr, with a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from crm_desktop import __version__
from crm_desktop.cli import attach as cli_attach
from crm_desktop.cli import database as cli_database
from crm_desktop.cli import duplicates as cli_duplicates
from crm_desktop.cli import exporting as cli_exporting
from crm_desktop.cli import feeds as cli_feeds
from crm_desktop.cli import importing as cli_importing
from crm_desktop.cli import mail as cli_mail
from crm_desktop.cli import printing as cli_print
from crm_desktop.cli import records as cli_records
from crm_desktop.cli import reports as cli_reports
from crm_desktop.cli import road as cli_road
from crm_desktop.cli import sending as cli_sending
from crm_desktop.cli import users as cli_users
from crm_desktop.cli.credentials import PASSWORD_VARIABLE, add_user_option, logged_in
from crm_desktop.errors import DomainError

if TYPE_CHECKING:
    from crm_desktop.models import Database
    from crm_desktop.services import Services

EXIT_USAGE = 2
EXIT_PROBLEM = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\nTry '{self.prog} --help'.\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number must not be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crm-desktop", description="CRM Desktop: a desktop CRM.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="database file, or a SQLAlchemy URL such as postgresql+psycopg://host/crm "
        "(default: crm.sqlite3 in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="add realistic demonstration records")
    demo.add_argument("--database", metavar="PATH_OR_URL", required=True)
    demo.add_argument(
        "--records",
        metavar="N",
        type=_positive,
        required=True,
        help="number of contacts (organizations, leads, ... in proportion)",
    )
    demo.add_argument(
        "--seed",
        metavar="S",
        type=int,
        default=None,
        help="random seed, for the same data every time",
    )
    demo.add_argument(
        "--users",
        metavar="N",
        type=_positive,
        default=None,
        help=f"make an office: N staff users and a manager (password ${PASSWORD_VARIABLE} "
        "or “demo”), the records spread among them, some types private",
    )

    check = sub.add_parser("check", help="check a database and count its records")
    check.add_argument("--database", metavar="PATH_OR_URL", required=True)
    cli_database.add_commands(sub)
    cli_print.add_commands(sub)
    cli_importing.add_commands(sub)
    cli_records.add_commands(sub)
    cli_exporting.add_commands(sub)
    cli_duplicates.add_commands(sub)
    cli_users.add_commands(sub)
    cli_attach.add_commands(sub)
    cli_sending.add_commands(sub)
    cli_feeds.add_commands(sub)
    cli_mail.add_commands(sub)
    cli_reports.add_commands(sub)
    cli_road.add_commands(sub)
    reading = (
        "demo",
        "check",
        *cli_print.COMMANDS,
        *cli_importing.COMMANDS,
        *cli_exporting.COMMANDS,
        *cli_records.COMMANDS,
        *cli_duplicates.COMMANDS,
        *cli_attach.COMMANDS,
        *cli_reports.COMMANDS,
        *cli_road.COMMANDS,
    )
    for name in (*reading, "backup", "migrate-to"):
        add_user_option(sub.choices[name])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "check":
            return _check(args)
        if args.command in cli_database.COMMANDS:
            return cli_database.run(args)
        if args.command in cli_print.COMMANDS:
            return cli_print.run(args)
        if args.command in cli_importing.COMMANDS:
            return cli_importing.run(args)
        if args.command in cli_records.COMMANDS:
            return cli_records.run(args)
        if args.command in cli_exporting.COMMANDS:
            return cli_exporting.run(args)
        if args.command in cli_duplicates.COMMANDS:
            return cli_duplicates.run(args)
        if args.command in cli_users.COMMANDS:
            return cli_users.run(args)
        if args.command in cli_attach.COMMANDS:
            return cli_attach.run(args)
        if args.command in cli_sending.COMMANDS:
            return cli_sending.run(args)
        if args.command in cli_feeds.COMMANDS:
            return cli_feeds.run(args)
        if args.command in cli_mail.COMMANDS:
            return cli_mail.run(args)
        if args.command in cli_reports.COMMANDS:
            return cli_reports.run(args)
        if args.command in cli_road.COMMANDS:
            return cli_road.run(args)
        from crm_desktop.app import run_gui

        return run_gui(args.database)
    except DomainError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("crm-desktop: interrupted", file=sys.stderr)
        return 130


def _backup_hook() -> Callable[[Database], None]:
    """A backup into the user's backup folder before a schema upgrade (as the GUI does)."""
    from crm_desktop.paths import app_paths
    from crm_desktop.services.database.backup import backup_before_migration

    return backup_before_migration(app_paths().ensure().backups)


def _demo(args: argparse.Namespace) -> int:
    from crm_desktop.demo.generator import DemoGenerator
    from crm_desktop.services.database.presence import opened

    with opened(args.database, before_migration=_backup_hook()) as db:
        office = args.users is not None
        services = _demo_administrator(db, args) if office else logged_in(db, args)

        shown = False

        def progress(done: int, total: int) -> None:
            nonlocal shown
            shown = True
            print(f"\r{done:,} / {total:,} contacts", end="", file=sys.stderr, flush=True)

        try:
            added = DemoGenerator(services, seed=args.seed).generate(args.records, progress)
        finally:
            # Whatever ends the demo (done, Ctrl+C, a problem), the progress line is ended:
            # the next message, or the shell's prompt, starts on a line of its own.
            if shown:
                print(file=sys.stderr, flush=True)
        if office:
            _demo_office(services, args.users)
        for key, count in added.items():
            print(f"{key}: {count}")
    return 0


def _demo_password() -> str:
    return os.environ.get(PASSWORD_VARIABLE) or "demo"


def _demo_administrator(db: Database, args: argparse.Namespace) -> Services:
    """An administrator's services; a single-user database becomes an office database
    first, its user the administrator (password as the demo users')."""
    from crm_desktop.services import Services
    from crm_desktop.services.users import DEFAULT_USER_ID, logs_in

    if not logs_in(db):
        single = Services.build(db)
        single.office.make_office(single.users.current().username, _demo_password())
        return Services.build(db, user_id=DEFAULT_USER_ID)
    return logged_in(db, args, administrator=True)


def _demo_office(services: Services, staff: int) -> None:
    from crm_desktop.demo.office import make_office, spread_ownership

    office = make_office(services, staff, _demo_password())
    spread_ownership(services, services.access.user_id, office.owner_ids)
    print(f"users: {', '.join(office.usernames)}", file=sys.stderr)


def _check(args: argparse.Namespace) -> int:
    from crm_desktop.services.database.presence import opened

    with opened(args.database, create=False, before_migration=_backup_hook()) as db:
        problems = db.integrity_problems()
        if problems:
            print(f"crm-desktop: the database is damaged: {problems[0]}", file=sys.stderr)
            for problem in problems[1:20]:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_PROBLEM
        services = logged_in(db, args)
        for key, count in services.stats.counts().items():
            print(f"{key}: {count}")
    return 0
