"""Everything reachable by keyboard alone: the main screens walked with key presses only
(navigation, a list's filter bar and rows, a record's fields, save, its related tabs, the
calendar and its views, and back to a list)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.views.calendar.view import CalendarScreen
from crm_desktop.views.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_locale")


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    qtbot.keyClick(_focus(), key, modifier or Qt.KeyboardModifier.NoModifier)


def _tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], what: str) -> QWidget:
    """Press Tab until the widget with the keyboard is the one wanted."""
    seen = []
    for _ in range(120):
        widget = _focus()
        if wanted(widget):
            return widget
        seen.append(f"{type(widget).__name__} {widget.objectName()}")
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {what}: {seen}")


def _in(target: QWidget) -> Callable[[QWidget], bool]:
    return lambda widget: widget is target or target.isAncestorOf(widget)


def _down_to(qtbot: QtBot, window: MainWindow, entry: str) -> None:
    """Arrow down the navigation to ``entry`` (its text)."""
    for _ in range(30):
        item = window.navigation.currentItem()
        if item is not None and item.text(0) == entry:
            return
        _press(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"the navigation never reaches {entry}")


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings, tmp_path: Path) -> MainWindow:
    """The whole window on a database with two contacts, shown."""
    services.records.create("contacts", {"first_name": "Anna", "last_name": "Berg"})
    services.records.create("contacts", {"first_name": "Văn Đức", "last_name": "Nguyễn"})
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def test_the_main_screens_by_keyboard_alone(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    records = services.records
    duc = records.find("contacts", "CON-00002")
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigation)

    # the navigation, then the list's filter bar and its rows
    _down_to(qtbot, window, "Contacts")
    panel = window.current_panel()
    assert panel is not None and panel.record_type.key == "contacts"
    _tab_to(qtbot, _in(panel.quick_edit), "the quick filter")
    qtbot.keyClicks(_focus(), "nguyen")
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 1)
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is panel.filter_combo
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is panel.filter_button
    _tab_to(qtbot, _in(panel.table), "the rows")
    _press(qtbot, Qt.Key.Key_Down)
    form = window.current_form()
    assert form is not None
    qtbot.waitUntil(lambda: form.record_id() == duc.id)
    assert form.title.text() == "Nguyễn Văn Đức"

    # a field of the record, typed into and saved
    _tab_to(qtbot, _in(form.editors["title"]), "the contact's title")
    qtbot.keyClicks(_focus(), "CEO")  # (QTest types only Latin-1 keys)
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: records.get("contacts", duc.id).values["title"] == "CEO")

    # the record's related tabs
    tabs = _tab_to(qtbot, lambda w: isinstance(w, QTabBar) and form.isAncestorOf(w), "tabs")
    assert isinstance(tabs, QTabBar)
    first = tabs.currentIndex()
    _press(qtbot, Qt.Key.Key_Right)
    assert tabs.currentIndex() == first + 1

    # the calendar: its month, a day, another view
    _tab_to(qtbot, _in(window.navigation), "the navigation")
    _down_to(qtbot, window, "Calendar")
    screen = window.screen_widget("calendar")
    assert isinstance(screen, CalendarScreen)
    qtbot.waitUntil(screen.isVisible)
    month = screen.month.calendar
    _tab_to(qtbot, _in(month), "the month")
    day = month.selectedDate()
    _press(qtbot, Qt.Key.Key_Right)
    assert month.selectedDate() == QDate(day).addDays(1)
    week = screen.toolbar.widgetForAction(screen.mode_actions["week"])
    assert isinstance(week, QToolButton)
    _tab_to(qtbot, _in(week), "the week view's button")
    _press(qtbot, Qt.Key.Key_Space)
    assert screen.mode == "week"

    # and back to a list
    _tab_to(qtbot, _in(window.navigation), "the navigation")
    for _ in range(30):
        item = window.navigation.currentItem()
        if item is not None and item.text(0) == "Contacts":
            break
        _press(qtbot, Qt.Key.Key_Up)
    panel = window.current_panel()
    assert panel is not None and panel.record_type.key == "contacts"
    _tab_to(qtbot, _in(panel.table), "the rows again")
