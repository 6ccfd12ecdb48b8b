"""UIDs of the activities an iCalendar series becomes besides itself.

The model keeps one rule per activity, so a RECURRENCE-ID override (a moved or changed
occurrence) and each RDATE extra date are activities of their own. They get UIDs derived
from the series' UID and the occurrence they stand for, so importing the same file again
recognises them, and the export can write an override back as the series' UID with its
RECURRENCE-ID, which other calendars understand::

    <UID>;RECURRENCE-ID=20260608T090000Z   the override of the 8 June 09:00 (UTC) occurrence
    <UID>;RDATE=20261224                   the extra date 24 December of an all-day series
"""

from __future__ import annotations

import datetime as dt

UID_LENGTH = 300  # the column's length
OVERRIDE = "RECURRENCE-ID"
EXTRA_DATE = "RDATE"
_UTC = dt.UTC


def stamp(value: dt.date | dt.datetime) -> str:
    """An occurrence as iCalendar writes it: a date, or a moment in UTC."""
    if isinstance(value, dt.datetime):
        moment = value.astimezone(_UTC) if value.tzinfo else value.replace(tzinfo=_UTC)
        return f"{moment:%Y%m%dT%H%M%SZ}"
    return f"{value:%Y%m%d}"


def derived_uid(uid: str, part: str, value: dt.date | dt.datetime) -> str:
    """The UID of the override (``part`` OVERRIDE) or extra date (EXTRA_DATE) ``value``."""
    suffix = f";{part}={stamp(value)}"
    return uid[: UID_LENGTH - len(suffix)] + suffix


def split_uid(uid: str) -> tuple[str, str, dt.date | dt.datetime] | None:
    """(series UID, part, occurrence) of a derived UID; None for any other UID."""
    for part in (OVERRIDE, EXTRA_DATE):
        base, sep, text = uid.rpartition(f";{part}=")
        if not sep or not base:
            continue
        try:
            if len(text) == 8:
                return base, part, dt.datetime.strptime(text, "%Y%m%d").date()
            moment = dt.datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=_UTC)
        except ValueError:
            return None
        return base, part, moment
    return None
