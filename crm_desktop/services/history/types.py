"""The plain data of the record history: no SQLAlchemy, no models (the views import it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

#: the field of the entries that sum up a quote's or order's lines ("line 3: quantity 2 → 5")
LINES = "lines"
#: the field of the entries of an activity's invitees: a name removed (the old value) or
#: added (the new value)
INVITEES = "invitees"


@dataclass(frozen=True)
class HistoryRow:
    """One field's change (``field`` None: a change of the whole record, such as its move
    to the recycle bin), its values as the field holds them, and the name of whoever made
    it. ``old_text``/``new_text`` are what the user saw when the value is an id."""

    changed_at: dt.datetime
    user_id: int | None
    user_name: str
    kind: str
    field: str | None
    old: Any
    new: Any
    old_text: str | None
    new_text: str | None
