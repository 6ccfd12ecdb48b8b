"""Print, PDF and E-mail buttons on the forms of quotes and sales orders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl, QUrlQuery, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from crm_desktop.registry.spec import FAMILY_FIRST
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine
from crm_desktop.views.quotes.commands import DocumentCommands
from crm_desktop.views.quotes.form import QuoteForm
from crm_desktop.views.quotes.printing import Printing
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.quotes.quote_helpers import Customer, D, customer

pytestmark = pytest.mark.usefixtures("english_locale")


class MailProgram(QObject):
    """Stands where the computer's mail program is: Qt hands it the mailto: links opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def mail_program() -> Iterator[MailProgram]:
    program = MailProgram()
    QDesktopServices.setUrlHandler("mailto", program, "open")
    yield program
    QDesktopServices.unsetUrlHandler("mailto")


def _commands(window: MainWindow, tmp_path: Path) -> DocumentCommands:
    commands = window.findChild(DocumentCommands)
    assert commands is not None
    commands.outbox = tmp_path / "Documents"
    return commands


def _open_quote(window: MainWindow, services: Services, ids: Customer) -> QuoteForm:
    document = services.quotes.new(
        "quotes", subject="Phần mềm CRM", organization_id=ids.organization_id
    )
    document.values["contact_id"] = ids.contact_id
    document.lines = [DocumentLine("Giấy phép", D(2), D(4_500_000))]
    saved = services.quotes.save(document)
    window.open_record("quotes", saved.id or 0)
    form = window.current_form()
    assert isinstance(form, QuoteForm)
    return form


def _button(form: QuoteForm, text: str) -> QToolButton:
    found = [b for b in form.findChildren(QToolButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in form.findChildren(QToolButton)]
    return found[0]


def test_the_forms_have_print_pdf_and_e_mail_buttons(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = customer(services)
    form = _open_quote(window, services, ids)
    for text in ("Print", "PDF", "E-mail"):
        qtbot.waitUntil(_button(form, text).isVisible)
    target = tmp_path / "báo giá.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "PDF (*.pdf)"))
    )
    _button(form, "PDF").click()
    assert target.read_bytes().startswith(b"%PDF")
    _button(form, "Print").click()
    printing = window.findChild(Printing)
    assert printing is not None and printing.print_dialog is not None
    printing.print_dialog.reject()
    window.show_type("sales_orders")
    window.new_action.trigger()
    order_form = window.current_form()
    assert order_form is not None and order_form is not form
    qtbot.waitUntil(_button(order_form, "E-mail").isVisible)  # type: ignore[arg-type]
    window.show_type("contacts")
    contact_form = window.current_form()
    assert contact_form is not None
    assert not [b for b in contact_form.findChildren(QToolButton) if b.text() == "E-mail"]


def test_e_mail_saves_the_pdf_and_opens_a_message_to_the_customer(
    window: MainWindow, services: Services, tmp_path: Path, mail_program: MailProgram
) -> None:
    ids = customer(services)
    services.records.update(
        "contacts",
        ids.contact_id,
        services.records.get("contacts", ids.contact_id).version,
        # the names in their fields, and the order he writes them in: Nguyễn Văn Đức
        {"email": "duc@minhphat.example", "salutation": "Mr.", "first_name": "Văn Đức",
         "last_name": "Nguyễn", "name_order": FAMILY_FIRST},
    )  # fmt: skip
    form = _open_quote(window, services, ids)
    commands = _commands(window, tmp_path)
    _button(form, "E-mail").click()
    pdf = tmp_path / "Documents" / "QUO-00001.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(mail_program.opened) == 1
    url = mail_program.opened[0]
    query = QUrlQuery(url)
    assert url.scheme() == "mailto" and url.path() == "duc@minhphat.example"
    decoded = QUrl.ComponentFormattingOption.FullyDecoded
    assert query.queryItemValue("subject", decoded) == "Quote QUO-00001: Phần mềm CRM"
    assert query.queryItemValue("body", decoded) == (
        "Dear Mr. Nguyễn Văn Đức,\n\nPlease find attached our quote QUO-00001."
    )
    box = commands.message_box
    assert box is not None and box.isVisible()
    assert str(pdf) in box.text() and "attach" in box.text()
    box.close()
    # A second time: a new file beside the first, never written over it.
    assert commands.email(form) == tmp_path / "Documents" / "QUO-00001 (2).pdf"


def test_e_mail_without_an_address_still_opens_a_message(
    window: MainWindow, services: Services, tmp_path: Path, mail_program: MailProgram
) -> None:
    form = _open_quote(window, services, customer(services))
    commands = _commands(window, tmp_path)
    path = commands.email(form)
    assert path is not None and path.is_file()
    assert mail_program.opened[0].path() == ""
    box: Any = commands.message_box
    assert "neither the contact nor the organization has an e-mail address" in box.text()
    box.close()
