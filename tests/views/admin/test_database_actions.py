"""The Database menu: verify, back up, restore (refused while others use the file), the
automatic backup at start, and a read-only file in the window."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.database.backup import BackupService
from crm_desktop.services.database.presence import PresenceService
from crm_desktop.services.database.restore import check_backup
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.other_user import OtherUsersLock, gui_thread_runs

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings, backups: Path) -> MainWindow:
    services.records.create("organizations", {"name": "Hải sản Phú Quốc"})
    window = app_module.build_main_window(services, settings, backups=backups)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_up is not None and window.start_up.done)
    window.show_type("organizations")
    return window


def _told(qtbot: QtBot, window: MainWindow) -> str:
    actions = window.database_actions  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: actions.message_box is not None and not actions.busy(), timeout=20_000)
    box = actions.message_box
    text = box.text()
    box.close()
    actions.message_box = None
    return str(text)


def test_the_menu_sits_before_help(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Database" in titles and titles[-1] == "&Help"
    menu = window.database_actions.menu  # type: ignore[attr-defined]
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Verify database",
        "&Back up now…",
        "&Restore from backup…",
        "Open backup &folder",
    ]


def test_verify_runs_off_the_gui_thread_and_says_healthy(qtbot: QtBot, window: MainWindow) -> None:
    window.database_actions.verify_action.trigger()  # type: ignore[attr-defined]
    assert _told(qtbot, window) == "The database is healthy."


def test_back_up_now_writes_a_checked_copy(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "sao lưu" / "crm-2026-12-01.sqlite3"
    window.database_actions.backup_to(target)  # type: ignore[attr-defined]
    text = _told(qtbot, window)
    assert str(target) in text
    assert check_backup(target)
    copy = Database.open(target, create=False)
    try:
        assert Services.build(copy).stats.counts()["organizations"] == 1
    finally:
        copy.close()


def test_back_up_now_never_writes_over_the_open_database(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    before = db_path.read_bytes()
    window.database_actions.backup_to(db_path)  # type: ignore[attr-defined]
    assert _told(qtbot, window) == (
        f"Cannot write over “{db_path}”: it is the file being read; choose another name."
    )
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []


def test_automatic_backup_once_a_day(
    qtbot: QtBot, window: MainWindow, services: Services, backups: Path
) -> None:
    actions = window.database_actions  # type: ignore[attr-defined]
    actions.automatic_backup()
    qtbot.waitUntil(lambda: not actions.busy(), timeout=20_000)
    taken = sorted(p.parent.name for p in backups.rglob("*.sqlite3"))
    assert taken == ["daily", "weekly"]
    assert window.statusBar().currentMessage() == "Backup taken."
    actions.automatic_backup()  # the same day: nothing more
    qtbot.waitUntil(lambda: not actions.busy(), timeout=20_000)
    assert len(list(backups.rglob("*.sqlite3"))) == 2


def test_restore_brings_the_old_records_back(
    qtbot: QtBot, window: MainWindow, services: Services, backups: Path
) -> None:
    backup = BackupService(services.db, backups)
    backup.backup_now(dt.datetime(2026, 11, 30, 9, 0))
    [info] = backup.backups()
    services.records.create("organizations", {"name": "Bánh mì Hội An"})
    panel = window.panel("organizations")
    window.hub.flush()
    assert panel.count() == 2

    window.database_actions.restore(info)  # type: ignore[attr-defined]
    assert "was restored from the backup" in _told(qtbot, window)
    assert panel.count() == 1
    assert services.stats.counts()["organizations"] == 1
    # The database as it was just before is kept too, in case that was a mistake.
    assert len(backup.backups()) == 2


def test_restore_is_refused_while_others_use_the_database(
    qtbot: QtBot, window: MainWindow, services: Services, db_path: Path, backups: Path
) -> None:
    backup = BackupService(services.db, backups)
    backup.backup_now()
    [info] = backup.backups()
    other_db = Database.open(db_path)
    try:
        PresenceService(other_db, 1).announce()
        window.database_actions.restore(info)  # type: ignore[attr-defined]
        text = _told(qtbot, window)
    finally:
        other_db.close()
    assert "cannot be restored while others use the database" in text
    assert "Administrator" in text


def test_a_restore_runs_off_the_gui_thread_and_cancel_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    db_path: Path,
    backups: Path,
    other_users_lock: OtherUsersLock,
) -> None:
    backup = BackupService(services.db, backups)
    backup.backup_now(dt.datetime(2026, 11, 30, 9, 0))
    [info] = backup.backups()
    services.records.create("organizations", {"name": "Bánh mì Hội An"})
    other_users_lock.hold()  # the restore waits for this user's save
    actions = window.database_actions  # type: ignore[attr-defined]
    job = actions.restore(info)
    progress = actions.restore_progress
    qtbot.waitUntil(lambda: progress.labelText() == "Waiting for other users to finish saving…")
    gui_thread_runs(qtbot)
    assert actions.busy()
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: not actions.busy())
    assert job.cancelled()
    assert window.statusBar().currentMessage() == "The restore was cancelled; nothing changed."
    other_users_lock.release()
    assert services.stats.counts()["organizations"] == 2
    services.records.create("organizations", {"name": "Still saving"})
    assert [b.kind for b in backup.backups()] == ["manual"]  # no copy of the database kept
    assert not list(db_path.parent.glob("*.restoring"))
    assert actions.message_box is None


def test_the_restore_dialog_lists_backups_newest_first(
    qtbot: QtBot, window: MainWindow, services: Services, backups: Path
) -> None:
    backup = BackupService(services.db, backups)
    first = backup.backup_now(dt.datetime(2026, 11, 1, 8, 0))
    second = backup.backup_now(dt.datetime(2026, 11, 2, 8, 0))
    os.utime(first, (first.stat().st_atime, first.stat().st_mtime - 3600))
    actions = window.database_actions  # type: ignore[attr-defined]
    actions.ask_restore()
    dialog = actions.restore_dialog
    assert dialog.isVisible()
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.chosen().path == second
    dialog.reject()


@pytest.fixture
def read_only_file(db_path: Path) -> Iterator[Path]:
    db = Database.open(db_path)
    Services.build(db).records.create("contacts", {"last_name": "Guðjónsson"})
    db.close()
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    yield db_path
    os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any file")
def test_a_read_only_file_opens_marked_and_without_ways_to_write(
    qtbot: QtBot, read_only_file: Path, settings: QSettings, backups: Path
) -> None:
    db = Database.open(read_only_file, create=False)
    try:
        assert db.read_only
        window = app_module.build_main_window(Services.build(db), settings, backups=backups)
        qtbot.addWidget(window)
        window.show()
        window.show_type("contacts")
        marker = window.statusBar().findChild(QLabel, "read_only_marker")
        assert marker is not None and marker.text() == "Read-only"
        for action in (window.new_action, window.save_action, window.delete_action):
            assert not action.isEnabled()
        assert not window.database_actions.restore_action.isEnabled()  # type: ignore[attr-defined]
        window.close()
    finally:
        db.close()


def test_a_read_only_database_opened_as_such(
    qtbot: QtBot, db_path: Path, settings: QSettings, backups: Path
) -> None:
    # Root can write to any file, so the test opens the file read-only on purpose.
    setup = Database.open(db_path)
    Services.build(setup).records.create("contacts", {"last_name": "Guðjónsson"})
    setup.close()
    db = Database.open(db_path, create=False, read_only=True)
    try:
        window = app_module.build_main_window(Services.build(db), settings, backups=backups)
        qtbot.addWidget(window)
        window.show()
        window.show_type("contacts")
        marker = window.statusBar().findChild(QLabel, "read_only_marker")
        assert marker is not None and marker.isVisible()
        window.new_action.setEnabled(True)  # the window tries, as forms change
        assert not window.new_action.isEnabled()
        assert not window.database_actions.restore_action.isEnabled()  # type: ignore[attr-defined]
        window.close()
    finally:
        db.close()


def test_a_backup_kept_elsewhere_can_be_chosen_and_restored(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    backups: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    elsewhere = tmp_path / "usb" / "crm-copy.sqlite3"
    BackupService(services.db, backups).backup_to(elsewhere)
    services.records.create("organizations", {"name": "Made after the copy"})
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(elsewhere), ""))
    )
    actions = window.database_actions  # type: ignore[attr-defined]
    actions.ask_restore()
    dialog = actions.restore_dialog
    dialog.choose_button.click()
    chosen = dialog.chosen()
    assert chosen is not None and chosen.path == elsewhere and chosen.kind == "file"
    assert dialog.tree.topLevelItem(0).text(1) == "Chosen file"
    dialog.accept()
    assert "was restored from the backup" in _told(qtbot, window)
    assert services.stats.counts()["organizations"] == 1
    kinds = {b.kind for b in BackupService(services.db, backups).backups()}
    assert "pre-restore" in kinds
