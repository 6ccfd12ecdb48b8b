"""Fixtures of the record form's tests: shown forms, and the message boxes they ask."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.record_form import RecordForm
from tests.views.records.form_helpers import Dialogs


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Message boxes answered as the test says (a module asks for it for all its tests)."""
    return Dialogs(monkeypatch)


@pytest.fixture
def make_form(qtbot: QtBot, services: Services) -> Any:
    def make(type_key: str) -> RecordForm:
        form = RecordForm(services, type_key)
        qtbot.addWidget(form)
        form.resize(700, 900)
        form.show()
        return form

    return make
