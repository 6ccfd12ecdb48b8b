"""File › Undo an import…: the imports newest first, one undone from the window, and the
records changed since kept and named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.imports.plan import ImportPlan
from crm_desktop.views.imports.undo_dialog import UndoImportDialog
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.imports.conftest import WAIT_MS, live_records

pytestmark = pytest.mark.usefixtures("english_locale")


def test_an_import_is_undone_from_the_window_keeping_what_changed_since(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    german_outlook: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    older = tmp_path / "older.csv"
    older.write_text("First Name,Last Name\nAna,Souza\n", encoding="utf-8")
    services.imports.run(ImportPlan(older))
    newest = services.imports.run(ImportPlan(german_outlook))
    [changed] = [c for c in live_records(services, "contacts") if c["last_name"] == "Öberg"]
    services.records.update("contacts", changed["id"], changed["version"], {"title": "Inhaberin"})
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    action = window.findChild(QAction, "undo_import_action")
    assert action in window.file_menu.actions()
    action.trigger()
    dialog = window.findChild(UndoImportDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)

    # newest first, with its counts
    assert dialog.table.item(0, 0).text() == str(newest.batch_id)
    assert dialog.table.item(0, 8).text() == german_outlook.name
    assert dialog.table.item(0, 3).text() == "3"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in dialog.status.text(), timeout=WAIT_MS)

    assert "Kontakte.CSV" in asked[0]
    assert "Kept as they are" in dialog.status.text()
    assert "Åsa Öberg (Contact)" in dialog.status.text()
    assert {c["last_name"] for c in live_records(services, "contacts")} == {"Souza", "Öberg"}
    qtbot.waitUntil(lambda: dialog.table.item(0, 7).text() != "", timeout=WAIT_MS)
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()  # an import is undone once
