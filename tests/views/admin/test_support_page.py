"""Settings › Support and documents: response targets per priority and the largest file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.admin.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("english_locale")


def _enter(qtbot: QtBot, box: object, value: int) -> None:
    """Type a value into a spin box and press Enter, as a user does."""
    box.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(box, str(value))  # type: ignore[arg-type]
    qtbot.keyClick(box, Qt.Key.Key_Return)  # type: ignore[arg-type]


def test_targets_and_size_limit_are_saved_when_left(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    page = dialog.support
    dialog.tabs.setCurrentWidget(page)
    assert page.hours["Urgent"].value() == 4 and page.size_limit.value() == 25
    _enter(qtbot, page.hours["Urgent"], 2)
    assert services.cases.response_hours()["Urgent"] == 2
    case = services.records.create("cases", {"title": "Gấp", "priority": "Urgent"})
    due, made = case.values["due_at"], case.values["created_at"]
    assert (due - made).total_seconds() == 2 * 3600
    _enter(qtbot, page.size_limit, 40)
    assert services.documents.size_limit_mb() == 40
