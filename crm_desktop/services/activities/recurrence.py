"""Repeat rules: the ones a form can edit, and quick ways through the plain ones.

The rules a form can edit: every n days, weeks, months or years, until a date or
a number of times. Anything richer (by weekday, by month day...) is kept as written.

An "until" date means up to and including that local day. Written as RFC 5545 wants it
for a timed start (UTC, ``UNTIL=20260630T215959Z``); read back as the last local day on
which an occurrence at the series' time of day can still fall.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from dateutil.rrule import rrule, rruleset, rrulestr

from crm_desktop.services.activities.time_limits import in_zone, shifted

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


#: the most occurrences of one series a read gives: a month holds every hourly one; a rule
#: another program wrote, every minute or second, shows its first ones, not millions
MAX_PER_SERIES = 1000
#: the most occurrences dateutil may walk through for one series in one read
MAX_STEPS = 20_000
#: the step of a rule without BY parts, by its frequency (the wall clock's)
_PLAIN_STEP = {
    "SECONDLY": dt.timedelta(seconds=1),
    "MINUTELY": dt.timedelta(minutes=1),
    "HOURLY": dt.timedelta(hours=1),
    "DAILY": dt.timedelta(days=1),
    "WEEKLY": dt.timedelta(days=7),
}
#: the longest a step of each frequency can be (a month, a leap year)
_LONGEST_STEP = {
    **_PLAIN_STEP,
    "MONTHLY": dt.timedelta(days=31),
    "YEARLY": dt.timedelta(days=366),
}
_RULE_PART = re.compile(r"([A-Z]+)=([^;]*)")


@lru_cache(maxsize=4096)
def rule_parts(rule: str) -> Mapping[str, str]:
    """A rule's parts by name (upper case), read once per text: a calendar expands
    hundreds of series of a few rules ("FREQ=WEEKLY;COUNT=12") each time it is drawn."""
    return MappingProxyType(dict(_RULE_PART.findall(rule.upper().removeprefix("RRULE:"))))


def overlaps(first: dt.datetime, last: dt.datetime, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether [first, last) overlaps [start, end): strictly (a meeting ending at midnight is
    not on the next day); one without length counts where it starts."""
    if last <= first:
        return start <= first < end
    return first < end and last > start


def skips_by_day(rule: str) -> bool:
    """True when a rule repeats at most once a day (daily or coarser, no BYHOUR and the
    like): its skipped occurrences are then told by their local date alone, so they stay
    skipped when the series' time of day changes. Exception dates stored as full times
    (older files, imports) are matched by their date in the series' zone too."""
    parts = rule_parts(rule)
    if parts.get("FREQ") not in FREQUENCIES:
        return False
    return not {"BYHOUR", "BYMINUTE", "BYSECOND"} & set(parts)


def series_over(activity: Any, start: dt.datetime) -> bool:
    """True when a repeating activity certainly has no occurrence ending at or after
    ``start``: a cheap look at COUNT and UNTIL that spares expanding old series."""
    if not activity.recurrence or activity.start_at is None:
        return False
    last = series_last_end(activity.recurrence, activity.start_at, activity.end_at)
    return last is not None and last < start


def series_last_end(
    rule: str, first_start: dt.datetime, first_end: dt.datetime | None
) -> dt.datetime | None:
    """A moment no occurrence of the series ends after, from its COUNT or UNTIL alone (a
    day of slack for zones and daylight saving, and for an UNTIL in local time); None when
    the rule does not tell (no end, a count of a rule with BY parts, or of one that may
    skip months or years: see :func:`_may_skip`)."""
    parts = rule_parts(rule)
    length = (first_end - first_start) if first_end else dt.timedelta(0)
    margin = length + dt.timedelta(days=2)
    until = parts.get("UNTIL", "")
    if len(until) >= 8 and until[:8].isdigit():
        last = _until_date(until[:8])
        # not a date: the expansion shows the first occurrence alone
        return None if last is None else shifted(last, margin)
    count, step = parts.get("COUNT", ""), _LONGEST_STEP.get(parts.get("FREQ", ""))
    if not count.isdigit() or step is None or any(k.startswith("BY") for k in parts):
        return None
    if _may_skip(parts.get("FREQ", ""), first_start):
        return None
    interval = int(parts["INTERVAL"]) if parts.get("INTERVAL", "").isdigit() else 1
    try:
        last = shifted(first_start, (int(count) - 1) * interval * step)
    except OverflowError:  # more steps than a timedelta holds: it ends after any range
        return None
    return shifted(last, margin)


def _may_skip(frequency: str, first_start: dt.datetime) -> bool:
    """Whether a series may skip the months (or years) that lack its day, the 29th to the
    31st (or the 29th of February), as dateutil does: its COUNT then does not tell its end
    (four monthly on the 31st from January end in July, not April). The stored start is
    in UTC and the day is the local one, so a day's slack on either side."""
    if frequency == "MONTHLY":
        return first_start.day >= 28
    if frequency == "YEARLY":
        return (first_start.month, first_start.day) in {(2, 28), (2, 29), (3, 1)}
    return False


def stepped_starts(
    rule: str,
    local: dt.datetime,
    duration: dt.timedelta,
    start: dt.datetime,
    end: dt.datetime,
    skipped: list[dt.datetime],
) -> list[dt.datetime] | None:
    """Starts of a plain rule (every n seconds to months, no BY parts) in the range, found
    by stepping the wall clock from the first one in it (as dateutil would, without
    iterating from the series' start; a month without the series' day, the 29th to 31st,
    is skipped as dateutil skips it), at most MAX_PER_SERIES; None for any other rule. A
    busy office has thousands of weekly and monthly series on screen."""
    plan = _plain_steps(rule)
    if plan is None:
        return None
    interval, until = plan.interval, plan.until
    zone, wall = local.tzinfo or dt.UTC, local.replace(tzinfo=None)
    earliest = in_zone(shifted(start, -duration), zone).replace(tzinfo=None)
    monthly = plan.freq == "MONTHLY"
    if monthly:
        months = interval
        n = max(0, ((earliest.year - wall.year) * 12 + earliest.month - wall.month) // months - 1)

        def nth(n: int) -> dt.datetime | None:
            month = wall.month - 1 + n * months
            year, month = wall.year + month // 12, month % 12 + 1
            if wall.day > 28 and wall.day > calendar.monthrange(year, month)[1]:
                return None  # a month without the day: dateutil makes none, nor counts it
            return wall.replace(year=year, month=month)

    else:
        step = _PLAIN_STEP[plan.freq] * interval
        # One step back for the hour a change of clocks may move things by.
        n = max(0, (earliest - wall) // step - 1)

        def nth(n: int) -> dt.datetime | None:
            return wall + n * step

    last = plan.count
    # How many occurrences the steps before the first one looked at made (a COUNT counts
    # them): each step makes one, but the months without the day.
    gaps = monthly and wall.day > 28 and last is not None
    made = sum(nth(k) is not None for k in range(n)) if gaps else n
    found: list[dt.datetime] = []
    while (last is None or made < last) and len(found) < MAX_PER_SERIES:
        try:
            stepped = nth(n)
            moment = None if stepped is None else stepped.replace(tzinfo=zone)
        except (OverflowError, ValueError):
            break  # the series runs past the last day datetime holds
        n += 1
        if moment is None:
            continue
        made += 1
        if (until is not None and moment > until) or moment >= end:
            break
        if overlaps(moment, shifted(moment, duration), start, end) and moment not in skipped:
            found.append(moment)
    return found


@dataclass(frozen=True)
class _Steps:
    """A plain rule (every n seconds to months, no BY parts, a UTC "until" if any)."""

    freq: str
    interval: int
    count: int | None
    until: dt.datetime | None


@lru_cache(maxsize=4096)
def _plain_steps(rule: str) -> _Steps | None:
    """The rule as :func:`stepped_starts` steps it, or None when it is not a plain one."""
    parts = rule_parts(rule)
    freq, until_text = parts.get("FREQ", ""), parts.get("UNTIL", "")
    if set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL"}:
        return None
    if not (freq in _PLAIN_STEP or freq == "MONTHLY"):
        return None
    if until_text and not until_text.endswith("Z"):
        return None
    interval = parts.get("INTERVAL", "1")
    count = parts.get("COUNT", "")
    if not interval.isdigit() or int(interval) < 1 or (count and not count.isdigit()):
        return None
    until = _utc_until(until_text) if until_text else None
    return _Steps(freq, int(interval), int(count) if count else None, until)


@lru_cache(maxsize=4096)
def _until_date(text: str) -> dt.datetime | None:
    """Midnight UTC of a rule's "until" date (its first eight digits), None if not one."""
    try:
        return dt.datetime.strptime(text, "%Y%m%d").replace(tzinfo=_UTC)
    except ValueError:
        return None


def _utc_until(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=_UTC)
    except ValueError:
        return None


def parse_rule(text: str, start: dt.datetime) -> rrule:
    """The dateutil rule of an RRULE value starting at the aware local ``start``."""
    rule = rrulestr(text.removeprefix("RRULE:"), dtstart=start, forceset=False)
    if not isinstance(rule, rrule):
        raise ValueError("one RRULE expected")
    return rule


def rule_starts(
    rule: str,
    local: dt.datetime,
    duration: dt.timedelta,
    start: dt.datetime,
    end: dt.datetime,
    skipped: list[dt.datetime],
) -> list[dt.datetime]:
    """Starts of any rule in the range, by dateutil, at most MAX_PER_SERIES.

    dateutil walks a rule from its first occurrence: a rule without COUNT starts its walk
    a whole number of its periods later, just before the range (the same occurrences:
    BY parts repeat with the period), and no walk takes more than MAX_STEPS occurrences.
    """
    first = _rebased(rule, local, in_zone(shifted(start, -duration), local.tzinfo or dt.UTC))
    series = rruleset()
    series.rrule(parse_rule(rule, first))
    for moment in skipped:
        series.exdate(moment)
    found: list[dt.datetime] = []
    for steps, moment in enumerate(series):
        if moment >= end or steps >= MAX_STEPS or len(found) >= MAX_PER_SERIES:
            break
        if overlaps(moment, shifted(moment, duration), start, end):
            found.append(moment)
    return found


def _rebased(rule: str, local: dt.datetime, earliest: dt.datetime) -> dt.datetime:
    """``local`` moved on by whole periods of ``rule`` to a period before ``earliest``; as
    it is for a rule with COUNT (which counts from the first), and for a monthly or yearly
    one on a day not every month has (the 29th to 31st)."""
    parts = rule_parts(rule)
    freq, interval = parts.get("FREQ", ""), parts.get("INTERVAL", "1")
    if "COUNT" in parts or not interval.isdigit() or int(interval) < 1:
        return local
    # Two periods back: one for a change of clocks, one for the walk to find its first.
    if freq in _PLAIN_STEP:
        period = _PLAIN_STEP[freq] * int(interval)
        wall = local.replace(tzinfo=None)
        n = (earliest.replace(tzinfo=None) - wall) // period - 2
        return (wall + n * period).replace(tzinfo=local.tzinfo) if n > 0 else local
    months = int(interval) * {"MONTHLY": 1, "YEARLY": 12}.get(freq, 0)
    if not months or local.day > 28:
        return local
    n = ((earliest.year - local.year) * 12 + earliest.month - local.month) // months - 2
    if n <= 0:
        return local
    month = local.month - 1 + n * months
    return local.replace(year=local.year + month // 12, month=month % 12 + 1)
