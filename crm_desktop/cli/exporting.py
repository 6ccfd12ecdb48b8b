"""Command-line export of a list: its records as a saved filter selects them, in the
list's order, to CSV, Excel, vCard (contacts) or iCalendar (activities).

crm-desktop export TYPE [--format csv|xlsx|vcf|ics] [--filter "SAVED FILTER"] -o FILE
                   --database PATH
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.errors import DomainError
from crm_desktop.registry import default_registry

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.lists import ListQuery

COMMANDS = ("export",)
_FORMATS = ("csv", "xlsx", "vcf", "ics")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    exporter = sub.add_parser(
        "export",
        help="write a list's records to a file",
        description="Write the records of a type (all, or as a saved filter selects them) "
        "in the list's order: CSV (UTF-8 with BOM, a header of field labels, the record "
        "number first) or Excel with every field, vCard for contacts, iCalendar for "
        "activities.",
    )
    exporter.add_argument("what", metavar="TYPE", choices=[t.key for t in default_registry()])
    exporter.add_argument(
        "--format",
        choices=_FORMATS,
        default=None,
        help="default: the output's extension, else ics for activities and csv for the rest",
    )
    exporter.add_argument(
        "--filter", metavar="SAVED_FILTER", default=None, help="the name of a saved filter"
    )
    exporter.add_argument("--database", metavar="PATH_OR_URL", required=True)
    exporter.add_argument("-o", "--output", metavar="FILE", required=True)


def run(args: argparse.Namespace) -> int:
    # Imported here: other commands do not need SQLAlchemy at start-up.
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.output_file import check_target, database_files
    from crm_desktop.services.records.export import FORMATS, export_list

    target = Path(args.output)
    file_format = args.format or _format_of(target, args.what)
    only = FORMATS[file_format][1]
    if only not in (None, args.what):
        raise DomainError("Only %1 can be exported as %2.", only, FORMATS[file_format][0])
    # A bad output is told before any work is done.
    check_target(target, reads=database_files(args.database))
    with opened(args.database, create=False) as db:
        services = logged_in(db, args)
        query = _query(services, args.what, args.filter)
        result = export_list(services, query, target, file_format, progress=_progress())
    if sys.stderr.isatty():
        print(file=sys.stderr)
    record_type = services.registry.get(args.what)
    noun = record_type.singular if result.records == 1 else record_type.label
    print(f"{result.records} {noun.lower()} written to {target}", file=sys.stderr)
    return 0


def _format_of(target: Path, type_key: str) -> str:
    suffix = target.suffix.lower().lstrip(".")
    if suffix in _FORMATS:
        return suffix
    return "ics" if type_key == "activities" else "csv"


def _query(services: Services, type_key: str, filter_name: str | None) -> ListQuery:
    """The list of ``type_key`` (every live record, or the saved filter's), in its
    default order."""
    from crm_desktop.services.records.lists import ListQuery

    if filter_name is None:
        return ListQuery(type_key)
    filters = services.filters.filters(type_key)
    wanted = filter_name.strip().casefold()
    for info in filters:
        if info.name.casefold() == wanted:
            return ListQuery(
                type_key,
                quick=info.quick,
                conditions=info.conditions,
                column_filters=info.column_filters,
            )
    names = ", ".join(f"“{info.name}”" for info in filters) or "none"
    raise DomainError(
        "There is no filter “%1” for %2; there are: %3.", filter_name, type_key, names,
    )


def _progress() -> Callable[[int, int], None] | None:
    """Progress on a terminal's stderr; nothing when it goes to a file or a pipe."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)

    return show
