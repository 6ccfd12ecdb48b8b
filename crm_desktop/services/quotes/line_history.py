"""A quote's or order's lines in its history: one entry per line a save added, removed
or changed, summed up as "line 3: quantity 2 → 5" (the lines are not fields of the
record, so the summary is what the history keeps of them: its words and their values,
translated when shown)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crm_desktop.registry.spec import N_
from crm_desktop.services.history.record_history import FieldChange, raw
from crm_desktop.services.history.types import LINES, Summary
from crm_desktop.services.quotes.documents import DocumentLine

#: the parts of a line a change names, and the words it names them with
_PARTS = (
    ("name", N_("name")),
    ("description", N_("description")),
    ("quantity", N_("quantity")),
    ("unit", N_("unit")),
    ("unit_price", N_("unit price")),
    ("discount_percent", N_("discount %")),
    ("discount_amount", N_("discount")),
)


def _text(value: Any) -> str:
    return raw(value.strip() if isinstance(value, str) else value) or "\N{EM DASH}"


def _added(position: int, line: DocumentLine) -> Summary:
    return Summary(
        N_("line %1 added: %2, %3 × %4"),
        (str(position), line.name.strip(), _text(line.quantity), _text(line.unit_price)),
    )


def _changed(position: int, old: DocumentLine, new: DocumentLine) -> Summary | None:
    parts = tuple(
        Summary(N_("%1 %2 → %3"), (Summary(word), _text(getattr(old, name)), after))
        for name, word in _PARTS
        if _text(getattr(old, name)) != (after := _text(getattr(new, name)))
    )
    return Summary(N_("line %1: %2"), (str(position), parts)) if parts else None


def line_changes(
    before: Sequence[DocumentLine], after: Sequence[DocumentLine]
) -> list[FieldChange]:
    """What changed from the stored lines ``before`` to ``after``, line by line in order:
    each a :class:`Summary` the History tab shows in the user's language (and, for
    whatever reads the text, in English)."""
    changes: list[FieldChange] = []
    for position in range(1, max(len(before), len(after)) + 1):
        old = before[position - 1] if position <= len(before) else None
        new = after[position - 1] if position <= len(after) else None
        summary: Summary | None
        if old is None and new is not None:
            summary = _added(position, new)
        elif new is None and old is not None:
            summary = Summary(N_("line %1 removed: %2"), (str(position), old.name.strip()))
        else:
            assert old is not None and new is not None
            summary = _changed(position, old, new)
        if summary is not None:
            changes.append(FieldChange(LINES, new=summary.stored(), new_text=summary.shown()))
    return changes
