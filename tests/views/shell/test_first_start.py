"""A new database: the greeting and its three offers, the calendar import, and Help's
guide and keyboard shortcuts."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.demo.generator import planned_counts
from crm_desktop.services import Services
from crm_desktop.views.admin.settings_dialog import SettingsDialog
from crm_desktop.views.calendar.ics_import import CalendarImportAction
from crm_desktop.views.imports.wizard import ImportWizard
from crm_desktop.views.shell.help import GuideDialog, ShortcutsDialog
from crm_desktop.views.shell.main_window import MainWindow
from crm_desktop.views.shell.welcome import Welcome
from tests.views.other_user import OtherUsersLock, gui_thread_runs

pytestmark = pytest.mark.usefixtures("english_locale")

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ics"


def _welcome(window: MainWindow) -> Welcome | None:
    found = window.findChild(Welcome)
    return found if found is not None and found.isVisible() else None


def test_an_empty_database_is_greeted_and_the_greeting_goes_with_the_first_record(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    welcome = _welcome(window)
    assert welcome is not None
    texts = [b.text() for b in (welcome.company_button, welcome.import_button, welcome.demo_button)]
    assert texts == [
        "Enter your company details…",
        "Import activities (.ics)…",
        "Try with demo data",
    ]
    welcome.company_button.click()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.company
    dialog.reject()
    services.records.create("organizations", {"name": "Công ty TNHH Minh Phát"})
    qtbot.waitUntil(lambda: _welcome(window) is None)


def test_a_database_with_records_has_no_greeting(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.records.create("contacts", {"last_name": "Jónsdóttir"})
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(Welcome) is None
    # Help lives as long as the window, not as long as a greeting that is not there.
    gc.collect()
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    actions["guide_action"].trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    actions["shortcuts_action"].trigger()
    keys = window.findChild(ShortcutsDialog)
    assert keys is not None and keys.isVisible()


def test_demo_data_is_made_in_the_background_with_progress(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    welcome = _welcome(window)
    assert welcome is not None
    steps: list[int] = []
    formats: list[str] = []
    welcome.demo_progress.step.connect(lambda done, _total: steps.append(done))
    welcome.demo_progress.step.connect(lambda *_: formats.append(welcome.progress.format()))
    welcome.start_demo()
    assert welcome.progress.isVisible() and not welcome.demo_button.isEnabled()
    # The window answers meanwhile: the GUI thread is free.
    window.show_type("contacts")
    assert window.current_view() == "contacts"
    qtbot.waitUntil(lambda: _welcome(window) is None, timeout=60_000)
    assert steps and steps[-1] == 500
    assert formats[-1] == "Making demo quotes and orders…"  # not a full bar with nothing said
    assert services.stats.counts()["contacts"] == 500
    qtbot.waitUntil(lambda: window.panel("contacts").count() == 500)
    added = QLocale().toString(sum(planned_counts(500).values()))
    assert window.statusBar().currentMessage() == f"Demo data added: {added} records."


def test_importing_contacts_from_the_greeting_opens_the_import_wizard(
    qtbot: QtBot, window: MainWindow
) -> None:
    welcome = _welcome(window)
    assert welcome is not None
    assert welcome.contacts_button.isVisible()
    assert welcome.contacts_button.text() == "Import contacts (CSV, vCard)…"
    qtbot.mouseClick(welcome.contacts_button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.currentPage() is wizard.file_page
    wizard.reject()


def test_importing_a_calendar_file_from_the_greeting(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = _welcome(window)
    assert welcome is not None
    chosen = str(FIXTURES / "google_calendar.ics")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (chosen, "Calendar files"))
    )
    welcome.import_button.click()
    importer = window.findChild(CalendarImportAction)
    assert importer is not None
    qtbot.waitUntil(lambda: importer.message_box is not None)  # imported on a worker thread
    assert importer.message_box.text().startswith("Activities added from “google_calendar.ics”: ")
    assert services.stats.counts()["activities"] > 0
    assert window.current_view() == "activities"
    qtbot.waitUntil(lambda: _welcome(window) is None)
    importer.message_box.close()
    importer.message_box = None
    # A file that is not a calendar: one sentence, nothing added.
    before = services.stats.counts()["activities"]
    importer.import_file(FIXTURES / "not_a_calendar.ics")
    qtbot.waitUntil(lambda: importer.message_box is not None)
    assert importer.message_box.icon() == QMessageBox.Icon.Warning
    assert "\n" not in importer.message_box.text()
    assert services.stats.counts()["activities"] == before
    file_menu = [a.objectName() for a in window.file_menu.actions()]
    assert "import_calendar_action" in file_menu


@pytest.mark.sqlite_only
def test_a_calendar_import_runs_off_the_gui_thread_and_cancel_imports_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, other_users_lock: OtherUsersLock
) -> None:
    importer = window.findChild(CalendarImportAction)
    assert importer is not None
    other_users_lock.hold()  # the import's transaction waits for this user's save
    job = importer.import_file(FIXTURES / "google_calendar.ics")
    progress = importer.progress
    assert progress is not None and progress.labelText() == "Importing “google_calendar.ics”…"
    gui_thread_runs(qtbot)
    assert importer.jobs.busy() and not importer.action.isEnabled()
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: not importer.jobs.busy())
    assert job.cancelled() and importer.action.isEnabled() and importer.progress is None
    assert window.statusBar().currentMessage() == "The import was cancelled; nothing was imported."
    assert importer.message_box is None
    other_users_lock.release()
    assert services.stats.counts()["activities"] == 0


def test_help_lists_the_real_shortcuts_and_has_a_guide(window: MainWindow) -> None:
    help_actions = [a for a in window.findChildren(QAction) if a.objectName() == "shortcuts_action"]
    assert len(help_actions) == 1
    help_actions[0].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    native = QKeySequence.SequenceFormat.NativeText
    # Read from the actions: whatever key an action has, the list says it.
    assert rows["Save"] == window.save_action.shortcut().toString(native)
    assert rows["Search everything"] == "Ctrl+K"
    window.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    help_actions[0].trigger()
    again = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    assert len(again) == 1 and dict(again[0].rows())["Save"] == "Ctrl+Shift+S"
    assert "Add a line below the current one" in dict(again[0].rows())
    guide = next(a for a in window.findChildren(QAction) if a.objectName() == "guide_action")
    guide.trigger()
    shown = window.findChild(GuideDialog)
    assert shown is not None and shown.isVisible()
    assert "salesperson's day" in shown.text.toPlainText()
