"""The clock of the calendar tests: New York, on Tuesday 3 March 2026 at 10:20."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

NEW_YORK = ZoneInfo("America/New_York")
#: "now" for every test: Tuesday 3 March 2026, 10:20 in New York
NOW = dt.datetime(2026, 3, 3, 10, 20, tzinfo=NEW_YORK)


def ny_time(day: str, hour: int, minute: int = 0) -> dt.datetime:
    """``hour``:``minute`` of the day ``day`` (ISO) in New York."""
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), NEW_YORK)


def date_of(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
