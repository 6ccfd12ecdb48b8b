"""How the week and day agendas are painted (see calendar_grid.py for what they do)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from crm_desktop.views.activity_common import is_done, kind_color, kind_text, span_text

if TYPE_CHECKING:
    from crm_desktop.views.calendar_grid import Placed, TimeGrid

HOUR_HEIGHT = 48
GUTTER = 56
SNAP_MINUTES = 15
NEW_MINUTES = 30  # a double click starts a new item at the half hour it hit
ALL_DAY_ROW = 22
ALL_DAY_ROWS = 3
DAY_MINUTES = 24 * 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("calendar", text)


def minutes_in_day(moment: dt.datetime, day: dt.date, zone: dt.tzinfo) -> float:
    """Minutes after the day's local midnight (by the wall clock), clipped to the day."""
    local = moment.astimezone(zone)
    if local.date() < day:
        return 0
    if local.date() > day:
        return DAY_MINUTES
    return local.hour * 60 + local.minute + local.second / 60


def paint_header(grid: TimeGrid, widget: QWidget) -> None:
    painter = QPainter(widget)
    palette = grid.palette()
    painter.fillRect(widget.rect(), palette.color(QPalette.ColorRole.Window))
    locale = QLocale()
    line = grid.fontMetrics().height() + 10
    for index, day in enumerate(grid.days):
        x, span = grid._column(index, grid.canvas.width())
        rect = QRectF(x, 0, span, line)
        font = QFont(grid.font())
        if day == grid.today:
            font.setBold(True)
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        if day == grid.current_day and grid.hasFocus():
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setFont(font)
        name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        text = f"{name} {day.day}"
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        more = grid._all_day_count(day) - ALL_DAY_ROWS
        if more > 1:
            painter.setFont(grid.font())
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            below = QRectF(x, line + ALL_DAY_ROWS * ALL_DAY_ROW, span, ALL_DAY_ROW)
            painter.drawText(
                below, Qt.AlignmentFlag.AlignCenter, _tr("+%1 more").replace("%1", str(more))
            )
    if len(grid.days) > 1:  # the week's number in the corner above the hours
        week = grid.days[len(grid.days) // 2].isocalendar().week
        painter.setFont(grid.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        corner = QRectF(0, 0, GUTTER - 4, line)
        painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, _tr("W%1").replace("%1", str(week)))
    painter.setFont(grid.font())
    for placed in grid._all_day:
        paint_item(grid, painter, placed, placed.rect)
    drag = grid.dragging
    if drag is not None and drag.placed.all_day:
        x, span = grid._column(grid.days.index(drag.day), grid.canvas.width())
        ghost = QRectF(x + 2, drag.top, span - 4, drag.placed.rect.height())
        paint_ghost(grid, painter, ghost)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawLine(0, widget.height() - 1, widget.width(), widget.height() - 1)
    painter.end()


def paint_hours(grid: TimeGrid, widget: QWidget) -> None:
    painter = QPainter(widget)
    palette = grid.palette()
    painter.fillRect(widget.rect(), palette.color(QPalette.ColorRole.Base))
    width = widget.width()
    if grid.today in grid.days:
        x, span = grid._column(grid.days.index(grid.today), width)
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(18)
        painter.fillRect(QRectF(x, 0, span, widget.height()), tint)
    mid = palette.color(QPalette.ColorRole.Mid)
    light = QColor(mid)
    light.setAlpha(70)
    locale = QLocale()
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    for hour in range(24):
        y = hour * HOUR_HEIGHT
        painter.setPen(mid)
        painter.drawLine(GUTTER - 4, y, width, y)
        painter.setPen(light)
        painter.drawLine(GUTTER, y + HOUR_HEIGHT // 2, width, y + HOUR_HEIGHT // 2)
        if hour:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            label = QRectF(0, y - 8, GUTTER - 8, 16)
            text = locale.toString(QTime(hour, 0), fmt)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
            )
    painter.setPen(mid)
    for index in range(len(grid.days)):
        x, _span = grid._column(index, width)
        painter.drawLine(int(x), 0, int(x), widget.height())
    for placed in grid._placed:
        paint_item(grid, painter, placed, placed.rect)
    drag = grid.dragging
    if drag is not None and not drag.placed.all_day:
        # The grabbed piece, moved as far as the item would move.
        x, span = grid._column(grid.days.index(drag.day), width)
        paint_ghost(grid, painter, QRectF(x + 2, drag.top, span - 6, drag.placed.rect.height()))
    if grid.now is not None and grid.today in grid.days:
        x, span = grid._column(grid.days.index(grid.today), width)
        y = minutes_in_day(grid.now, grid.today, grid.zone) * HOUR_HEIGHT / 60
        painter.setPen(QPen(QColor("#e53935"), 2))
        painter.drawLine(int(x), int(y), int(x + span), int(y))
    painter.end()


def paint_item(grid: TimeGrid, painter: QPainter, placed: Placed, rect: QRectF) -> None:
    o = placed.occurrence
    palette = grid.palette()
    color = kind_color(o.kind)
    fill = QColor(color)
    fill.setAlpha(45 if is_done(o.status) else 70)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), color)
    if (o.activity_id, o.start) == grid.selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    role = QPalette.ColorRole.PlaceholderText if is_done(o.status) else QPalette.ColorRole.Text
    painter.setPen(palette.color(role))
    text_rect = rect.adjusted(7, 1, -3, -1)
    metrics = QFontMetrics(painter.font())
    kind = kind_text(o.kind) + (" ↻" if o.recurring else "")
    span = span_text(o, grid.zone, placed.day)
    # As much of "09:00–10:00 Meeting" as fits: a narrow lane still shows the start.
    heads = [kind] if placed.all_day else [f"{span} {kind}", span, span.split("–")[0]]
    bold = _bold(grid)
    fitting = [h for h in heads if QFontMetrics(bold).horizontalAdvance(h) <= text_rect.width()]
    if not fitting:  # a narrow lane: the start time in the plain font still reads
        bold = QFont(grid.font())
    head = fitting[0] if fitting else heads[-1]
    if text_rect.height() >= 2 * metrics.height() and not placed.all_day:
        painter.setFont(bold)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(bold).elidedText(
                head, Qt.TextElideMode.ElideRight, int(text_rect.width())
            ),
        )
        painter.setFont(grid.font())
        body = text_rect.adjusted(0, metrics.height(), 0, 0)
        painter.drawText(
            body,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            o.subject,
        )
    else:
        text = f"{head} · {o.subject}"
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width())),
        )


def _bold(grid: TimeGrid) -> QFont:
    bold = QFont(grid.font())
    bold.setBold(True)
    return bold


def paint_ghost(grid: TimeGrid, painter: QPainter, rect: QRectF) -> None:
    pen = QPen(grid.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 3, 3)
