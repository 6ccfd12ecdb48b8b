"""What the week and day agendas are painted on: the hours, and above them the day names
with the all-day strip; and where an item is painted there, or would go while dragged, or
a "+n more" of what a busy hour holds beyond the items shown.

The surfaces only paint (through paint.py) and hand the mouse to the grid, which owns the
items and decides what a click or a drag means.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from crm_desktop.views.calendar.paint import (
    HOUR_HEIGHT,
    MoreChip,
    minutes_in_day,
    paint_header,
    paint_hours,
)
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.occurrences import Occurrence
    from crm_desktop.views.calendar.grid import TimeGrid

_tr = translator("calendar")


@dataclass
class Placed:
    """An occurrence where it is painted: its day column and rectangle."""

    occurrence: Occurrence
    day: dt.date
    rect: QRectF
    all_day: bool


@dataclass
class Drag:
    """Where a dragged item would go: the occurrence's new (local) start, and the day and
    top of the piece that was grabbed, for its ghost."""

    placed: Placed
    start: dt.datetime
    day: dt.date
    top: float


def more_chips(
    grid: TimeGrid, day: dt.date, more: dict[dt.datetime, int], x: float, span: float
) -> list[MoreChip]:
    """The "+n more" of each hour of ``day`` that has more than it shows, at the right of
    the day's column (x, span): "+n more" where it fits in a third of it, else "+n"."""
    metrics = grid.fontMetrics()
    line = metrics.height() + 4
    texts = {
        start: _tr("+%1 more").replace("%1", grid.locale().toString(count))
        for start, count in more.items()
    }
    if max(metrics.horizontalAdvance(t) for t in texts.values()) + 10 > span / 3:
        texts = {start: "+" + grid.locale().toString(more[start]) for start in more}
    width = max(metrics.horizontalAdvance(t) for t in texts.values()) + 10
    chips = []
    for start, count in sorted(more.items()):
        top = max(0.0, minutes_in_day(start, day, grid.zone)) * HOUR_HEIGHT / 60
        rect = QRectF(x + span - width - 3, top + 2, width, line)
        chips.append(MoreChip(day, rect, count, texts[start], start))
    return chips


class HoursCanvas(QWidget):
    """The hours: painted by the grid, which owns the items and the mouse handling."""

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__()
        self.grid = grid
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Moves are followed only between a press and its release; tracking makes sure a
        # synthesized drag (tests, some tablets) reaches the widget too.
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(400, 24 * HOUR_HEIGHT + 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.grid.gutter + 40, 24 * HOUR_HEIGHT + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.grid.canvas is self:
            # The items are laid out in the canvas's width (the header follows it).
            self.grid._layout_items()
            self.grid.header.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_hours(self.grid, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.grid.press(event, all_day=False)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.grid.drag(event, all_day=False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.grid.release(event, all_day=False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.grid.double_click(event, all_day=False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.grid.tooltip_at(QPointF(event.pos()), all_day=isinstance(self, DayHeader))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class DayHeader(HoursCanvas):
    """Day names and the all-day strip, above the hours."""

    def sizeHint(self) -> QSize:
        return QSize(400, self.grid.header_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.grid.gutter + 40, self.grid.header_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_header(self.grid, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.grid.press(event, all_day=True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.grid.drag(event, all_day=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.grid.release(event, all_day=True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.grid.double_click(event, all_day=True)
