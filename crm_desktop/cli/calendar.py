"""Command-line export of activities to an iCalendar file (their import is
cli/importing.py's, by the file's suffix).

crm-desktop export activities --format ics --database PATH -o FILE.ics
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crm_desktop.services import Services

COMMANDS = ("export",)


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    exporter = sub.add_parser("export", help="write records to a file")
    exporter.add_argument("what", choices=("activities",))
    exporter.add_argument("--format", choices=("ics",), default="ics")
    exporter.add_argument("--database", metavar="PATH_OR_URL", required=True)
    exporter.add_argument("-o", "--output", metavar="FILE.ics", required=True)


def run(args: argparse.Namespace) -> int:
    # Imported here: other commands do not need SQLAlchemy or icalendar at start-up.
    from crm_desktop.services import Services
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.output_file import check_target, database_files

    # a bad output is told before any work is done
    check_target(Path(args.output), reads=database_files(args.database))
    with opened(args.database, create=False) as db:
        return _export(Services.build(db), Path(args.output))


def _export(services: Services, target: Path) -> int:
    from crm_desktop.exchange.ical.exporter import export_activities
    from crm_desktop.services.output_file import write_bytes

    activities = services.activities.all()
    data = export_activities(activities)
    write_bytes(target, data, reads=[services.db.path] if services.db.path else [])
    print(f"{len(activities)} activities written to {target}", file=sys.stderr)
    return 0
