"""Command-line handler: ``crm-desktop print {quote,order} NUMBER --database PATH -o FILE.pdf``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("print",)
KINDS = {"quote": "quotes", "order": "sales_orders"}


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printer = sub.add_parser("print", help="write a quote or sales order as a PDF file")
    printer.add_argument("kind", choices=tuple(KINDS), help="quote or (sales) order")
    printer.add_argument("number", metavar="NUMBER", help="e.g. QUO-00042 or SO-00007")
    printer.add_argument("--database", metavar="PATH_OR_URL", required=True)
    printer.add_argument("-o", "--output", metavar="FILE.pdf", required=True)


def _labels_in_the_system_language() -> dict[str, str]:
    """The printed document's labels in the language the window would use here, so that
    a document printed from the command line reads as one printed from the window."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from crm_desktop.app import install_translations
    from crm_desktop.views.quotes.print_render import document_labels

    app = QCoreApplication.instance() or QCoreApplication([])
    translators = install_translations(app, QLocale())
    try:
        return document_labels()
    finally:
        for translator in translators:  # a caller's own application keeps its language
            app.removeTranslator(translator)


def run(args: argparse.Namespace) -> int:
    # Imported here: ReportLab and SQLAlchemy cost start-up time other commands do not need.
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.reports.quote_pdf import document_pdf_bytes
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.output_file import check_target, database_files, write_bytes
    from crm_desktop.views.formatting import document_format

    target = Path(args.output)
    check_target(target, reads=database_files(args.database))  # before any work is done
    with opened(args.database, create=False) as db:
        services = logged_in(db, args)
        document = services.quotes.find(KINDS[args.kind], args.number)
        pdf = document_pdf_bytes(
            document,
            services.settings.company(),
            # the system's language and its way with numbers and dates, as the window's
            written=document_format(),
            labels=_labels_in_the_system_language(),
        )
    write_bytes(target, pdf, reads=[db.path] if db.path else [])
    print(f"{document.number} written to {target}", file=sys.stderr)
    return 0
