"""Other programs' saves appear in the open window; the busy status while waiting."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.database.presence import PresenceService
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.other_user import OtherUsersLock, gui_thread_runs

pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("english_locale")]
#: the tests poll faster than the program's two seconds, to stay quick
POLL_MS = 100

OTHER_PROGRAM = textwrap.dedent(
    """
    import sys
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    services = Services.build(Database.open(sys.argv[1]))
    services.records.create("organizations", {"name": sys.argv[2]})
    record = services.records.get("organizations", int(sys.argv[3]))
    services.records.update("organizations", record.id, record.version, {"phone": sys.argv[4]})
    services.db.close()
    """
)


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    for name in ("Ngân hàng Á Châu", "Bánh mì Phượng", "Cà phê Trung Nguyên"):
        services.records.create("organizations", {"name": name})
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.live_refresh.timer.setInterval(POLL_MS)  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.start_up is not None and window.start_up.done)
    window.show_type("organizations")
    return window


@pytest.fixture
def other(db_path: Path) -> Iterator[Services]:
    """A second program's services on the same file (its own engine and connections)."""
    db = Database.open(db_path)
    yield Services.build(db)
    db.close()


def test_another_process_change_shows_in_the_open_list_keeping_selection(
    qtbot: QtBot, window: MainWindow, services: Services, db_path: Path
) -> None:
    panel = window.panel("organizations")
    first = panel.table.record_model().record_id(2)
    assert first is not None
    panel.select_record(first)
    assert panel.count() == 3
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-c", OTHER_PROGRAM, str(db_path), "Đường sắt Việt Nam", str(first), "1"],
        check=True,
        timeout=60,
    )
    qtbot.waitUntil(lambda: panel.count() == 4, timeout=5000)
    assert time.monotonic() - started < 5 + 5  # the other program's start-up is in there
    assert panel.current_record_id() == first
    names = [panel.table.record_model().values(r)["name"] for r in range(panel.count())]
    assert "Đường sắt Việt Nam" in names


def test_heartbeats_refresh_nothing(
    qtbot: QtBot, window: MainWindow, other: Services, db_path: Path
) -> None:
    refresher = window.live_refresh  # type: ignore[attr-defined]
    model = window.panel("organizations").table.record_model()
    reset: list[bool] = []
    model.modelReset.connect(lambda: reset.append(True))
    model.dataChanged.connect(lambda *_: reset.append(True))
    presence = PresenceService(other.db, 1)
    presence.announce()
    presence.heartbeat()
    seen_before = refresher.changes_seen
    version = sqlite3.connect(db_path)
    try:
        # The watcher did notice the commits, and found no record table changed.
        qtbot.wait(POLL_MS * 4)
        assert refresher.poll() == set()
    finally:
        version.close()
    assert refresher.changes_seen == seen_before
    assert reset == []
    other.records.create("organizations", {"name": "Điện lực Hà Nội"})
    qtbot.waitUntil(lambda: refresher.changes_seen == seen_before + 1, timeout=5000)
    assert reset


def test_unedited_form_reloads_and_dirty_form_gets_the_bar(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    other: Services,
    tmp_path: Path,
) -> None:
    panel = window.panel("organizations")
    record_id = panel.table.record_model().record_id(0)
    assert record_id is not None
    panel.select_record(record_id)
    form = window.form("organizations")
    assert form is not None and form.record_id() == record_id

    theirs = other.records.get("organizations", record_id)
    other.records.update("organizations", record_id, theirs.version, {"phone": "028 3822"})
    qtbot.waitUntil(lambda: form.editors["phone"].value() == "028 3822", timeout=5000)
    assert not form.is_dirty()
    assert not form.changed_bar.isVisible()

    form.editors["email"].line.setText("ban@phuong.vn")  # type: ignore[attr-defined]
    assert form.is_dirty()
    theirs = other.records.get("organizations", record_id)
    other.records.update("organizations", record_id, theirs.version, {"phone": "028 9999"})
    qtbot.waitUntil(form.changed_bar.isVisible, timeout=5000)
    assert form.changed_bar.label.text().startswith("Changed by Administrator at ")
    assert form.editors["email"].value() == "ban@phuong.vn"  # not overwritten
    assert form.editors["phone"].value() == "028 3822"
    assert window.grab().save(str(tmp_path / "changed_by_bar.png"))

    qtbot.mouseClick(form.changed_bar.reload_button, Qt.MouseButton.LeftButton)
    assert form.editors["phone"].value() == "028 9999"
    assert not form.is_dirty()
    assert not form.changed_bar.isVisible()


def test_a_save_waiting_for_another_user_says_so_while_the_window_goes_on(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    other_users_lock: OtherUsersLock,
    tmp_path: Path,
) -> None:
    panel = window.panel("organizations")
    record_id = panel.table.record_model().record_id(0)
    panel.select_record(record_id)
    form = window.form("organizations")
    assert form is not None
    form.editors["phone"].line.setText("024 5555")  # type: ignore[attr-defined]
    other_users_lock.hold()
    assert not form.save()  # it waits, on a worker
    gui_thread_runs(qtbot)
    assert form.waiting_bar.isVisible()
    window.grab().save(str(tmp_path / "save_waiting.png"))  # the window paints meanwhile
    other_users_lock.release()
    qtbot.waitUntil(lambda: not form.saving.waiting(), timeout=10_000)
    assert services.records.get("organizations", record_id).values["phone"] == "024 5555"
    assert not form.is_dirty()


def test_giving_up_keeps_what_was_typed(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    other_users_lock: OtherUsersLock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    panel = window.panel("organizations")
    record_id = panel.table.record_model().record_id(0)
    panel.select_record(record_id)
    form = window.form("organizations")
    assert form is not None
    form.editors["phone"].line.setText("024 7777")  # type: ignore[attr-defined]
    services.db.write_wait_seconds = 0.3
    other_users_lock.hold()
    assert not form.save()
    qtbot.waitUntil(lambda: bool(told))  # the wait gave up
    other_users_lock.release()
    assert len(told) == 1 and "Another user" in told[0] and "locked" not in told[0]
    assert form.editors["phone"].value() == "024 7777"
    assert form.is_dirty()
    assert window.statusBar().currentMessage() == ""
    form.load(record_id)  # leave nothing unsaved for the window's close
