"""A report (services/reports) as a PDF table, A4 landscape, with the embedded fonts
(Vietnamese, Portuguese and Icelandic names print as they are written)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from crm_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from crm_desktop.reports.layout import GREY, markup
from crm_desktop.services.quotes.document_format import DocumentFormat
from crm_desktop.services.reports.cells import cell, heading
from crm_desktop.services.reports.types import NO_RECORDS, ReportTable

PAGE = landscape(A4)
MARGIN = 15 * mm
#: kinds of column set on the right (numbers line up)
_NUMBERS = ("count", "money", "percent")


def report_pdf_bytes(
    report: ReportTable,
    translate: Callable[[str], str] = str,
    *,
    made: dt.date | None = None,
) -> bytes:
    """The PDF of ``report``: its heading, the date it was made, its table (the head
    repeated on every page) and its note on how amounts are added."""
    register_fonts()
    buffer = io.BytesIO()
    title = heading(report, translate)
    template = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        creator="CRM Desktop",
        initialFontName=REGULAR,
    )
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    big = ParagraphStyle("title", base, fontName=BOLD, fontSize=16, leading=20)
    small = ParagraphStyle("small", base, fontSize=8, leading=10, textColor=GREY)
    story: list[Any] = [
        Paragraph(markup(title), big),
        Paragraph(markup((made or dt.date.today()).isoformat()), small),
        Spacer(1, 4 * mm),
    ]
    head = [translate(c.label) for c in report.columns]
    body = [
        [cell(report, row, at, DocumentFormat()) for at in range(len(report.columns))]
        for row in report.rows
    ]
    table = Table([head, *body], repeatRows=1, hAlign="LEFT")
    style: list[Any] = [
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("FONT", (0, 1), (-1, -1), REGULAR, 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.95, 0.95, 0.95)]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for at, column in enumerate(report.columns):
        if column.kind in _NUMBERS:
            style.append(("ALIGN", (at, 0), (at, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    story.append(table)
    if not report.rows:
        story.append(Paragraph(markup(translate(NO_RECORDS)), base))
    if report.note:
        story += [Spacer(1, 3 * mm), Paragraph(markup(translate(report.note)), small)]
    template.build(story)
    return buffer.getvalue()
