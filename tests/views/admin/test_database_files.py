"""File > New / Open / Open recent: switching the window to another database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.views.shell.main_window import MainWindow
from crm_desktop.workspace import (
    Workspace,
    last_database,
    recent_databases,
    remember_database,
    remembered_form,
)

pytestmark = pytest.mark.sqlite_only


def _file_with(path: Path, *organizations: str) -> Path:
    db = Database.open(path)
    services = Services.build(db)
    for name in organizations:
        services.records.create("organizations", {"name": name})
    db.close()
    return path


def _names(window: MainWindow) -> list[str]:
    window.show_type("organizations")
    model = window.panel("organizations").table.record_model()
    return [str(model.values(r)["name"]) for r in range(model.rowCount())]


def test_opening_another_file_replaces_the_window(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings
) -> None:
    hanoi = _file_with(tmp_path / "hanoi.sqlite3", "Công ty Minh Phát")
    reykjavik = _file_with(tmp_path / "reykjavik.sqlite3", "Sjóvá hf.", "Þórsmörk ehf.")
    assert workspace.open(str(hanoi), create=False)
    first = workspace.window
    assert first is not None and first.isVisible()
    assert _names(first) == ["Công ty Minh Phát"]
    old_db = workspace.db

    assert workspace.open(str(reykjavik), create=False)
    second = workspace.window
    assert second is not None and second is not first and second.isVisible()
    assert not first.isVisible()
    assert sorted(_names(second)) == ["Sjóvá hf.", "Þórsmörk ehf."]
    assert str(reykjavik) in second.database_label.toolTip()
    assert old_db is not None and old_db is not workspace.db
    # Newest first, as File > Open recent lists them; the open one is not offered there.
    assert recent_databases(settings)[:2] == [str(reykjavik), str(hanoi)]
    files = second.database_files  # type: ignore[attr-defined]
    files.fill_recent()
    assert [a.text() for a in files.recent_menu.actions()] == [str(hanoi)]
    files.recent_menu.actions()[0].trigger()
    assert workspace.window is not second
    assert _names(workspace.window) == ["Công ty Minh Phát"]


def test_a_file_that_cannot_be_used_keeps_the_window(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, t: told.append(t)))
    good = _file_with(tmp_path / "good.sqlite3", "Padaria Conceição")
    junk = tmp_path / "photo.sqlite3"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 50)
    assert workspace.open(str(good), create=False)
    window = workspace.window
    assert not workspace.open(str(junk), create=False)
    assert workspace.window is window and window is not None and window.isVisible()
    assert len(told) == 1 and "photo.sqlite3" in told[0]
    assert not workspace.open(str(tmp_path / "missing.sqlite3"), create=False)
    assert "missing.sqlite3" in told[1]
    assert _names(window) == ["Padaria Conceição"]


def test_unsaved_changes_are_asked_about_first(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _file_with(tmp_path / "one.sqlite3", "Ngân hàng Á Châu")
    two = _file_with(tmp_path / "two.sqlite3")
    assert workspace.open(str(one), create=False)
    window = workspace.window
    assert window is not None
    window.show_type("organizations")
    panel = window.panel("organizations")
    panel.select_record(panel.table.record_model().record_id(0))
    form = window.form("organizations")
    assert form is not None
    form.editors["phone"].set_value("028 3822 1111")
    assert form.is_dirty()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: answers.pop(0)))
    assert not workspace.open(str(two), create=False)  # Cancel: stays, edits kept
    assert workspace.window is window and form.editors["phone"].value() == "028 3822 1111"
    assert workspace.open(str(two), create=False)  # Discard
    assert workspace.window is not window
    assert answers == []


def test_file_menu_new_and_open(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = _file_with(tmp_path / "start.sqlite3")
    assert workspace.open(str(start), create=False)
    window = workspace.window
    assert window is not None
    titles = [a.text() for a in window.file_menu.actions()]  # type: ignore[attr-defined]
    assert titles[:2] == ["&New database…", "&Open database…"]
    assert titles[-1] == "&Quit"

    made = tmp_path / "Chi nhánh Đà Nẵng"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(made), ""))
    )
    window.database_files.new_action.trigger()  # type: ignore[attr-defined]
    created = made.with_suffix(".sqlite3")
    assert created.exists() and workspace.db is not None and workspace.db.path == created

    # A file that exists is never replaced by New.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t: told.append(t)))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(start), ""))
    )
    current = workspace.window
    current.database_files.new_action.trigger()  # type: ignore[union-attr, attr-defined]
    assert told and "exists already" in told[0] and workspace.window is current

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(start), ""))
    )
    current.database_files.open_action.trigger()  # type: ignore[union-attr, attr-defined]
    assert workspace.db is not None and workspace.db.path == start


def test_connect_to_a_server_asks_for_its_address(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert workspace.open(str(_file_with(tmp_path / "local.sqlite3")), create=False)
    asked: list[Any] = []
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a: asked.append(a) or ("", False))
    )
    window = workspace.window
    window.database_files.connect_action.trigger()  # type: ignore[union-attr, attr-defined]
    assert asked and "postgresql+psycopg://" in asked[0][-1]
    assert workspace.window is window  # cancelled: nothing changes


def test_recent_list_keeps_no_password_and_forgets_missing_files(
    settings: QSettings, tmp_path: Path
) -> None:
    kept = _file_with(tmp_path / "kept.sqlite3")
    gone = _file_with(tmp_path / "gone.sqlite3")
    remember_database(settings, "postgresql+psycopg://anna:s3cret@server.lan/crm")
    remember_database(settings, str(gone))
    remember_database(settings, str(kept))
    gone.unlink()
    assert recent_databases(settings) == [str(kept), "postgresql+psycopg://anna@server.lan/crm"]
    assert "s3cret" not in Path(settings.fileName()).read_text()
    assert last_database(settings) == str(kept)
    assert remembered_form("relative.sqlite3") == str(Path("relative.sqlite3").absolute())


def test_without_database_the_program_opens_the_last_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication
) -> None:
    monkeypatch.setattr(app_module, "setup_logging", lambda _path: None)
    monkeypatch.setattr(app_module, "qInstallMessageHandler", lambda _handler: None)
    last = _file_with(tmp_path / "last.sqlite3", "Café Þórsmörk")
    app_module.make_application()  # the program's settings names, as run_gui gives them
    remember_database(QSettings(), str(last))
    opened: list[str] = []

    def exec_(_app: QApplication) -> int:
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        opened.append(window.services.db.label)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_module.run_gui(None) == 0
    assert opened == [str(last)]


def test_switching_does_not_wait_for_the_old_windows_work_nor_hear_its_answer(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    import threading

    one = _file_with(tmp_path / "one.sqlite3", "Ngân hàng Á Châu")
    two = _file_with(tmp_path / "two.sqlite3")
    assert workspace.open(str(one), create=False)
    old = workspace.window
    assert old is not None
    actions = old.database_actions  # type: ignore[attr-defined]
    release = threading.Event()
    answered: list[object] = []
    # A slow job on the old database (a big backup, a check) that answers its window.
    actions.run(lambda: release.wait(30) and "done", answered.append)
    assert workspace.open(str(two), create=False)  # returns while the job still runs
    assert actions.busy()
    release.set()
    qtbot.waitUntil(lambda: not actions.busy(), timeout=10_000)
    qtbot.wait(50)  # the queued answer arrives, to a window that is gone: dropped
    assert answered == []
