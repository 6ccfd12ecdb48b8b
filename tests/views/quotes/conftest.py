"""Fixtures of the quote editor's tests: a customer with products and tax rates, forms, and
the message boxes they show."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.quotes.form import QuoteForm
from crm_desktop.views.records.form_factory import make_form
from tests.views.quotes.quote_helpers import Customer, Messages, customer


@pytest.fixture
def ids(services: Services) -> Customer:
    """The customer, with the default terms of a new quote set."""
    services.settings.set_default_terms("quotes", "Thanh toán trong 30 ngày.")
    return customer(services)


@pytest.fixture
def new_form(qtbot: QtBot, services: Services, ids: Customer) -> Any:
    """Makes a shown form of a document type ("quotes" unless told)."""

    def make(type_key: str = "quotes") -> QuoteForm:
        form = make_form(services, type_key)
        assert isinstance(form, QuoteForm)
        qtbot.addWidget(form)
        form.resize(1000, 1300)
        form.show()
        qtbot.waitExposed(form)
        return form

    return make


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch)
