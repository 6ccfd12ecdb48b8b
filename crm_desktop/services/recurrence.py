"""The repeat rules a form can edit: every n days, weeks, months or years, until a date or
a number of times. Anything richer (by weekday, by month day...) is kept as written.

An "until" date means up to and including that local day. Written as RFC 5545 wants it
for a timed start (UTC, ``UNTIL=20260630T215959Z``); read back as the last local day on
which an occurrence at the series' time of day can still fall.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_SIMPLE_PARTS = {"FREQ", "INTERVAL", "UNTIL", "COUNT"}
_UTC = dt.UTC


@dataclass(frozen=True)
class SimpleRule:
    freq: str
    interval: int = 1
    #: the last local day (inclusive), or None
    until: dt.date | None = None
    count: int | None = None


def _parts(text: str) -> dict[str, str] | None:
    found: dict[str, str] = {}
    for chunk in text.strip().removeprefix("RRULE:").split(";"):
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        if not sep or key.upper() in found:
            return None
        found[key.upper()] = value.strip()
    return found


def until_value(text: str) -> str | None:
    """The rule's UNTIL value as written, or None."""
    parts = _parts(text) or {}
    return parts.get("UNTIL")


def parse_simple(text: str, zone: dt.tzinfo, start_time: dt.time = dt.time()) -> SimpleRule | None:
    """The rule as a :class:`SimpleRule`, or None when it says more than one can edit.

    ``zone`` is where the series repeats (UTC for all-day ones), ``start_time`` its local
    time of day, to turn a UTC "until" into the last day it allows.
    """
    parts = _parts(text)
    if not parts or set(parts) - _SIMPLE_PARTS or "FREQ" not in parts:
        return None
    freq = parts["FREQ"].upper()
    if freq not in FREQUENCIES or ("UNTIL" in parts and "COUNT" in parts):
        return None
    try:
        interval = int(parts.get("INTERVAL", "1"))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        until = _until_day(parts["UNTIL"], zone, start_time) if "UNTIL" in parts else None
    except ValueError:
        return None
    if interval < 1 or (count is not None and count < 1):
        return None
    return SimpleRule(freq, interval, until, count)


def _until_day(value: str, zone: dt.tzinfo, start_time: dt.time) -> dt.date:
    if len(value) == 8:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    if value.endswith("Z"):
        moment = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=_UTC)
        local = moment.astimezone(zone)
    else:  # a floating local time
        local = dt.datetime.strptime(value, "%Y%m%dT%H%M%S")
    day = local.date()
    return day if local.time() >= start_time else day - dt.timedelta(days=1)


def format_rule(rule: SimpleRule, zone: dt.tzinfo) -> str:
    """RRULE text (without "RRULE:") of ``rule`` repeating in ``zone``."""
    if rule.freq not in FREQUENCIES or rule.interval < 1:
        raise ValueError(f"not a simple rule: {rule}")
    parts = [f"FREQ={rule.freq}"]
    if rule.interval != 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.count is not None:
        parts.append(f"COUNT={rule.count}")
    elif rule.until is not None:
        last = dt.datetime.combine(rule.until, dt.time(23, 59, 59), zone).astimezone(_UTC)
        parts.append(f"UNTIL={last:%Y%m%dT%H%M%SZ}")
    return ";".join(parts)
