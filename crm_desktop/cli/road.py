"""Command-line handlers of road copies:

* ``crm-desktop road-copy --database OFFICE -o LAPTOP.sqlite3 [--user NAME]
  [--scope mine|team|all] [--months N] [--numbers N]``: a copy of the office database to
  take on the road; one line per record type taken, on stdout;
* ``crm-desktop sync --database LAPTOP.sqlite3 [--office OFFICE]``: ``sent: N``,
  ``received: N``, ``conflicts: N``; exit 0 when the sync ran, even with conflicts;
* ``crm-desktop conflicts --database LAPTOP.sqlite3 [--decide ID mine|theirs]``: one
  line per open conflict, or decide one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.services.road.types import SCOPES

COMMANDS = ("road-copy", "sync", "conflicts")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = sub.add_parser(
        "road-copy", help="copy the office's records to a file to work with on the road"
    )
    command.add_argument("--database", metavar="PATH_OR_URL", required=True, help="the office")
    command.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    command.add_argument(
        "--scope",
        choices=SCOPES,
        default="all",
        help="my records, my team's, or all I may see (default: all)",
    )
    command.add_argument(
        "--months", type=int, metavar="N", help="only records changed in the last N months"
    )
    command.add_argument(
        "--numbers",
        type=int,
        metavar="N",
        help="record numbers of each kind reserved for the copy (default: 1000)",
    )

    sync = sub.add_parser("sync", help="sync a road copy with its office database")
    sync.add_argument("--database", metavar="PATH", required=True, help="the road copy")
    sync.add_argument(
        "--office",
        metavar="PATH_OR_URL",
        help="where the office database is now (default: where the copy was taken from)",
    )
    conflicts = sub.add_parser("conflicts", help="list or decide a road copy's conflicts")
    conflicts.add_argument("--database", metavar="PATH", required=True, help="the road copy")
    conflicts.add_argument(
        "--decide", nargs=2, metavar=("ID", "mine|theirs"), help="decide one conflict"
    )


def run(args: argparse.Namespace) -> int:
    if args.command == "sync":
        return _sync(args)
    if args.command == "conflicts":
        return _conflicts(args)
    return _road_copy(args)


def _road_copy(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.road.take_along import NUMBERS_PER_COPY, TakeAlong, take_along

    what = TakeAlong(
        scope=args.scope,
        months=args.months,
        numbers=NUMBERS_PER_COPY if args.numbers is None else args.numbers,
    )
    with opened(args.database, create=False) as db:
        services = logged_in(db, args)

        def progress(step: str) -> None:
            print(f"{step}…", file=sys.stderr, flush=True)

        taken = take_along(db, services.registry, services.access, args.output, what, progress)
    for record_type in services.registry:
        print(f"{record_type.key}: {taken.records[record_type.key]}")
    print(f"road copy {taken.copy_id} written to {taken.target}", file=sys.stderr)
    return 0


def _sync(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.road.sync import sync_with_office

    with opened(args.database, create=False) as laptop:
        logged_in(laptop, args)
        result = sync_with_office(
            laptop, args.office, lambda step: print(f"{step}…", file=sys.stderr)
        )
    print(f"sent: {result.sent}")
    print(f"received: {result.received}")
    print(f"conflicts: {result.conflicts}")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.errors import DomainError
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.road.conflicts import conflicts, decide

    with opened(args.database, create=False) as laptop:
        services = logged_in(laptop, args)
        if args.decide:
            number, choice = args.decide
            if not number.isdigit():
                raise DomainError("“%1” is not a conflict's number.", number)
            decide(services, int(number), choice)
            return 0
        for conflict in conflicts(services):
            record_type = services.registry.get(conflict.record_type)
            name = services.records.display_name(conflict.record_type, conflict.record_id)
            what = conflict.field or conflict.reason or ""
            line = f"{conflict.id}\t{record_type.singular} {name}\t{conflict.kind}\t{what}"
            if conflict.kind == "field":
                line += f"\tmine: {conflict.mine or ''}\ttheirs: {conflict.theirs or ''}"
            print(line)
    return 0
