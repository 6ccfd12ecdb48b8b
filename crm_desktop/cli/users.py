"""Command-line handlers for the accounts of an office database.

    crm-desktop users add NAME --role administrator|manager|staff|ROLE [--group GROUP]
                          --database DB [--user ADMIN]
    crm-desktop users list --database DB [--user NAME]
    crm-desktop users disable NAME --database DB --user ADMIN

The new user's password comes from ``CRM_PASSWORD``, else it is asked twice on the
terminal. On a database that has users already, adding one needs an administrator
(``--user``), whose password is then asked on the terminal or read from
``CRM_ADMIN_PASSWORD`` (``CRM_PASSWORD`` is the new user's). On a single-user database,
the first user added is its first administrator and the database becomes an office
database; its records keep their owner.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from crm_desktop.cli.credentials import PASSWORD_VARIABLE, add_user_option, logged_in
from crm_desktop.errors import DomainError

COMMANDS = ("users",)
ADMIN_PASSWORD_VARIABLE = "CRM_ADMIN_PASSWORD"


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = sub.add_parser("users", help="the users of an office database")
    actions = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (the first: the administrator)")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--role", metavar="ROLE", required=True, help="administrator, manager, staff or a role"
    )
    add.add_argument("--group", metavar="GROUP", help="the user's group (made if new)")
    listing = actions.add_parser("list", help="one line per user: NAME ROLE")
    disable = actions.add_parser("disable", help="stop a user from logging in")
    disable.add_argument("name", metavar="NAME")
    for parser in (add, listing, disable):
        parser.add_argument("--database", metavar="PATH_OR_URL", required=True)
        add_user_option(parser)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services import Services
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.users import logs_in

    with opened(args.database, create=args.action == "add") as db:
        if args.action == "list":
            services = logged_in(db, args)
            for account in sorted(services.users.accounts(), key=lambda a: a.username.lower()):
                if not account.is_group:
                    state = "" if account.active else " disabled"
                    print(f"{account.username} {account.role.lower()}{state}")
            return 0
        if args.action == "disable":
            services = logged_in(db, args, administrator=True)
            services.users.set_active(args.name, False)
            print(f"{args.name} can no longer log in", file=sys.stderr)
            return 0
        if not logs_in(db):
            if args.role.strip().lower() != "administrator":
                raise DomainError(
                    "This database has no users yet: add its first administrator first "
                    "(--role administrator)."
                )
            Services.build(db).office.make_office(args.name, _new_password(args.name))
            print(f"{args.name} is the administrator; the database now asks for logins")
            return 0
        admin = logged_in(db, args, administrator=True, variable=ADMIN_PASSWORD_VARIABLE)
        if args.group and args.group.strip().lower() not in {
            u.username.lower() for u in admin.users.owners()
        }:
            admin.users.add_group(args.group)
        admin.users.add_user(args.name, _new_password(args.name), args.role, group=args.group)
        print(f"{args.name} added as {args.role}", file=sys.stderr)
    return 0


def _new_password(name: str) -> str:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise DomainError("Give the password of “%1” in $%2.", name, PASSWORD_VARIABLE)
    first = getpass.getpass(f"Password of {name}: ")
    if getpass.getpass("The same password again: ") != first:
        raise DomainError("The two passwords differ: nothing was changed.")
    return first
