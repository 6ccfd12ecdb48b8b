"""Printing from the window: Save as PDF, printing to a PDF printer, the print preview,
several quotes at once on a worker thread, translated labels, and the menu actions."""

from __future__ import annotations

import errno
import io
import os
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTranslator
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import Document
from crm_desktop.views import formatting
from crm_desktop.views.quotes.form import QuoteForm
from crm_desktop.views.quotes.print_render import PdfJob, document_labels, document_pdf
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.quotes.quote_helpers import (
    CONTACT,
    Customer,
    customer,
    printing_of,
    quote_of_lines,
)

pytestmark = pytest.mark.usefixtures("english_locale")

D = Decimal


@pytest.fixture
def ids(services: Services) -> Customer:
    return customer(services)


@pytest.fixture
def window(qtbot: QtBot, services: Services, ids: Customer, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    return window


def _text(path_or_bytes: Path | bytes) -> tuple[int, str]:
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else path_or_bytes.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), unicodedata.normalize("NFC", text)


def _printed_total(services: Services, document: Document) -> str:
    """The grand total as the form shows it (US English in these tests)."""
    assert document.totals is not None
    return formatting.document_format().amount(
        document.totals.grand_total, services.quotes.currency_decimals()[document.currency]
    )


def test_print_actions_are_for_quotes_and_orders_only(
    window: MainWindow, services: Services
) -> None:
    printing = printing_of(window)
    window.show_type("contacts")
    assert not printing.print_action.isEnabled()
    window.show_type("quotes")
    assert all(a.isEnabled() for a in printing.actions)
    assert printing.print_action.shortcut().toString() == "Ctrl+P"
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts[:3] == ["Print pre&view…", "&Print…", "Save as P&DF…"]
    window.show_type("sales_orders")
    assert printing.pdf_action.isEnabled()


def test_save_as_pdf_from_the_form(
    window: MainWindow,
    services: Services,
    ids: Customer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quote = quote_of_lines(services, ids)
    window.open_record("quotes", quote.id or 0)
    form = window.current_form()
    assert isinstance(form, QuoteForm) and form.record_id() == quote.id
    target = tmp_path / "báo giá"
    asked: list[str] = []

    def save_name(parent: Any, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    printing_of(window).pdf_action.trigger()
    assert asked == ["QUO-00001.pdf"]
    written = tmp_path / "báo giá.pdf"
    pages, text = _text(written)
    assert pages == 1
    assert CONTACT in text
    assert "Công ty TNHH Minh Phát" in text
    assert _printed_total(services, quote) in text
    assert _printed_total(services, quote) == "7,740,735"  # VND: no decimals; US English


def test_save_as_pdf_on_a_full_disk_keeps_the_old_file_and_says_so(
    window: MainWindow,
    services: Services,
    ids: Customer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The disk reports it is full when the file is flushed (as network shares do): the
    PDF sent last week stays as it was, and no partial file is left beside it."""
    quote = quote_of_lines(services, ids)
    window.open_record("quotes", quote.id or 0)
    folder = tmp_path / "pdf"
    folder.mkdir()
    target = folder / "QUO-00001.pdf"
    target.write_bytes(b"%PDF sent last week")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    printing = printing_of(window)
    document = printing.selection()
    assert isinstance(document, Document)

    assert not printing.write_pdf(document, target)

    assert printing.message_box is not None
    assert printing.message_box.text() == (
        f"Cannot write “{target}”: the disk is full; free some space and try again."
    )
    printing.message_box.close()
    assert target.read_bytes() == b"%PDF sent last week"
    assert [p.name for p in folder.iterdir()] == ["QUO-00001.pdf"]


def test_pending_edits_are_saved_beforeprinting_of(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    ids: Customer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quote = quote_of_lines(services, ids, lines=1)
    window.open_record("quotes", quote.id or 0)
    form = window.current_form()
    assert isinstance(form, QuoteForm) and form.lines_editor is not None
    model = form.lines_editor.model
    model.setData(model.index(0, 0), "Hạng mục đã sửa")
    assert form.is_dirty()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args: (str(tmp_path / "q.pdf"), "")),
    )
    printing_of(window).save_pdf()
    assert not form.is_dirty()
    assert services.quotes.get("quotes", quote.id or 0).lines[0].name == "Hạng mục đã sửa"
    assert "Hạng mục đã sửa" in _text(tmp_path / "q.pdf")[1]


def test_print_to_a_pdf_printer_and_preview_show_every_page(
    qtbot: QtBot, window: MainWindow, services: Services, ids: Customer, tmp_path: Path
) -> None:
    long_quote = quote_of_lines(services, ids, lines=60)
    pdf = document_pdf(services, long_quote, document_labels(), formatting.document_format())
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 2
    printing = printing_of(window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printing.print_to(printer, [pdf]) == pages
    printed, _ = _text(tmp_path / "printed.pdf")
    assert printed == pages
    # A range of pages is painted like on paper: pictures of the pages chosen, counted
    # across the documents.
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(pages, pages + 1)
    assert printing.print_to(printer, [pdf, pdf]) == 2
    assert _text(tmp_path / "printed.pdf")[0] == 2

    dialog = printing.open_preview([pdf, pdf])
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert preview.pageCount() == 2 * pages
    dialog.close()


def test_several_selected_quotes_go_to_a_folder_on_a_worker(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    ids: Customer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    numbers = [quote_of_lines(services, ids, lines=2).number for _ in range(3)]
    window.show_type("quotes")
    panel = window.current_panel()
    assert panel is not None
    window.refresh()
    table = panel.table
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(3):
        selection.select(table.model().index(row, 0), flags)
    assert len(table.selected_record_ids()) == 3
    folder = tmp_path / "pdf"
    folder.mkdir()
    (folder / "QUO-00002.pdf").write_bytes(b"an older file")  # kept: the new one is (2)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(folder))
    )
    printing = printing_of(window)
    with qtbot.waitSignal(printing.window.statusBar().messageChanged, timeout=30_000):
        printing.save_pdf()
        assert printing.progress is not None and printing.progress.maximum() == 3
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["QUO-00001.pdf", "QUO-00002 (2).pdf", "QUO-00002.pdf", "QUO-00003.pdf"]
    assert sorted(p.name for p in printing.written) == [
        "QUO-00001.pdf",
        "QUO-00002 (2).pdf",
        "QUO-00003.pdf",
    ]
    assert numbers == ["QUO-00001", "QUO-00002", "QUO-00003"]
    assert "QUO-00003" in _text(folder / "QUO-00003.pdf")[1]
    assert printing.progress is None


def test_a_cancelled_batch_stops_between_documents(
    qtbot: QtBot, window: MainWindow, services: Services, ids: Customer, tmp_path: Path
) -> None:
    quote_ids = [quote_of_lines(services, ids, lines=1).id or 0 for _ in range(2)]
    printing = printing_of(window)
    job = PdfJob(
        services, "quotes", quote_ids, document_labels(), formatting.document_format(), tmp_path
    )
    job.cancel()  # as the progress dialog's Cancel does
    finished: list[Any] = []
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=30_000):
        printing.run_job(job, finished.append)
    assert finished == [] and list(tmp_path.glob("*.pdf")) == []
    assert window.statusBar().currentMessage() == "Cancelled."


def test_printed_labels_follow_the_user_s_language(
    services: Services, ids: Customer, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(str(app_module.translations_dir() / "crm_desktop_vi.qm"))
    app.installTranslator(translator)
    try:
        labels = document_labels()
        assert labels["bill_to"] == "Bên mua"
        assert labels["quotes"] != "Quote"
        _pages, text = _text(
            document_pdf(
                services, quote_of_lines(services, ids), labels, formatting.document_format()
            )
        )
    finally:
        app.removeTranslator(translator)
    assert "BÊN MUA" in text  # the address headings are set in capitals
    assert "Mặt hàng" in text and "Tổng cộng (VND)" in text
    assert document_labels()["bill_to"] == "Bill to"


def test_preview_and_print_dialog_from_the_window(
    qtbot: QtBot, window: MainWindow, services: Services, ids: Customer
) -> None:
    quote = quote_of_lines(services, ids, lines=2)
    window.open_record("quotes", quote.id or 0)
    printing = printing_of(window)
    printing.preview_action.trigger()
    dialog = printing.preview_dialog
    assert dialog is not None and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert preview.pageCount() == 1
    dialog.close()
    # Two quotes selected in the list: both go to the printer, made on the worker.
    second = quote_of_lines(services, ids, lines=1)
    window.refresh()
    panel = window.current_panel()
    assert panel is not None
    selection = panel.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        selection.select(panel.table.model().index(row, 0), flags)
    assert sorted(panel.table.selected_record_ids()) == sorted([quote.id, second.id])
    printing.print_documents()
    assert printing.jobs.busy()
    qtbot.waitUntil(lambda: not printing.jobs.busy(), timeout=30_000)
    assert printing.print_dialog is not None
    printing.print_dialog.reject()


def test_create_quote_on_an_opportunity_form(
    qtbot: QtBot, window: MainWindow, services: Services, ids: Customer
) -> None:
    opportunity = services.records.create(
        "opportunities",
        {
            "name": "Mở rộng CRM cho chi nhánh",
            "organization_id": ids.organization_id,
            "contact_id": ids.contact_id,
            "amount": D(250_000_000),
            "currency": "VND",
        },
    )
    window.open_record("opportunities", opportunity.id)
    form = window.current_form()
    assert form is not None
    buttons = [b for b in form.findChildren(QToolButton) if b.text() == "Create quote"]
    assert len(buttons) == 1
    buttons[0].click()
    assert window.current_view() == "quotes"
    quote_form = window.current_form()
    assert isinstance(quote_form, QuoteForm)
    document = quote_form.document()
    assert document is not None and document.values["opportunity_id"] == opportunity.id
    assert [line.unit_price for line in document.lines] == [D(250_000_000)]
    assert quote_form.editors["billing_street"].value() == "18 Lý Thường Kiệt"
    window.show_type("opportunities")  # shown again: still one button
    assert len([b for b in form.findChildren(QToolButton) if b.text() == "Create quote"]) == 1


def test_delete_in_the_lines_removes_a_line_not_thequote_of_lines(
    qtbot: QtBot, window: MainWindow, services: Services, ids: Customer
) -> None:
    quote = quote_of_lines(services, ids, lines=2)
    window.open_record("quotes", quote.id or 0)
    form = window.current_form()
    assert isinstance(form, QuoteForm) and form.lines_editor is not None
    view = form.lines_editor.view
    window.activateWindow()
    view.setCurrentIndex(form.lines_editor.model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the window's Del (delete record) does not fire
    assert [line.name for line in form.lines_editor.model.lines()] == ["Hạng mục 2"]
    assert form.save()
    assert services.records.get("quotes", quote.id or 0).deleted is False
