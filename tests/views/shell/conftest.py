"""Fixtures of the main window's tests: a database with a few records of each kind, and
windows on it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.views.shell.main_window import MainWindow


@pytest.fixture
def filled(services: Services) -> Services:
    records = services.records
    org = records.create("organizations", {"name": "Sjávarútvegur Íslands hf."})
    records.create("organizations", {"name": "Công ty TNHH Minh Phát", "org_type": "Customer"})
    for first, last in (("João", "Silva"), ("Văn Đức", "Nguyễn"), ("Sigríður", "Jónsdóttir")):
        records.create("contacts", {"first_name": first, "last_name": last})
        records.create("leads", {"first_name": first, "last_name": last, "lead_status": "Hot"})
    records.create("leads", {"first_name": "Thị Hoa", "last_name": "Trần"})
    records.create("opportunities", {"name": "Triển khai ERP", "organization_id": org.id})
    records.create("products", {"name": "Þjónustusamningur", "currency": "ISK"})
    return services


@pytest.fixture
def make_window(qtbot: QtBot, filled: Services, settings: QSettings):
    def make() -> MainWindow:
        window = app_module.build_main_window(filled, settings)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Answers for QMessageBox.question, in order; the questions asked are recorded."""
    answers: list[Any] = []
    asked: list[Any] = []

    def question(*args: Any, **kwargs: Any) -> Any:
        asked.append(args)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    yield answers
    assert not answers, f"unanswered: {answers}; asked {asked}"
