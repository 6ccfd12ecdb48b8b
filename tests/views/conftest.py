"""Fixtures of the view tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.views.shell.main_window import MainWindow
from crm_desktop.workspace import Workspace
from tests.views.other_user import OtherUsersLock


def _formatting(name: str) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(name))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def english_locale() -> Iterator[None]:
    """US English formatting (a 12-hour clock, "1,234.50"), whatever the machine's locale;
    a module asks for it with ``pytestmark = pytest.mark.usefixtures("english_locale")``."""
    yield from _formatting("en_US")


@pytest.fixture
def vietnamese_locale() -> Iterator[None]:
    """Vietnamese formatting ("1.234.567.890"), whatever the machine's locale."""
    yield from _formatting("vi_VN")


@pytest.fixture
def british_locale() -> Iterator[None]:
    """British English formatting (a 24-hour clock, "09:00"), whatever the machine's locale."""
    yield from _formatting("en_GB")


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path) -> MainWindow:
    """The whole window on ``services`` (a module may define its own), shown, with its
    layout kept in the temporary ``settings`` and backups below ``tmp_path``; once painted,
    with the work of its start done (reminders, today's backup)."""
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_up is not None and window.start_up.done)
    return window


@pytest.fixture
def workspace(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> Iterator[Workspace]:
    """The program's workspace (File > New/Open), its window closed at the end."""
    workspace = Workspace(tmp_path / "backups", settings)
    yield workspace
    if workspace.window is not None:
        workspace.window.close()
    workspace.close()


@pytest.fixture
def other_users_lock(db_path: Path) -> Iterator[OtherUsersLock]:
    """A second connection to the SQLite file whose write lock the test holds and lets go."""
    lock = OtherUsersLock(db_path)
    yield lock
    lock.close()
