"""Command-line handlers for the database's care: backup, restore, verify, migrate-to."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from crm_desktop.cli.credentials import add_user_option
from crm_desktop.errors import DomainError

EXIT_PROBLEM = 1


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser("backup", help="write a consistent copy of a database file")
    backup.add_argument("--database", metavar="PATH", required=True)
    backup.add_argument("-o", "--output", metavar="FILE", required=True)

    restore = sub.add_parser("restore", help="replace a database file with a backup")
    restore.add_argument("backup", metavar="FILE")
    restore.add_argument("--database", metavar="PATH", required=True)
    restore.add_argument(
        "--force",
        action="store_true",
        help="restore even though others seem to have the database open",
    )
    add_user_option(restore)  # an office database is restored by an administrator

    migrate = sub.add_parser(
        "migrate-to", help="copy every record into a new database, e.g. on a PostgreSQL server"
    )
    migrate.add_argument("url", metavar="URL")
    migrate.add_argument("--database", metavar="PATH_OR_URL", required=True)


COMMANDS = ("backup", "restore", "migrate-to")


def run(args: argparse.Namespace) -> int:
    from crm_desktop.models import Database

    if args.command == "backup":
        from crm_desktop.services.database.backup import copy_database

        _administrator_only(args)
        db = Database.open(args.database, create=False, read_only=True)
        try:
            if not db.is_sqlite or db.path is None:
                raise DomainError("Back up a database server with its own tools (pg_dump).")
            target = Path(args.output)
            copy_database(db.path, target)
        finally:
            db.close()
        print(f"backup written to {target}")
        return 0
    if args.command == "restore":
        return _restore(args)
    if args.command == "migrate-to":
        return _migrate_to(args)
    raise AssertionError(args.command)


def _restore(args: argparse.Namespace) -> int:
    from crm_desktop.paths import app_paths
    from crm_desktop.services.database.backup import backup_folder, rotate
    from crm_desktop.services.database.restore import DatabaseInUse, restore_backup

    if "://" in args.database:
        raise DomainError("A database server is restored with its own tools (pg_restore).")
    source = Path(args.backup)
    target = Path(args.database).absolute()
    # The database as it was is kept, as the window does, in case this was a mistake.
    kept = backup_folder(app_paths().ensure().backups, target) / "pre-restore"
    keep_old = kept / f"{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    if not target.exists() or target.stat().st_size == 0:
        keep_old = None
    _administrator_to_restore(target, args)
    try:
        restore_backup(source, target, force=args.force, keep_old=keep_old)
    except DatabaseInUse as exc:
        raise DomainError(
            "the database is still open for %1; ask them to close "
            "CRM Desktop, then restore again (or add --force if they are gone).",
            ', '.join(exc.others)
        ) from exc
    print(f"restored {target} from {source}")
    if keep_old is not None:
        rotate(kept)
        print(f"the database as it was is kept as {keep_old}")
    return 0


def _administrator_to_restore(target: Path, args: argparse.Namespace) -> None:
    """Only an administrator restores an office database (``--user NAME``, the password
    in $CRM_PASSWORD). A file that cannot be opened (missing, damaged: what a restore is
    often for) has no users to ask."""
    from crm_desktop.cli.credentials import user_id
    from crm_desktop.models import Database
    from crm_desktop.services.database.restore import require_administrator

    try:
        db = Database.open(target, create=False)
    except DomainError:
        return
    try:
        require_administrator(db, user_id(db, args))
    finally:
        db.close()


def _migrate_to(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.registry import default_registry
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.database.transfer import transfer

    with opened(args.database, create=False) as source:
        logged_in(source, args, administrator=True)
    with opened(args.database, create=False) as source, opened(args.url) as target:
        copied = transfer(
            source,
            target,
            default_registry(),
            progress=lambda table, n: print(
                f"\r{table}: {n:,}", end="", file=sys.stderr, flush=True
            ),
        )
    print(file=sys.stderr)
    for table, count in copied.items():
        print(f"{table}: {count}")
    print(f"copied into {target.label}; open it with: crm-desktop --database '{args.url}'")
    return 0


def _administrator_only(args: argparse.Namespace) -> None:
    """A copy of every record is an administrator's to make, on a database with users.
    Looked at read-only first: a single-user file is backed up as it is, not migrated."""
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.models import Database
    from crm_desktop.services.users import logs_in

    db = Database.open(args.database, create=False, read_only=True)
    try:
        office = logs_in(db)
    finally:
        db.close()
    if office:  # a login writes (its count of wrong passwords)
        db = Database.open(args.database, create=False)
        try:
            logged_in(db, args, administrator=True)
        finally:
            db.close()
