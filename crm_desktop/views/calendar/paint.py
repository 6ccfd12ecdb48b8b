"""How the week and day agendas are painted and their items laid side by side (see
calendar_grid.py for what they do)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from crm_desktop.services.activities.time_limits import in_zone
from crm_desktop.views.activities.common import is_done, kind_color, kind_text, span_text
from crm_desktop.views.palette import now_color
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.service import Occurrence
    from crm_desktop.views.calendar.grid import TimeGrid
    from crm_desktop.views.calendar.grid_surfaces import Placed

HOUR_HEIGHT = 48
SNAP_MINUTES = 15
NEW_MINUTES = 30  # a double click starts a new item at the half hour it hit
ALL_DAY_ROW = 22
ALL_DAY_ROWS = 3
DAY_MINUTES = 24 * 60
#: the narrowest overlapping items go side by side; narrower, they are cascaded by CASCADE
MIN_LANE = 56
CASCADE = 8


_tr = translator("calendar")


@dataclass
class MoreChip:
    """A "+n more": how many items of ``day`` (of an hour, or of the all-day strip) are
    not shown, and where it is painted; a click shows the whole day."""

    day: dt.date
    rect: QRectF
    count: int
    text: str
    #: the hour's start (UTC); None below the all-day strip
    start: dt.datetime | None = None


def dated_more_chips(grid: TimeGrid) -> list[MoreChip]:
    """The "+n more" below the all-day strip's rows of each day that has more than them."""
    line = grid.fontMetrics().height() + 10
    chips = []
    for index, day in enumerate(grid.days):
        more = grid._all_day_count(day) - ALL_DAY_ROWS
        if more > 1:
            x, span = grid._column(index, grid.canvas.width())
            below = QRectF(x, line + ALL_DAY_ROWS * ALL_DAY_ROW, span, ALL_DAY_ROW)
            text = _tr("+%1 more").replace("%1", grid.locale().toString(more))
            chips.append(MoreChip(day, below, more, text))
    return chips


#: from just after a 12-hour clock's hour to its minutes: "h:mm Ap" -> "h Ap"
_MINUTES_AFTER_HOUR = re.compile(r"(h{1,2})[^aA]*?m{1,2}")
#: room in the gutter left of the labels and right of them (the hour line's tick)
_GUTTER_LEFT, _GUTTER_RIGHT = 4, 8


def hour_format(locale: QLocale) -> str:
    """The gutter's format for whole hours in ``locale``: its short time format, but on a
    12-hour clock without the minutes ("12 AM", "1 PM"), which say nothing on the hour."""
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    unquoted = re.sub(r"'[^']*'", "", fmt)
    if "a" not in unquoted.lower():
        return fmt  # a 24-hour clock: "00:00", "13:00" as the locale writes them
    return _MINUTES_AFTER_HOUR.sub(r"\1", fmt, count=1)


def hour_labels(locale: QLocale) -> list[str]:
    """The label of each hour of the day, midnight first."""
    fmt = hour_format(locale)
    return [locale.toString(QTime(hour, 0), fmt) for hour in range(24)]


def week_label(week: int) -> str:
    return _tr("W%1").replace("%1", str(week))


def gutter_width(metrics: QFontMetrics, locale: QLocale) -> int:
    """The hours' gutter, as wide as its widest label (the week number's corner too)."""
    texts = [*hour_labels(locale), week_label(53)]
    widest = max(metrics.horizontalAdvance(text) for text in texts)
    return _GUTTER_LEFT + widest + _GUTTER_RIGHT


def hour_label_rects(grid: TimeGrid) -> list[tuple[QRectF, str]]:
    """Where each hour's label is painted in the gutter, and its text."""
    gutter, height = grid.gutter, grid.fontMetrics().height()
    placed = []
    for hour, text in enumerate(hour_labels(grid.locale())):
        # Centred on its hour's line; midnight's kept below the top edge, whole.
        top = max(0, hour * HOUR_HEIGHT - height // 2)
        placed.append((QRectF(0, top, gutter - _GUTTER_RIGHT, height), text))
    return placed


def minutes_in_day(moment: dt.datetime, day: dt.date, zone: dt.tzinfo) -> float:
    """Minutes after the day's local midnight (by the wall clock), clipped to the day."""
    local = in_zone(moment, zone)
    if local.date() < day:
        return 0
    if local.date() > day:
        return DAY_MINUTES
    return local.hour * 60 + local.minute + local.second / 60


def side_by_side(items: list[tuple[float, float, Occurrence]]) -> list[tuple[int, int]]:
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


def lane_span(left: float, width: float, lane: int, lanes: int) -> tuple[float, float]:
    """Where an item of ``lane`` (of ``lanes`` overlapping) goes across a day ``width``
    wide from ``left``: side by side while each lane keeps MIN_LANE; narrower (a week
    beside the form on a small screen), cascaded, each later item a step to the right
    and on top, so that the front one is read whole and the others show their edge."""
    if lanes == 1 or width / lanes >= MIN_LANE:
        step = width / lanes
        return left + lane * step, step - 2
    front = max(width - (lanes - 1) * CASCADE, width / 2)
    return left + lane * (width - front) / (lanes - 1), front - 2


def wrapped_lines(text: str, metrics: QFontMetrics, width: float, count: int) -> list[str]:
    """``text`` in at most ``count`` lines ``width`` wide: broken between words, inside a
    word only where it is wider than a line; the last line elided when text is left over
    (a line cut across by the box's edge would read as a different word)."""
    words, lines, current = text.split(), [], ""
    #: what joins the last line to the text after it ("" inside a word broken there)
    joint = " "
    while words and len(lines) < count:
        candidate = f"{current} {words[0]}" if current else words[0]
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            words.pop(0)
        elif current:
            lines.append(current)
            current, joint = "", " "
        else:  # one word wider than the line: as many of its letters as fit
            word = words[0]
            cut = len(word) - 1
            while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            words[0], joint = word[cut:], ""
    if current and len(lines) < count:
        lines.append(current)
        current, joint = "", " "
    left = " ".join(filter(None, (current, *words)))
    if left and lines:
        lines[-1] = metrics.elidedText(
            f"{lines[-1]}{joint}{left}", Qt.TextElideMode.ElideRight, int(width)
        )
    return lines


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
    painter.setFont(grid.font())
    painter.setPen(palette.color(QPalette.ColorRole.Link))
    for chip in dated_more_chips(grid):
        painter.drawText(chip.rect, Qt.AlignmentFlag.AlignCenter, chip.text)
    if len(grid.days) > 1:  # the week's number in the corner above the hours
        week = grid.days[len(grid.days) // 2].isocalendar().week
        painter.setFont(grid.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        corner = QRectF(0, 0, grid.gutter - _GUTTER_RIGHT // 2, line)
        painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, week_label(week))
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
    painter.setFont(grid.font())  # the font the gutter was measured in
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
    gutter = grid.gutter
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    for hour, (label, text) in enumerate(hour_label_rects(grid)):
        y = hour * HOUR_HEIGHT
        painter.setPen(mid)
        painter.drawLine(gutter - _GUTTER_RIGHT // 2, y, width, y)
        painter.setPen(light)
        painter.drawLine(gutter, y + HOUR_HEIGHT // 2, width, y + HOUR_HEIGHT // 2)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(label, align, text)
    painter.setPen(mid)
    for index in range(len(grid.days)):
        x, _span = grid._column(index, width)
        painter.drawLine(int(x), 0, int(x), widget.height())
    for placed in grid._placed:
        paint_item(grid, painter, placed, placed.rect)
    paint_more(grid, painter)
    drag = grid.dragging
    if drag is not None and not drag.placed.all_day:
        # The grabbed piece, moved as far as the item would move.
        x, span = grid._column(grid.days.index(drag.day), width)
        paint_ghost(grid, painter, QRectF(x + 2, drag.top, span - 6, drag.placed.rect.height()))
    if grid.now is not None and grid.today in grid.days:
        x, span = grid._column(grid.days.index(grid.today), width)
        y = minutes_in_day(grid.now, grid.today, grid.zone) * HOUR_HEIGHT / 60
        painter.setPen(QPen(now_color(palette), 2))
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
    bold_metrics = QFontMetrics(bold)
    # The first that fits: a week of a busy calendar paints a few hundred of them.
    head = next((h for h in heads if bold_metrics.horizontalAdvance(h) <= text_rect.width()), None)
    fitting = head is not None
    if head is None:  # a narrow lane: the start time in the plain font still reads
        head = heads[-1]
    lines = int(text_rect.height() // metrics.height())
    if lines >= 2 and not placed.all_day:
        body = text_rect
        if fitting:  # too narrow for even the start in bold: its place tells the time
            painter.setFont(bold)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                bold_metrics.elidedText(head, Qt.TextElideMode.ElideRight, int(text_rect.width())),
            )
            painter.setFont(grid.font())
            body, lines = text_rect.adjusted(0, metrics.height(), 0, 0), lines - 1
        for n, line in enumerate(wrapped_lines(o.subject, metrics, body.width(), lines)):
            row = QRectF(
                body.left(), body.top() + n * metrics.height(), body.width(), metrics.height()
            )
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
    else:
        text = f"{head} · {o.subject}"
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width())),
        )


def paint_more(grid: TimeGrid, painter: QPainter) -> None:
    """Each busy hour's "+n more": a small button-like box in the link colour."""
    palette = grid.palette()
    painter.setFont(grid.font())
    for chip in grid._more:
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(chip.rect, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        painter.drawText(chip.rect, Qt.AlignmentFlag.AlignCenter, chip.text)


def _bold(grid: TimeGrid) -> QFont:
    bold = QFont(grid.font())
    bold.setBold(True)
    return bold


def paint_ghost(grid: TimeGrid, painter: QPainter, rect: QRectF) -> None:
    pen = QPen(grid.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 3, 3)
