"""The top of a printed document: company block and logo, title and facts, addresses."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Mapping
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from crm_desktop.reports.fonts import BOLD, REGULAR
from crm_desktop.reports.layout import GREY, WIDTH, Styles, markup, text
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.quotes.document_format import DocumentFormat
from crm_desktop.services.quotes.documents import ADDRESS_PARTS, Document
from crm_desktop.services.settings.keys import CompanySettings

log = logging.getLogger(__name__)

LOGO_BOX = (55 * mm, 22 * mm)


class HeadingBlocks:
    """Blocks of the document's first page; mixed into the writer."""

    doc: Document
    company: CompanySettings
    styles: Styles
    labels: Mapping[str, str]
    written: DocumentFormat

    def label(self, key: str) -> str:
        raise NotImplementedError

    def header(self) -> Table:
        s, c = self.styles, self.company
        left: list[Flowable] = []
        logo = self.logo()
        if logo is not None:
            left += [logo, Spacer(0, 2 * mm)]
        if c.name:
            left.append(Paragraph(markup(c.name), s.company))
        details = [markup(c.address)] if c.address else []
        contact = [
            f"{escape(self.label(k))} {markup(getattr(c, k))}"
            for k in ("phone", "email")
            if getattr(c, k)
        ]
        if contact:
            details.append(" · ".join(contact))
        if c.website:
            details.append(markup(c.website))
        if c.tax_id:
            details.append(f"{escape(self.label('tax_id'))} {markup(c.tax_id)}")
        if details:
            left.append(Paragraph("<br/>".join(details), s.small))
        right: list[Flowable] = [
            Paragraph(escape(self.label(self.doc.record_type)), s.title),
            Spacer(0, 2 * mm),
            self.facts(),
        ]
        table = Table([[left, right]], colWidths=[WIDTH * 0.55, WIDTH * 0.45])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def facts(self) -> Table:
        v = self.doc.values
        rows = [(self.label("number"), v.get("number") or "")]
        created = v.get("created_at")
        if isinstance(created, dt.datetime):
            rows.append((self.label("date"), self.written.date(created.astimezone().date())))
        for key in ("valid_until", "due_date"):
            if isinstance(v.get(key), dt.date):
                rows.append((self.label(key), self.written.date(v[key])))
        if v.get("customer_po"):
            rows.append((self.label("customer_po"), v["customer_po"]))
        if v.get("quote_id") and self.doc.references.get("quote_id"):
            rows.append((self.label("quote"), self.doc.references["quote_id"].split(" ")[0]))
        rows.append((self.label("currency"), self.doc.currency))
        table = Table(
            [[text(k), text(val)] for k, val in rows],
            colWidths=[WIDTH * 0.45 - 40 * mm, 40 * mm],
            hAlign="RIGHT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (0, -1), REGULAR, 8.5),
                    ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                    ("FONT", (1, 0), (1, -1), BOLD, 8.5),
                    ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def logo(self) -> Image | None:
        if not self.company.logo:
            return None
        try:
            width, height = ImageReader(io.BytesIO(self.company.logo)).getSize()
        except Exception:  # a damaged image must not stop the printing
            log.warning("the company logo cannot be read; printing without it", exc_info=True)
            return None
        scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
        image = Image(io.BytesIO(self.company.logo), width=width * scale, height=height * scale)
        image.hAlign = "LEFT"
        return image

    def linked_name(self, field: str) -> str:
        """The name of a linked record, or "(private)" for one the reader may not see."""
        name = self.doc.references[field]
        return self.label("private") if name == PRIVATE_NAME else name

    def address(self, side: str, heading: str) -> list[Flowable]:
        v, refs, s = self.doc.values, self.doc.references, self.styles
        lines = []
        if refs.get("organization_id"):
            lines.append(f"<b>{markup(self.linked_name('organization_id'))}</b>")
        if refs.get("contact_id"):
            contact = markup(self.linked_name("contact_id"))
            lines.append(f"{escape(self.label('attention'))} {contact}")
        parts = {p: text(v.get(f"{side}_{p}")) for p in ADDRESS_PARTS}
        if parts["street"]:
            lines.append(markup(parts["street"]))
        city = " ".join(x for x in (parts["postal_code"], parts["city"]) if x)
        lines += [escape(line) for line in (city, parts["state"], parts["country"]) if line]
        return [
            Paragraph(escape(heading).upper(), s.heading),
            Paragraph("<br/>".join(lines) or "&nbsp;", s.base),
        ]

    def addresses(self) -> Table:
        table = Table(
            [
                [
                    self.address("billing", self.label("bill_to")),
                    self.address("shipping", self.label("ship_to")),
                ]
            ],
            colWidths=[WIDTH / 2, WIDTH / 2],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table
