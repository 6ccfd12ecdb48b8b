"""Reminders in the window, with an injected clock: they fire, snooze, dismiss, and the
ones missed while the program was closed are shown when it starts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton
from pytestqt.logging import QtLoggingPlugin
from pytestqt.qtbot import QtBot

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.views.activities.reminders import (
    ReminderNotifier,
    install_reminders,
)
from crm_desktop.views.activities.reminders_dialog import relative_text
from crm_desktop.views.shell.main_window import MainWindow

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def _at(day: str, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), HANOI)


class Clock:
    """The time the reminders see; tests move it."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(_at("2026-06-10", 8))


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    # The window alone: app.build_main_window installs reminders on the real clock.
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _meeting(services: Services, subject: str, start: dt.datetime, minutes: int = 15) -> int:
    return (
        ActivityService(services.records)
        .create(
            {
                "kind": "Meeting",
                "subject": subject,
                "start_at": start,
                "end_at": start + dt.timedelta(hours=1),
                "time_zone": "Asia/Ho_Chi_Minh",
                "reminder_minutes": minutes,
            }
        )
        .id
    )


def _notifier(window: MainWindow, clock: Clock) -> ReminderNotifier:
    return install_reminders(window, clock, zone_name="Asia/Ho_Chi_Minh")


def test_a_reminder_fires_at_its_time(
    qtbot: QtBot, services: Services, tmp_path: Path, clock: Clock
) -> None:
    meeting = _meeting(services, "Họp với anh Nguyễn Văn Đức", _at("2026-06-10", 9))
    window = _window(qtbot, services, tmp_path)
    notifier = _notifier(window, clock)
    assert notifier.timer.interval() == 30_000 and notifier.timer.isActive()
    assert notifier.due == [] and not notifier.dialog.isVisible()
    clock.now = _at("2026-06-10", 8, 44)
    assert notifier.check() == []
    clock.now = _at("2026-06-10", 8, 45)
    [due] = notifier.check()
    assert due.activity_id == meeting
    assert notifier.dialog.isVisible() and not notifier.dialog.isModal()
    assert notifier.dialog.tree.topLevelItem(0).text(3) == "Họp với anh Nguyễn Văn Đức"
    assert notifier.dialog.tree.topLevelItem(0).text(0) == "in 15 min"
    title, text = notifier.notifications[-1]
    assert title == "Reminder" and "Họp với anh Nguyễn Văn Đức" in text
    # The next look announces nothing new.
    clock.now = _at("2026-06-10", 8, 46)
    notifier.check()
    assert len(notifier.notifications) == 1
    button = window.findChild(QToolButton, "reminders_button")
    assert button is not None and button.text() == "1"
    notifier.dialog.hide()
    window.close()


def _asked_to_raise(qtlog: QtLoggingPlugin) -> int:
    # The offscreen platform cannot stack windows: it says so each time it is asked.
    return sum("support raise()" in record.message for record in qtlog.records)


def test_the_list_comes_to_the_front_above_the_window(
    qtbot: QtBot, qtlog: QtLoggingPlugin, services: Services, tmp_path: Path, clock: Clock
) -> None:
    _meeting(services, "Gặp chị Lan", _at("2026-06-10", 9))
    window = _window(qtbot, services, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    notifier = _notifier(window, clock)
    dialog = notifier.dialog
    assert not dialog.isVisible()
    raised = _asked_to_raise(qtlog)
    clock.now = _at("2026-06-10", 8, 45)
    notifier.check()
    # A window of the main window's (the window manager keeps it above it), shown, raised
    # and given the keyboard: nothing was being typed.
    assert dialog.isVisible() and dialog.isWindow() and dialog.parentWidget() is window
    assert dialog.windowHandle().transientParent() is window.windowHandle()
    assert _asked_to_raise(qtlog) > raised
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # Behind the window again (clicked there): the status bar button brings it back.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    raised = _asked_to_raise(qtlog)
    button = window.findChild(QToolButton, "reminders_button")
    assert button is not None
    button.click()
    assert _asked_to_raise(qtlog) > raised
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.hide()
    window.close()


def test_a_reminder_due_while_typing_leaves_the_keys_in_the_form(
    qtbot: QtBot, qtlog: QtLoggingPlugin, services: Services, tmp_path: Path, clock: Clock
) -> None:
    _meeting(services, "Fundur með Þórði", _at("2026-06-10", 9))
    window = _window(qtbot, services, tmp_path)
    notifier = _notifier(window, clock)
    form = window.current_form()
    assert form is not None
    line = form.editors["first_name"].findChild(QLineEdit)
    assert line is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    line.setFocus()
    qtbot.keyClicks(line, "Thor")
    assert form.is_dirty() and QApplication.focusWidget() is line
    raised = _asked_to_raise(qtlog)
    clock.now = _at("2026-06-10", 8, 45)
    notifier.check()
    # In front, but the rest of the word still goes where it was being typed.
    assert notifier.dialog.isVisible() and _asked_to_raise(qtlog) > raised
    qtbot.keyClicks(QApplication.focusWidget(), "dur")
    assert line.text() == "Thordur"
    assert QApplication.activeWindow() is window
    line.clear()  # nothing unsaved is left for the window's close to ask about
    assert not form.is_dirty()
    notifier.dialog.hide()
    window.close()


def test_reminders_due_at_start_come_up_once_the_window_is_on_screen(
    qtbot: QtBot, services: Services, tmp_path: Path, clock: Clock
) -> None:
    _meeting(services, "Reunião às oito e meia", _at("2026-06-10", 8, 10))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    notifier = _notifier(window, clock)  # as the program starts: before the window shows
    assert len(notifier.due) == 1
    # Shown now, it would open behind the window that is shown after it.
    assert not notifier.dialog.isVisible()
    window.show()
    qtbot.waitUntil(notifier.dialog.isVisible)
    assert notifier.dialog.windowHandle().transientParent() is window.windowHandle()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is notifier.dialog)
    notifier.dialog.hide()
    window.close()


def test_snooze_dismiss_and_open(
    qtbot: QtBot, services: Services, tmp_path: Path, clock: Clock
) -> None:
    first = _meeting(services, "Reunião com João Conceição", _at("2026-06-10", 8, 10))
    second = _meeting(services, "Fundur með Þórði", _at("2026-06-10", 8, 14))
    window = _window(qtbot, services, tmp_path)
    notifier = _notifier(window, clock)
    dialog = notifier.dialog
    assert [r.activity_id for r in notifier.due] == [first, second]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.snooze_choice.setCurrentIndex(dialog.snooze_choice.findData(10))
    dialog.snooze_button.click()
    assert [r.activity_id for r in notifier.due] == [second]
    dialog.show()
    dialog.dismiss_button.click()
    assert notifier.due == [] and dialog.dismiss_all_button.isEnabled() is False
    assert not dialog.isVisible()  # the last one dismissed: nothing left to show
    clock.now = _at("2026-06-10", 8, 10)
    [back] = notifier.check()
    assert back.activity_id == first and back.snoozed
    assert len(notifier.notifications) == 2  # announced again after the snooze
    with qtbot.waitSignal(notifier.open_requested) as opened:
        dialog.open_button.click()
    assert opened.args == [first]
    assert window.current_view() == "activities"
    form = window.form("activities")
    assert form is not None and form.record_id() == first
    dialog.show()
    dialog.dismiss_all_button.click()
    assert notifier.due == [] and not dialog.isVisible()
    window.close()


def test_states_survive_a_restart_and_missed_ones_show_at_start(
    qtbot: QtBot, db_path: Path, tmp_path: Path, clock: Clock
) -> None:
    db = Database.open(db_path)
    services = Services.build(db)
    seen = _meeting(services, "Seen on Friday", _at("2026-06-05", 16))
    dismissed = _meeting(services, "Dismissed on Friday", _at("2026-06-05", 16, 30))
    clock.now = _at("2026-06-05", 16, 20)
    window = _window(qtbot, services, tmp_path)
    notifier = _notifier(window, clock)
    assert {r.activity_id for r in notifier.due} == {seen, dismissed}
    [gone] = [r for r in notifier.due if r.activity_id == dismissed]
    notifier.dismiss(gone)
    clock.now = _at("2026-06-05", 17)
    notifier.stop()  # the program closes for the weekend
    notifier.dialog.hide()
    window.close()
    db.close()

    db = Database.open(db_path)
    try:
        services = Services.build(db)
        monday = _meeting(services, "Monday at eight", _at("2026-06-08", 8))
        saturday = _meeting(services, "Saturday", _at("2026-06-06", 10))
        clock.now = _at("2026-06-08", 8, 30)
        window = _window(qtbot, services, tmp_path)
        notifier = _notifier(window, clock)
        # What came due while closed, and the Friday one never dismissed; not the dismissed.
        assert [r.activity_id for r in notifier.due] == [seen, saturday, monday]
        assert notifier.dialog.isVisible()
        assert notifier.dialog.intro.text() == (
            "2 reminders came due while CRM Desktop was closed."
        )
        notifier.dialog.hide()
        window.close()
    finally:
        db.close()


def test_relative_times() -> None:
    now = _at("2026-06-10", 9)
    assert relative_text(now, now) == "now"
    assert relative_text(now + dt.timedelta(minutes=10), now) == "in 10 min"
    assert relative_text(now - dt.timedelta(minutes=25), now) == "25 min ago"
    assert relative_text(now + dt.timedelta(hours=3), now) == "in 3 h"
    assert relative_text(now - dt.timedelta(days=2), now) == "2 days ago"
    # One phrase for the same span, never "48 h" an hour from "2 days".
    assert relative_text(now - dt.timedelta(hours=47, minutes=40), now) == "2 days ago"
    assert relative_text(now - dt.timedelta(hours=47, minutes=20), now) == "47 h ago"


def test_a_reminder_shown_before_a_restart_is_listed_without_coming_up_again(
    qtbot: QtBot, db_path: Path, tmp_path: Path, clock: Clock
) -> None:
    db = Database.open(db_path)
    services = Services.build(db)
    call = _meeting(services, "Gọi cho chị Mai", _at("2026-06-10", 9))
    clock.now = _at("2026-06-10", 8, 50)
    window = _window(qtbot, services, tmp_path)
    notifier = _notifier(window, clock)
    assert notifier.dialog.isVisible() and len(notifier.notifications) == 1
    notifier.dialog.hide()  # closed, not dismissed
    clock.now = _at("2026-06-10", 8, 55)
    notifier.stop()
    window.close()
    db.close()

    db = Database.open(db_path)
    try:
        services = Services.build(db)
        clock.now = _at("2026-06-10", 9, 30)
        window = _window(qtbot, services, tmp_path)
        notifier = _notifier(window, clock)
        # Still pending, counted and listed; not announced again, the list not brought up.
        assert [r.activity_id for r in notifier.due] == [call]
        assert notifier.notifications == [] and not notifier.dialog.isVisible()
        button = window.findChild(QToolButton, "reminders_button")
        assert button is not None and button.text() == "1"
        assert notifier.dialog.tree.topLevelItemCount() == 1
        # One that comes due later still comes up, and the list holds both.
        later = _meeting(services, "Họp lúc mười giờ", _at("2026-06-10", 10))
        clock.now = _at("2026-06-10", 9, 45)
        assert [r.activity_id for r in notifier.check()] == [call, later]
        assert notifier.dialog.isVisible() and len(notifier.notifications) == 1
        notifier.dialog.hide()
        window.close()
    finally:
        db.close()
