"""Printing a report: the very PDF that Export › PDF writes (ReportLab's, A4 landscape),
painted page by page onto the printer chosen in Qt's print dialog (or, printed to a
PDF file, written there as it is), so that the paper and the file never differ."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from crm_desktop.errors import DomainError
from crm_desktop.services.reports.types import ReportTable
from crm_desktop.views.quotes.print_render import paint_pdfs, prepare_printer
from crm_desktop.views.reports.choices import report_text
from crm_desktop.views.shell.crash import show_domain_error


class ReportPrinting(QObject):
    """The print dialog of one screen's report, and the printing once it is accepted."""

    def __init__(self, parent: QWidget, reads: Sequence[Path] = ()) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        #: the files a printed PDF file must not replace: the open database
        self.reads = reads
        #: the open print dialog (tests reject or accept it)
        self.dialog: QPrintDialog | None = None
        #: the dialog's printer: a dialog does not own the printer it is given
        self.printer: QPrinter | None = None

    def open_dialog(self, report: ReportTable) -> QPrintDialog:
        """Qt's print dialog, window-modal without blocking; Print prints ``report``."""
        pdf = self.pdf(report)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, pdf)
        printer.setDocName(report_text(report.title))
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print(printer, pdf))
        dialog.finished.connect(lambda *_: self._closed(dialog))
        self.dialog, self.printer = dialog, printer
        # What QDialog.open() does (PySide hides it behind QPrintDialog's open(obj, slot)).
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def print_to(self, printer: QPrinter, report: ReportTable) -> int:
        """Print ``report`` on ``printer`` without asking; the number of pages printed."""
        pdf = self.pdf(report)
        prepare_printer(printer, pdf)
        return paint_pdfs(printer, [pdf], self.reads)

    @staticmethod
    def pdf(report: ReportTable) -> bytes:
        # ReportLab is loaded when a report is first printed, not at start-up.
        from crm_desktop.reports.report_pdf import report_pdf_bytes

        return report_pdf_bytes(report, report_text)

    def _print(self, printer: QPrinter, pdf: bytes) -> None:
        try:
            paint_pdfs(printer, [pdf], self.reads)
        except DomainError as exc:  # the printer would not start or take a page
            show_domain_error(self.parent_widget, exc)

    def _closed(self, dialog: QPrintDialog) -> None:
        if self.dialog is dialog:
            self.dialog = self.printer = None
