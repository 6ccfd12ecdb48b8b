"""The program follows the system's light or dark palette, and switches when it does:
colours of its own (errors, the required star, the converted badge, the calendar) are made
from the palette on show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.palette import (
    SchemeFollower,
    dark_palette,
    error_color,
    is_dark,
    show_as_error,
)
from crm_desktop.views.records.field_row import FieldRow
from crm_desktop.views.sales.convert_lead_dialog import LeadConversionBar
from crm_desktop.views.shell.main_window import MainWindow


@pytest.fixture
def light(qapp: QApplication) -> Iterator[QPalette]:
    """The palette the tests start in, given back whatever a test set."""
    palette = QPalette(QApplication.palette())
    yield palette
    qapp.setPalette(palette)


def test_own_colours_are_made_from_the_palette_and_follow_its_switch(
    qapp: QApplication, qtbot: QtBot, services: Services, light: QPalette
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    row = FieldRow(services, services.registry.get("contacts").field("last_name"), parent)
    message = QLabel("Der Name fehlt.", parent)
    show_as_error(message)
    bar = LeadConversionBar(services, lambda: None, parent)
    parent.show()
    light_red = error_color(light).name()
    assert light_red in row.label.text() and light_red in row.error.styleSheet()
    assert light_red in message.styleSheet()
    badge = bar.badge.styleSheet()

    qapp.setPalette(dark_palette())
    dark_red = error_color(dark_palette()).name()
    assert is_dark() and dark_red != light_red
    assert dark_red in row.label.text()  # the required star
    assert dark_red in row.error.styleSheet() and dark_red in message.styleSheet()
    assert bar.badge.styleSheet() != badge

    message.setStyleSheet("")  # a message that is no longer an error stays so
    qapp.setPalette(light)
    assert light_red in row.label.text() and light_red in row.error.styleSheet()
    assert message.styleSheet() == "" and bar.badge.styleSheet() == badge


def test_the_system_going_dark_and_light_switches_the_palette(
    qapp: QApplication, qtbot: QtBot, light: QPalette
) -> None:
    follower = SchemeFollower(qapp)
    try:
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: is_dark(QApplication.palette()))
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.waitUntil(lambda: not is_dark(QApplication.palette()))
        assert QApplication.palette().color(QPalette.ColorRole.Window) == light.color(
            QPalette.ColorRole.Window
        )
        # a style that switched by itself is left alone
        qapp.setPalette(dark_palette())
        follower.follow(Qt.ColorScheme.Dark)
        assert not follower.replaced
    finally:
        follower.deleteLater()


def test_the_window_and_the_calendar_paint_in_the_dark_palette(
    qapp: QApplication, qtbot: QtBot, window: MainWindow, light: QPalette
) -> None:
    qapp.setPalette(dark_palette())
    qapp.processEvents()  # windows take a new application palette from the event loop
    window.resize(1280, 800)
    window.navigation.select("calendar")
    screen = window.screen_widget("calendar")
    qtbot.waitUntil(screen.isVisible)
    base = dark_palette().color(QPalette.ColorRole.Base)
    shot = screen.grab().toImage()
    # the middle of the month's grid: a day's empty area, dark, not the light Base
    middle = shot.pixelColor(QPoint(shot.width() // 4, shot.height() * 3 // 4))
    assert middle.lightness() < 80 and abs(middle.lightness() - base.lightness()) < 40
    qapp.setPalette(light)
    qapp.processEvents()
    shot = screen.grab().toImage()
    middle = shot.pixelColor(QPoint(shot.width() // 4, shot.height() * 3 // 4))
    assert middle.lightness() > 180
