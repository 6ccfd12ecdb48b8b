"""Printing a report from the reports screen: the pages of its PDF, in landscape, on the
printer of Qt's print dialog (shown window-modal, never blocking)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.reports.report_pdf import report_pdf_bytes
from crm_desktop.services import Services
from crm_desktop.views.reports.choices import report_text
from crm_desktop.views.reports.screen import ReportsScreen

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def screen(qtbot: QtBot, analytics: Services) -> ReportsScreen:
    shown = ReportsScreen(analytics)
    qtbot.addWidget(shown)
    shown.resize(1000, 500)
    shown.show()
    shown.choose("pipeline")
    return shown


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _pages(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def test_a_report_prints_its_pdf_pages_in_landscape(screen: ReportsScreen, tmp_path: Path) -> None:
    assert screen.report is not None
    exported = _pages(report_pdf_bytes(screen.report, report_text))

    printer = _pdf_printer(tmp_path / "printed.pdf")
    printed = screen.printing.print_to(printer, screen.report)

    # A4 paper turned, as a printer's trays have it, not a custom sheet of A4's size.
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape

    pages = _pages((tmp_path / "printed.pdf").read_bytes())
    assert printed == len(pages) == len(exported)
    for (width, height), (pdf_width, pdf_height) in zip(pages, exported, strict=True):
        assert width > height  # landscape as the PDF, not turned upright
        assert abs(width / height - pdf_width / pdf_height) < 0.01


def test_print_opens_the_dialog_and_prints_what_it_accepts(
    qtbot: QtBot, screen: ReportsScreen, tmp_path: Path
) -> None:
    screen.print_button.click()

    dialog = screen.printing.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    printer = screen.printing.printer
    assert printer is not None
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "chosen.pdf"))
    assert screen.report is not None
    painted: list[int] = []
    dialog.accepted.connect(lambda *_: painted.append(1))

    dialog.done(QDialog.DialogCode.Accepted)  # the user's Print, as the dialog left the printer

    assert painted == [1]
    assert len(_pages((tmp_path / "chosen.pdf").read_bytes())) == len(
        _pages(report_pdf_bytes(screen.report, report_text))
    )
    assert screen.printing.dialog is None
