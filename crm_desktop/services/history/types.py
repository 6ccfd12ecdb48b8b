"""The plain data of the record history: no SQLAlchemy, no models (the views import it)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_PLACE = re.compile(r"%(\d+)")

#: the field of the entries that sum up a quote's or order's lines ("line 3: quantity 2 → 5")
LINES = "lines"
#: the field of the entries of an activity's invitees: a name removed (the old value) or
#: added (the new value)
INVITEES = "invitees"


@dataclass(frozen=True)
class HistoryRow:
    """One field's change (``field`` None: a change of the whole record, such as its move
    to the recycle bin), its values as the field holds them, and the name of whoever made
    it. ``old_text``/``new_text`` are what the user saw when the value is an id.
    ``merged_from``: the record the entry belongs to when it is not the record asked
    for but one merged into it (``merged_name`` its name; None: the record's own)."""

    changed_at: dt.datetime
    user_id: int | None
    user_name: str
    kind: str
    field: str | None
    old: Any
    new: Any
    old_text: str | None
    new_text: str | None
    merged_from: int | None = None
    merged_name: str = ""


@dataclass(frozen=True)
class Summary:
    """A sentence the history keeps about something that is not a field (a quote's line
    changed), to be shown in the user's language: an English ``text`` marked with
    ``N_`` and its numbered places %1, %2, ..., and their ``args``: text, a Summary of
    its own, or a tuple of them (shown joined by "; ")."""

    text: str
    args: tuple[Any, ...] = ()

    def shown(self, translate: Callable[[str], str] = str) -> str:
        """The sentence, each template passed through ``translate`` (the view's)."""

        def place(match: re.Match[str]) -> str:
            number = int(match.group(1))
            if not 1 <= number <= len(self.args):
                return match.group(0)
            return _shown(self.args[number - 1], translate)

        return _PLACE.sub(place, translate(self.text))

    def stored(self) -> str:
        """As the history keeps it (JSON), read back by :meth:`from_stored`."""
        return json.dumps(_plain(self), ensure_ascii=False)

    @classmethod
    def from_stored(cls, stored: str | None) -> Summary | None:
        """The summary of :meth:`stored`; None for anything else (an older entry)."""
        try:
            plain = json.loads(stored or "")
        except ValueError:
            return None
        return _summary(plain) if isinstance(plain, dict) else None


def _shown(arg: Any, translate: Callable[[str], str]) -> str:
    if isinstance(arg, Summary):
        return arg.shown(translate)
    if isinstance(arg, tuple):
        return "; ".join(_shown(a, translate) for a in arg)
    return str(arg)


def _plain(arg: Any) -> Any:
    if isinstance(arg, Summary):
        return {"text": arg.text, "args": [_plain(a) for a in arg.args]}
    if isinstance(arg, tuple):
        return [_plain(a) for a in arg]
    return arg


def _summary(plain: dict[str, Any]) -> Summary:
    def arg(value: Any) -> Any:
        if isinstance(value, dict):
            return _summary(value)
        if isinstance(value, list):
            return tuple(arg(v) for v in value)
        return value

    return Summary(str(plain.get("text", "")), tuple(arg(v) for v in plain.get("args", [])))
