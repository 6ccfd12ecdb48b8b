"""Command-line handler: attach a file to a record, kept in the database as the window's
"Attach file…" keeps it.

    crm-desktop attach FILE --to TYPE NUMBER [--title TEXT] [--folder TEXT] --database DB

TYPE is a record type by its key or its name ("organization", "Tổ chức"), NUMBER its
number (an activity or a project task: its id). A file past the size limit of Settings, a
file that cannot be read or a record that is not there is one sentence, and nothing is
kept.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.registry import default_registry

COMMANDS = ("attach",)


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    attach = sub.add_parser(
        "attach", help="keep a file in the database, attached to a record (a document)"
    )
    attach.add_argument("file", metavar="FILE", help="the file to attach (any kind)")
    attach.add_argument(
        "--to",
        nargs=2,
        metavar=("TYPE", "NUMBER"),
        required=True,
        help="the record: its kind and its number, e.g. --to organization ORG-00042",
    )
    attach.add_argument("--title", help="the document's title (by default the file's name)")
    attach.add_argument("--folder", help="the document's folder, e.g. Contracts")
    attach.add_argument("--database", metavar="PATH_OR_URL", required=True)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.cli.records import record_type_named
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.documents.types import size_text

    type_text, number = args.to
    # The type is checked before the database is opened; the file against its size limit.
    record_type = record_type_named(default_registry(), type_text)
    path = Path(args.file)
    with opened(args.database, create=False) as db:
        services = logged_in(db, args)
        data = services.documents.read_file(path)
        target = services.records.find(record_type.key, number)
        document = services.documents.attach_bytes(
            data, path.name, record_type.key, target.id, title=args.title, folder=args.folder
        )
    name = record_type.display_name(target.values)
    shown = target.number or str(target.id)
    print(
        f"attached: {document.number} “{document.values['title']}” ({size_text(len(data))}) "
        f"to {shown} {name}".rstrip()
    )
    return 0
