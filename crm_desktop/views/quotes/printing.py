"""Print preview, Print and Save as PDF for quotes and sales orders, in the File menu.

What is printed: the records selected in the quotes (or orders) list when there are
several, else the document of the form on show (its pending edits are saved first: what
goes to the customer is what is on file). One document is made on the GUI thread (tens of
milliseconds); many are made by a :class:`PdfJob` on a worker thread, with a progress
dialog that can cancel between two documents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QProgressDialog

from crm_desktop.errors import DomainError
from crm_desktop.services.quotes.types import Document
from crm_desktop.views import formatting
from crm_desktop.views.jobs import Jobs
from crm_desktop.views.messages import open_message
from crm_desktop.views.quotes.print_render import (
    DOCUMENT_FORM,
    PdfJob,
    PdfResult,
    document_labels,
    document_pdf,
    file_name,
    paint_pdfs,
    prepare_printer,
)


class Printing(QObject):
    """The print actions of one main window (see :func:`install_printing`)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        #: the types printed as documents: those the registry gives the document form
        self.document_types = frozenset(
            t.key for t in self.services.registry if t.form == DOCUMENT_FORM
        )
        self.jobs = Jobs(self)
        self.progress: QProgressDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        #: the last message shown (tests read it)
        self.message_box: QMessageBox | None = None
        #: files written by the last "Save as PDF"
        self.written: list[Path] = []
        #: the printers of open dialogs: a dialog does not own its printer
        self._printers: dict[int, QPrinter] = {}

        self.preview_action = QAction(self.tr("Print pre&view…"), self)
        self.preview_action.triggered.connect(self.preview)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_documents)
        self.pdf_action = QAction(self.tr("Save as P&DF…"), self)
        self.pdf_action.triggered.connect(self.save_pdf)
        self.actions = (self.preview_action, self.print_action, self.pdf_action)
        for action in self.actions:
            action.setToolTip(self.tr("The quotes or sales orders selected, or the one on show"))

    # -- what to print ------------------------------------------------------------------------
    def enabled(self) -> bool:
        # By the type of the form on show, which need not be built yet (the first screen).
        return self.window.form_type_on_show() in self.document_types

    def update_actions(self, *_: object) -> None:
        enabled = self.enabled()
        for action in self.actions:
            action.setEnabled(enabled)
        panel = self.window.current_panel()
        if panel is not None and panel.type_key in self.document_types:
            # Several quotes can be printed at once: the list lets the user select them.
            panel.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selection(self) -> tuple[str, list[int]] | Document | None:
        """Several (type, ids) selected in the list, else the form's saved document."""
        panel = self.window.current_panel()
        if panel is not None and panel.type_key in self.document_types:
            ids = panel.table.selected_record_ids()
            if len(ids) > 1:
                return panel.type_key, ids
        form = self.window.current_form()
        if form is None or form.record_type.key not in self.document_types:
            return None
        printable = getattr(form, "printable_document", None)
        return printable() if printable is not None else None

    def _pdfs(self, then: Callable[[list[bytes]], None]) -> None:
        """Make the PDFs of :meth:`selection`, then call ``then`` with them."""
        self._pdfs_of(self.selection(), then)

    def _pdfs_of(
        self, chosen: tuple[str, list[int]] | Document | None, then: Callable[[list[bytes]], None]
    ) -> None:
        if chosen is None:
            return
        labels, written = document_labels(), formatting.document_format()
        if isinstance(chosen, Document):
            try:
                then([document_pdf(self.services, chosen, labels, written)])
            except DomainError as exc:
                self.tell(QMessageBox.Icon.Warning, str(exc))
            return
        kind, ids = chosen
        job = PdfJob(self.services, kind, ids, labels, written)
        self.run_job(job, lambda r: then([x.pdf for x in r]))

    # -- the three commands -------------------------------------------------------------------
    def preview(self) -> None:
        self._pdfs(self.open_preview)

    def open_preview(self, pdfs: Sequence[bytes]) -> QPrintPreviewDialog:
        """A print preview of ``pdfs`` (its Print button prints them)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, pdfs[0])
        dialog = QPrintPreviewDialog(printer, self.window)
        self._keep(dialog, printer)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda target: self._paint(target, pdfs))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A page's proportions, within the screen the window is on.
        screen = self.window.screen().availableGeometry()
        height = min(1000, int(screen.height() * 0.9))
        dialog.resize(min(int(height * 0.9), screen.width()), height)
        self.preview_dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "preview_dialog", None))
        dialog.open()
        return dialog

    def print_documents(self) -> None:
        self._pdfs(self.open_print_dialog)

    def print_document(self, document: Document) -> None:
        """The print dialog for one document (a form's Print button)."""
        self._pdfs_of(document, self.open_print_dialog)

    def open_print_dialog(self, pdfs: Sequence[bytes]) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, pdfs[0])
        dialog = QPrintDialog(printer, self.window)
        self._keep(dialog, printer)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.accepted.connect(lambda: self._paint(printer, pdfs))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "print_dialog", None))
        # What QDialog.open() does (PySide hides it behind QPrintDialog's open(obj, slot)).
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _keep(self, dialog: QObject, printer: QPrinter) -> None:
        key = id(dialog)
        self._printers[key] = printer
        dialog.destroyed.connect(lambda *_: self._printers.pop(key, None))

    def print_to(self, printer: QPrinter, pdfs: Sequence[bytes]) -> int:
        """Print ``pdfs`` on ``printer`` without asking; the number of pages printed."""
        prepare_printer(printer, pdfs[0])
        return paint_pdfs(printer, pdfs, self.reads())

    def _paint(self, printer: QPrinter, pdfs: Sequence[bytes]) -> None:
        try:
            paint_pdfs(printer, pdfs, self.reads())
        except DomainError as exc:
            self.tell(QMessageBox.Icon.Warning, str(exc))

    def save_pdf(self) -> None:
        self.save_pdf_of(self.selection())

    def save_pdf_of(self, chosen: tuple[str, list[int]] | Document | None) -> None:
        """Ask where, then write the PDF of one document, or those of several into a folder."""
        if chosen is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if isinstance(chosen, Document):
            path, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save as PDF"),
                str(Path(folder) / file_name(chosen)),
                self.tr("PDF files (*.pdf)"),
            )
            if path:
                self.write_pdf(chosen, Path(path))
            return
        kind, ids = chosen
        target = QFileDialog.getExistingDirectory(
            self.window, self.tr("Save the PDFs in the folder"), folder
        )
        if target:
            self.save_many(kind, ids, Path(target))

    def write_pdf(self, document: Document, path: Path) -> bool:
        """Write one document's PDF to ``path`` (".pdf" added when missing), through a
        temporary file: never over a database, never half written."""
        from crm_desktop.reports.quote_pdf import write_document_pdf
        from crm_desktop.services.output_file import replacing

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            with replacing(path, reads=self.reads()) as partial:
                write_document_pdf(
                    document,
                    self.services.settings.company(),
                    partial,
                    written=formatting.document_format(),
                    labels=document_labels(),
                )
        except DomainError as exc:
            self.tell(QMessageBox.Icon.Warning, str(exc))
            return False
        self.written = [path]
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 10_000)
        return True

    def reads(self) -> list[Path]:
        """The files a PDF must not be written over: the open database."""
        path = self.services.db.path
        return [path] if path is not None else []

    def save_many(self, kind: str, ids: Sequence[int], folder: Path) -> PdfJob:
        """One PDF file per document into ``folder``, on a worker thread."""
        job = PdfJob(
            self.services,
            kind,
            ids,
            document_labels(),
            formatting.document_format(),
            folder,
            reads=self.reads(),
        )

        def done(results: list[PdfResult]) -> None:
            self.written = [r.path for r in results if r.path is not None]
            self.window.statusBar().showMessage(
                formatting.english_plural(
                    self.tr("%n PDF file(s) saved in %1", "", len(self.written)),
                    len(self.written),
                ).replace("%1", str(folder)),
                10_000,
            )

        self.run_job(job, done)
        return job

    # -- background work --------------------------------------------------------------------
    def run_job(self, job: PdfJob, done: Callable[[list[PdfResult]], None]) -> None:
        progress = QProgressDialog(
            self.tr("Making the PDFs…"), self.tr("Cancel"), 0, len(job.ids), self.window
        )
        progress.setWindowTitle(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(job.cancel)
        progress.setValue(0)
        self.progress = progress

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None

        def step(count: int, _total: int, number: str) -> None:
            progress.setValue(count)
            progress.setLabelText(self.tr("Made %1").replace("%1", number))

        def finished(results: list[PdfResult]) -> None:
            finish()
            done(results)

        def cancelled(results: list[PdfResult]) -> None:
            finish()
            self.written = [r.path for r in results if r.path is not None]
            self.window.statusBar().showMessage(self.tr("Cancelled."), 10_000)

        def failed(message: str) -> None:
            finish()
            self.tell(QMessageBox.Icon.Warning, message)

        self.jobs.run(
            job,
            finished,
            on_error=failed,
            on_progress=step,
            on_cancelled=cancelled,
            job=job.handle,
        )

    def tell(self, icon: QMessageBox.Icon, text: str) -> None:
        """A message that does not stop the event loop (tests read it)."""
        self.message_box = open_message(self.window, icon, self.tr("Printing"), text)


def install_printing(window: Any) -> Printing:
    """File menu: Print preview…, Print… (Ctrl+P), Save as PDF…, for quotes and orders, and
    Print, PDF and E-mail buttons on their forms; Tools › Settings…; and "Create quote" on
    opportunities' forms."""
    from crm_desktop.views.admin.settings_dialog import install_settings
    from crm_desktop.views.quotes.actions import install_create_quote
    from crm_desktop.views.quotes.commands import install_document_commands

    printing = Printing(window)
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.insertActions(window.quit_action, list(printing.actions))
    file_menu.insertSeparator(window.quit_action)
    window.lists.currentChanged.connect(printing.update_actions)
    window.forms.currentChanged.connect(printing.update_actions)
    printing.update_actions()
    install_settings(window)
    install_create_quote(window)
    install_document_commands(window, printing)
    return printing
