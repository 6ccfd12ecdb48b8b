"""Shared by the quote editor's tests: a customer, products, tax rates, saved quotes, typing
into cells, message boxes answered as told, and the window's printing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import Document, DocumentLine, DocumentTax
from crm_desktop.views.quotes.printing import Printing
from crm_desktop.views.records.field_widgets import LineEditor
from crm_desktop.views.shell.main_window import MainWindow

D = Decimal
ORGANIZATION = "Công ty TNHH Minh Phát"
CONTACT = "Nguyễn Văn Đức"


class Messages:
    """Stands in for QMessageBox.warning / question: records them, answers as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[str] = []
        self.answer: Any = None
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(self._warning))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))

    def _warning(self, parent: QWidget, title: str, text: str, *args: Any) -> Any:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def _question(self, parent: QWidget, title: str, text: str, *args: Any) -> Any:
        assert self.answer is not None, f"unexpected question: {text}"
        return self.answer


@dataclass
class Customer:
    organization_id: int
    contact_id: int
    licence_id: int
    training_id: int
    vat_id: int
    reduced_id: int


def customer(services: Services) -> Customer:
    """The organization, its contact, two products and two tax rates of the tests."""
    records = services.records
    org = records.create(
        "organizations",
        {
            "name": ORGANIZATION,
            "billing_street": "18 Lý Thường Kiệt",
            "billing_city": "Hà Nội",
            "billing_country": "Việt Nam",
            "shipping_street": "Lô B2, KCN Thăng Long",
            "shipping_city": "Đông Anh",
        },
    )
    contact = records.create(
        "contacts",
        {
            "first_name": "Nguyễn Văn",
            "last_name": "Đức",
            "organization_id": org.id,
            "mailing_street": "5 Hàng Bài",
            "mailing_city": "Hà Nội",
        },
    )
    licence = records.create(
        "products",
        {
            "name": "Giấy phép phần mềm CRM",
            "unit": "Licence",
            "unit_price": D(4_500_000),
            "currency": "VND",
            "description": "Một năm, một người dùng",
        },
    )
    training = records.create(
        "products", {"name": "Đào tạo sử dụng", "unit": "Day", "unit_price": D(1_234_567)}
    )
    vat = services.settings.add_tax_rate("VAT", "10")
    reduced = services.settings.add_tax_rate("VAT reduced", "5")
    return Customer(org.id, contact.id, licence.id, training.id, vat.id, reduced.id)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text`` (QTest.keyClicks asserts on anything beyond ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def cell_editor(view: QAbstractItemView) -> QWidget:
    """The editor open in one of the view's cells (a child of its viewport)."""
    open_ = [w for w in view.viewport().children() if isinstance(w, QWidget) and w.isVisible()]
    assert open_, "no cell editor is open"
    return open_[-1]


def focused_editor(view: QAbstractItemView) -> QLineEdit:
    """The line edit open in a cell of ``view``."""
    editor = cell_editor(view)
    assert isinstance(editor, QLineEdit), editor
    return editor


def open_editor(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> QWidget:
    """Put the cursor on a cell and press F2, as a user does; the cell's editor."""
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    return cell_editor(view)


def edit_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Open a cell, replace its text by typing, and press Enter."""
    editor = open_editor(qtbot, view, view.model().index(row, column))
    select_all = getattr(editor, "selectAll", None)
    if select_all is not None:
        select_all()
    type_text(editor, text)
    press_enter(qtbot, editor)


def press_enter(qtbot: QtBot, editor: QWidget) -> None:
    """Enter in a cell editor: the view commits and closes it on its next turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_into(editor: Any, text: str) -> None:
    assert isinstance(editor, LineEditor)
    editor.line.selectAll()
    editor.line.del_()
    type_text(editor.line, text)


def saved_quote(services: Services, ids: Customer) -> int:
    """A VND quote of two lines (a licence, a training), saved; its id."""
    document = services.quotes.new(
        "quotes", subject="Phần mềm CRM", organization_id=ids.organization_id, currency="VND"
    )
    document.lines = [
        DocumentLine("Giấy phép", D(2), D(4_500_000)),
        DocumentLine("Đào tạo", D(1), D(1_000_000)),
    ]
    saved = services.quotes.save(document)
    assert saved.id is not None
    return saved.id


def quote_of_lines(
    services: Services, ids: Customer, lines: int = 3, currency: str = "VND"
) -> Document:
    """A quote of ``lines`` lines to the customer, saved."""
    document = services.quotes.new(
        "quotes",
        subject="Phần mềm CRM cho Minh Phát",
        organization_id=ids.organization_id,
        contact_id=ids.contact_id,
        currency=currency,
    )
    document.lines = [
        DocumentLine(f"Hạng mục {i + 1}", D(i + 1), D(1_234_567), discount_percent=D(5))
        for i in range(lines)
    ]
    document.group_taxes = [DocumentTax("VAT", D(10), ids.vat_id)]
    return services.quotes.save(document)


def printing_of(window: MainWindow) -> Printing:
    printing = window.findChild(Printing)
    assert printing is not None
    return printing
