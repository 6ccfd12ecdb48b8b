"""Fixtures of the record views' tests: shown forms and the message boxes they ask, and a
list panel of a few leads."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.list_view import ListPanel
from crm_desktop.views.records.record_form import RecordForm
from tests.views.records.form_helpers import Dialogs

PEOPLE = [
    ("Văn Đức", "Nguyễn", "Hot"),
    ("Thị Hoa", "Trần", "Cold"),
    ("João", "Silva", "Hot"),
    ("Þórður", "Guðmundsson", "Warm"),
    ("Sigríður", "Jónsdóttir", "Hot"),
    ("Conceição", "Araújo", "Contacted"),
]


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


@pytest.fixture
def leads(services: Services) -> Services:
    for first, last, status in PEOPLE:
        services.records.create(
            "leads", {"first_name": first, "last_name": last, "lead_status": status}
        )
    return services


@pytest.fixture
def panel(qtbot: QtBot, leads: Services, settings: QSettings) -> ListPanel:
    widget = ListPanel(leads, "leads", settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    return widget
