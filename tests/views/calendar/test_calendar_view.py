"""The calendar screen: month markers, week and day agendas, my work today, the mouse,
the keyboard, and the screen in the window beside the activity form (moving by drag:
test_calendar_moving.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPointF, QSettings, Qt
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.views.calendar.grid import HOUR_HEIGHT
from crm_desktop.views.calendar.view import CalendarScreen
from tests.views.calendar.new_york import NEW_YORK, NOW, date_of, ny_time

UTC = dt.UTC

pytestmark = pytest.mark.usefixtures("british_locale")


def test_a_weekly_series_stays_at_nine_in_the_week_view_across_dst(
    screen: CalendarScreen, weekly: int
) -> None:
    screen.show_date(date_of("2026-03-03"), "week")
    before = screen.week.item_rect(weekly)[1]
    assert screen.week.days[0] <= date_of("2026-03-02") <= screen.week.days[-1]
    screen.step(1)  # the week after the change of clocks
    after = screen.week.item_rect(weekly)[1]
    assert before.top() == after.top() == 9 * HOUR_HEIGHT + 1
    assert before.height() == after.height() == HOUR_HEIGHT - 2
    [placed] = [p for p in screen.week.placed() if p.occurrence.activity_id == weekly]
    assert placed.day == date_of("2026-03-09")
    assert placed.occurrence.start.astimezone(UTC).hour == 13  # 14:00 UTC the week before


def test_month_markers_for_busy_days_of_the_visible_month_only(
    screen: CalendarScreen, activities: ActivityService, weekly: int
) -> None:
    activities.create({"kind": "Task", "subject": "Báo giá", "due_date": date_of("2026-03-20")})
    activities.create({"kind": "Call", "subject": "April", "start_at": ny_time("2026-04-01", 9)})
    screen.show_date(date_of("2026-03-03"), "month")
    busy = screen.month.calendar.busy
    assert sorted(d.day for d in busy) == [2, 9, 16, 20, 23, 30]
    assert min(screen.days) == date_of("2026-03-01") and max(screen.days) == date_of("2026-03-31")
    assert screen.title.text() == "March 2026"
    # The chosen day's agenda beside the month.
    screen.month.calendar.setSelectedDate(QDate(2026, 3, 9))
    assert screen.month.day_list.count() == 1
    assert "09:00–10:00" in screen.month.day_list.item(0).text()
    screen.step(1)
    assert sorted(d.day for d in screen.month.calendar.busy) == [1, 6]


def test_the_day_agenda_in_time_order(
    screen: CalendarScreen, activities: ActivityService, weekly: int
) -> None:
    late = activities.create(
        {"kind": "Call", "subject": "Gọi cho chị Hoa", "start_at": ny_time("2026-03-09", 15)}
    ).id
    early = activities.create(
        {
            "kind": "Visit",
            "subject": "Heimsókn",
            "start_at": ny_time("2026-03-09", 8),
            "end_at": ny_time("2026-03-09", 9, 30),
        }
    ).id
    task = activities.create(
        {"kind": "Task", "subject": "Enviar proposta", "due_date": date_of("2026-03-09")}
    ).id
    screen.show_date(date_of("2026-03-09"), "day")
    order = [p.occurrence.activity_id for p in screen.day.placed()]
    assert order == [task, early, weekly, late]
    # The visit and the meeting overlap from 9:00 to 9:30: side by side, not on top.
    visit, meeting = (screen.day.item_rect(i)[1] for i in (early, weekly))
    assert visit.right() <= meeting.left()
    screen.show_date(date_of("2026-03-09"), "month")
    texts = [screen.month.day_list.item(i).text() for i in range(screen.month.day_list.count())]
    assert [t.split("   ")[0] for t in texts] == ["Due", "08:00–09:30", "09:00–10:00", "15:00"]


def test_click_double_click_and_keys(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService, weekly: int
) -> None:
    other = activities.create(
        {"kind": "Call", "subject": "Símtal", "start_at": ny_time("2026-03-03", 14)}
    ).id
    screen.show_date(date_of("2026-03-03"), "week")
    grid = screen.week
    canvas, rect = grid.item_rect(weekly)
    # What a narrow box cannot show, its tooltip does.
    tip = grid.tooltip_at(rect.center(), all_day=False)
    assert tip.splitlines()[:2] == ["09:00–10:00 · Meeting", "Reunião semanal com João Conceição"]
    assert grid.tooltip_at(rect.center() + QPointF(0, 3 * HOUR_HEIGHT), all_day=False) == ""
    with qtbot.waitSignal(screen.record_selected) as selected:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert selected.args == ["activities", weekly]
    # An empty slot: Wednesday 13:30, a new activity of an hour there.
    slot = grid.slot_point(date_of("2026-03-04"), 13, 40)
    with qtbot.waitSignal(screen.new_requested) as new:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=slot)
    kind, values = new.args
    assert kind == "activities" and values["all_day"] is False
    assert values["start_at"] == ny_time("2026-03-04", 13, 30)
    assert values["end_at"] == ny_time("2026-03-04", 14, 30)
    assert values["time_zone"] == "America/New_York"
    # The keyboard: Right to Tuesday, Down to its item, Enter opens it.
    grid.setFocus()
    grid.current_day = date_of("2026-03-02")
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_day == date_of("2026-03-03")
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.record_selected) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == ["activities", other]
    # Right past the end of the week shows the next week.
    grid.current_day = screen.week.days[-1]
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert screen.week.days[0] == screen.visible_range()[0] > date_of("2026-03-03")


def test_the_month_opens_a_day_with_enter_and_starts_one_with_a_double_click(
    qtbot: QtBot, screen: CalendarScreen
) -> None:
    screen.show_date(date_of("2026-03-03"), "month")
    calendar = screen.month.calendar
    with qtbot.waitSignal(screen.new_requested) as new:
        calendar.activated.emit(QDate(2026, 3, 12))  # what a double click on the 12th sends
    assert new.args[1]["start_at"] == ny_time("2026-03-12", 9)
    calendar.setSelectedDate(QDate(2026, 3, 12))
    calendar.setFocus()
    view = calendar.view
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert calendar.selectedDate() == QDate(2026, 3, 13)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert screen.mode == "day" and screen.day.days == [date_of("2026-03-13")]


def test_my_work_today(
    screen: CalendarScreen, activities: ActivityService, services: Services, weekly: int
) -> None:
    missed = activities.create(
        {"kind": "Call", "subject": "Missed", "start_at": ny_time("2026-03-02", 11)}
    ).id
    today = activities.create(
        {"kind": "Visit", "subject": "Visita", "start_at": ny_time("2026-03-03", 15)}
    ).id
    task = activities.create(
        {
            "kind": "Task",
            "subject": "Task",
            "status": "Not Started",
            "due_date": date_of("2026-03-04"),
        }
    ).id
    screen.set_mode("today")
    work = screen.work
    assert work.activity_ids("overdue") == [missed]
    assert work.activity_ids("today") == [today]
    assert work.activity_ids("upcoming") == [task, weekly]
    assert work.groups["upcoming"].text(0) == "Next days (2)"
    first = work.groups["today"].child(0)
    selected: list[object] = []
    screen.record_selected.connect(lambda *args: selected.append(args))
    work.itemClicked.emit(first, 0)
    assert selected == [("activities", today)]


def test_my_work_today_lists_the_most_recent_overdue_and_counts_the_rest(
    screen: CalendarScreen, services: Services
) -> None:
    from crm_desktop.services.activities.work_today import OVERDUE_SHOWN

    for n in range(OVERDUE_SHOWN + 3):
        due = date_of("2026-03-02") - dt.timedelta(days=n)
        services.records.create(
            "activities", {"kind": "Task", "subject": f"Báo giá {n}", "due_date": due}
        )
    screen.set_mode("today")
    work = screen.work
    overdue = work.groups["overdue"]
    assert overdue.text(0) == f"Overdue ({OVERDUE_SHOWN + 3})"
    assert len(work.activity_ids("overdue")) == OVERDUE_SHOWN
    assert overdue.child(0).text(2) == "Báo giá 0"  # the most recent first
    assert work.more is not None and work.more.parent() is overdue
    assert work.more.text(0) == "and 3 more"
    assert overdue.child(overdue.childCount() - 1) is work.more


def test_refreshes_when_activities_change_and_on_f5(
    qtbot: QtBot, services: Services, settings_path: Path, activities: ActivityService
) -> None:
    from crm_desktop.views.calendar.view import install_calendar
    from crm_desktop.views.shell.main_window import MainWindow

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    # The window's calendar on the tests' clock and zone, not the machine's: a meeting at
    # "now" is then on the day shown whatever the hour and zone the tests run in.
    install_calendar(window, zone_name="America/New_York", clock=lambda: NOW)
    window.show()
    targets = window.navigation.targets()
    assert targets.index("calendar") + 1 == targets.index("activities")
    window.navigation.select("calendar")
    screen = window.screen_widget("calendar")
    assert isinstance(screen, CalendarScreen)
    assert screen.zone == NEW_YORK and screen.current == NOW.date()
    form = window.current_form()
    assert form is not None and form.record_type.key == "activities"
    screen.set_mode("day")
    record = activities.create({"kind": "Meeting", "subject": "Fundur", "start_at": NOW})
    window.hub.flush()
    assert [p.occurrence.activity_id for p in screen.day.placed()] == [record.id]
    screen.record_selected.emit("activities", record.id)
    assert form.record_id() == record.id
    # Another program's change is seen on F5.
    with services.db.write() as session:
        from sqlalchemy import text

        session.execute(
            text("UPDATE activities SET subject = 'Fundur kl. 9' WHERE id = :i"), {"i": record.id}
        )
    window.refresh_action.trigger()
    assert [p.occurrence.subject for p in screen.day.placed()] == ["Fundur kl. 9"]
    assert services.records.get("activities", record.id).values["subject"] == "Fundur kl. 9"
    window.close()


def test_the_application_window_has_the_calendar(
    qtbot: QtBot, services: Services, settings_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = app_module.build_main_window(services, settings)
    qtbot.addWidget(window)
    assert isinstance(window.screen_widget("calendar"), CalendarScreen)
    window.close()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"
