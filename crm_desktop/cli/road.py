"""Command-line handler: ``crm-desktop road-copy --database OFFICE -o LAPTOP.sqlite3
[--user NAME] [--scope mine|team|all] [--months N] [--numbers N]``: a copy of the office
database to take on the road; one line per record type taken, on stdout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.services.road.types import SCOPES

COMMANDS = ("road-copy",)


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


def run(args: argparse.Namespace) -> int:
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
