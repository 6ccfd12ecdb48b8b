"""What printing needs besides dialogs: translated PDF labels, the PDF of a document, the
pages of PDFs painted onto a printer, and a worker that makes many PDFs off the GUI thread.

The printer gets the very PDF that "Save as PDF" writes (ReportLab's), rendered page by
page with QtPdf, so the preview, the paper and the file never differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from crm_desktop.errors import DomainError
from crm_desktop.registry.picklists import UNITS
from crm_desktop.services.quotes.document_format import DocumentFormat
from crm_desktop.views import formatting
from crm_desktop.views.jobs import Job, JobContext
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.quotes.types import Document

#: the form (``RecordType.form``) of the types printed as documents: quotes, sales orders
DOCUMENT_FORM = "document"

#: pages are rendered at most this fine for a printer (a 1200 dpi A4 page would be 500 MB)
MAX_DPI = 300
#: and at least this fine, so that a zoomed preview stays sharp
MIN_DPI = 150
_UNSAFE = re.compile(r"[^\w.-]+")


_tr = translator("printing")


def document_labels() -> dict[str, str]:
    """The labels of a printed document (and its units) in the user's language."""
    from crm_desktop.reports.layout import LABELS

    labels = {key: formatting.registry_text(text) for key, text in LABELS.items()}
    labels.update({unit: formatting.choice_text(unit) for unit in UNITS})
    return labels


def document_pdf(
    services: Services,
    document: Document,
    labels: Mapping[str, str],
    written: DocumentFormat,
) -> bytes:
    """The PDF of a document with its totals and the company of the settings."""
    from crm_desktop.reports.quote_pdf import document_pdf_bytes

    return document_pdf_bytes(document, services.settings.company(), written=written, labels=labels)


def file_name(document: Document) -> str:
    """ "QUO-00042.pdf" (a name every file system takes)."""
    stem = _UNSAFE.sub("_", document.number or "document").strip("_") or "document"
    return f"{stem}.pdf"


def unused_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2).pdf`` ... when a file of that name exists."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    counter = 2
    while path.exists():
        path = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return path


# -- painting PDFs onto a printer ----------------------------------------------------------------
class PdfPages:
    """A PDF loaded into QtPdf from bytes (the buffer lives as long as the document)."""

    def __init__(self, data: bytes) -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument()
        self.pdf.load(self.buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready:
            raise DomainError(_tr("The PDF could not be read for printing."))

    def count(self) -> int:
        return self.pdf.pageCount()

    def close(self) -> None:
        self.pdf.close()
        self.buffer.close()


def prepare_printer(printer: QPrinter, first_pdf: bytes) -> None:
    """Paper as the document's first page (A4), turned as it is (a report's page lies in
    landscape), and the whole sheet to paint on: the PDF has its own margins."""
    pages = PdfPages(first_pdf)
    try:
        size = pages.pdf.pagePointSize(0)
    finally:
        pages.close()
    landscape = size.width() > size.height()
    upright = size.transposed() if landscape else size
    page_size = QPageSize(
        QSizeF(upright), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    printer.setPageSize(page_size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)


def paint_pdfs(printer: QPrinter, pdfs: Sequence[bytes], reads: Sequence[Path] = ()) -> int:
    """Paint every page of ``pdfs`` onto ``printer``, one sheet per page; the pages painted.

    Each page is rendered as an image at the printer's resolution (within MIN_DPI..MAX_DPI)
    and scaled to the sheet keeping its proportions. Printed to a PDF file, all pages, the
    PDFs themselves are written there instead (reports/pdf_file.py), never over one of
    ``reads`` (the open database)."""
    if prints_to_pdf_file(printer):
        from crm_desktop.reports.pdf_file import write_pdfs  # pypdf: only for this

        return write_pdfs(Path(printer.outputFileName()), pdfs, reads)
    painter = QPainter()
    painted = 0
    dpi = max(MIN_DPI, min(printer.resolution(), MAX_DPI))
    chosen = _chosen_pages(printer)
    number = 0  # of the page across the documents, from 1 as the dialog counts them
    try:
        for data in pdfs:
            pages = PdfPages(data)
            try:
                for page in range(pages.count()):
                    number += 1
                    if number not in chosen:
                        continue
                    if painted == 0:
                        if not painter.begin(printer):
                            raise DomainError(_tr("The printer could not be started."))
                    elif not printer.newPage():
                        raise DomainError(_tr("The printer did not take the next page."))
                    _paint_page(painter, printer, pages.pdf, page, dpi)
                    painted += 1
            finally:
                pages.close()
    finally:
        if painter.isActive():
            painter.end()
    return painted


def _chosen_pages(printer: QPrinter) -> range:
    """The pages the print dialog's range asks for (all of them unless one was given)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage(), max(printer.fromPage(), printer.toPage()) + 1)
    return range(1, 1 << 31)


def prints_to_pdf_file(printer: QPrinter) -> bool:
    """Whether the print dialog's "Print to File" (PDF) was chosen, for every page once:
    then the file can be the documents' own PDF. A range of pages or several copies are
    painted like any printer's."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and bool(printer.outputFileName())
        and printer.printRange() == QPrinter.PrintRange.AllPages
        and printer.copyCount() == 1
    )


def _paint_page(
    painter: QPainter, printer: QPrinter, pdf: QPdfDocument, page: int, dpi: int
) -> None:
    points = pdf.pagePointSize(page)
    image = pdf.render(
        page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    )
    sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    scale = min(sheet.width() / image.width(), sheet.height() / image.height())
    size = QSizeF(image.width() * scale, image.height() * scale)
    # With a full-page printer the painter's origin is the sheet's corner.
    target = QRectF(QPointF(0, 0), size)
    painter.drawImage(target, image)


# -- many PDFs on a worker thread --------------------------------------------------------------
@dataclass(frozen=True)
class PdfResult:
    number: str
    #: the file written, when the job writes files
    path: Path | None
    #: the PDF, when the job collects them for a printer
    pdf: bytes | None


class PdfJob:
    """The PDFs of several documents: written into ``folder`` (one file each) or, without
    a folder, collected in memory for a printer; the work of a job of the window's
    :class:`~crm_desktop.views.jobs.Jobs`. Each document is read in its own short
    transaction; :meth:`cancel` (or the job's) stops between two documents."""

    def __init__(
        self,
        services: Services,
        record_type: str,
        ids: Sequence[int],
        labels: Mapping[str, str],
        written: DocumentFormat,
        folder: Path | None = None,
        *,
        reads: Sequence[Path] = (),
    ) -> None:
        self.services = services
        self.record_type = record_type
        self.ids = list(ids)
        self.labels = dict(labels)
        self.written = written
        self.folder = folder
        #: files never to be written over (the open database)
        self.reads = list(reads)
        #: its handle in the runner, made now so that it can be cancelled before it starts
        self.handle = Job()

    def cancel(self) -> None:
        self.handle.cancel()

    def __call__(self, context: JobContext) -> list[PdfResult]:
        """Make the PDFs (on the worker thread); those made before a cancel."""
        from crm_desktop.services.output_file import write_bytes

        results: list[PdfResult] = []
        for done, record_id in enumerate(self.ids, start=1):
            if context.cancelled():
                return results
            document = self.services.quotes.get(self.record_type, record_id)
            pdf = document_pdf(self.services, document, self.labels, self.written)
            number = document.number or str(record_id)
            if self.folder is not None:
                path = unused_path(self.folder, file_name(document))
                write_bytes(path, pdf, self.reads)
                results.append(PdfResult(number, path, None))
            else:
                results.append(PdfResult(number, None, pdf))
            context.progress(done, len(self.ids), number)
        return results
