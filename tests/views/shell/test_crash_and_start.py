"""The crash handler (a problem told in words, a bug's report, Escape and Quit) and the
program's start (a file that is no database, the window opened)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import app as app_module
from crm_desktop.errors import NotFound
from crm_desktop.views.shell import crash
from crm_desktop.views.shell.main_window import MainWindow


# -- crash handling and start-up ------------------------------------------------------------------
def test_domain_errors_are_told_in_words(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: told.append(text))
    )
    uninstall = crash.install_crash_handler(None)
    try:
        sys.excepthook(NotFound, NotFound("That contact no longer exists."), None)
    finally:
        uninstall()
    assert told == ["That contact no longer exists."]


def test_bugs_get_the_crash_dialog(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp_path: Path
) -> None:
    shown: list[crash.CrashDialog] = []

    def exec_(dialog: crash.CrashDialog) -> int:
        shown.append(dialog)
        dialog.copy_report()
        return crash.QDialog.DialogCode.Accepted

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_)
    uninstall = crash.install_crash_handler(tmp_path / "crm-desktop.log")
    try:
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    [dialog] = shown
    report = dialog.report.toPlainText()
    assert "ZeroDivisionError: boom" in report and "CRM Desktop" in report
    assert QApplication.clipboard().text() == report


@pytest.fixture
def quiet_start(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run_gui without touching logging, Qt's message handler or the default locale."""
    monkeypatch.setattr(app_module, "setup_logging", lambda _path: None)
    monkeypatch.setattr(app_module, "qInstallMessageHandler", lambda _handler: None)
    locale = QLocale()
    yield
    QLocale.setDefault(locale)


def test_run_gui_refuses_a_file_that_is_not_a_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication, quiet_start: None
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: told.append(text))
    )
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("shopping list: coffee, bánh mì\n" * 100)
    assert app_module.run_gui(str(junk)) == 1
    assert len(told) == 1
    assert "notes.sqlite3" in told[0]


def test_run_gui_opens_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication, quiet_start: None
) -> None:
    shown: list[MainWindow] = []

    def exec_(_app: QApplication) -> int:
        # Earlier tests' windows may still exist (closed, not yet deleted): take the shown one.
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        shown.append(window)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_module.run_gui(str(tmp_path / "new.sqlite3")) == 0
    assert shown and shown[0].current_view() == "leads"
    assert QApplication.applicationName() == "CRM Desktop"
    assert QApplication.organizationName() == "crm-desktop"
    assert not QApplication.windowIcon().isNull()
    shown[0].deleteLater()


def test_escape_on_the_crash_dialog_goes_on_and_quit_asks_about_unsaved_work(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp_path: Path, make_window, answer
) -> None:
    window = make_window()
    window.show_type("contacts")
    form = window.current_form()
    assert form is not None
    form.new_record({"last_name": "Þórsdóttir"})
    choices = ["escape", "quit"]
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    def exec_(dialog: crash.CrashDialog) -> int:
        if choices.pop(0) == "quit":
            dialog._quit()
            return int(crash.QDialog.DialogCode.Accepted)
        dialog.reject()  # Escape, or the window's close button
        return int(crash.QDialog.DialogCode.Rejected)

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_)
    uninstall = crash.install_crash_handler(tmp_path / "crm-desktop.log")
    try:
        for attempt in range(2):
            try:
                raise ZeroDivisionError("boom")
            except ZeroDivisionError:
                sys.excepthook(*sys.exc_info())
            if attempt == 0:
                assert exits == [] and window.isVisible()  # Escape: the program goes on
                answer.append(QMessageBox.StandardButton.Cancel)  # then Quit: keep my work
    finally:
        uninstall()
    assert exits == []  # Cancel on "Save your changes?" kept the window, and the program
    assert window.isVisible() and form.editors["last_name"].value() == "Þórsdóttir"
    form.new_record()
