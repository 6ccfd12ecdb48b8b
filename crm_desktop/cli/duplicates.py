"""Command-line handler: ``crm-desktop duplicates TYPE --database PATH``: one group of
likely duplicates per line on stdout, progress and the count of groups on stderr."""

from __future__ import annotations

import argparse
import os
import sys

from crm_desktop.services.duplicates.keys import RULES

COMMANDS = ("duplicates",)
#: how a line says what the records of a group share
REASONS = {"email": "same e-mail", "phone": "same phone", "name": "same name"}


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = sub.add_parser(
        "duplicates", help="list likely duplicate leads, contacts or organizations"
    )
    command.add_argument("type", choices=tuple(RULES), help="the records to compare")
    command.add_argument("--database", metavar="PATH_OR_URL", required=True)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened

    shown = False

    def progress(done: int, total: int) -> None:
        nonlocal shown
        shown = sys.stderr.isatty()
        if shown:
            print(f"\r{done * 100 // total}%", end="", file=sys.stderr, flush=True)

    groups = 0
    with opened(args.database, create=False) as db:
        try:
            for group in logged_in(db, args).duplicates.find(args.type, progress):
                groups += 1
                records = ", ".join(
                    " ".join(part for part in (r.number, r.name) if part) for r in group.records
                )
                print(f"{REASONS[group.reason]} ({group.key}): {records}", flush=True)
        except BrokenPipeError:
            # The reader has enough ("| head"): the rest goes nowhere, quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        finally:
            if shown:  # the progress line ends before the count or the shell's prompt
                print(file=sys.stderr, flush=True)
    print(f"{groups} groups of likely duplicates", file=sys.stderr)
    return 0
