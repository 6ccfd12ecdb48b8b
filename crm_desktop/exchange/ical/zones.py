"""An IANA zone for a VTIMEZONE that does not name one.

Outlook writes a zone the user adjusted, or one it cannot name, as "Customized Time Zone"
with its offsets and daylight-saving rules spelled out. The times themselves read right
with those rules (the icalendar library builds a tzinfo of them), but a repeating activity
keeps the IANA name of its zone, to repeat at the same local time after a change of
clocks. :class:`ZoneReader` gives every time of a calendar such a zone. The name of an
unnamed one is found by comparing offsets: the zone that agrees with the VTIMEZONE at
every moment of the two years from the event's start (once a day, and on either side of
each of its changes of clocks, found to the minute), the preferred ones (the user's, the
calendar's) first, then one zone per Windows zone (the zones Outlook's own rules come from).
A zone no IANA zone matches, and a TZID without its VTIMEZONE, are read as the wall clock
of the calendar's zone (X-WR-TIMEZONE), else of the importing user's: a 10:00 meeting
stays at 10:00, and repeats there, rather than at 10:00 UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone import tzid_from_dt
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

_UTC = dt.UTC
_WEEK = dt.timedelta(days=7)
_DAY = dt.timedelta(days=1)
_MINUTE = dt.timedelta(minutes=1)
_SPAN = dt.timedelta(days=731)


def _zone(name: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@lru_cache(maxsize=1)
def _windows_zones() -> tuple[str, ...]:
    # In the order of the Windows names: "Eastern Standard Time" (America/New_York) comes
    # before the other zones of the same rules.
    return tuple(dict.fromkeys(WINDOWS_TO_OLSON.values()))


def _offset(zone: dt.tzinfo, moment: dt.datetime) -> dt.timedelta | None:
    return moment.astimezone(zone).utcoffset()


def _changes(zone: dt.tzinfo, begin: dt.datetime) -> list[tuple[dt.datetime, dt.timedelta | None]]:
    """(from when, offset) of ``zone`` over the span, to the minute. A zone read from a
    VTIMEZONE is slow to ask (its rules are stepped from 1601 at every call): a week at a
    time, then halving the week an offset changes in."""
    found = [(begin, _offset(zone, begin))]
    moment = begin
    while moment < begin + _SPAN:
        later = moment + _WEEK
        offset = _offset(zone, later)
        if offset != found[-1][1]:
            low, high = moment, later  # the change lies in (low, high]
            while high - low > _MINUTE:
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    break
                if _offset(zone, middle) == found[-1][1]:
                    low = middle
                else:
                    high = middle
            found.append((high, offset))
        moment = later
    return found


def _offset_at(
    changes: list[tuple[dt.datetime, dt.timedelta | None]], moment: dt.datetime
) -> dt.timedelta | None:
    current = changes[0][1]
    for since, offset in changes:
        if since > moment:
            break
        current = offset
    return current


def matching_zone(
    zone: dt.tzinfo, start: dt.datetime, preferred: Iterable[str | None] = ()
) -> str | None:
    """The IANA name of a zone whose offsets are ``zone``'s around ``start``, or None."""
    begin = start.astimezone(_UTC).replace(minute=0, second=0, microsecond=0)
    changes = _changes(zone, begin)
    # Once a day, and on either side of each change of clocks (a zone changing an hour
    # later, or on another day of the same week, differs only there).
    samples = [begin + i * _DAY for i in range(_SPAN.days + 1)]
    for since, _offset_then in changes[1:]:
        samples += [since - _MINUTE, since]
    wanted = [_offset_at(changes, m) for m in samples]
    # A summer and a winter moment rule out nearly every zone at once.
    quick = [0, len(samples) // 8, len(samples) // 4, len(samples) // 2]
    names: Sequence[str] = [*dict.fromkeys(n for n in preferred if n), *_windows_zones()]
    for name in names:
        candidate = _zone(name)
        if candidate is None:
            continue
        if any(_offset(candidate, samples[i]) != wanted[i] for i in quick):
            continue
        if all(_offset(candidate, m) == w for m, w in zip(samples, wanted, strict=True)):
            return name
    return None


def known_zone(name: str | None) -> bool:
    return name is not None and name != "" and _zone(name) is not None


def zone_name(value: dt.datetime) -> str | None:
    """The IANA name of an aware time's zone as the file names it; Outlook's Windows names
    ("W. Europe Standard Time") are mapped with the library's table."""
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str):
        return key
    tzid = tzid_from_dt(value)
    if not tzid:
        return None
    if known_zone(tzid):
        return tzid
    mapped = WINDOWS_TO_OLSON.get(tzid.strip('"'))
    return mapped if known_zone(mapped) else None


class ZoneReader:
    """The zones of one calendar's times: ``name`` for floating times and the zones no IANA
    zone matches (UTC when None or unknown); ``preferred`` names come first when a
    VTIMEZONE's offsets are matched."""

    def __init__(self, name: str | None, preferred: Iterable[str | None] = ()):
        self.name = name if known_zone(name) else None
        self.zone: dt.tzinfo = ZoneInfo(self.name) if self.name else _UTC
        self.preferred = [self.name, *preferred]
        #: TZID -> the IANA zone matched to its offsets (None: none matched)
        self._matched: dict[str, str | None] = {}

    def local(self, value: dt.date | dt.datetime) -> dt.date | dt.datetime:
        """``value`` in a zone with an IANA name where one can be had; dates as they are."""
        if not isinstance(value, dt.datetime):
            return value
        if value.tzinfo is None:  # floating: the calendar's wall clock
            return value.replace(tzinfo=self.zone)
        named = zone_name(value)
        if named is not None:
            zone = _zone(named)
            return value.astimezone(zone) if zone is not None else value
        tzid = tzid_from_dt(value) or repr(value.tzinfo)
        if tzid not in self._matched:
            self._matched[tzid] = matching_zone(value.tzinfo, value, self.preferred)
        matched = self._matched[tzid]
        if matched is None:
            return value.replace(tzinfo=self.zone)
        return value.astimezone(ZoneInfo(matched))

    def zone_of(self, value: dt.datetime) -> str | None:
        """The IANA name of a time :meth:`local` gave (None for a plain UTC one)."""
        key = getattr(value.tzinfo, "key", None)
        return key if isinstance(key, str) else None
