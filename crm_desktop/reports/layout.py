"""Building blocks of printed documents: labels, styles, page furniture, fast table cells."""

from __future__ import annotations

import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.doctemplate import _FrameBreak

from crm_desktop.registry.spec import N_
from crm_desktop.reports.fonts import BOLD, REGULAR

#: English labels; pass translations with the same keys to the writer
LABELS: dict[str, str] = {
    "quotes": N_("Quote"),
    "sales_orders": N_("Sales order"),
    "number": N_("Number"),
    "date": N_("Date"),
    "valid_until": N_("Valid until"),
    "due_date": N_("Due date"),
    "customer_po": N_("Your order no."),
    "quote": N_("Our quote"),
    "currency": N_("Currency"),
    "bill_to": N_("Bill to"),
    "ship_to": N_("Ship to"),
    "attention": N_("Attn."),
    #: a linked record the reader may not see (services.access.types.PRIVATE_NAME)
    "private": N_("(private)"),
    "subject": N_("Subject"),
    "col_number": N_("#"),
    "col_item": N_("Item"),
    "col_quantity": N_("Qty"),
    "col_unit_price": N_("Unit price"),
    "col_discount": N_("Discount"),
    "col_tax": N_("Tax"),
    "col_total": N_("Amount"),
    "col_total_with_tax": N_("Amount incl. tax"),
    "subtotal": N_("Subtotal"),
    "line_tax": N_("of which tax"),
    "discount": N_("Discount"),
    "tax": N_("Tax"),
    "shipping": N_("Shipping and handling"),
    "shipping_tax": N_("Tax on shipping"),
    "adjustment": N_("Adjustment"),
    "grand_total": N_("Total"),
    "terms": N_("Terms and conditions"),
    "bank_details": N_("Bank details"),
    "tax_id": N_("Tax ID"),
    "phone": N_("Phone"),
    "email": N_("Email"),
    "page": N_("Page {page} of {pages}"),
}

PAGE = A4
MARGIN = 15 * mm
BOTTOM = 20 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GREY = colors.Color(0.42, 0.42, 0.42)
RULE = colors.Color(0.75, 0.75, 0.75)
SHADE = colors.Color(0.93, 0.94, 0.96)
ZEBRA = colors.Color(0.975, 0.975, 0.98)
PAD = 3
CELL_SIZE = 8.5
CELL_LEADING = 10.5
NOTE_SIZE = 7.5
NOTE_LEADING = 9.5


def text(value: Any) -> str:
    """NFC text (ReportLab does no shaping: decomposed accents would print apart)."""
    return unicodedata.normalize("NFC", str(value)) if value not in (None, "") else ""


def markup(value: Any) -> str:
    """``value`` escaped for a Paragraph, line breaks kept."""
    return escape(text(value)).replace("\n", "<br/>")


class Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
        self.base = base
        self.small = ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=GREY)
        self.company = ParagraphStyle("company", base, fontName=BOLD, fontSize=13, leading=16)
        self.title = ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=20, leading=24, alignment=TA_RIGHT
        )
        self.heading = ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=8, leading=11, textColor=GREY
        )
        #: a heading after the totals; its space disappears at the top of a page
        self.section = ParagraphStyle("section", self.heading, spaceBefore=6 * mm)
        self.strong = ParagraphStyle("strong", base, fontName=BOLD)
        self.terms = ParagraphStyle("terms", base, fontSize=8, leading=10.5, spaceAfter=3)
        self.total_label = ParagraphStyle("total", base, fontSize=8.5, alignment=TA_RIGHT)


class ItemCell(Flowable):
    """A line's name (wrapped) and its description in small grey type.

    Drawn straight on the canvas: a Paragraph parses markup and costs ten times as much,
    which a 400-line quote notices."""

    def __init__(self, name: str, description: str | None = None):
        super().__init__()
        self.name = text(name)
        self.description = text(description)
        self._lines: list[str] = []
        self._notes: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = simpleSplit(self.name, REGULAR, CELL_SIZE, availWidth) or [""]
        self._notes = (
            simpleSplit(self.description, REGULAR, NOTE_SIZE, availWidth)
            if self.description
            else []
        )
        self.width = availWidth
        self.height = len(self._lines) * CELL_LEADING + len(self._notes) * NOTE_LEADING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - CELL_SIZE
        canvas.setFont(REGULAR, CELL_SIZE)
        for line in self._lines:
            canvas.drawString(0, y, line)
            y -= CELL_LEADING
        if self._notes:
            y += CELL_LEADING - NOTE_LEADING
            canvas.setFont(REGULAR, NOTE_SIZE)
            canvas.setFillColor(GREY)
            for note in self._notes:
                canvas.drawString(0, y, note)
                y -= NOTE_LEADING


class KeepWithTotals(KeepTogether):
    """The last lines and the totals, kept together. Where they must move to the next page
    they move as ``moved`` (the same lines below the table's header row again), so that
    the totals never stand on a page without the lines they add up."""

    def __init__(self, in_place: list[Flowable], moved: list[Flowable]):
        super().__init__(in_place)
        self._moved = moved

    def split(self, aW: float, aH: float) -> list[Flowable]:
        pieces: list[Flowable] = super().split(aW, aH)
        if pieces and isinstance(pieces[0], _FrameBreak):
            return [pieces[0], *self._moved]
        return pieces


def numbered_canvas(footer_left: str, page_label: str) -> type[Canvas]:
    """A canvas class that writes the footer and "Page N of M" on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            # Not Helvetica: every font of the document is embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            y = BOTTOM - 9 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, PAGE[0] - MARGIN, y + 4 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(GREY)
            self.drawString(MARGIN, y, footer_left)
            self.drawRightString(
                PAGE[0] - MARGIN, y, page_label.format(page=self.getPageNumber(), pages=total)
            )

    return NumberedCanvas
