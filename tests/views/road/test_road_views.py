"""Road copies in the window: taking one from the File menu, a road copy's status, a sync
that finds a conflict, and deciding it in the conflicts dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.road.take_along import take_along
from crm_desktop.views.road.actions import RoadActions
from crm_desktop.views.shell.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


def _road(window: MainWindow) -> RoadActions:
    assert window.road is not None
    return window.road


def _message(qtbot: QtBot, road: RoadActions) -> str:
    qtbot.waitUntil(lambda: road.message_box is not None and road.message_box.isVisible())
    assert road.message_box is not None
    text = road.message_box.text()
    road.message_box.done(QMessageBox.StandardButton.Ok)
    road.message_box = None
    return text


def test_a_copy_is_taken_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    services.records.create("contacts", {"first_name": "Ngọc", "last_name": "Trần"})
    road = _road(window)
    assert road.take_action.isEnabled() and not road.sync_action.isEnabled()
    assert not road.status_label.isVisible()
    road.take_action.trigger()
    dialog = road.dialog
    assert dialog is not None
    target = tmp_path / "trip.sqlite3"
    dialog.path_edit.setText(str(target))  # type: ignore[attr-defined]
    dialog.findChild(QRadioButton, "scope_mine").setChecked(True)
    dialog.accept()
    assert f"holds 1 record(s): {target}" in _message(qtbot, road)
    laptop = Services.build(Database.open(target, create=False))
    try:
        assert laptop.stats.counts()["contacts"] == 1
    finally:
        laptop.db.close()


def test_a_road_copy_syncs_and_its_conflict_is_decided_in_the_dialog(
    qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path
) -> None:
    contact = services.records.create("contacts", {"first_name": "Ngọc", "last_name": "Trần"})
    path = tmp_path / "trip.sqlite3"
    take_along(services.db, services.registry, services.access, path)
    laptop = Services.build(Database.open(path, create=False))
    window = app_module.build_main_window(laptop, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    road = _road(window)
    # Opened in reach of its office, the copy syncs quietly.
    qtbot.waitUntil(lambda: not road.jobs.busy())
    assert road.status_label.isVisible()
    assert "Road copy of crm.sqlite3, synced" in road.status_label.text()
    assert road.sync_action.isEnabled() and not road.take_action.isEnabled()

    here = laptop.records.get("contacts", contact.id)
    laptop.records.update("contacts", contact.id, here.version, {"title": "Giám đốc"})
    there = services.records.get("contacts", contact.id)
    services.records.update("contacts", contact.id, there.version, {"title": "Kế toán"})
    road.sync_action.trigger()
    assert "1 conflict" in _message(qtbot, road)
    dialog = road.dialog
    assert dialog is not None and dialog.isVisible()
    tree = dialog.tree  # type: ignore[attr-defined]
    assert tree.topLevelItemCount() == 1
    texts = [tree.topLevelItem(0).text(c) for c in range(4)]
    assert texts == ["Contact Trần Ngọc", "Job title changed on both sides", "Giám đốc", "Kế toán"]
    assert "1 conflict" in road.status_label.text()
    dialog.mine_button.click()  # type: ignore[attr-defined]
    assert tree.topLevelItemCount() == 0
    dialog.reject()
    assert "conflict" not in road.status_label.text()
    road.sync_action.trigger()
    assert _message(qtbot, road).startswith("Sent 1 changes")
    assert services.records.get("contacts", contact.id).values["title"] == "Giám đốc"
    window.close()
    laptop.db.close()
