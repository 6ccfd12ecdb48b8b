"""The month page (a calendar marking busy days, with the chosen day's agenda beside it)
and "My work today" (overdue, today, the days ahead)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from crm_desktop.services.activities.time_limits import FIRST_DAY, LAST_DAY
from crm_desktop.views.activities.common import (
    kind_color,
    kind_text,
    when_text,
)
from crm_desktop.views.activities.history import KindIcons
from crm_desktop.views.calendar.day_list import OCCURRENCE_ROLE, DayList, Pager
from crm_desktop.views.formatting import format_date
from crm_desktop.views.palette import error_color
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.occurrences import Occurrence
    from crm_desktop.services.activities.types import DaySummary, WorkToday
    from crm_desktop.services.projects.types import DueTask

#: a project task's id, on its row of "My work today"
PROJECT_TASK_ROLE = Qt.ItemDataRole.UserRole + 1
#: the group ("today", "upcoming") whose whole list a "more" line opens
SHOW_ALL_ROLE = Qt.ItemDataRole.UserRole + 2
_MAX_DOTS = 4


_tr = translator("calendar")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MonthCalendar(QCalendarWidget):
    """A month whose busy days carry a dot for each of their first activities (in its
    kind's colour) and how many they hold.

    Enter on a day asks to open it (:attr:`day_opened`); a double click (``activated``)
    is left to the screen, which starts a new activity on that day.
    """

    day_opened = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # The screen's own bar above names the month and steps through them: a second one
        # here would only say the same.
        self.setNavigationBarVisible(False)
        self.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self.busy: dict[dt.date, DaySummary] = {}
        self.view = self.findChild(QTableView)
        if self.view is not None:
            self.view.installEventFilter(self)
        self._fit_day_names()

    def _fit_day_names(self) -> None:
        """The weekday names' row as tall as a line of text: the widget stretches it like
        the weeks below it, which leaves a tall empty band under the month's title."""
        if self.view is None:
            return
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        rows.resizeSection(0, self.view.fontMetrics().height() + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_day_names()

    def set_busy(self, days: dict[dt.date, DaySummary]) -> None:
        self.busy = {d: summary for d, summary in days.items() if summary.total}
        self.updateCells()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.day_opened.emit(self.selectedDate().toPython())
            return True
        return super().eventFilter(watched, event)

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate | dt.date) -> None:
        super().paintCell(painter, rect, date)
        day = date.toPython() if isinstance(date, QDate) else date
        summary = self.busy.get(day)
        if summary is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = max(5, min(8, rect.height() // 7))
        shown = summary.items[:_MAX_DOTS]
        width = len(shown) * (size + 3) - 3
        x = rect.center().x() - width // 2
        y = rect.bottom() - size - 4
        chosen = day == self.selectedDate().toPython()
        if chosen:
            # A ring of the selection's text colour: a call's blue dot on the blue of the
            # chosen day would not be seen.
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.HighlightedText), 1.5))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        for occurrence in shown:
            painter.setBrush(kind_color(occurrence.kind))
            painter.drawEllipse(x, y, size, size)
            x += size + 3
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        role = QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.PlaceholderText
        painter.setPen(self.palette().color(role))
        corner = rect.adjusted(2, 1, -4, 0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        painter.drawText(corner, align, self.locale().toString(summary.total))
        painter.restore()


class MonthPage(QWidget):
    """The month, each day with its first items' dots and how many it holds, and beside
    it the chosen day's list (read a page at a time)."""

    item_clicked = Signal(object)  # Occurrence
    item_activated = Signal(object)  # Occurrence

    def __init__(self, zone: dt.tzinfo, pager: Pager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.days: dict[dt.date, DaySummary] = {}
        self.calendar = MonthCalendar(self)
        self.day = DayList(zone, pager, self)
        #: the chosen day's items (the first page, more as it scrolls)
        self.day_list = self.day.list
        self.day.item_clicked.connect(self.item_clicked)
        self.day.item_activated.connect(self.item_activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar, 3)
        layout.addWidget(self.day, 2)

    def set_days(self, days: dict[dt.date, DaySummary], selected: dt.date) -> None:
        self.days = days
        self.calendar.set_busy(days)
        # The chosen day's first page came with the month.
        summary = days.get(selected)
        first_page = summary.items if summary is not None else []
        self.day.show_day(selected, summary.total if summary else 0, first_page=first_page)

    def show_day(self, day: dt.date) -> None:
        summary = self.days.get(day)
        self.day.show_day(day, summary.total if summary is not None else 0)


class _RoomyDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class WorkTodayPage(QTreeWidget):
    """Overdue work, today's, and the next days', each under its heading with a count."""

    item_clicked = Signal(object)  # activity id
    item_activated = Signal(object)  # activity id
    #: a project task was chosen: ("project_tasks", its id)
    task_chosen = Signal(str, int)
    #: the line under today's ("today") or the next days' ("upcoming") first items was
    #: chosen: show them all
    show_all = Signal(str)

    def __init__(self, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setColumnCount(4)
        self.setHeaderLabels([_tr("When"), _tr("Type"), _tr("Subject"), _tr("Related to")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAccessibleName(_tr("My work today"))
        self.setItemDelegate(_RoomyDelegate(self))
        self.itemClicked.connect(lambda item, _c: self._emit(self.item_clicked, item))
        self.itemActivated.connect(lambda item, _c: self._emit(self.item_activated, item))
        self.groups: dict[str, QTreeWidgetItem] = {}
        #: the "and 230 more" line under the overdue items, when not all are listed
        self.more: QTreeWidgetItem | None = None
        #: the "and 1,200 more" lines under today's and the next days' first items
        self.show_all_rows: dict[str, QTreeWidgetItem] = {}

    def set_work(self, work: WorkToday) -> None:
        self.clear()
        self.groups = {}
        self.more = None
        self.show_all_rows = {}
        # The overdue list holds the most recent ones; its heading counts them all.
        sections = (
            ("overdue", _tr("Overdue (%1)"), [self._row(o) for o in work.overdue]),
            ("today", _tr("Today (%1)"), [self._row(o) for o in work.today]),
            ("upcoming", _tr("Next days (%1)"), [self._row(o) for o in work.upcoming]),
        )
        counts = {
            "overdue": max(work.overdue_total, len(work.overdue)),
            "today": max(work.today_total, len(work.today)),
            "upcoming": max(work.upcoming_total, len(work.upcoming)),
        }
        bold = QFont(self.font())
        bold.setBold(True)
        icons = KindIcons()
        for key, title, rows in sections:
            count = counts.get(key, len(rows))
            group = QTreeWidgetItem(self, [title.replace("%1", str(count))])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.groups[key] = group
            for activity_id, when, kind, subject, related in rows:
                item = QTreeWidgetItem(group, [when, kind_text(kind), subject, related or ""])
                item.setIcon(1, icons(kind))
                item.setData(0, OCCURRENCE_ROLE, activity_id)
                if key == "overdue":
                    item.setForeground(0, error_color())
            if count > len(rows) and key == "overdue":
                # "%1", not "%n": lupdate files a translate() call with a count as a
                # plain message, and these read right for any number.
                more = _tr("and %1 more").replace("%1", f"{count - len(rows):,}")
                rest = QTreeWidgetItem(group, [more])
                rest.setFirstColumnSpanned(True)
                rest.setFlags(Qt.ItemFlag.NoItemFlags)
                self.more = rest
            elif count > len(rows):
                # Today's and the next days' lists hold their first ones: the rest are in
                # the calendar, which this line opens.
                more = _tr("and %1 more: show them in the calendar").replace(
                    "%1", f"{count - len(rows):,}"
                )
                rest = QTreeWidgetItem(group, [more])
                rest.setFirstColumnSpanned(True)
                rest.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                rest.setForeground(0, self.palette().color(QPalette.ColorRole.Link))
                rest.setData(0, SHOW_ALL_ROLE, key)
                self.show_all_rows[key] = rest
            if not rows:
                empty = QTreeWidgetItem(group, [_tr("Nothing.")])
                empty.setFirstColumnSpanned(True)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.expandAll()
        for column in range(4):
            self.resizeColumnToContents(column)

    def set_project_tasks(self, tasks: list[DueTask]) -> None:
        """A last group: the user's project tasks that are late, under way or due soon."""
        group = QTreeWidgetItem(self, [_tr("Project tasks (%1)").replace("%1", str(len(tasks)))])
        group.setFirstColumnSpanned(True)
        bold = QFont(self.font())
        bold.setBold(True)
        group.setFont(0, bold)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.groups["project_tasks"] = group
        today = dt.date.today()
        for task in tasks:
            when = format_date(task.end, self.locale()) if task.end else ""
            item = QTreeWidgetItem(
                group, [when, f"{task.percent_done}%", task.name, task.project_name or ""]
            )
            item.setData(0, PROJECT_TASK_ROLE, task.id)
            if task.end is not None and task.end < today:
                item.setForeground(0, Qt.GlobalColor.darkRed)
        group.setExpanded(True)
        self.resizeColumnToContents(0)

    def _row(self, o: Occurrence) -> tuple[int, str, str, str, str | None]:
        return (
            o.activity_id,
            when_text(o, self.zone, self.locale()),
            o.kind,
            o.subject,
            o.related_name,
        )

    def activity_ids(self, group: str) -> list[int]:
        parent = self.groups[group]
        found = [parent.child(i).data(0, OCCURRENCE_ROLE) for i in range(parent.childCount())]
        return [i for i in found if i is not None]

    def _emit(self, signal: Signal, item: QTreeWidgetItem) -> None:  # type: ignore[type-arg]
        group = item.data(0, SHOW_ALL_ROLE)
        if group is not None:
            self.show_all.emit(str(group))
            return
        task_id = item.data(0, PROJECT_TASK_ROLE)
        if task_id is not None:
            self.task_chosen.emit("project_tasks", int(task_id))
            return
        activity_id = item.data(0, OCCURRENCE_ROLE)
        if activity_id is not None:
            signal.emit(activity_id)
