"""The week and day agendas: days side by side, hours down, items where they happen.

Painted rather than made of widgets, so a busy week stays light: an item shows its times,
its kind (by name and colour) and its subject; overlapping items share the column. All-day
items and tasks sit in a strip above the hours. A click selects (and opens beside) an
item, a double click on an empty slot starts a new one there, and an item dragged to
another time or day asks to move there. Keys: Left/Right change the day, Up/Down the
item, Enter opens it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.services.activities import Occurrence
from crm_desktop.views.activity_common import is_done, kind_color, kind_text, span_text

HOUR_HEIGHT = 48
GUTTER = 56
SNAP_MINUTES = 15
NEW_MINUTES = 30  # a double click starts a new item at the half hour it hit
ALL_DAY_ROW = 22
ALL_DAY_ROWS = 3
_DAY_MINUTES = 24 * 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("calendar", text)


@dataclass
class Placed:
    """An occurrence where it is painted: its day column and rectangle."""

    occurrence: Occurrence
    day: dt.date
    rect: QRectF
    all_day: bool


def _minutes(moment: dt.datetime, day: dt.date, zone: dt.tzinfo) -> float:
    """Minutes after the day's local midnight (by the wall clock), clipped to the day."""
    local = moment.astimezone(zone)
    if local.date() < day:
        return 0
    if local.date() > day:
        return _DAY_MINUTES
    return local.hour * 60 + local.minute + local.second / 60


def _lanes(items: list[tuple[float, float, Occurrence]]) -> list[tuple[int, int]]:
    """(lane, lanes in its group) per item (sorted by start): overlapping items side by side."""
    result: list[tuple[int, int]] = [(0, 1)] * len(items)
    group: list[int] = []
    ends: list[float] = []
    group_end = -1.0

    def close() -> None:
        for i in group:
            result[i] = (result[i][0], len(ends))

    for i, (start, end, _o) in enumerate(items):
        if group and start >= group_end:
            close()
            group, ends = [], []
        lane = next((n for n, e in enumerate(ends) if e <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        result[i] = (lane, 0)
        group.append(i)
        group_end = max(group_end, end)
    close()
    return result


class _Canvas(QWidget):
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
        return QSize(GUTTER + 40, 24 * HOUR_HEIGHT + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.grid.canvas is self:
            # The items are laid out in the canvas's width (the header follows it).
            self.grid._layout_items()
            self.grid.header.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.grid.paint_hours(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.grid.press(event, all_day=False)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.grid.drag(event, all_day=False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.grid.release(event, all_day=False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.grid.double_click(event, all_day=False)


class _Header(_Canvas):
    """Day names and the all-day strip, above the hours."""

    def sizeHint(self) -> QSize:
        return QSize(400, self.grid.header_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + 40, self.grid.header_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        self.grid.paint_header(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.grid.press(event, all_day=True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.grid.drag(event, all_day=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.grid.release(event, all_day=True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.grid.double_click(event, all_day=True)


class TimeGrid(QWidget):
    #: an item was clicked (select it, show it beside)
    item_clicked = Signal(object)  # Occurrence
    #: Enter or a double click on an item
    item_activated = Signal(object)  # Occurrence
    #: a double click on an empty slot: (local start, all day)
    slot_activated = Signal(object, bool)
    #: an item was dropped elsewhere: (occurrence, new local start)
    move_requested = Signal(object, object)
    #: the keyboard moved to another day
    day_changed = Signal(object)  # date

    def __init__(self, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.days: list[dt.date] = []
        self.items: dict[dt.date, list[Occurrence]] = {}
        self.current_day: dt.date | None = None
        self.today: dt.date | None = None
        self.now: dt.datetime | None = None
        self.selected: tuple[int, dt.datetime] | None = None
        self._placed: list[Placed] = []
        self._all_day: list[Placed] = []
        self._press: tuple[QPointF, Placed | None, bool] | None = None
        #: while dragging: (item, where it would go: day, local start) for the ghost
        self.dragging: tuple[Placed, dt.date, dt.datetime] | None = None
        self.header = _Header(self)
        self.canvas = _Canvas(self)
        self.canvas.setMinimumHeight(24 * HOUR_HEIGHT + 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.setAccessibleName(_tr("Agenda"))
        self._scrolled = False
        self.scroll.verticalScrollBar().rangeChanged.connect(self._first_scroll)

    # -- data -------------------------------------------------------------------------------------
    def set_days(
        self,
        days: dict[dt.date, list[Occurrence]],
        *,
        today: dt.date,
        now: dt.datetime,
        current: dt.date | None = None,
    ) -> None:
        self.days = sorted(days)
        self.items = days
        self.today, self.now = today, now
        if current is not None and current in days:
            self.current_day = current
        elif self.current_day not in days:
            self.current_day = self.days[0] if self.days else None
        self.dragging = None
        self.header.setFixedHeight(self.header_height())
        self._layout_items()
        self.header.update()
        self.canvas.update()

    def scroll_to_hour(self, hour: int) -> None:
        self.scroll.verticalScrollBar().setValue(hour * HOUR_HEIGHT)

    def _first_scroll(self, _low: int, high: int) -> None:
        """Once the hours have their height: office hours on screen (or an earlier item)."""
        if self._scrolled or high <= 0:
            return
        self._scrolled = True
        starts = [p.rect.top() for p in self._placed]
        first = min([7 * HOUR_HEIGHT, *starts])
        self.scroll.verticalScrollBar().setValue(int(max(0, first - HOUR_HEIGHT // 2)))

    def placed(self) -> list[Placed]:
        """Every painted item, timed and all-day (tests find where to click)."""
        return [*self._all_day, *self._placed]

    def item_rect(self, activity_id: int, day: dt.date | None = None) -> tuple[QWidget, QRectF]:
        """The widget an item is painted on and its rectangle there."""
        for placed in self._all_day:
            if placed.occurrence.activity_id == activity_id and day in (None, placed.day):
                return self.header, placed.rect
        for placed in self._placed:
            if placed.occurrence.activity_id == activity_id and day in (None, placed.day):
                return self.canvas, placed.rect
        raise KeyError(activity_id)

    def slot_point(self, day: dt.date, hour: int, minute: int = 0) -> QPoint:
        """Where on the canvas ``day`` at ``hour``:``minute`` is (a little inside the slot)."""
        x, width = self._column(self.days.index(day), self.canvas.width())
        y = (hour * 60 + minute) * HOUR_HEIGHT / 60 + 2
        return QPoint(int(x + width / 2), int(y))

    # -- geometry ---------------------------------------------------------------------------------
    def header_height(self) -> int:
        rows = max((self._all_day_count(d) for d in self.days), default=0)
        return self.fontMetrics().height() + 10 + min(rows, ALL_DAY_ROWS + 1) * ALL_DAY_ROW + 4

    def _all_day_count(self, day: dt.date) -> int:
        return sum(1 for o in self.items.get(day, ()) if o.all_day)

    def _column(self, index: int, width: int) -> tuple[float, float]:
        count = max(1, len(self.days))
        span = max(1.0, (width - GUTTER) / count)
        return GUTTER + index * span, span

    def _layout_items(self) -> None:
        self._placed, self._all_day = [], []
        width = self.canvas.width()
        top = self.fontMetrics().height() + 10
        for index, day in enumerate(self.days):
            x, span = self._column(index, width)
            row = 0
            timed = []
            for o in self.items.get(day, ()):
                if o.all_day:
                    if row < ALL_DAY_ROWS or self._all_day_count(day) == ALL_DAY_ROWS + 1:
                        rect = QRectF(x + 2, top + row * ALL_DAY_ROW, span - 4, ALL_DAY_ROW - 2)
                        self._all_day.append(Placed(o, day, rect, True))
                    row += 1
                    continue
                start = _minutes(o.start, day, self.zone)
                end = max(_minutes(o.end, day, self.zone), start)
                timed.append((start, end, o))
            timed.sort(key=lambda t: (t[0], -t[1], t[2].activity_id))
            line = self.fontMetrics().height() + 4
            shown = [(s, max(e, s + line * 60 / HOUR_HEIGHT), o) for s, e, o in timed]
            for (start, end, o), (lane, lanes) in zip(timed, _lanes(shown), strict=True):
                top_y = start * HOUR_HEIGHT / 60
                height = max((end - start) * HOUR_HEIGHT / 60, line)
                lane_width = (span - 6) / lanes
                rect = QRectF(x + 2 + lane * lane_width, top_y + 1, lane_width - 2, height - 2)
                self._placed.append(Placed(o, day, rect, False))

    def _hit(self, pos: QPointF, all_day: bool) -> Placed | None:
        # Later items are painted on top: they are the ones under the mouse.
        for placed in reversed(self._all_day if all_day else self._placed):
            if placed.rect.contains(pos):
                return placed
        return None

    def _day_at(self, x: float) -> dt.date | None:
        if not self.days or x < GUTTER:
            return None
        _x, span = self._column(0, self.canvas.width())
        index = min(int((x - GUTTER) // span), len(self.days) - 1)
        return self.days[index]

    def _time_at(self, day: dt.date, y: float, snap: int) -> dt.datetime:
        minutes = max(0, min(_DAY_MINUTES - snap, int(y * 60 / HOUR_HEIGHT) // snap * snap))
        hour, minute = divmod(minutes, 60)
        return dt.datetime.combine(day, dt.time(hour, minute), self.zone)

    # -- mouse ------------------------------------------------------------------------------------
    def press(self, event: QMouseEvent, *, all_day: bool) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        hit = self._hit(pos, all_day)
        self._press = (pos, hit, all_day)
        day = hit.day if hit else self._day_at(pos.x())
        if day is not None:
            self.current_day = day
        self._select(hit.occurrence if hit else None)

    def drag(self, event: QMouseEvent, *, all_day: bool) -> None:
        if self._press is None or self._press[1] is None or self._press[2] != all_day:
            return
        origin, placed, _all = self._press
        pos = event.position()
        if self.dragging is None and (
            (pos - origin).manhattanLength() < QApplication.startDragDistance()
        ):
            return
        self.dragging = self._target(placed, origin, pos, all_day)
        (self.header if all_day else self.canvas).update()

    def _target(
        self, placed: Placed, origin: QPointF, pos: QPointF, all_day: bool
    ) -> tuple[Placed, dt.date, dt.datetime]:
        """Where a dragged item would go: its day and (local) start, snapped."""
        day = self._day_at(pos.x()) or placed.day
        if all_day:
            return placed, day, dt.datetime.combine(day, dt.time(), self.zone)
        top = placed.rect.top() + (pos.y() - origin.y())
        return placed, day, self._time_at(day, top, SNAP_MINUTES)

    def release(self, event: QMouseEvent, *, all_day: bool) -> None:
        press, dragging = self._press, self.dragging
        self._press, self.dragging = None, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        origin, placed, _all = press
        if dragging is not None and placed is not None:
            (self.header if all_day else self.canvas).update()
            item, day, start = self._target(placed, origin, event.position(), all_day)
            moved = day != item.day if all_day else start != item.occurrence.start
            if moved:
                self.move_requested.emit(item.occurrence, start)
            return
        if placed is not None:
            self.item_clicked.emit(placed.occurrence)

    def double_click(self, event: QMouseEvent, *, all_day: bool) -> None:
        pos = event.position()
        hit = self._hit(pos, all_day)
        if hit is not None:
            self.item_activated.emit(hit.occurrence)
            return
        day = self._day_at(pos.x())
        if day is None:
            return
        if all_day:
            self.slot_activated.emit(dt.datetime.combine(day, dt.time(), self.zone), True)
        else:
            self.slot_activated.emit(self._time_at(day, pos.y(), NEW_MINUTES), False)

    # -- keyboard ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.current_day is not None:
            step = -1 if key == Qt.Key.Key_Left else 1
            day = self.current_day + dt.timedelta(days=step)
            self.current_day = day
            self._select(None)
            self.day_changed.emit(day)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_item(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            occurrence = self.selected_occurrence()
            if occurrence is not None:
                self.item_activated.emit(occurrence)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step_item(self, step: int) -> None:
        items = self.items.get(self.current_day, []) if self.current_day else []
        if not items:
            return
        keys = [(o.activity_id, o.start) for o in items]
        index = keys.index(self.selected) + step if self.selected in keys else 0
        occurrence = items[max(0, min(index, len(items) - 1))]
        self._select(occurrence)
        self.item_clicked.emit(occurrence)
        if not occurrence.all_day:
            _w, rect = self.item_rect(occurrence.activity_id, self.current_day)
            self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 0, 60)

    def selected_occurrence(self) -> Occurrence | None:
        for items in self.items.values():
            for o in items:
                if (o.activity_id, o.start) == self.selected:
                    return o
        return None

    def _select(self, occurrence: Occurrence | None) -> None:
        self.selected = (occurrence.activity_id, occurrence.start) if occurrence else None
        self.header.update()
        self.canvas.update()

    # -- painting ---------------------------------------------------------------------------------
    def paint_header(self, widget: QWidget) -> None:
        painter = QPainter(widget)
        palette = self.palette()
        painter.fillRect(widget.rect(), palette.color(QPalette.ColorRole.Window))
        locale = QLocale()
        line = self.fontMetrics().height() + 10
        for index, day in enumerate(self.days):
            x, span = self._column(index, self.canvas.width())
            rect = QRectF(x, 0, span, line)
            font = QFont(self.font())
            if day == self.today:
                font.setBold(True)
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            if day == self.current_day and self.hasFocus():
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.setFont(font)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            text = f"{name} {day.day}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            more = self._all_day_count(day) - ALL_DAY_ROWS
            if more > 1:
                painter.setFont(self.font())
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                below = QRectF(x, line + ALL_DAY_ROWS * ALL_DAY_ROW, span, ALL_DAY_ROW)
                painter.drawText(
                    below, Qt.AlignmentFlag.AlignCenter, _tr("+%1 more").replace("%1", str(more))
                )
        painter.setFont(self.font())
        for placed in self._all_day:
            self._paint_item(painter, placed, placed.rect)
        if self.dragging and self.dragging[0].all_day:
            item, day, _start = self.dragging
            x, span = self._column(self.days.index(day), self.canvas.width())
            ghost = QRectF(x + 2, item.rect.top(), span - 4, item.rect.height())
            self._paint_ghost(painter, ghost)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, widget.height() - 1, widget.width(), widget.height() - 1)
        painter.end()

    def paint_hours(self, widget: QWidget) -> None:
        painter = QPainter(widget)
        palette = self.palette()
        painter.fillRect(widget.rect(), palette.color(QPalette.ColorRole.Base))
        width = widget.width()
        if self.today in self.days:
            x, span = self._column(self.days.index(self.today), width)
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
        for index in range(len(self.days)):
            x, _span = self._column(index, width)
            painter.drawLine(int(x), 0, int(x), widget.height())
        for placed in self._placed:
            self._paint_item(painter, placed, placed.rect)
        if self.dragging and not self.dragging[0].all_day:
            item, day, start = self.dragging
            x, span = self._column(self.days.index(day), width)
            y = _minutes(start, day, self.zone) * HOUR_HEIGHT / 60
            self._paint_ghost(painter, QRectF(x + 2, y + 1, span - 6, item.rect.height()))
        if self.now is not None and self.today in self.days:
            x, span = self._column(self.days.index(self.today), width)
            y = _minutes(self.now, self.today, self.zone) * HOUR_HEIGHT / 60
            painter.setPen(QPen(QColor("#e53935"), 2))
            painter.drawLine(int(x), int(y), int(x + span), int(y))
        painter.end()

    def _paint_item(self, painter: QPainter, placed: Placed, rect: QRectF) -> None:
        o = placed.occurrence
        palette = self.palette()
        color = kind_color(o.kind)
        fill = QColor(color)
        fill.setAlpha(45 if is_done(o.status) else 70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), color)
        if (o.activity_id, o.start) == self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        role = QPalette.ColorRole.PlaceholderText if is_done(o.status) else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        text_rect = rect.adjusted(7, 1, -3, -1)
        metrics = QFontMetrics(painter.font())
        kind = kind_text(o.kind) + (" ↻" if o.recurring else "")
        span = span_text(o, self.zone, placed.day)
        # As much of "09:00–10:00 Meeting" as fits: a narrow lane still shows the start.
        heads = [kind] if placed.all_day else [f"{span} {kind}", span, span.split("–")[0]]
        bold_metrics = QFontMetrics(self._bold())
        head = next(
            (h for h in heads if bold_metrics.horizontalAdvance(h) <= text_rect.width()), heads[-1]
        )
        bold = self._bold()
        if text_rect.height() >= 2 * metrics.height() and not placed.all_day:
            painter.setFont(bold)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                QFontMetrics(bold).elidedText(
                    head, Qt.TextElideMode.ElideRight, int(text_rect.width())
                ),
            )
            painter.setFont(self.font())
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

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _paint_ghost(self, painter: QPainter, rect: QRectF) -> None:
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
