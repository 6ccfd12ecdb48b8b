"""The program's start: the window first, the file's check and the other work after its
first paint, heavy libraries only when first needed, and never a write to a damaged file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.database.presence import PresenceService
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.workspace import Workspace
from tests.databases import damage_file

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[3]

#: Libraries no part of the first screen needs (printing, calendar files, demo data,
#: migrations, the importers' phone numbers and vCards, spreadsheets, news feeds): a fresh
#: program opening its window on a current database, a contact shown, loads none.
HEAVY = (
    "reportlab",
    "icalendar",
    "faker",
    "alembic",
    "phonenumbers",
    "vobject",
    "openpyxl",
    "feedparser",
)

#: A fresh program: opens the database given, waits until the window is painted and the
#: work of its start is done, and prints the heavy libraries it has loaded.
_OPEN_WINDOW = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from crm_desktop.app import make_application
    from crm_desktop.workspace import Workspace

    app = make_application([sys.argv[0]])
    folder = Path(sys.argv[2])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("main/last_view", "contacts")
    workspace = Workspace(folder / "backups", settings)
    assert workspace.open(sys.argv[1], create=False)
    deadline = time.monotonic() + 60
    while not workspace.window.start_up.done:
        assert time.monotonic() < deadline, "the start's work did not end"
        app.processEvents()
    print("started")
    for name in sys.argv[3:]:
        if name in sys.modules:
            print(name)
    workspace.close()
    """
)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown."""
    shown: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_a_fresh_program_paints_its_window_without_the_heavy_libraries(
    db_path: Path, tmp_path: Path
) -> None:
    services = Services.build(Database.open(db_path))
    services.records.create("contacts", {"first_name": "Văn Đức", "last_name": "Nguyễn"})
    services.db.close()
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_WINDOW, str(db_path), str(tmp_path), *HEAVY],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["started"]


def test_the_start_checks_the_file_after_the_first_paint_and_then_announces(
    qtbot: QtBot, workspace: Workspace, db_path: Path, warnings: list[str]
) -> None:
    Database.open(db_path).close()
    assert workspace.open(str(db_path), create=False)
    window = workspace.window
    assert window is not None and window.start_up is not None
    db = workspace.db
    assert db is not None and db.check_due  # not checked yet: the window is painted first
    assert PresenceService(db, 1).others() == []  # nor announced
    qtbot.waitUntil(lambda: window.start_up is not None and window.start_up.done)
    assert not db.check_due
    assert PresenceService(db, 1).others() == [f"Administrator ({socket.gethostname()})"]
    assert window.findChild(QLabel, "read_only_marker") is None
    assert warnings == []


def test_a_damaged_file_opens_to_read_is_told_and_never_written(
    qtbot: QtBot, workspace: Workspace, db_path: Path, warnings: list[str]
) -> None:
    damage_file(db_path, only_descriptions=True)
    before = db_path.read_bytes()
    assert workspace.open(str(db_path), create=False)
    window = workspace.window
    assert window is not None and window.start_up is not None
    qtbot.waitUntil(lambda: window.start_up is not None and window.start_up.done)
    [told] = warnings
    assert "is damaged" in told and "restore it from a backup" in told and "\n" not in told
    marker = window.findChild(QLabel, "read_only_marker")
    assert marker is not None and marker.toolTip() == told
    assert not window.new_action.isEnabled()
    window.close()
    workspace.close()
    assert db_path.read_bytes() == before  # no presence, no currency, no reminders' mark


def test_the_first_list_is_painted_before_its_form_is_built(
    qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path
) -> None:
    settings.setValue("main/last_view", "contacts")
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    assert window.current_view() == "contacts"
    assert window.findChildren(RecordForm) == []  # built after the first paint
    assert window.forms.currentWidget() is window.form_placeholder
    window.show()
    qtbot.waitUntil(lambda: window.forms.currentWidget() is not window.form_placeholder)
    form = window.current_form()
    assert form is not None and window.forms.currentWidget() is form
    assert form.record_type.key == "contacts"
    assert window.new_action.isEnabled()


def test_a_form_asked_for_before_the_first_paint_is_built_then(
    qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path
) -> None:
    settings.setValue("main/last_view", "organizations")
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    form = window.current_form()
    assert form is not None and window.forms.currentWidget() is form
    assert form.record_type.key == "organizations"
