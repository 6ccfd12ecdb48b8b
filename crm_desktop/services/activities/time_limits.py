"""The dates an activity may have, and arithmetic on times that stays within them.

Python's datetime holds the years 1 to 9999. A calendar reads around what it shows (a day
either side, a reminder's lead time before, a series' length after): near those ends the
plain arithmetic raises OverflowError. Activities are kept between :data:`FIRST_DAY` and
:data:`LAST_DAY` (the earliest date Windows and Outlook know, and a year of room before
the end of datetime); a row another program wrote outside them is read with the helpers
here, which hold a time at the first or last moment datetime has instead of failing.
"""

from __future__ import annotations

import datetime as dt

from crm_desktop.registry.spec import N_

UTC = dt.UTC
FIRST_DAY = dt.date(1601, 1, 1)
LAST_DAY = dt.date(9998, 12, 31)


def shifted(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``moment + delta``, held at the first or last moment a datetime can be."""
    try:
        return moment + delta
    except OverflowError:
        edge = dt.datetime.max if delta > dt.timedelta(0) else dt.datetime.min
        return edge.replace(tzinfo=moment.tzinfo)


def shifted_day(day: dt.date, days: int) -> dt.date:
    """``day`` and ``days`` more (or fewer), held at the first or last date there is."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def in_zone(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """``moment`` on the clock of ``zone``; at the ends of datetime, its edge there."""
    try:
        return moment.astimezone(zone)
    except OverflowError:
        edge = dt.datetime.max if moment.year > 1 else dt.datetime.min
        return edge.replace(tzinfo=zone)


def day_start(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """Midnight of the local ``day`` in ``zone``, in UTC (held at datetime's ends)."""
    return in_zone(dt.datetime.combine(day, dt.time(), zone), UTC)


def day_in_range(day: dt.date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


#: the validation message of a date outside them (its text names the years)
OUT_OF_RANGE = N_("The date must be between the years 1601 and 9998.")
