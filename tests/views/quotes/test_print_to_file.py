"""Print to File (PDF) in the print dialog: the file is the documents' own PDF, text and
all, several documents one after the other; never written over the database."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from crm_desktop.errors import CannotWrite
from crm_desktop.services import Services
from crm_desktop.views import formatting
from crm_desktop.views.quotes.print_render import document_labels, document_pdf
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.quotes.quote_helpers import Customer, printing_of, quote_of_lines

pytestmark = pytest.mark.usefixtures("english_locale")


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _quote_pdf(services: Services, ids: Customer, lines: int) -> tuple[str, bytes]:
    quote = quote_of_lines(services, ids, lines=lines)
    return quote.number, document_pdf(
        services, quote, document_labels(), formatting.document_format()
    )


def test_printed_to_a_file_the_quotes_keep_their_text(
    window: MainWindow, services: Services, ids: Customer, tmp_path: Path
) -> None:
    first, second = _quote_pdf(services, ids, 1), _quote_pdf(services, ids, 2)
    target = tmp_path / "both.pdf"

    pages = printing_of(window).print_to(_pdf_printer(target), [first[1], second[1]])

    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert pages == len(reader.pages) == 2
    texts = [unicodedata.normalize("NFC", page.extract_text()) for page in reader.pages]
    assert first[0] in texts[0] and "Hạng mục 1" in texts[0] and "Hạng mục 2" not in texts[0]
    assert second[0] in texts[1] and "Hạng mục 2" in texts[1]
    assert reader.pages[0].get("/Resources") is not None  # its fonts, not a picture


def test_printing_to_the_database_file_is_refused_and_changes_nothing(
    window: MainWindow, services: Services, ids: Customer
) -> None:
    _number, pdf = _quote_pdf(services, ids, 1)
    database = services.db.path
    assert database is not None
    before = database.read_bytes()

    with pytest.raises(CannotWrite, match="database"):
        printing_of(window).print_to(_pdf_printer(database), [pdf])

    assert database.read_bytes() == before
    assert services.records.get("organizations", ids.organization_id) is not None
