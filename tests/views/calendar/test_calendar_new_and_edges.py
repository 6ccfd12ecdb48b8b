"""File > New on the calendar starts where the user is looking; the calendar and the
activity form at the first and last dates there are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.models.activities import Activity
from crm_desktop.services import Services
from crm_desktop.services.activities.time_limits import OUT_OF_RANGE
from crm_desktop.views.activities.form import ActivityForm
from crm_desktop.views.calendar.view import CalendarScreen, install_calendar
from crm_desktop.views.shell.main_window import MainWindow
from tests.views.calendar.new_york import NOW, ny_time


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(services, settings)
    qtbot.addWidget(made)
    install_calendar(made, zone_name="America/New_York", clock=lambda: NOW)
    made.resize(1280, 800)
    made.show()
    made.navigation.select("calendar")
    return made


def _new_start(window: MainWindow) -> dt.datetime:
    window.new_action.trigger()
    form = window.current_form()
    assert form is not None and form.record_id() is None
    return form.editors["start_at"].value()


def test_new_starts_on_the_chosen_day_and_the_clicked_hour(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = window.screen_widget("calendar")
    assert isinstance(screen, CalendarScreen)
    # Month view: the day chosen, at nine.
    screen.show_date(dt.date(2026, 3, 19), "month")
    assert _new_start(window) == ny_time("2026-03-19", 9)
    # Today, after nine: the next full hour.
    screen.show_date(NOW.date(), "month")
    assert _new_start(window) == ny_time("2026-03-03", 11)
    # Week view: the empty slot clicked last, at its half hour.
    screen.show_date(dt.date(2026, 3, 10), "week")
    grid = screen.week
    slot = grid.slot_point(dt.date(2026, 3, 12), 15, 40)
    qtbot.mouseClick(grid.canvas, Qt.MouseButton.LeftButton, pos=slot)
    assert _new_start(window) == ny_time("2026-03-12", 15, 30)
    form = window.current_form()
    assert form is not None
    assert form.editors["end_at"].value() == ny_time("2026-03-12", 16, 30)
    # The day view, no slot clicked there: its day at nine.
    screen.show_date(dt.date(2026, 3, 20), "day")
    assert _new_start(window) == ny_time("2026-03-20", 9)
    # Where it starts is not a change: nothing to save, nothing asked when leaving it.
    assert not form.is_dirty()


def _written_elsewhere(services: Services, start: dt.datetime) -> int:
    record = services.activities.create(
        {"kind": "Meeting", "subject": "Far away", "start_at": NOW, "time_zone": "America/New_York"}
    )
    table = Activity.__table__
    with services.db.write() as session:
        session.execute(
            table.update().where(table.c.id == record.id).values(start_at=start, end_at=start)
        )
    return record.id


@pytest.mark.parametrize(
    ("day", "step", "stops_at"),
    [
        (dt.date(9999, 12, 31), 1, dt.date(9998, 12, 31)),
        (dt.date(1, 1, 1), -1, dt.date(1601, 1, 1)),
    ],
)
@pytest.mark.parametrize("mode", ["month", "week", "day"])
def test_the_calendar_goes_no_further_than_the_years_it_keeps(
    window: MainWindow, mode: str, day: dt.date, step: int, stops_at: dt.date
) -> None:
    screen = window.screen_widget("calendar")
    assert isinstance(screen, CalendarScreen)
    screen.show_date(day, mode)
    screen.step(step)
    screen.step(step)
    assert screen.current == stops_at
    first, last = screen.visible_range()
    assert first <= stops_at <= last
    assert screen.title.text()


@pytest.mark.parametrize(
    "start",
    [dt.datetime(1, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 12, 31, 23, 30, tzinfo=dt.UTC)],
)
def test_the_form_opens_an_activity_at_the_ends_of_time_and_says_what_to_fix(
    qtbot: QtBot, services: Services, start: dt.datetime
) -> None:
    activity_id = _written_elsewhere(services, start)
    form = ActivityForm(services, "activities")
    qtbot.addWidget(form)
    form.set_zone("America/New_York")
    form.load(activity_id)
    assert form.record_id() == activity_id
    form.editors["subject"].set_value("Far away, renamed")
    assert not form.save()
    assert form.rows["start_at"].error.text() == OUT_OF_RANGE


@pytest.mark.parametrize("mode", ["week", "day", "month", "today"])
def test_an_activity_from_the_year_1_into_this_week_is_painted(
    services: Services, window: MainWindow, mode: str
) -> None:
    start = dt.datetime(1, 1, 1, tzinfo=dt.UTC)
    end = NOW + dt.timedelta(days=1)
    activity_id = _written_elsewhere(services, start)
    table = Activity.__table__
    with services.db.write() as session:
        session.execute(
            table.update().where(table.c.id == activity_id).values(end_at=end, long_end_at=end)
        )
    screen = window.screen_widget("calendar")
    assert isinstance(screen, CalendarScreen)
    screen.show_date(NOW.date(), mode)
    assert not screen.grab().isNull()
    if mode == "today":
        assert activity_id in screen.work.activity_ids("today")
    else:
        assert activity_id in {o.activity_id for o in screen.days[NOW.date()]}
