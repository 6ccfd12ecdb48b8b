"""Shared by the board's tests."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.list_view import ListPanel


def opportunities_board(qtbot: QtBot, services: Services, settings: QSettings) -> ListPanel:
    """The opportunities' list panel, shown as a board."""
    panel = ListPanel(services, "opportunities", settings)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    assert panel.board is not None
    panel.board.button.click()
    return panel
