"""Fixtures of the record views' tests: a list panel of a few leads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.list_view import ListPanel

PEOPLE = [
    ("Văn Đức", "Nguyễn", "Hot"),
    ("Thị Hoa", "Trần", "Cold"),
    ("João", "Silva", "Hot"),
    ("Þórður", "Guðmundsson", "Warm"),
    ("Sigríður", "Jónsdóttir", "Hot"),
    ("Conceição", "Araújo", "Contacted"),
]


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
