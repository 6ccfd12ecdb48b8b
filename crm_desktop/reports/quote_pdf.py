"""Quotes and sales orders as PDF (ReportLab platypus). No Qt.

Layout: the company block with its logo and the document's title, number and dates; the
customer's billing and shipping address; the line table, whose header row repeats on every
page; the totals once, after the last line (with the last lines, never alone on a page);
bank details and terms; "Page N of M" at the foot of every page. Text is set in embedded
DejaVu Sans (see :mod:`reports.fonts`). Amounts have the currency's decimals; numbers and
dates are written the way of the document's language (``written``, a
:class:`~services.document_format.DocumentFormat`): "07/12/2026" and "18.900.307" in
Vietnamese, "7.12.2026" in Icelandic, "12/7/2026" and "18,900,307" in US English.

Labels are English (:data:`layout.LABELS`); pass ``labels`` (same keys, translated) to print
in another language. Units (picklist values) are looked up in ``labels`` too.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from crm_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from crm_desktop.reports.heading import HeadingBlocks
from crm_desktop.reports.layout import (
    BOTTOM,
    CELL_SIZE,
    GREY,
    LABELS,
    MARGIN,
    PAD,
    PAGE,
    SHADE,
    WIDTH,
    ZEBRA,
    ItemCell,
    KeepWithTotals,
    Styles,
    markup,
    numbered_canvas,
    text,
)
from crm_desktop.services.quotes.document_format import DocumentFormat
from crm_desktop.services.quotes.documents import Document, DocumentTax
from crm_desktop.services.quotes.totals import Totals
from crm_desktop.services.settings.keys import CompanySettings

__all__ = ["LABELS", "document_pdf_bytes", "write_document_pdf"]

#: lines that go to the next page with the totals when the totals do not fit
TAIL_LINES = 2


class _Writer(HeadingBlocks):
    def __init__(
        self,
        document: Document,
        company: CompanySettings,
        written: DocumentFormat,
        labels: Mapping[str, str],
    ):
        if document.totals is None:
            raise ValueError("the document's totals are not computed")
        self.doc = document
        self.totals: Totals = document.totals
        self.company = company
        self.written = written
        self.labels = labels
        self.styles = Styles()
        self.individual = document.values.get("tax_mode") == "Individual"
        self.with_discount = any(
            line.discount_percent or line.discount_amount for line in document.lines
        )

    # -- formatting ---------------------------------------------------------------------------
    def label(self, key: str) -> str:
        return text(self.labels.get(key, LABELS.get(key, key)))

    def money(self, value: Decimal) -> str:
        return self.written.amount(value, self.totals.decimals)

    def percent(self, value: Decimal) -> str:
        return f"{self.written.percent(value)} %"

    def quantity(self, value: Decimal) -> str:
        return self.written.quantity(value)

    @property
    def title(self) -> str:
        return f"{self.label(self.doc.record_type)} {self.doc.number or ''}".strip()

    # -- blocks --------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        story: list[Flowable] = [self.header(), Spacer(0, 7 * mm), self.addresses()]
        subject = self.doc.values.get("subject")
        if subject:
            label = escape(self.label("subject"))
            story += [
                Spacer(0, 5 * mm),
                Paragraph(f"{label}: {markup(subject)}", self.styles.strong),
            ]
        story.append(Spacer(0, 3 * mm))
        story += self.lines_and_totals()
        story += self.closing()
        return story

    # -- the lines -----------------------------------------------------------------------------
    def columns(self) -> list[tuple[str, float, str]]:
        """(label key, width, alignment) of the line table's columns."""
        cols = [("col_number", 9 * mm, "RIGHT"), ("col_item", 0.0, "LEFT")]
        cols += [("col_quantity", 20 * mm, "RIGHT"), ("col_unit_price", 25 * mm, "RIGHT")]
        if self.with_discount:
            cols.append(("col_discount", 19 * mm, "RIGHT"))
        if self.individual:
            cols.append(("col_tax", 16 * mm, "RIGHT"))
        cols.append(("col_total_with_tax" if self.individual else "col_total", 30 * mm, "RIGHT"))
        fixed = sum(w for _, w, _ in cols)
        return [(k, w or WIDTH - fixed, a) for k, w, a in cols]

    def rows(self, item_width: float) -> list[list[Any]]:
        rows: list[list[Any]] = []
        for i, (line, lt) in enumerate(zip(self.doc.lines, self.totals.lines, strict=True), 1):
            name = text(line.name)
            item: Any = name
            if line.description or stringWidth(name, REGULAR, CELL_SIZE) > item_width - 2 * PAD:
                item = ItemCell(name, line.description)  # a plain string draws faster
            quantity = self.quantity(line.quantity)
            if line.unit and line.unit != "Each":
                quantity = f"{quantity} {self.label(line.unit)}"
            row: list[Any] = [str(i), item, quantity, self.money(line.unit_price)]
            if self.with_discount:
                if line.discount_percent:
                    row.append(self.percent(line.discount_percent))
                else:
                    row.append(self.money(lt.discount) if lt.discount else "")
            if self.individual:
                rate = sum((t.percent for t in line.taxes), Decimal(0))
                row.append(self.percent(rate) if line.taxes else "")
            row.append(self.money(lt.total))
            rows.append(row)
        return rows

    def table(
        self,
        cols: list[tuple[str, float, str]],
        rows: list[list[Any]],
        *,
        header: bool,
        first_row: int = 0,
        closed: bool = True,
    ) -> Table:
        """A piece of the line table; ``first_row`` keeps the zebra stripes in step."""
        data = [[self.label(k) for k, _, _ in cols], *rows] if header else rows
        top = 1 if header else 0
        table_class = LongTable if len(data) > 50 else Table
        table = table_class(data, colWidths=[w for _, w, _ in cols], repeatRows=top)
        stripes = [colors.white, ZEBRA] if first_row % 2 == 0 else [ZEBRA, colors.white]
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
            ("ROWBACKGROUNDS", (0, top), (-1, -1), stripes),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TEXTCOLOR", (0, top), (0, -1), GREY),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if header:
            style += [
                ("FONT", (0, 0), (-1, 0), BOLD, 8),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ]
        if closed:
            style.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black))
        style += [("ALIGN", (c, 0), (c, -1), align) for c, (_, _, align) in enumerate(cols)]
        table.setStyle(TableStyle(style))
        return table

    def lines_and_totals(self) -> list[Flowable]:
        cols = self.columns()
        rows = self.rows(cols[1][1])
        if len(rows) <= TAIL_LINES:
            table = self.table(cols, rows, header=True)
            return [KeepTogether([table, Spacer(0, 4 * mm), self.totals_block()])]
        head, tail = rows[:-TAIL_LINES], rows[-TAIL_LINES:]
        first = len(head)
        return [
            self.table(cols, head, header=True, closed=False),
            KeepWithTotals(
                [
                    self.table(cols, tail, header=False, first_row=first),
                    Spacer(0, 4 * mm),
                    self.totals_block(),
                ],
                [
                    self.table(cols, tail, header=True, first_row=first),
                    Spacer(0, 4 * mm),
                    self.totals_block(),
                ],
            ),
        ]

    # -- totals and closing ----------------------------------------------------------------------
    def tax_label(self, key: str, taxes: Sequence[DocumentTax]) -> str:
        if not taxes:
            return self.label(key)
        names = ", ".join(f"{text(t.name)} {self.percent(t.percent)}" for t in taxes)
        return f"{self.label(key)} ({names})"

    def totals_block(self) -> Table:
        t, doc, v = self.totals, self.doc, self.doc.values
        rows: list[tuple[str, str]] = [(self.label("subtotal"), self.money(t.subtotal))]
        quiet = []  # rows that explain and do not add up
        if self.individual and t.line_tax:
            quiet.append(len(rows))
            rows.append((self.label("line_tax"), self.money(t.line_tax)))
        if t.discount:
            label = self.label("discount")
            if v.get("discount_percent"):
                label = f"{label} ({self.percent(v['discount_percent'])})"
            rows.append((label, self.money(-t.discount)))
        if not self.individual and (doc.group_taxes or t.tax):
            rows.append((self.tax_label("tax", doc.group_taxes), self.money(t.tax)))
        if t.shipping or t.shipping_tax:
            rows.append((self.label("shipping"), self.money(t.shipping)))
        if t.shipping_tax:
            label = self.tax_label("shipping_tax", doc.shipping_taxes)
            rows.append((label, self.money(t.shipping_tax)))
        if t.adjustment:
            rows.append((self.label("adjustment"), self.money(t.adjustment)))
        rows.append((f"{self.label('grand_total')} ({doc.currency})", self.money(t.grand_total)))
        label_width = 92 * mm
        data = [
            [
                Paragraph(escape(label), self.styles.total_label)
                if stringWidth(label, BOLD, 11) > label_width - 2 * PAD
                else label,
                amount,
            ]
            for label, amount in rows
        ]
        table = Table(data, colWidths=[label_width, 42 * mm], hAlign="RIGHT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                    ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONT", (0, -1), (-1, -1), BOLD, 11),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                    ("TOPPADDING", (0, -1), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -2), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -2), 1.5),
                    *[("TEXTCOLOR", (0, r), (-1, r), GREY) for r in quiet],
                ]
            )
        )
        return table

    def closing(self) -> list[Flowable]:
        s = self.styles
        blocks: list[Flowable] = []
        if self.company.bank_details:
            heading = Paragraph(escape(self.label("bank_details")).upper(), s.section)
            body = Paragraph(markup(self.company.bank_details), s.terms)
            blocks.append(KeepTogether([heading, body]))
        terms = text(self.doc.values.get("terms")).strip()
        if terms:
            heading = Paragraph(escape(self.label("terms")).upper(), s.section)
            paragraphs = [Paragraph(markup(p), s.terms) for p in terms.split("\n\n")]
            blocks += [KeepTogether([heading, paragraphs[0]]), *paragraphs[1:]]
        return blocks


def write_document_pdf(
    document: Document,
    company: CompanySettings,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    written: DocumentFormat | None = None,
    labels: Mapping[str, str] | None = None,
) -> int:
    """Write ``document`` (with its totals) as a PDF to a path or binary file; returns the
    number of pages. ``written``: how numbers and dates are written (the way of the
    labels' language); ``labels``: translated labels, keys as in :data:`LABELS`."""
    register_fonts()
    writer = _Writer(document, company, written or DocumentFormat(), {**LABELS, **(labels or {})})
    out = os.fspath(target) if isinstance(target, (str, os.PathLike)) else target
    template = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
        title=writer.title,
        author=text(company.name),
        subject=text(document.values.get("subject")),
        creator="CRM Desktop",
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        WIDTH,
        PAGE[1] - MARGIN - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate("page", [frame])])
    footer = " · ".join(x for x in (text(company.name), writer.title) if x)
    template.build(writer.story(), canvasmaker=numbered_canvas(footer, writer.label("page")))
    return int(template.page)


def document_pdf_bytes(
    document: Document,
    company: CompanySettings,
    *,
    written: DocumentFormat | None = None,
    labels: Mapping[str, str] | None = None,
) -> bytes:
    """The PDF as bytes (for a print preview)."""
    buffer = io.BytesIO()
    write_document_pdf(document, company, buffer, written=written, labels=labels)
    return buffer.getvalue()
