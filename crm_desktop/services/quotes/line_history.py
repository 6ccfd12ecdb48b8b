"""A quote's or order's lines in its history: one entry per line a save added, removed
or changed, summed up as "line 3: quantity 2 → 5" (the lines are not fields of the
record, so the summary is what the history keeps of them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crm_desktop.services.history.record_history import FieldChange, raw
from crm_desktop.services.history.types import LINES
from crm_desktop.services.quotes.documents import DocumentLine

#: the parts of a line a change names, and the words it names them with
_PARTS = (
    ("name", "name"),
    ("description", "description"),
    ("quantity", "quantity"),
    ("unit", "unit"),
    ("unit_price", "unit price"),
    ("discount_percent", "discount %"),
    ("discount_amount", "discount"),
)
_ARROW = "\N{RIGHTWARDS ARROW}"


def _text(value: Any) -> str:
    return raw(value.strip() if isinstance(value, str) else value) or "\N{EM DASH}"


def _added(position: int, line: DocumentLine) -> str:
    return (
        f"line {position} added: {line.name.strip()}, "
        f"{_text(line.quantity)} \N{MULTIPLICATION SIGN} {_text(line.unit_price)}"
    )


def line_changes(
    before: Sequence[DocumentLine], after: Sequence[DocumentLine]
) -> list[FieldChange]:
    """What changed from the stored lines ``before`` to ``after``, line by line in order."""
    changes: list[FieldChange] = []
    for position in range(1, max(len(before), len(after)) + 1):
        old = before[position - 1] if position <= len(before) else None
        new = after[position - 1] if position <= len(after) else None
        if old is None and new is not None:
            summary = _added(position, new)
        elif new is None and old is not None:
            summary = f"line {position} removed: {old.name.strip()}"
        else:
            assert old is not None and new is not None
            parts = [
                f"{word} {_text(getattr(old, name))} {_ARROW} {_text(getattr(new, name))}"
                for name, word in _PARTS
                if _text(getattr(old, name)) != _text(getattr(new, name))
            ]
            if not parts:
                continue
            summary = f"line {position}: " + "; ".join(parts)
        changes.append(FieldChange(LINES, new_text=summary))
    return changes
