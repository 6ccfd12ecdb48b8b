"""Who a command runs as: ``--user NAME`` with the password in ``CRM_PASSWORD``.

A single-user database has no logins: commands run as its one user, as before. On an
office database a command that reads or changes records needs valid credentials, and
then sees and does only what that user may; without them it is refused in one sentence.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from crm_desktop.errors import AccessDenied

if TYPE_CHECKING:
    from crm_desktop.models import Database
    from crm_desktop.services import Services

PASSWORD_VARIABLE = "CRM_PASSWORD"


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"on a database with users: log in as NAME (the password from ${PASSWORD_VARIABLE})",
    )


def user_id(db: Database, args: argparse.Namespace, variable: str = PASSWORD_VARIABLE) -> int:
    """The id of the user the command runs as (the single user on a database without
    logins), or :class:`AccessDenied`/:class:`LoginFailed` in one sentence. The password
    comes from the environment ``variable``, else from the terminal when there is one."""
    return _credentials(db, args, variable)[0]


def _credentials(
    db: Database, args: argparse.Namespace, variable: str
) -> tuple[int, str | None]:
    """The command's user and the password they gave (None: a database without logins)."""
    from crm_desktop.services.users import DEFAULT_USER_ID, login, logs_in

    if not logs_in(db):
        return DEFAULT_USER_ID, None
    if not getattr(args, "user", None):
        raise AccessDenied(
            "This database has users: give --user NAME, with the password in $%1.", variable
        )
    password = os.environ.get(variable)
    if password is None and variable != PASSWORD_VARIABLE and sys.stdin.isatty():
        password = getpass.getpass(f"Password of {args.user}: ")
    if password is None:
        raise AccessDenied("Give the password of “%1” in $%2.", args.user, variable)
    return login(db, args.user, password), password


def logged_in(
    db: Database,
    args: argparse.Namespace,
    *,
    administrator: bool = False,
    variable: str = PASSWORD_VARIABLE,
) -> Services:
    """The services of the user the command runs as (``administrator``: only an
    administrator may run it)."""
    from crm_desktop.services import Services
    from crm_desktop.services.users import own_login

    user, password = _credentials(db, args, variable)
    # on a server, the command's statements run as the user's own login
    theirs = db if password is None else own_login(db, user, password)
    services = Services.build(theirs, user_id=user)
    if administrator:
        services.access.require_administrator()
    return services
