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
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.activities.occurrences import UTC
from crm_desktop.views.activities.common import kind_text, span_text
from crm_desktop.views.calendar.grid_surfaces import (
    DayHeader,
    Drag,
    HoursCanvas,
    Placed,
    more_chips,
)
from crm_desktop.views.calendar.paint import (
    ALL_DAY_ROW,
    ALL_DAY_ROWS,
    DAY_MINUTES,
    HOUR_HEIGHT,
    NEW_MINUTES,
    SNAP_MINUTES,
    MoreChip,
    dated_more_chips,
    gutter_width,
    lane_span,
    minutes_in_day,
    side_by_side,
)
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.occurrences import Occurrence
    from crm_desktop.services.activities.types import DaySummary

_tr = translator("calendar")


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
    #: a day's "+n more" was clicked: show all of that day (from that hour, UTC; None
    #: from the all-day strip)
    day_requested = Signal(object, object)  # date, datetime | None

    def __init__(self, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        #: the hours' gutter on the left, as wide as the locale's labels in the font
        self.gutter = gutter_width(self.fontMetrics(), self.locale())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.days: list[dt.date] = []
        self.items: dict[dt.date, list[Occurrence]] = {}
        self.current_day: dt.date | None = None
        #: the time of the empty slot clicked last (where File > New starts), if any
        self.current_time: dt.time | None = None
        self.today: dt.date | None = None
        self.now: dt.datetime | None = None
        self.selected: tuple[int, dt.datetime] | None = None
        self._placed: list[Placed] = []
        self._all_day: list[Placed] = []
        #: what each day holds beyond the items given (None: the items are all of it)
        self.summaries: dict[dt.date, DaySummary] = {}
        #: the "+n more" of an hour, where it is painted
        self._more: list[MoreChip] = []
        self._press: tuple[QPointF, Placed | None, bool] | None = None
        #: while dragging: where the item would go, for the ghost
        self.dragging: Drag | None = None
        self.header = DayHeader(self)
        self.canvas = HoursCanvas(self)
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self.gutter = gutter_width(self.fontMetrics(), self.locale())
            self._layout_items()
            self.header.update()
            self.canvas.update()

    # -- data -------------------------------------------------------------------------------------
    def set_days(
        self,
        days: dict[dt.date, list[Occurrence]],
        *,
        today: dt.date,
        now: dt.datetime,
        current: dt.date | None = None,
        summaries: dict[dt.date, DaySummary] | None = None,
    ) -> None:
        """Show ``days`` and their items; with ``summaries`` (the calendar's summary
        read), the items are each hour's first ones and the rest are counted: "+n more"."""
        self.days = sorted(days)
        self.items = days
        self.summaries = summaries or {}
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
        summary = self.summaries.get(day)
        hidden = summary.dated_more if summary is not None else 0
        return sum(1 for o in self.items.get(day, ()) if o.all_day) + hidden

    def _column(self, index: int, width: int) -> tuple[float, float]:
        count = max(1, len(self.days))
        span = max(1.0, (width - self.gutter) / count)
        return self.gutter + index * span, span

    def _layout_items(self) -> None:
        self._placed, self._all_day, self._more = [], [], []
        width = self.canvas.width()
        top = self.fontMetrics().height() + 10
        for index, day in enumerate(self.days):
            x, span = self._column(index, width)
            summary = self.summaries.get(day)
            if summary is not None and summary.more:
                chips = more_chips(self, day, summary.more, x, span)
                self._more += chips
                # The items keep left of the counts.
                span -= max(chip.rect.width() for chip in chips) + 2
            row = 0
            timed = []
            for o in self.items.get(day, ()):
                if o.all_day:
                    if row < ALL_DAY_ROWS or self._all_day_count(day) == ALL_DAY_ROWS + 1:
                        rect = QRectF(x + 2, top + row * ALL_DAY_ROW, span - 4, ALL_DAY_ROW - 2)
                        self._all_day.append(Placed(o, day, rect, True))
                    row += 1
                    continue
                start = minutes_in_day(o.start, day, self.zone)
                end = max(minutes_in_day(o.end, day, self.zone), start)
                timed.append((start, end, o))
            timed.sort(key=lambda t: (t[0], -t[1], t[2].activity_id))
            line = self.fontMetrics().height() + 4
            shown = [(s, max(e, s + line * 60 / HOUR_HEIGHT), o) for s, e, o in timed]
            for (start, end, o), (lane, lanes) in zip(timed, side_by_side(shown), strict=True):
                top_y = start * HOUR_HEIGHT / 60
                height = max((end - start) * HOUR_HEIGHT / 60, line)
                left, lane_width = lane_span(x + 2, span - 6, lane, lanes)
                rect = QRectF(left, top_y + 1, lane_width, height - 2)
                self._placed.append(Placed(o, day, rect, False))

    def _hit(self, pos: QPointF, all_day: bool) -> Placed | None:
        # Later items are painted on top: they are the ones under the mouse.
        for placed in reversed(self._all_day if all_day else self._placed):
            if placed.rect.contains(pos):
                return placed
        return None

    def tooltip_at(self, pos: QPointF, *, all_day: bool) -> str:
        """All of an item, for when its box is too small to show it: times, kind, subject,
        what it is related to, where."""
        hit = self._hit(pos, all_day)
        if hit is None:
            chip = self.more_at(pos, all_day=all_day)
            return _tr("Show the whole day") if chip is not None else ""
        o = hit.occurrence
        lines = [f"{span_text(o, self.zone)} · {kind_text(o.kind)}", o.subject]
        lines += [t for t in (o.related_name, o.location) if t]
        if o.recurring:
            lines.append(_tr("Repeats"))
        return "\n".join(lines)

    def _day_at(self, x: float) -> dt.date | None:
        if not self.days or x < self.gutter:
            return None
        _x, span = self._column(0, self.canvas.width())
        index = min(int((x - self.gutter) // span), len(self.days) - 1)
        return self.days[index]

    def _time_at(self, day: dt.date, y: float, snap: int) -> dt.datetime:
        minutes = max(0, min(DAY_MINUTES - snap, int(y * 60 / HOUR_HEIGHT) // snap * snap))
        hour, minute = divmod(minutes, 60)
        return dt.datetime.combine(day, dt.time(hour, minute), self.zone)

    # -- mouse ------------------------------------------------------------------------------------
    def more_at(self, pos: QPointF, *, all_day: bool) -> MoreChip | None:
        """The "+n more" at ``pos``, if any (of the all-day strip: below its rows)."""
        if all_day:
            return next((c for c in dated_more_chips(self) if c.rect.contains(pos)), None)
        return next((c for c in self._more if c.rect.contains(pos)), None)

    def press(self, event: QMouseEvent, *, all_day: bool) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        chip = self.more_at(pos, all_day=all_day)
        if chip is not None:
            self._press = None
            self.day_requested.emit(chip.day, chip.start)
            return
        hit = self._hit(pos, all_day)
        self._press = (pos, hit, all_day)
        day = hit.day if hit else self._day_at(pos.x())
        if day is not None:
            self.current_day = day
            empty_slot = hit is None and not all_day
            self.current_time = (
                self._time_at(day, pos.y(), NEW_MINUTES).time() if empty_slot else None
            )
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

    def _target(self, placed: Placed, origin: QPointF, pos: QPointF, all_day: bool) -> Drag:
        """Where a dragged item would go. It moves by what lies between the point it was
        grabbed at and the drop point (days, and in the hours a time snapped to
        SNAP_MINUTES): a piece of an item over several days may be any of them, and moves
        the whole item by as much."""
        day = self._day_at(pos.x()) or placed.day
        days = (day - placed.day).days
        o = placed.occurrence
        if all_day:
            # A floating date (midnight UTC): days are counted on it, not in the zone.
            first = o.start.astimezone(UTC).date() + dt.timedelta(days=days)
            start = dt.datetime.combine(first, dt.time(), self.zone)
            return Drag(placed, start, day, placed.rect.top())
        height = 24 * HOUR_HEIGHT

        def minutes(y: float) -> float:
            return max(0.0, min(float(height), y)) * 60 / HOUR_HEIGHT

        shift = round((minutes(pos.y()) - minutes(origin.y())) / SNAP_MINUTES) * SNAP_MINUTES
        # By the wall clock: dragged to the next week across a change of clocks, a 09:00
        # meeting is at 09:00 again.
        wall = o.start.astimezone(self.zone).replace(tzinfo=None)
        moved = wall + dt.timedelta(days=days, minutes=shift)
        return Drag(
            placed,
            moved.replace(tzinfo=self.zone),
            day,
            placed.rect.top() + shift * HOUR_HEIGHT / 60,
        )

    def release(self, event: QMouseEvent, *, all_day: bool) -> None:
        press, dragging = self._press, self.dragging
        self._press, self.dragging = None, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        origin, placed, _all = press
        if dragging is not None and placed is not None:
            (self.header if all_day else self.canvas).update()
            pos = event.position()
            if (pos - origin).manhattanLength() < QApplication.startDragDistance():
                return  # dropped where it was taken: a slip of the hand moves nothing
            target = self._target(placed, origin, pos, all_day)
            start = placed.occurrence.start
            if all_day:
                moved = target.start.date() != start.astimezone(UTC).date()
            else:
                moved = target.start != start
            if moved:
                self.move_requested.emit(placed.occurrence, target.start)
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
