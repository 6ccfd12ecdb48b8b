"""Command-line handlers for iCalendar files.

crm-desktop import FILE.ics --database PATH
crm-desktop export activities --format ics --database PATH -o FILE.ics
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.errors import DomainError

if TYPE_CHECKING:
    from crm_desktop.exchange.ical.importer import Skipped
    from crm_desktop.services import Services

COMMANDS = ("import", "export")
#: the most events an import's summary names for one reason (the rest are counted)
_NAMED = 5
_FIRST_ONLY = "imported as the first occurrence only"


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importer = sub.add_parser("import", help="add the events and to-dos of an .ics file")
    importer.add_argument("file", metavar="FILE.ics")
    importer.add_argument("--database", metavar="PATH_OR_URL", required=True)
    importer.add_argument(
        "--time-zone",
        metavar="ZONE",
        default=None,
        help="zone of times the file gives without one, e.g. Europe/Berlin (default: UTC)",
    )
    exporter = sub.add_parser("export", help="write records to a file")
    exporter.add_argument("what", choices=("activities",))
    exporter.add_argument("--format", choices=("ics",), default="ics")
    exporter.add_argument("--database", metavar="PATH_OR_URL", required=True)
    exporter.add_argument("-o", "--output", metavar="FILE.ics", required=True)


def run(args: argparse.Namespace) -> int:
    # Imported here: other commands do not need SQLAlchemy or icalendar at start-up.
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.output_file import check_target, database_files

    if args.command == "import":
        path = Path(args.file)
        if not path.is_file():
            raise DomainError(f"“{path}” does not exist or is not a file.")
    else:  # a bad output is told before any work is done
        check_target(Path(args.output), reads=database_files(args.database))
    with opened(args.database, create=args.command == "import") as db:
        services = logged_in(db, args)
        if args.command == "import":
            return _import(services, path, args.time_zone)
        return _export(services, Path(args.output))


def _import(services: Services, path: Path, zone: str | None) -> int:
    from crm_desktop.exchange.ical.importer import CalendarImport

    result = CalendarImport(services.records).import_file(path, default_zone=zone)
    noun = "activity" if result.added == 1 else "activities"
    items = "item" if len(result.skipped) == 1 else "items"
    print(f"added {result.added} {noun}; skipped {len(result.skipped)} {items}")
    for items, what in ((result.skipped, "skipped"), (result.first_only, _FIRST_ONLY)):
        for count, names, reason in _by_reason(items):
            print(f"  {names} {'was' if count == 1 else 'were'} {what}: {reason}.")
    return 0


def _by_reason(items: list[Skipped]) -> list[tuple[int, str, str]]:
    """(how many, “A”, “B” and 3 more, the reason they share): the events of each reason."""
    grouped: dict[str, list[str]] = {}
    for item in items:
        grouped.setdefault(item.reason, []).append(f"“{item.summary}”")
    lines = []
    for reason, names in grouped.items():
        shown = ", ".join(names[:_NAMED])
        if len(names) > _NAMED:
            shown += f" and {len(names) - _NAMED} more"
        lines.append((len(names), shown, reason))
    return lines


def _export(services: Services, target: Path) -> int:
    from crm_desktop.exchange.ical.exporter import export_activities
    from crm_desktop.services.output_file import write_bytes

    activities = services.activities.all()
    data = export_activities(activities)
    write_bytes(target, data, reads=[services.db.path] if services.db.path else [])
    print(f"{len(activities)} activities written to {target}", file=sys.stderr)
    return 0
