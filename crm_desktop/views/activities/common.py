"""What the activity form, the calendar and the reminders share: the user's time zone,
a colour per kind of activity, and how times and kinds read on screen."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import tz
from PySide6.QtCore import QLocale, QTime, QTimeZone
from PySide6.QtGui import QColor

from crm_desktop.registry.picklists import ACTIVITY_DONE_STATUSES
from crm_desktop.services.activities.time_limits import in_zone, shifted
from crm_desktop.views.formatting import choice_text, format_date
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.occurrences import Occurrence

UTC = dt.UTC
#: kind -> colour of its items (readable as a bar on light and dark palettes alike)
KIND_COLORS = {
    "Call": "#1e88e5",
    "Meeting": "#43a047",
    "Visit": "#ef6c00",
    "Email": "#8e24aa",
    "Task": "#6d4c41",
}
_OTHER_COLOR = "#546e7a"
#: how long a new activity of a kind lasts until the user says otherwise; an e-mail is a
#: moment, without an end
DEFAULT_MINUTES = {"Call": 15, "Meeting": 60, "Visit": 60}


_tr = translator("activities")


def local_zone() -> tuple[str | None, dt.tzinfo]:
    """The computer's time zone: its IANA name (kept with repeating activities) and zone."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return name, ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # No IANA name (an odd system setting): the OS rules still give the right offsets.
        return None, tz.tzlocal()


def zone_named(name: str | None) -> tuple[str | None, dt.tzinfo]:
    """``name`` and its zone; the computer's zone when ``name`` is None or unknown."""
    if name:
        try:
            return name, ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return local_zone()


def default_end(kind: str, start: dt.datetime) -> dt.datetime | None:
    """Where a new activity of ``kind`` starting at ``start`` ends; None without an end."""
    minutes = DEFAULT_MINUTES.get(kind)
    return None if minutes is None else shifted(start, dt.timedelta(minutes=minutes))


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, _OTHER_COLOR))


def kind_text(kind: str) -> str:
    return choice_text(kind)


def time_text(moment: dt.datetime, zone: dt.tzinfo, locale: QLocale | None = None) -> str:
    local = in_zone(moment, zone)
    locale = locale or QLocale()
    return locale.toString(
        QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )


def span_text(occurrence: Occurrence, zone: dt.tzinfo, day: dt.date | None = None) -> str:
    """ "09:00–10:00", "All day" or "Due" (a task), as an agenda line starts."""
    if occurrence.kind == "Task" and occurrence.start == occurrence.end and occurrence.all_day:
        return _tr("Due")
    if occurrence.all_day:
        return _tr("All day")
    start, end = in_zone(occurrence.start, zone), in_zone(occurrence.end, zone)
    begin = time_text(start, zone) if day is None or start.date() == day else "…"
    if end <= start:
        return begin
    close = time_text(end, zone) if day is None or end.date() == day else "…"
    return f"{begin}–{close}"


def when_text(occurrence: Occurrence, zone: dt.tzinfo, locale: QLocale | None = None) -> str:
    """The date and the span, for lists that mix days ("my work today", reminders)."""
    locale = locale or QLocale()
    day = (
        occurrence.start.astimezone(UTC).date()
        if occurrence.all_day
        else in_zone(occurrence.start, zone).date()
    )
    return f"{format_date(day, locale)} {span_text(occurrence, zone)}"


def is_done(status: str | None) -> bool:
    return status in ACTIVITY_DONE_STATUSES
