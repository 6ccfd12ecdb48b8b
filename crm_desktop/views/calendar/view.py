"""The calendar screen: month, week and day agendas, and "My work today".

It reads only what it shows (the month, week or day on screen, through the calendar
service) and the activity form stays beside it: a click loads an item there, a double
click on a day or an empty time slot starts a new activity at that time. Dragging an
item in the week or day view moves it; an occurrence of a repeating activity can be
moved on its own (the series skips that day and a single copy takes its place); the
whole series is moved by changing its start in the form, and the question says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.activities.time_limits import FIRST_DAY, LAST_DAY
from crm_desktop.views.activities.common import zone_named
from crm_desktop.views.calendar.day_list import PAGE, DayListDialog
from crm_desktop.views.calendar.grid import TimeGrid
from crm_desktop.views.calendar.moving import OccurrenceMoving
from crm_desktop.views.calendar.pages import MonthPage, WorkTodayPage
from crm_desktop.views.calendar.paint import ALL_DAY_ROWS
from crm_desktop.views.calendar.requests import CalendarRequests
from crm_desktop.views.formatting import format_date, format_day_and_month
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.activities.occurrences import Occurrence
    from crm_desktop.services.activities.types import DaySummary
    from crm_desktop.views.shell.main_window import MainWindow

UTC = dt.UTC
MODES = ("month", "week", "day", "today")
TYPE_KEY = "activities"


_tr = translator("calendar")

#: how each view reads its days (CalendarService.summary): the month, a day's first
#: items (its dots) and how many; the week and the day, each hour's first items and the
#: all-day strip's (its rows, and one that fits in the "+n more" row)
SUMMARY: dict[str, dict[str, Any]] = {
    "month": {"cap": 4},
    "week": {"cap": 2, "hourly": True, "dated_cap": ALL_DAY_ROWS + 1},
    "day": {"cap": 6, "hourly": True, "dated_cap": ALL_DAY_ROWS + 1},
}


def _within(day: QDate) -> dt.date:
    """``day``, held within the years an activity may have (the calendar goes no further)."""
    first = QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day)
    last = QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day)
    return (first if day < first else last if day > last else day).toPython()


class CalendarScreen(OccurrenceMoving, CalendarRequests, QWidget):
    #: show this record in the form beside (the window connects it)
    record_selected = Signal(str, int)
    #: start a new record with these values in the form beside
    new_requested = Signal(str, dict)
    #: an activity was moved here (the form beside may show it)
    moved = Signal(int)

    def __init__(
        self,
        services: Services,
        *,
        zone_name: str | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        settings: QSettings | None = None,
        today_panel: Callable[[QWidget], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_screen")
        self.services = services
        self.activities = services.activities
        self.calendar = services.calendar
        self.zone_name, self.zone = zone_named(zone_name)
        self.clock = clock or (lambda: dt.datetime.now(UTC))
        self.settings = settings
        self.mode = "month"
        self.current = self.clock().astimezone(self.zone).date()
        #: the days on show and the items shown on them (month, week or day)
        self.days: dict[dt.date, list[Occurrence]] = {}
        #: the days on show as read: the items shown and how many there are
        self.summaries: dict[dt.date, DaySummary] = {}
        self._stale = False
        #: the question about moving one occurrence of a series, while it is open
        self.move_question: QMessageBox | None = None
        #: a day's whole list, opened from its "+n more" in the week or day view
        self.day_dialog: DayListDialog | None = None

        self.month = MonthPage(self.zone, self.day_page, self)
        self.week = TimeGrid(self.zone, self)
        self.day = TimeGrid(self.zone, self)
        self.work = WorkTodayPage(self.zone, self)
        #: "My work today" with what another part puts beside it (the news)
        self.work_page: QWidget = self.work
        if today_panel is not None:
            beside = QSplitter(Qt.Orientation.Horizontal, self)
            beside.addWidget(self.work)
            beside.addWidget(today_panel(beside))
            beside.setSizes([600, 300])
            self.work_page = beside
        self.pages = QStackedWidget(self)
        for page in (self.month, self.week, self.day, self.work_page):
            self.pages.addWidget(page)
        self._connect_pages()

        self.today_button = QPushButton(_tr("Today"), self)
        self.today_button.clicked.connect(self.go_today)
        self.back_button = QToolButton(self)
        self.back_button.setText("◀")
        self.back_button.setToolTip(_tr("Earlier"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button = QToolButton(self)
        self.forward_button.setText("▶")
        self.forward_button.setToolTip(_tr("Later"))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        names = {
            "month": _tr("Month"),
            "week": _tr("Week"),
            "day": _tr("Day"),
            "today": _tr("My work today"),
        }
        nav = QHBoxLayout()
        for widget in (self.today_button, self.back_button, self.forward_button):
            nav.addWidget(widget)
        nav.addWidget(self.title, 1)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.mode_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for mode in MODES:
            action = QAction(names[mode], self)
            action.setCheckable(True)
            action.setObjectName(f"calendar_mode_{mode}")
            action.triggered.connect(lambda _c=False, mode=mode: self.set_mode(mode))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.mode_actions[mode] = action
        self.toolbar.addSeparator()
        self.mine = QCheckBox(_tr("Only mine"), self)
        self.mine.setToolTip(_tr("Only the activities assigned to me"))
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.toolbar.addWidget(self.mine)
        # A tool bar's buttons take no focus: Tab reaches the views and "Only mine" too.
        for action in self.mode_actions.values():
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.mine.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Every view and "Only mine" always in sight (a tool bar short of room hides its
        # last ones behind »): the period's title gives way instead.
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.addLayout(nav, 1)
        bar.addWidget(self.toolbar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        show_as_error(self.message)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        for key, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(QKeySequence(key), self, lambda step=step: self.step(step))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if settings is not None:
            self.mine.setChecked(settings.value("calendar/only_mine", False, type=bool))
            saved = str(settings.value("calendar/mode", "month"))
            self.mode = saved if saved in MODES else "month"
        self.set_mode(self.mode)

    def _connect_pages(self) -> None:
        self.month.calendar.selectionChanged.connect(self._month_day_chosen)
        self.month.calendar.currentPageChanged.connect(self._month_page_changed)
        self.month.calendar.activated.connect(self._month_double_clicked)
        self.month.calendar.day_opened.connect(lambda day: self.show_date(day, "day"))
        for page in (self.month, self.week, self.day):
            page.item_clicked.connect(self._select)
            page.item_activated.connect(self._select)
        for grid in (self.week, self.day):
            grid.slot_activated.connect(self._new_at)
            grid.move_requested.connect(self.move)
            grid.day_changed.connect(self._keyboard_day)
            grid.day_requested.connect(self.open_day)
        self.work.show_all.connect(self._show_all_work)
        self.work.item_clicked.connect(lambda i: self.record_selected.emit(TYPE_KEY, int(i)))
        self.work.item_activated.connect(lambda i: self.record_selected.emit(TYPE_KEY, int(i)))
        self.work.task_chosen.connect(self.record_selected)

    # -- what is shown ----------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        pages = {"month": self.month, "week": self.week, "day": self.day, "today": self.work_page}
        page = pages[mode]
        self.pages.setCurrentWidget(page)
        for button in (self.back_button, self.forward_button, self.today_button):
            button.setEnabled(mode != "today")
        if self.settings is not None:
            self.settings.setValue("calendar/mode", mode)
        self.refresh()
        if mode in ("week", "day"):
            page.setFocus()

    def show_date(self, day: dt.date, mode: str | None = None) -> None:
        self.current = _within(QDate(day.year, day.month, day.day))
        self.set_mode(mode or self.mode)

    def go_today(self) -> None:
        self.show_date(self.clock().astimezone(self.zone).date())

    def step(self, direction: int) -> None:
        """A month, week or day earlier (-1) or later (1)."""
        day = self.current
        if self.mode == "month":
            self.current = _within(QDate(day.year, day.month, 1).addMonths(direction))
        else:
            days = direction * (7 if self.mode == "week" else 1)
            self.current = _within(QDate(day.year, day.month, day.day).addDays(days))
        self.refresh()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the current mode shows."""
        day = self.current
        if self.mode == "month":
            first = day.replace(day=1)
            last = QDate(first.year, first.month, 1).addMonths(1).addDays(-1).toPython()
            return first, last
        if self.mode == "week":
            start_day = QLocale().firstDayOfWeek().value  # Monday is 1, as isoweekday
            first = day - dt.timedelta(days=(day.isoweekday() - start_day) % 7)
            return first, first + dt.timedelta(days=6)
        return day, day

    def owner(self) -> int | None:
        return self.services.records.user_id if self.mine.isChecked() else None

    def refresh(self) -> None:
        """F5, or activities changed: read what is on show again."""
        if self.settings is not None:
            self.settings.setValue("calendar/only_mine", self.mine.isChecked())
        self._stale = False
        now = self.clock()
        today = now.astimezone(self.zone).date()
        try:
            if self.mode == "today":
                user = self.services.records.user_id
                self.work.set_work(self.activities.my_work_today(user, now, self.zone))
                self.work.set_project_tasks(self.services.projects.my_work(user, today))
                self._set_title(format_date(today, self.locale()))
                return
            first, last = self.visible_range()
            # The month's chosen day comes with the first page of its list.
            wide = {"wide": (self.current, PAGE)} if self.mode == "month" else {}
            summaries = self.calendar.summary(
                first, last, self.zone, owner=self.owner(), **SUMMARY[self.mode], **wide
            )
        except DomainError as exc:
            self.show_message(str(exc))
            return
        self.summaries = summaries
        self.days = {day: summary.items for day, summary in summaries.items()}
        self._set_title(self._title(first, last))
        if self.mode == "month":
            cal = self.month.calendar
            cal.blockSignals(True)
            cal.setSelectedDate(QDate(self.current.year, self.current.month, self.current.day))
            cal.blockSignals(False)
            self.month.set_days(summaries, self.current)
        else:
            grid = self.week if self.mode == "week" else self.day
            grid.set_days(
                self.days, today=today, now=now, current=self.current, summaries=summaries
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changed(self, type_keys: set[str]) -> None:
        """Records changed somewhere: re-read if activities did (now, or when shown)."""
        if TYPE_KEY in type_keys:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
            self.refresh_day_dialog()

    def _title(self, first: dt.date, last: dt.date) -> str:
        locale = self.locale()
        if self.mode == "month":
            return f"{locale.standaloneMonthName(first.month)} {first.year}"
        if first == last:
            name = locale.dayName(first.isoweekday())
            return f"{name} {format_date(first, locale)}"
        # "11/29 – 12/5/2026": the year once when both are in it.
        start = (
            format_day_and_month(first, locale)
            if first.year == last.year
            else format_date(first, locale)
        )
        return f"{start} – {format_date(last, locale)}"

    def _set_title(self, text: str) -> None:
        # Never clipped: on a narrow screen the mode buttons go behind the tool bar's »
        # button first.
        self.title.setText(text)
        self.title.setMinimumWidth(self.title.fontMetrics().horizontalAdvance(text) + 8)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- the pages' requests ----------------------------------------------------------------------
    def _select(self, occurrence: Occurrence) -> None:
        self.show_message("")
        self.record_selected.emit(TYPE_KEY, occurrence.activity_id)

    def _month_day_chosen(self) -> None:
        day = self.month.calendar.selectedDate().toPython()
        self.current = day
        self.month.show_day(day)

    def _month_page_changed(self, year: int, month: int) -> None:
        if (self.current.year, self.current.month) != (year, month):
            self.current = dt.date(year, month, 1)
            self.refresh()

    def _month_double_clicked(self, date: QDate) -> None:
        start = dt.datetime.combine(date.toPython(), dt.time(9), self.zone)
        self._new_at(start, False)

    def _keyboard_day(self, day: dt.date) -> None:
        first, last = self.visible_range()
        self.current = day
        if not first <= day <= last:
            self.refresh()
        grid = self.week if self.mode == "week" else self.day
        grid.current_day = day
        grid.header.update()


def install_calendar(window: MainWindow, **options: Any) -> None:
    """The calendar screen, first in the Activities group, with the activity form beside;
    built when it is first shown (``window.screen_widget("calendar")``)."""
    services, settings = window.services, window.settings

    def reload_form(activity_id: int) -> None:
        # The form beside shows what was just moved: it must not keep the old times.
        form = window.current_form()
        if form is not None and form.record_id() == activity_id and not form.is_dirty():
            form.load(activity_id)

    def build() -> CalendarScreen:
        screen = CalendarScreen(services, settings=settings, **options)
        window.hub.types_changed.connect(screen.changed)
        screen.moved.connect(reload_form)
        return screen

    window.add_screen(
        "calendar",
        build,
        group="Activities",
        label=_tr("Calendar"),
        icon="calendar",
        form_type=TYPE_KEY,
        first=True,
    )
    if options.get("zone_name"):  # a zone of its own (tests): the form beside follows it
        form = window.form(TYPE_KEY)
        if form is not None and hasattr(form, "set_zone"):
            form.set_zone(options["zone_name"])
