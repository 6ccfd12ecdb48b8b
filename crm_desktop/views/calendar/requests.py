"""What the calendar screen's parts ask of it: a page of a day's list, the whole of a day
("+n more"), all of "my work today"'s first items, and the values a new activity starts
with (File > New, a double click on a day or a time)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from crm_desktop.errors import DomainError
from crm_desktop.views.calendar.day_list import PAGE, DayListDialog

if TYPE_CHECKING:
    from crm_desktop.services.activities.occurrences import Occurrence
    from crm_desktop.views.calendar.view import CalendarScreen

    _Base = CalendarScreen
else:
    _Base = object

UTC = dt.UTC
TYPE_KEY = "activities"


class CalendarRequests(_Base):
    """Mixed into CalendarScreen."""

    def day_page(self, day: dt.date, offset: int, limit: int) -> list[Occurrence]:
        """A page of ``day``'s list (the month's day list, a day's "+n more")."""
        try:
            return self.calendar.day_page(day, self.zone, offset, limit, owner=self.owner())
        except DomainError as exc:
            self.show_message(str(exc))
            return []

    def open_day(self, day: dt.date, at: dt.datetime | None = None) -> None:
        """All of ``day``, a page at a time, in a window beside (its "+n more"), scrolled
        to the first item starting at ``at`` or after."""
        if self.day_dialog is not None:
            self.day_dialog.close()
        summary = self.summaries.get(day)
        total = summary.total if summary is not None else 0
        self.day_dialog = DayListDialog(self.zone, self.day_page, day, total, self, at=at)
        self.day_dialog.day_list.item_clicked.connect(self._select)
        self.day_dialog.day_list.item_activated.connect(self._select)
        self.day_dialog.show()

    def refresh_day_dialog(self) -> None:
        """The day's window, when open, read again (its first page and how many)."""
        dialog = self.day_dialog
        day = dialog.day_list.day if dialog is not None and dialog.isVisible() else None
        if dialog is None or day is None:
            return
        try:
            summary = self.calendar.summary(day, day, self.zone, cap=PAGE, owner=self.owner())
        except DomainError as exc:
            self.show_message(str(exc))
            return
        dialog.day_list.show_day(day, summary[day].total, first_page=summary[day].items)

    def _show_all_work(self, group: str) -> None:
        """ "My work today"'s first items of today or the next days lead to all of them: the
        day, or the week from tomorrow, of the user's own activities."""
        self.mine.setChecked(True)
        today = self.clock().astimezone(self.zone).date()
        if group == "today":
            self.show_date(today, "day")
        else:
            self.show_date(today + dt.timedelta(days=1), "week")

    def new_values(self) -> dict[str, Any]:
        """What File > New starts an activity with here: the chosen day, at the time slot
        last clicked in the week or day view; else at 9:00, or the next full hour when
        that is past today."""
        now = self.clock().astimezone(self.zone)
        day, slot = (now.date() if self.mode == "today" else self.current), None
        if self.mode in ("week", "day"):
            grid = self.week if self.mode == "week" else self.day
            day, slot = grid.current_day or day, grid.current_time
        if slot is None:
            late = day == now.date() and now.hour >= 9
            slot = dt.time(min(now.hour + 1, 23)) if late else dt.time(9)
        return self._values_at(dt.datetime.combine(day, slot, self.zone), False)

    def _new_at(self, start: dt.datetime, all_day: bool) -> None:
        """A new activity at a local ``start`` (a day's midnight when all day)."""
        self.new_requested.emit(TYPE_KEY, self._values_at(start, all_day))

    def _values_at(self, start: dt.datetime, all_day: bool) -> dict[str, Any]:
        if all_day:
            begin = dt.datetime.combine(start.date(), dt.time(), UTC)
            values: dict[str, Any] = {
                "all_day": True,
                "start_at": begin,
                "end_at": begin + dt.timedelta(days=1),
            }
        else:
            begin = start.astimezone(UTC)
            values = {
                "all_day": False,
                "start_at": begin,
                "end_at": begin + dt.timedelta(hours=1),
                "time_zone": self.zone_name,
            }
        return values
