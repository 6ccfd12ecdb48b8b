"""A report written to a file the user chose: CSV (UTF-8 with a BOM, as the list
exports), an Excel workbook or a PDF, through a temporary file renamed into place."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from crm_desktop.exchange.table_columns import ColumnKind
from crm_desktop.exchange.xlsx.writing import XlsxTableWriter
from crm_desktop.reports.report_pdf import report_pdf_bytes
from crm_desktop.services.output_file import replacing, write_bytes
from crm_desktop.services.reports.cells import Translate, csv_text
from crm_desktop.services.reports.types import ReportTable

FORMATS = ("csv", "xlsx", "pdf")
_KINDS = {"count": ColumnKind.INTEGER, "money": ColumnKind.NUMBER, "percent": ColumnKind.NUMBER}


def export_report(
    report: ReportTable,
    target: Path,
    file_format: str,
    translate: Translate,
    reads: Iterable[Path] = (),
) -> None:
    """Write ``report`` as ``file_format`` (one of :data:`FORMATS`) to ``target``;
    ``reads``: the open database's files, never written over."""
    if file_format == "pdf":
        write_bytes(target, report_pdf_bytes(report, translate), reads)
    elif file_format == "xlsx":
        kinds = [_KINDS.get(c.kind, ColumnKind.TEXT) for c in report.columns]
        with replacing(target, reads) as temporary:
            writer = XlsxTableWriter(temporary, kinds, sheet=translate(report.title))
            writer.header([translate(c.label) for c in report.columns])
            writer.rows(report.rows)
            writer.close()
    else:
        write_bytes(target, csv_text(report, translate).encode("utf-8-sig"), reads)
