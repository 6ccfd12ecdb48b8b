"""The window's parts: built by the composition root, held typed, shut down together."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.views.shell.main_window import MainWindow

PACKAGE = Path(app_module.__file__).resolve().parent


def test_parts_reach_the_window_through_its_typed_interface() -> None:
    sources = [*sorted((PACKAGE / "views").rglob("*.py")), PACKAGE / "app.py"]
    sources.append(PACKAGE / "workspace.py")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore[attr-defined]" in line
        or "getattr(window" in line
        or "setattr(window" in line
    ]
    assert offenders == []


def test_shutting_down_the_parts_stops_their_own_work(qtbot: QtBot, window: MainWindow) -> None:
    refresher, actions = window.live_refresh, window.database_actions
    assert refresher is not None and actions is not None
    assert refresher.timer.isActive()
    window.shutdown_parts()
    assert not refresher.timer.isActive()
    # A background job that finishes after the shutdown tells nobody.
    told: list[object] = []
    actions.run(lambda: 42, told.append)
    qtbot.wait(200)
    assert told == []
