"""A quote keeps its PDF as a document; a won opportunity becomes a project."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_locale")


def _button(window: MainWindow, text: str) -> QToolButton:
    form = window.current_form()
    assert form is not None
    buttons = [b for b in form.findChildren(QToolButton) if b.text() == text]
    assert len(buttons) == 1
    return buttons[0]


def test_a_quote_keeps_its_pdf_in_its_documents(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    org = services.records.create("organizations", {"name": "Công ty Sao Mai"})
    opportunity = services.records.create(
        "opportunities",
        {"name": "Kho lạnh Đà Nẵng", "organization_id": org.id, "amount": Decimal(120_000)},
    )
    quote = services.quotes.create_from_opportunity(opportunity.id)
    window.open_record("quotes", quote.id)
    _button(window, "Keep PDF").click()
    kept = services.lists.page(ListQuery("documents"), 0, 5)
    assert len(kept) == 1
    document = services.records.get("documents", kept[0].id).values
    assert (document["related_type"], document["related_id"]) == ("quotes", quote.id)
    name, pdf = services.documents.content(kept[0].id)
    assert name == f"{quote.number}.pdf"
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Công ty Sao Mai" in text


def test_a_won_opportunity_becomes_a_project_from_its_form(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    org = services.records.create("organizations", {"name": "Irmãos Gonçalves"})
    opportunity = services.records.create(
        "opportunities",
        {"name": "Reforma da loja", "organization_id": org.id, "sales_stage": "Negotiation/Review"},
    )
    window.open_record("opportunities", opportunity.id)
    create = _button(window, "Create project")
    assert not create.isEnabled()  # offered once the deal is won, not refused after a click
    opened = window.current_form()
    assert opened is not None
    opened.editors["sales_stage"].set_value("Closed Won")
    assert create.isEnabled()
    create.click()
    assert window.current_view() == "projects"
    form = window.current_form()
    assert form is not None and form.editors["name"].value() == "Reforma da loja"
    project = services.records.get("projects", form.record_id())
    assert project.values["opportunity_id"] == opportunity.id
