"""Fixtures of the calendar tests: the screen on New York's clock, a weekly meeting."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.views.calendar.view import CalendarScreen
from tests.views.calendar.new_york import NOW, ny_time


@pytest.fixture
def weekly(activities: ActivityService) -> int:
    """A weekly meeting at 09:00 New York time, across the change to daylight time (8 March)."""
    return activities.create(
        {
            "kind": "Meeting",
            "subject": "Reunião semanal com João Conceição",
            "start_at": ny_time("2026-03-02", 9),
            "end_at": ny_time("2026-03-02", 10),
            "time_zone": "America/New_York",
            "recurrence": "FREQ=WEEKLY;COUNT=6",
        }
    ).id


@pytest.fixture
def screen(qtbot: QtBot, services: Services) -> CalendarScreen:
    made = CalendarScreen(services, zone_name="America/New_York", clock=lambda: NOW)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    return made
