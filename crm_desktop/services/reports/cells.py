"""A report's cells as text for files: money to its currency's decimals, percentages
with one decimal, counts as whole numbers; the column labels and the report's heading.
Plain text a spreadsheet reads (no digit grouping) for CSV; the PDF and the screen group
digits as a ``DocumentFormat`` writes them."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.services.quotes.document_format import DocumentFormat
from crm_desktop.services.reports.types import SCOPES, ReportTable

#: a label in the user's language (the view passes Qt's; the command line, English)
Translate = Callable[[str], str]


def _english(text: str) -> str:
    return text


def currency_of(report: ReportTable, row: tuple[Any, ...]) -> str | None:
    keys = [c.key for c in report.columns]
    return row[keys.index("currency")] if "currency" in keys else None


def cell(
    report: ReportTable, row: tuple[Any, ...], at: int, figures: DocumentFormat | None = None
) -> str:
    """The value of column ``at`` of ``row`` as text: for a spreadsheet (no grouping,
    a point) without ``figures``, else grouped for reading as ``figures`` writes numbers."""
    value = row[at]
    kind = report.columns[at].kind
    if value is None:
        return ""
    if kind == "money":
        decimals = CURRENCY_DECIMALS.get(currency_of(report, row) or "", 2)
        value = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        return figures.amount(value, decimals) if figures else f"{value:f}"
    if kind == "count":
        return figures.amount(Decimal(int(value)), 0) if figures else str(int(value))
    if kind == "percent":
        return figures.amount(Decimal(value), 1) if figures else f"{Decimal(value):.1f}"
    return str(value)


def heading(report: ReportTable, translate: Translate = _english) -> str:
    """The report's title with its period and scope: "Pipeline by stage, 2026-Q3, Mine"."""
    parts = [translate(report.title)]
    if report.period is not None:
        parts.append(report.period.text)
    parts.append(translate(SCOPES[report.scope]))
    return ", ".join(parts)


def csv_text(report: ReportTable, translate: Translate = _english) -> str:
    """The report as CSV: a header of column labels and a line per row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([translate(c.label) for c in report.columns])
    for row in report.rows:
        writer.writerow([cell(report, row, at) for at in range(len(report.columns))])
    return out.getvalue()
