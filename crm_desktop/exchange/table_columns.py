"""What a column of an exported table holds, as the table writers (CSV, Excel) see it."""

from __future__ import annotations

import datetime as dt
from enum import Enum


class ColumnKind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    #: a Decimal: an amount, a percentage, a quantity
    NUMBER = "number"
    DATE = "date"
    #: a datetime in UTC (naive, as the database keeps it, or aware), shown in this
    #: computer's time zone (see :class:`LocalTime`)
    MOMENT = "moment"
    YES_NO = "yes_no"


class LocalTime:
    """UTC datetimes as this computer's wall-clock time (naive), fast enough for a million
    rows: the zone's offset is worked out once per UTC hour (a time zone changes its
    offset on the hour), not once per value (``astimezone()`` asks the C library each
    time: ten times the cost)."""

    def __init__(self) -> None:
        self._offsets: dict[tuple[int, int, int, int], dt.timedelta] = {}

    def __call__(self, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        hour = (value.year, value.month, value.day, value.hour)
        offset = self._offsets.get(hour)
        if offset is None:
            offset = value.replace(tzinfo=dt.UTC).astimezone().utcoffset() or dt.timedelta()
            self._offsets[hour] = offset
        return value + offset
