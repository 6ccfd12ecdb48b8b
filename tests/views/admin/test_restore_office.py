"""File › Restore of an office database asks for an administrator's name and password:
a staff member's, or a wrong password, is refused under the fields and nothing changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.services.database.backup import BackupService
from tests.conftest import OFFICE_PASSWORD, AsUser

pytestmark = pytest.mark.sqlite_only


def _told(qtbot: QtBot, actions: object) -> str:
    qtbot.waitUntil(
        lambda: actions.message_box is not None and not actions.busy(),  # type: ignore[attr-defined]
        timeout=20_000,
    )
    box = actions.message_box  # type: ignore[attr-defined]
    text = str(box.text())
    box.close()
    return text


def test_only_an_administrators_password_restores_an_office_database(
    qtbot: QtBot, office: Services, as_user: AsUser, settings: QSettings, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    BackupService(office.db, backups).backup_now(dt.datetime(2026, 11, 30, 9, 0))
    office.records.create("organizations", {"name": "Made after the backup"})
    an = as_user("an")
    window = app_module.build_main_window(an, settings, backups=backups)
    qtbot.addWidget(window)
    window.show()
    actions = window.database_actions
    assert actions is not None
    actions.ask_restore()
    actions.restore_dialog.accept()
    dialog = actions.administrator_dialog
    assert dialog.username.text() == "an"  # the user's own name is offered
    dialog.password.setText(OFFICE_PASSWORD)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "Only an administrator" in dialog.message.text()
    dialog.username.setText("boss")
    dialog.password.setText("not the password")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "password" in dialog.message.text()
    assert office.stats.counts()["organizations"] == 1  # nothing restored yet
    dialog.password.setText(OFFICE_PASSWORD)
    dialog.buttons.accepted.emit()
    assert "was restored from the backup" in _told(qtbot, actions)
    assert office.stats.counts()["organizations"] == 0


def test_the_restore_itself_refuses_an_office_database_without_an_administrator(
    office: Services, as_user: AsUser, tmp_path: Path
) -> None:
    from crm_desktop.errors import AccessDenied

    backup = BackupService(office.db, tmp_path / "backups")
    backup.backup_now(dt.datetime(2026, 11, 30, 9, 0))
    [info] = backup.backups()
    with pytest.raises(AccessDenied, match="only an administrator"):
        backup.restore(info)
    with pytest.raises(AccessDenied, match="Only an administrator"):
        backup.restore(info, credentials=("an", OFFICE_PASSWORD))
