"""How the calendar's pages are laid out: the hours' gutter of the week and day views
(labels in the user's locale, whole, in a gutter as wide as they are), and the month's
one navigation bar and row of weekday names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.calendar.grid import HOUR_HEIGHT, TimeGrid
from crm_desktop.views.calendar.paint import (
    hour_format,
    hour_label_rects,
    hour_labels,
    wrapped_lines,
)
from crm_desktop.views.calendar.view import CalendarScreen

pytestmark = pytest.mark.usefixtures("english_locale")


def _near(color: QColor, other: QColor) -> bool:
    pairs = zip(color.getRgb()[:3], other.getRgb()[:3], strict=True)
    return all(abs(a - b) < 40 for a, b in pairs)


def _plain(text: str) -> str:
    return text.replace("\u202f", " ")  # CLDR puts a narrow no-break space before AM


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_US", ["12 AM", "1 AM", "12 PM", "1 PM", "11 PM"]),
        ("de_DE", ["00:00", "01:00", "12:00", "13:00", "23:00"]),
        ("ko_KR", ["오전 12", "오전 1", "오후 12", "오후 1", "오후 11"]),
        ("fr_CA", ["00 h 00", "01 h 00", "12 h 00", "13 h 00", "23 h 00"]),
    ],
)
def test_hour_labels_follow_the_locale(name: str, expected: list[str]) -> None:
    labels = [_plain(t) for t in hour_labels(QLocale(name))]
    assert [labels[h] for h in (0, 1, 12, 13, 23)] == expected
    assert len(set(labels)) == 24


def test_a_12_hour_clock_with_quoted_text_keeps_it() -> None:
    # Ewe writes "Ap 'ga' h:mm": the quoted word stays, the minutes go.
    assert hour_format(QLocale("ee_GH")) == "Ap 'ga' h"


@pytest.mark.parametrize("name", ["en_US", "de_DE", "ko_KR"])
def test_the_labels_fit_the_gutter_whole(screen: CalendarScreen, name: str) -> None:
    screen.show_date(dt.date(2026, 3, 3), "week")
    grid = screen.week
    if name != "en_US":
        grid.setLocale(QLocale(name))  # another locale: the gutter is measured again
    metrics = grid.fontMetrics()
    rects = hour_label_rects(grid)
    assert [t for _r, t in rects] == hour_labels(QLocale(name))
    for rect, text in rects:
        assert rect.left() >= 0 and rect.top() >= 0, text
        assert rect.bottom() <= 24 * HOUR_HEIGHT
        assert metrics.horizontalAdvance(text) <= rect.width(), text
        assert rect.right() < grid.gutter
    # Midnight is labelled too, below the top line rather than cut by it.
    assert rects[0][0].top() == 0
    assert rects[1][0].center().y() == pytest.approx(HOUR_HEIGHT, abs=1)
    # The days start where the gutter ends.
    assert grid._column(0, grid.canvas.width())[0] == grid.gutter


def test_the_gutter_grows_with_the_font(screen: CalendarScreen) -> None:
    screen.show_date(dt.date(2026, 3, 3), "day")
    grid: TimeGrid = screen.day
    narrow = grid.gutter
    font = QFont(grid.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    grid.setFont(font)
    assert grid.gutter > narrow
    widest = max(grid.fontMetrics().horizontalAdvance(t) for t in hour_labels(grid.locale()))
    assert grid.gutter >= widest + 4


def test_no_label_is_cut_at_the_left_edge(screen: CalendarScreen) -> None:
    """Painted: the gutter's first columns are bare (a clipped "10:00 AM" showed "0:00 AM"),
    and the top label is painted (ink in the first line of text)."""
    screen.show_date(dt.date(2026, 3, 3), "week")
    grid = screen.week
    image = grid.canvas.grab().toImage()
    base = grid.palette().color(QPalette.ColorRole.Base).rgb()

    def inked(x: int, rows: range) -> bool:
        return any(QColor(image.pixel(x, y)).rgb() != base for y in rows)

    every_row = range(image.height())
    assert not inked(0, every_row) and not inked(1, every_row)
    first_line = range(grid.fontMetrics().height())
    assert any(inked(x, first_line) for x in range(2, grid.gutter - 8))


def test_the_month_has_one_navigation_bar_and_a_row_of_day_names_of_text_height(
    screen: CalendarScreen,
) -> None:
    screen.show_date(dt.date(2026, 3, 3), "month")
    calendar = screen.month.calendar
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    assert bar is not None and not bar.isVisible()
    theirs = [calendar.findChild(QToolButton, f"qt_calendar_{n}month") for n in ("prev", "next")]
    assert all(b is not None and not b.isVisible() for b in theirs)
    assert screen.back_button.isVisible() and screen.forward_button.isVisible()
    assert calendar.view is not None
    rows = calendar.view.verticalHeader()
    line = calendar.view.fontMetrics().height()
    for _step in range(2):  # and so it stays on another month, in a taller window
        assert line <= rows.sectionSize(0) <= line + 10
        assert all(rows.sectionSize(r) > 2 * rows.sectionSize(0) for r in range(1, 7))
        screen.step(1)
        screen.resize(1100, 900)
        QApplication.processEvents()
    assert screen.title.text() == "May 2026"
    bigger = QFont(calendar.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    calendar.setFont(bigger)
    assert rows.sectionSize(0) >= calendar.view.fontMetrics().height() > line


def test_every_view_and_only_mine_stay_in_sight_when_the_calendar_is_narrow(
    qtbot: QtBot, screen: CalendarScreen
) -> None:
    screen.resize(300, 700)  # beside the navigation and a form in a small window
    qtbot.waitUntil(lambda: screen.width() < 1100)
    for action in screen.mode_actions.values():
        button = screen.toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
    assert screen.mine.isVisible()
    extension = screen.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # nothing behind »


def test_the_chosen_days_markers_stand_out_from_its_highlight(
    screen: CalendarScreen, services: Services
) -> None:
    """A call's blue dot on the blue of the chosen day: ringed in the selection's text
    colour, so it is still seen."""
    start = dt.datetime(2026, 3, 3, 14, tzinfo=dt.UTC)
    services.activities.create({"kind": "Call", "subject": "Ligar à Ana", "start_at": start})
    screen.show_date(dt.date(2026, 3, 3), "month")
    calendar = screen.month.calendar
    assert calendar.view is not None and calendar.selectedDate().day() == 3
    cell = calendar.view.visualRect(calendar.view.currentIndex())
    image = calendar.view.viewport().grab().toImage()
    ring = calendar.palette().color(QPalette.ColorRole.HighlightedText)
    # The dots' band at the bottom of the cell, below the day's number.
    band = [
        QColor(image.pixel(x, y))
        for x in range(cell.left() + 2, cell.right() - 2)
        for y in range(cell.bottom() - cell.height() // 4, cell.bottom() - 1)
    ]
    assert sum(_near(c, ring) for c in band) >= 4


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_US", "3/1 – 3/7/2026"),
        ("vi_VN", "01/03 – 07/03/2026"),
        ("is_IS", "1.3 – 7.3.2026"),
        ("pt_BR", "01/03 – 07/03/2026"),
    ],
)
def test_a_weeks_title_names_its_year_once_and_is_never_clipped(
    qtbot: QtBot, screen: CalendarScreen, name: str, expected: str
) -> None:
    screen.setLocale(QLocale(name))
    screen.set_mode("week")
    assert screen.title.text() == expected
    screen.resize(420, 700)  # a narrow window: the mode buttons give way, not the title
    qtbot.waitUntil(
        lambda: (
            screen.title.width()
            >= screen.title.fontMetrics().horizontalAdvance(screen.title.text())
        )
    )
    screen.set_mode("month")


def _overlapping(services: Services) -> list[int]:
    """A meeting and a call at the same hour on Wednesday 4 March (New York)."""
    zone = dt.timezone(dt.timedelta(hours=-5))
    start = dt.datetime(2026, 3, 4, 10, tzinfo=zone)
    return [
        services.activities.create(
            {
                "kind": kind,
                "subject": subject,
                "start_at": start,
                "end_at": start + dt.timedelta(minutes=minutes),
                "time_zone": "America/New_York",
            }
        ).id
        for kind, subject, minutes in (
            ("Meeting", "Quarterly planning with the Northwind team", 90),
            ("Call", "Follow-up on the Fabrikam quote", 30),
        )
    ]


@pytest.mark.parametrize("width", [520, 680])  # the week beside the form at 1024 and 1280
def test_a_narrow_week_keeps_overlapping_items_readable(
    screen: CalendarScreen, services: Services, width: int
) -> None:
    meeting, call = _overlapping(services)
    screen.resize(width, 700)
    screen.show_date(dt.date(2026, 3, 4), "week")
    grid = screen.week
    _x, span = grid._column(0, grid.canvas.width())
    _w, front = grid.item_rect(call)
    _w, back = grid.item_rect(meeting)
    # Side by side each would be under 40 pixels: the one in front takes most of the day,
    # the one behind still shows its edge to click.
    assert front.width() >= span / 2
    assert back.left() < front.left() and back.width() >= front.width()
    assert grid._hit(back.topLeft() + QPointF(2, 2), False).occurrence.activity_id == meeting
    # Every line painted in a box fits it whole, and a subject cut short says so.
    metrics = QFontMetrics(grid.font())
    box = front.width() - 10
    lines = wrapped_lines("Visit the Contoso warehouse in Wrocław", metrics, box, 3)
    assert len(lines) == 3 and all(metrics.horizontalAdvance(t) <= box for t in lines)
    assert lines[-1].endswith("…")
    assert " ".join(lines).startswith("Visit the Con")


def test_wrapped_lines_break_a_word_wider_than_the_box_and_keep_short_text_whole(
    qtbot: QtBot,
) -> None:
    metrics = QFontMetrics(QFont())
    narrow = metrics.horizontalAdvance("Conto")
    assert wrapped_lines("Board prep", metrics, 500, 2) == ["Board prep"]
    parts = wrapped_lines("Contoso", metrics, narrow, 3)
    assert "".join(parts) == "Contoso" and len(parts) == 2
    assert all(metrics.horizontalAdvance(t) <= narrow for t in parts)
