"""Command-line import of iCalendar files (their export is cli/exporting.py's).

crm-desktop import FILE.ics --database PATH
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.errors import DomainError

if TYPE_CHECKING:
    from crm_desktop.exchange.ical.importer import Skipped
    from crm_desktop.services import Services

COMMANDS = ("import",)
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


def run(args: argparse.Namespace) -> int:
    # Imported here: other commands do not need SQLAlchemy or icalendar at start-up.
    from crm_desktop.services import Services
    from crm_desktop.services.database.presence import opened

    path = Path(args.file)
    if not path.is_file():
        raise DomainError(f"“{path}” does not exist or is not a file.")
    with opened(args.database, create=True) as db:
        return _import(Services.build(db), path, args.time_zone)


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
