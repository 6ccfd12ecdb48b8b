"""Command-line reports: a built-in report, or a list grouped by a field, as CSV (to
standard output without -o) or PDF.

crm-desktop report NAME [--period 2026|2026-Q3|2026-11|DAY..DAY] [--scope mine|team|everyone]
                   [--by FIELD] [--format csv|pdf] [-o FILE] --database PATH

NAME is a built-in report (pipeline, won-lost, staff-work, ...), or a record type
(opportunities, leads, ...) grouped ``--by`` one of its fields.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.errors import DomainError
from crm_desktop.registry import default_registry
from crm_desktop.services.reports.types import REPORTS

COMMANDS = ("report",)
_FORMATS = ("csv", "pdf")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = sub.add_parser(
        "report",
        help="print a report as CSV, or write it as CSV or PDF",
        description="A built-in report, or the records of a type grouped by a field "
        "(counts and sums), for a period and a scope. Amounts are summed per currency. "
        f"Reports: {', '.join(REPORTS)}; or a record type with --by FIELD.",
    )
    types = [t.key for t in default_registry()]
    report.add_argument("name", metavar="NAME", choices=[*REPORTS, *types])
    report.add_argument(
        "--period",
        metavar="PERIOD",
        default=None,
        help="a year (2026), quarter (2026-Q3), month (2026-11) or two days "
        "(2026-01-15..2026-02-14); default: all time",
    )
    report.add_argument(
        "--scope",
        choices=("mine", "team", "everyone"),
        default="everyone",
        help="whose records: the user's, their team's or everyone's they may see",
    )
    report.add_argument("--by", metavar="FIELD", default=None, help="group a type by FIELD")
    report.add_argument(
        "--format", choices=_FORMATS, default=None, help="default: the output's extension, else csv"
    )
    report.add_argument("--database", metavar="PATH_OR_URL", required=True)
    report.add_argument("-o", "--output", metavar="FILE", default=None)


def run(args: argparse.Namespace) -> int:
    # Imported here: other commands do not need SQLAlchemy at start-up.
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.output_file import check_target, database_files, write_bytes
    from crm_desktop.services.reports.cells import csv_text
    from crm_desktop.services.reports.types import parse_period

    target = Path(args.output) if args.output else None
    file_format = args.format or _format_of(target)
    if file_format == "pdf" and target is None:
        raise DomainError("A PDF report needs a file to go to: add -o FILE.pdf.")
    if args.name in REPORTS and args.by is not None:
        raise DomainError(
            "--by groups the records of a type (opportunities, leads, ...); "
            "the report %1 has its own rows.",
            args.name
        )
    if args.name not in REPORTS and args.by is None:
        raise DomainError("Say which field to group %1 by: add --by FIELD.", args.name)
    period = parse_period(args.period) if args.period is not None else None
    reads = database_files(args.database)
    if target is not None:
        check_target(target, reads=reads)  # a bad output is told before any work
    with opened(args.database, create=False) as db:
        services = logged_in(db, args)
        if args.by is not None:
            from crm_desktop.services.records.types import ListQuery

            report = services.reports.grouped(ListQuery(args.name), args.by, period, args.scope)
        else:
            report = services.reports.run(args.name, period, args.scope)
    if file_format == "pdf":
        from crm_desktop.reports.report_pdf import report_pdf_bytes

        assert target is not None
        write_bytes(target, report_pdf_bytes(report), reads)
    elif target is not None:
        write_bytes(target, csv_text(report).encode("utf-8-sig"), reads)
    else:
        sys.stdout.write(csv_text(report))
    if report.note:
        print(report.note, file=sys.stderr)
    if target is not None:
        print(f"{len(report.rows)} rows written to {target}", file=sys.stderr)
    return 0


def _format_of(target: Path | None) -> str:
    suffix = target.suffix.lower().lstrip(".") if target is not None else ""
    return suffix if suffix in _FORMATS else "csv"
