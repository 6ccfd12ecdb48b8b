"""Command-line import of files, by their suffix, and undo of an import.

crm-desktop import FILE.ics --database PATH [--time-zone ZONE]
crm-desktop import FILE.csv --type TYPE [--preset NAME] [--map "COLUMN=FIELD" ...]
    [--map-value "FIELD:VALUE=CHOICE" ...] [--on-match create|fill|update|skip]
    [--match email|phone|name] [--dry-run] [--rejects FILE] --database PATH
crm-desktop import FILE.vcf --database PATH
crm-desktop undo-import BATCH --database PATH
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.errors import DomainError

if TYPE_CHECKING:
    from crm_desktop.exchange.csv.presets import ColumnMap
    from crm_desktop.exchange.ical.importer import Skipped
    from crm_desktop.services import Services
    from crm_desktop.services.imports.plan import ImportPlan, ImportResult

COMMANDS = ("import", "undo-import")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
ICS_SUFFIXES = (".ics",)
VCARD_SUFFIXES = (".vcf", ".vcard")
RECORD_TYPES = ("contacts", "organizations", "leads", "opportunities", "products")
#: the most events an import's summary names for one reason (the rest are counted)
_NAMED = 5
#: the most rejected rows and problems told on stderr (the rejects file has them all)
_TOLD = 20
_FIRST_ONLY = "imported as the first occurrence only"


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importer = sub.add_parser(
        "import", help="add the records of a .csv, .vcf (contacts) or .ics (calendar) file"
    )
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--database", metavar="PATH_OR_URL", required=True)
    importer.add_argument(
        "--time-zone",
        metavar="ZONE",
        default=None,
        help=".ics: zone of times the file gives without one, e.g. Europe/Berlin (default: UTC)",
    )
    importer.add_argument("--type", choices=RECORD_TYPES, help=".csv: the records' type")
    importer.add_argument(
        "--preset", metavar="NAME", help=".csv: outlook, google, thunderbird, linkedin, generic"
    )
    importer.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help='.csv: the column goes to FIELD (its key or label); "COLUMN=" ignores it',
    )
    importer.add_argument(
        "--map-value",
        metavar="FIELD:VALUE=CHOICE",
        action="append",
        default=[],
        help='the file\'s VALUE of a picklist FIELD is CHOICE; "FIELD:VALUE=" leaves it empty',
    )
    importer.add_argument(
        "--on-match", choices=("create", "fill", "update", "skip"), default="skip"
    )
    importer.add_argument("--match", choices=("email", "phone", "name"), default="email")
    importer.add_argument(
        "--region", metavar="CC", help="country of phone numbers without one, e.g. VN"
    )
    importer.add_argument("--encoding", metavar="NAME", help=".csv: e.g. cp1252 (detected)")
    importer.add_argument("--dry-run", action="store_true", help="count, save nothing")
    importer.add_argument("--rejects", metavar="FILE.csv", help="write the rejected rows there")
    undo = sub.add_parser("undo-import", help="undo an import (its batch number)")
    undo.add_argument("batch", metavar="BATCH", type=int)
    undo.add_argument("--database", metavar="PATH_OR_URL", required=True)


def run(args: argparse.Namespace) -> int:
    # Imported here: other commands do not need SQLAlchemy at start-up.
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened

    if args.command == "undo-import":
        with opened(args.database, create=False) as db:
            return _undo(logged_in(db, args), args.batch)
    path = Path(args.file)
    if not path.is_file():
        raise DomainError("“%1” does not exist or is not a file.", path)
    suffix = path.suffix.lower()
    if suffix not in (*CSV_SUFFIXES, *ICS_SUFFIXES, *VCARD_SUFFIXES):
        raise DomainError(
            "“%1” cannot be imported: the program imports .csv, .vcf and .ics files.", path.name
        )
    if suffix in CSV_SUFFIXES and args.type is None:
        raise DomainError("A .csv file needs --type: contacts, organizations, leads, "
                          "opportunities or products.")  # fmt: skip
    if suffix in VCARD_SUFFIXES and args.type not in (None, "contacts"):
        raise DomainError("A vCard file can only be imported as contacts.")
    with opened(args.database, create=True) as db:
        services = logged_in(db, args)
        if suffix in ICS_SUFFIXES:
            return _import_calendar(services, path, args.time_zone)
        return _import_records(services, path, args)


# -- CSV and vCard ------------------------------------------------------------------------------
def _import_records(services: Services, path: Path, args: argparse.Namespace) -> int:
    from crm_desktop.services.imports.plan import ImportPlan, MatchRule, OnMatch

    record_type = args.type or "contacts"
    plan = ImportPlan(
        path,
        record_type,
        encoding=args.encoding,
        match=MatchRule(args.match),
        on_match=OnMatch(args.on_match),
        default_region=args.region.upper() if args.region else None,
        rejects=Path(args.rejects) if args.rejects else None,
        value_map=_value_map(record_type, args.map_value),
    )
    if not plan.is_vcard and (args.preset or args.map):
        plan = _with_column_map(services, plan, args.preset, args.map)
    progress = _progress if sys.stderr.isatty() else None
    try:
        run = services.imports.dry_run if args.dry_run else services.imports.run
        result = run(plan, progress)
    finally:
        if progress is not None:
            print(file=sys.stderr, flush=True)
    _report(result, dry_run=args.dry_run)
    return 0


def _progress(done: int, total: int, _text: str) -> None:
    print(f"\r{done:,} / {total:,} rows", end="", file=sys.stderr, flush=True)


def _report(result: ImportResult, *, dry_run: bool) -> None:
    print(f"added: {result.added}")
    print(f"updated: {result.updated}")
    print(f"skipped: {result.skipped}")
    print(f"rejected: {result.rejected}")
    if result.organizations_created:
        print(f"organizations added: {result.organizations_created}")
    print("batch: none (dry run)" if dry_run else f"batch: {result.batch_id}")
    told = [f"  rejected, line {row.line}: {row.reason}" for row in result.rejected_rows]
    told += [f"  {problem.message}" for problem in result.problems]
    for line in told[:_TOLD]:
        print(line, file=sys.stderr)
    if len(told) > _TOLD:
        print(f"  … and {len(told) - _TOLD} more", file=sys.stderr)


def _field_of(record_type: str, text: str) -> str:
    """A field of ``record_type`` by its key or its label in any language we ship."""
    from crm_desktop.exchange.csv.labels import key, names_of
    from crm_desktop.registry import default_registry

    rtype = default_registry().get(record_type)
    wanted = key(text)
    for spec in rtype.fields:
        if spec.read_only:
            continue
        if wanted in {key(name) for name in (spec.name, *names_of(spec.label, "registry"))}:
            return spec.name
    raise DomainError("“%1” is not a field of %2.", text, record_type)


def _value_map(record_type: str, items: list[str]) -> dict[str, dict[str, str | None]]:
    mapped: dict[str, dict[str, str | None]] = {}
    for item in items:
        field_text, colon, rest = item.partition(":")
        value, equals, choice = rest.rpartition("=")
        if not colon or not equals:
            raise DomainError("“%1” is not FIELD:VALUE=CHOICE.", item)
        field = _field_of(record_type, field_text)
        mapped.setdefault(field, {})[value] = choice.strip() or None
    return mapped


def _with_column_map(
    services: Services, plan: ImportPlan, preset: str | None, items: list[str]
) -> ImportPlan:
    from dataclasses import replace

    from crm_desktop.exchange.csv.labels import key
    from crm_desktop.exchange.csv.presets import GENERIC, PRESETS, ColumnMapping, Use
    from crm_desktop.registry import Kind, default_registry
    from crm_desktop.services.imports.sources import default_map

    layout = services.imports.inspect(plan.path, plan.record_type, encoding=plan.encoding)
    column_map: ColumnMap = layout.column_map
    if preset:
        known = [p.key for p in PRESETS] + [GENERIC]
        if preset.lower() not in known:
            raise DomainError("“%1” is not a preset: %2.", preset, ', '.join(known))
        column_map = default_map(layout.header, plan.record_type, preset.lower())
    rtype = default_registry().get(plan.record_type)
    columns = list(column_map.columns)
    for item in items:
        column_text, equals, field_text = item.rpartition("=")
        if not equals:
            raise DomainError("“%1” is not COLUMN=FIELD.", item)
        index = next((c.index for c in columns if key(c.header) == key(column_text)), None)
        if index is None:
            raise DomainError("The file has no column “%1”.", column_text)
        header = columns[index].header
        if not field_text.strip():
            columns[index] = ColumnMapping(index, header, Use.IGNORED)
            continue
        field = _field_of(plan.record_type, field_text)
        kind = rtype.field(field).kind
        use = Use.SEVERAL if kind in (Kind.EMAIL, Kind.PHONE) else Use.FIELD
        columns[index] = ColumnMapping(index, header, use, field)
    return replace(plan, column_map=replace(column_map, columns=tuple(columns)))


def _undo(services: Services, batch: int) -> int:
    result = services.imports.undo_import(batch)
    print(f"removed: {result.removed}")
    print(f"restored: {result.restored}")
    print(f"kept: {len(result.kept)}")
    for type_key, record_id, name in result.kept[:_TOLD]:
        print(f"  kept {type_key} {record_id} “{name}”: changed after the import", file=sys.stderr)
    return 0


# -- iCalendar ----------------------------------------------------------------------------------
def _import_calendar(services: Services, path: Path, zone: str | None) -> int:
    from crm_desktop.exchange.ical.importer import CalendarImport

    result = CalendarImport(services.records).import_file(path, default_zone=zone)
    noun = "activity" if result.added == 1 else "activities"
    items = "item" if len(result.skipped) == 1 else "items"
    print(f"added {result.added} {noun}; skipped {len(result.skipped)} {items}")
    for group, what in ((result.skipped, "skipped"), (result.first_only, _FIRST_ONLY)):
        for count, names, reason in _by_reason(group):
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
