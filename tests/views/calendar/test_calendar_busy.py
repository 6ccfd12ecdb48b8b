"""A busy calendar: an hour's first items and "+n more", which opens the whole day at that
hour; the month's day list read a page at a time; "my work today"'s first items and the
line that shows them all."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services.activities.service import ActivityService
from crm_desktop.views.calendar.day_list import PAGE
from crm_desktop.views.calendar.pages import SHOW_ALL_ROLE
from crm_desktop.views.calendar.view import SUMMARY, CalendarScreen
from tests.views.calendar.new_york import date_of, ny_time

pytestmark = pytest.mark.usefixtures("british_locale")


def _calls(activities: ActivityService, day: str, hour: int, count: int) -> list[int]:
    made = []
    for n in range(count):
        start = ny_time(day, hour) + dt.timedelta(seconds=20 * n)
        made.append(
            activities.create({"kind": "Call", "subject": f"Chamada {n}", "start_at": start}).id
        )
    return made


def test_a_busy_hours_more_opens_the_whole_day_at_that_hour(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService
) -> None:
    early = _calls(activities, "2026-03-04", 8, 1)
    busy = _calls(activities, "2026-03-04", 9, SUMMARY["day"]["cap"] + 3)
    screen.show_date(date_of("2026-03-04"), "day")
    shown = {p.occurrence.activity_id for p in screen.day.placed()}
    assert shown == {*early, *busy[: SUMMARY["day"]["cap"]]}
    [chip] = screen.day._more
    assert (chip.count, chip.text) == (3, "+3 more")
    qtbot.mouseClick(screen.day.canvas, Qt.MouseButton.LeftButton, pos=chip.rect.center().toPoint())
    dialog = screen.day_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.day_list.list
    listed = [rows.item(i).data(Qt.ItemDataRole.UserRole).activity_id for i in range(rows.count())]
    assert listed == [*early, *busy]
    assert rows.currentRow() == 1  # the first at nine
    with qtbot.waitSignal(screen.record_selected) as chosen:
        rows.itemClicked.emit(rows.item(rows.count() - 1))
    assert chosen.args == ["activities", busy[-1]]
    # Saved elsewhere: the open day reads again.
    later = _calls(activities, "2026-03-04", 15, 1)
    screen.changed({"activities"})
    assert rows.count() == len(early) + len(busy) + 1
    assert rows.item(rows.count() - 1).data(Qt.ItemDataRole.UserRole).activity_id == later[0]
    dialog.close()


def test_the_months_day_list_reads_a_page_at_a_time(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService
) -> None:
    made = _calls(activities, "2026-03-05", 9, PAGE + 3)
    screen.show_date(date_of("2026-03-05"), "month")
    assert screen.month.calendar.busy[date_of("2026-03-05")].total == PAGE + 3
    day_list = screen.month.day_list
    assert day_list.count() == PAGE
    assert screen.month.day.count.text() == f"Activities: {PAGE + 3}"
    bar = day_list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert day_list.count() == PAGE
    bar.setValue(bar.maximum())
    assert day_list.count() == PAGE + 3
    listed = [day_list.item(i).data(Qt.ItemDataRole.UserRole).activity_id for i in range(PAGE + 3)]
    assert listed == made


def test_my_work_today_lists_todays_first_ones_and_shows_all_in_the_calendar(
    screen: CalendarScreen, activities: ActivityService
) -> None:
    _calls(activities, "2026-03-03", 11, 52)
    screen.set_mode("today")
    work = screen.work
    assert work.groups["today"].text(0) == "Today (52)"
    rest = work.show_all_rows["today"]
    assert rest.text(0) == "and 2 more: show them in the calendar"
    assert rest.data(0, SHOW_ALL_ROLE) == "today"
    work.itemActivated.emit(rest, 0)
    assert screen.mode == "day" and screen.current == date_of("2026-03-03")
    assert screen.mine.isChecked()
    assert sum(screen.summaries[date_of("2026-03-03")].more.values()) == 52 - SUMMARY["day"]["cap"]
