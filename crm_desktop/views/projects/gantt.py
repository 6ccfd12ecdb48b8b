"""A project's timeline: one row per task (a bar filled as far as it is done) or milestone
(a diamond), arrows from a task to those that depend on it, and today marked.

The days shown run from the earliest date (of the project, its tasks and today) to the
latest, with a day's margin each side, scaled to the widget's width (a minimum per day,
past which the widget grows and its scroll area scrolls).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_desktop.services.projects.types import Timeline, TimelineTask
from crm_desktop.views.palette import now_color

NAME_WIDTH = 200
HEADER_HEIGHT = 24
MIN_DAY_WIDTH = 4.0
BAR_COLOR = QColor("#90caf9")
DONE_COLOR = QColor("#1e88e5")
MILESTONE_COLOR = QColor("#6a1b9a")


class GanttChart(QWidget):
    """Paints a :class:`Timeline`; ``today`` is asked at each paint (tests give a day)."""

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.today = today
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.timeline.tasks) if self.timeline else 0
        first, last = self.days()
        width = NAME_WIDTH + int(((last - first).days + 1) * MIN_DAY_WIDTH)
        return QSize(max(width, 400), HEADER_HEIGHT + max(rows, 1) * self.row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def days(self) -> tuple[dt.date, dt.date]:
        """The first and last day shown."""
        today = self.today()
        dates = [today]
        if self.timeline is not None:
            dates += [d for d in (self.timeline.start, self.timeline.end) if d]
            for task in self.timeline.tasks:
                dates += [d for d in (task.start, task.end) if d]
        return min(dates) - dt.timedelta(days=1), max(dates) + dt.timedelta(days=1)

    def x_of(self, day: dt.date) -> float:
        """Where ``day`` begins, in pixels from the widget's left."""
        first, last = self.days()
        width = (self.width() - NAME_WIDTH - 4) / ((last - first).days + 1)
        return NAME_WIDTH + (day - first).days * max(width, MIN_DAY_WIDTH)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_header(painter)
        rows: dict[int, float] = {}
        tasks = self.timeline.tasks if self.timeline else []
        for number, task in enumerate(tasks):
            top = HEADER_HEIGHT + number * self.row_height()
            rows[task.id] = top
            self._paint_task(painter, task, top)
        self._paint_dependencies(painter, tasks, rows)
        today = self.x_of(self.today())
        painter.setPen(QPen(now_color(), 2))
        painter.drawLine(QPointF(today, 0), QPointF(today, self.height()))
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, HEADER_HEIGHT - 1, self.width(), HEADER_HEIGHT - 1)
        painter.drawLine(NAME_WIDTH - 4, 0, NAME_WIDTH - 4, self.height())
        first, last = self.days()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        day, shown_right = first, -1.0
        while day <= last:
            x = self.x_of(day)
            # Month starts always, Mondays where there is room for their label.
            label = day.strftime("%b %Y") if day.day == 1 else f"{day.day}"
            wide = self.fontMetrics().horizontalAdvance(label) + 6
            if (day.day == 1 or day.weekday() == 0 or day == first) and x > shown_right:
                painter.drawText(QRectF(x + 2, 0, wide, HEADER_HEIGHT), label)
                shown_right = x + wide
            day += dt.timedelta(days=1)

    def _paint_task(self, painter: QPainter, task: TimelineTask, top: float) -> None:
        height = self.row_height()
        text = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text)
        # Who does it after its name, as far as the column takes it.
        label = f"{task.name} · {task.assignee}" if task.assignee else task.name
        name = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, NAME_WIDTH - 12)
        painter.drawText(
            QRectF(4, top, NAME_WIDTH - 8, height), Qt.AlignmentFlag.AlignVCenter, name
        )
        if task.start is None:
            return
        end = task.end or task.start
        left, right = self.x_of(task.start), self.x_of(end + dt.timedelta(days=1))
        middle = top + height / 2
        if task.milestone:
            size = height / 3
            diamond = QPolygonF(
                [
                    QPointF(left, middle - size),
                    QPointF(left + size, middle),
                    QPointF(left, middle + size),
                    QPointF(left - size, middle),
                ]
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MILESTONE_COLOR)
            painter.drawPolygon(diamond)
            return
        bar = QRectF(left, top + 4, max(right - left, 2.0), height - 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_COLOR)
        painter.drawRect(bar)
        done = QRectF(bar.left(), bar.top(), bar.width() * task.percent_done / 100, bar.height())
        painter.setBrush(DONE_COLOR)
        painter.drawRect(done)

    def _paint_dependencies(
        self, painter: QPainter, tasks: list[TimelineTask], rows: dict[int, float]
    ) -> None:
        by_id = {task.id: task for task in tasks}
        middle = self.row_height() / 2
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Dark), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for task in tasks:
            before = by_id.get(task.depends_on_id or 0)
            if before is None or before.start is None or task.start is None:
                continue
            start = QPointF(
                self.x_of((before.end or before.start) + dt.timedelta(days=1)),
                rows[before.id] + middle,
            )
            end = QPointF(self.x_of(task.start), rows[task.id] + middle)
            corner = QPointF(start.x() + 4, end.y())
            painter.drawPolyline(QPolygonF([start, QPointF(start.x() + 4, start.y()), corner, end]))
