"""Moving activities on the calendar by dragging them: a single one, an occurrence of a
series, a day in the all-day strip, a later piece of a long item, and a slip of the hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.views.calendar.grid import HOUR_HEIGHT
from crm_desktop.views.calendar.view import CalendarScreen
from tests.views.calendar.new_york import date_of, ny_time

pytestmark = pytest.mark.usefixtures("british_locale")


def test_dragging_a_single_activity_moves_it(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService, services: Services
) -> None:
    call = activities.create(
        {
            "kind": "Call",
            "subject": "Gọi cho anh Đức",
            "start_at": ny_time("2026-03-03", 9),
            "end_at": ny_time("2026-03-03", 9, 30),
        }
    ).id
    screen.show_date(date_of("2026-03-03"), "week")
    canvas, rect = screen.week.item_rect(call)
    grab = rect.center().toPoint()
    target = screen.week.slot_point(date_of("2026-03-05"), 11)
    drop = QPoint(target.x(), grab.y() + 2 * HOUR_HEIGHT)
    moved: list[int] = []
    screen.moved.connect(moved.append)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x() + 30, grab.y() + 30))
    qtbot.mouseMove(canvas, drop)
    assert screen.week.dragging is not None
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=drop)
    record = services.records.get("activities", call)
    assert record.values["start_at"] == ny_time("2026-03-05", 11)
    assert record.values["end_at"] == ny_time("2026-03-05", 11, 30)
    assert moved == [call]
    assert screen.week.item_rect(call, date_of("2026-03-05"))


def test_dragging_an_occurrence_of_a_series_asks_and_moves_only_it(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService, weekly: int
) -> None:
    screen.show_date(date_of("2026-03-09"), "week")
    canvas, rect = screen.week.item_rect(weekly)
    grab = rect.center().toPoint()
    drop = QPoint(grab.x(), grab.y() + 3 * HOUR_HEIGHT)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x(), grab.y() + 40))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=drop)
    box = screen.move_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "form" in box.informativeText()
    # Cancel: nothing moves.
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert screen.move_question is None
    assert len(activities.all()) == 1
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x(), grab.y() + 40))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=drop)
    box = screen.move_question
    assert box is not None
    [only] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    with qtbot.waitSignal(screen.moved) as moved:
        only.click()
    copy = moved.args[0]
    assert copy != weekly
    on_monday = [
        p.occurrence.activity_id for p in screen.week.placed() if p.day == date_of("2026-03-09")
    ]
    assert on_monday == [copy]
    moved_copy = activities.records.get("activities", copy).values
    assert moved_copy["start_at"] == ny_time("2026-03-09", 12)


def test_dragging_in_the_all_day_strip_moves_thedate_of(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService, services: Services
) -> None:
    day = dt.datetime(2026, 3, 3, tzinfo=dt.UTC)
    fair = activities.create(
        {
            "kind": "Meeting",
            "subject": "Hội chợ",
            "all_day": True,
            "start_at": day,
            "end_at": day + dt.timedelta(days=1),
        }
    ).id
    task = activities.create(
        {"kind": "Task", "subject": "Báo giá", "due_date": date_of("2026-03-04")}
    ).id
    screen.show_date(date_of("2026-03-03"), "week")
    grid = screen.week
    for activity_id, to_day in ((fair, "2026-03-06"), (task, "2026-03-05")):
        header, rect = grid.item_rect(activity_id)
        assert header is grid.header
        grab = rect.center().toPoint()
        drop = QPoint(grid.slot_point(date_of(to_day), 9).x(), grab.y())
        qtbot.mousePress(header, Qt.MouseButton.LeftButton, pos=grab)
        qtbot.mouseMove(header, QPoint(grab.x() + 20, grab.y()))
        qtbot.mouseRelease(header, Qt.MouseButton.LeftButton, pos=drop)
    moved = services.records.get("activities", fair).values
    assert moved["start_at"] == dt.datetime(2026, 3, 6, tzinfo=dt.UTC)
    assert moved["end_at"] == dt.datetime(2026, 3, 7, tzinfo=dt.UTC)
    assert services.records.get("activities", task).values["due_date"] == date_of("2026-03-05")
    assert grid.item_rect(fair, date_of("2026-03-06"))
    assert grid.item_rect(task, date_of("2026-03-05"))


def test_dragging_a_later_piece_of_a_long_item_moves_it_by_as_much(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService, services: Services
) -> None:
    day = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    fair = activities.create(  # Monday to Wednesday
        {
            "kind": "Meeting",
            "subject": "Hội chợ",
            "all_day": True,
            "start_at": day,
            "end_at": day + dt.timedelta(days=3),
        }
    ).id
    shift = activities.create(  # Thursday night into Friday
        {
            "kind": "Visit",
            "subject": "Ca đêm",
            "start_at": ny_time("2026-03-05", 22),
            "end_at": ny_time("2026-03-06", 2),
            "time_zone": "America/New_York",
        }
    ).id
    screen.show_date(date_of("2026-03-03"), "week")
    grid = screen.week
    # Wednesday's piece of the fair, dropped on Thursday: the fair is a day later.
    header, rect = grid.item_rect(fair, date_of("2026-03-04"))
    grab = rect.center().toPoint()
    drop = QPoint(grid.slot_point(date_of("2026-03-05"), 9).x(), grab.y())
    qtbot.mousePress(header, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(header, QPoint(grab.x() + 20, grab.y()))
    qtbot.mouseMove(header, drop)
    assert grid.dragging is not None and grid.dragging.day == date_of("2026-03-05")
    qtbot.mouseRelease(header, Qt.MouseButton.LeftButton, pos=drop)
    moved = services.records.get("activities", fair).values
    assert (moved["start_at"], moved["end_at"]) == (
        day + dt.timedelta(days=1),
        day + dt.timedelta(days=4),
    )
    # Friday's piece of the night shift, a quarter of an hour down: it starts at 22:15.
    canvas, rect = grid.item_rect(shift, date_of("2026-03-06"))
    grab = rect.center().toPoint()
    drop = QPoint(grab.x(), grab.y() + HOUR_HEIGHT // 4)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x(), grab.y() + HOUR_HEIGHT))
    qtbot.mouseMove(canvas, drop)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=drop)
    moved = services.records.get("activities", shift).values
    assert moved["start_at"] == ny_time("2026-03-05", 22, 15)
    assert moved["end_at"] == ny_time("2026-03-06", 2, 15)


def test_a_slip_of_the_hand_moves_nothing(
    qtbot: QtBot, screen: CalendarScreen, activities: ActivityService, services: Services
) -> None:
    from PySide6.QtWidgets import QApplication

    call = activities.create(  # off the quarter hours the grid snaps to
        {
            "kind": "Call",
            "subject": "Gọi cho chị Hoa",
            "start_at": ny_time("2026-03-03", 9, 10),
            "end_at": ny_time("2026-03-03", 9, 40),
        }
    )
    screen.show_date(date_of("2026-03-03"), "week")
    canvas, rect = screen.week.item_rect(call.id)
    grab = rect.center().toPoint()
    near = QPoint(grab.x(), grab.y() + max(1, QApplication.startDragDistance() // 2))
    # Pulled away and let go again next to where it was taken: no move, no save.
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x(), grab.y() + HOUR_HEIGHT))
    assert screen.week.dragging is not None
    qtbot.mouseMove(canvas, near)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=near)
    # A press that hardly moves is a click.
    clicked: list[object] = []
    screen.week.item_clicked.connect(clicked.append)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, near)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=near)
    assert [o.activity_id for o in clicked] == [call.id]  # type: ignore[attr-defined]
    record = services.records.get("activities", call.id)
    assert record.version == call.version
    assert record.values["start_at"] == ny_time("2026-03-03", 9, 10)
