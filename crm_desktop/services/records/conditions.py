"""A list's filters as SQL: the quick filter's words and each condition of a saved
filter or a column filter, as one WHERE clause each (``ListService._where`` joins them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)

from crm_desktop.registry import ME, TODAY, Condition, FieldSpec, Kind, RecordType
from crm_desktop.services.records.service import table_of
from crm_desktop.textfold import fold

OPERATORS = (
    "eq",
    "ne",
    "in",
    "not_in",
    "contains",
    "starts",
    "empty",
    "not_empty",
    "lt",
    "le",
    "gt",
    "ge",
)


#: matches from which a quick-filtered page walks the sort index (see common_match)
COMMON_MATCHES = 2000


def text_match(
    record_type: RecordType, words: Sequence[str], *, is_sqlite: bool, walk: bool = False
) -> ColumnElement[bool]:
    """The records whose search text has a word starting with each of ``words``.

    ``walk`` (SQLite): the matches are a set each row of another index (a list's sort
    index) is looked up in, instead of the rows the database reads first (``id + 0`` is
    a value no index holds)."""
    table = table_of(record_type)
    if is_sqlite:
        matching = fts_matches(record_type, words)
        return (table.c.id + 0 if walk else table.c.id).in_(matching)
    # FTS5's tokenizer drops the "+" of "+84 912..." and a word's edge punctuation;
    # the substring search does the same, so both databases find the same records.
    needles = [w.strip("+-.") or w for w in words]
    return and_(*(table.c.search_text.like(f"%{escape_like(w)}%", escape="\\") for w in needles))


def common_match(session: Any, record_type: RecordType, words: Sequence[str]) -> bool:
    """Whether ``words`` match at least :data:`COMMON_MATCHES` records (SQLite; deleted
    ones too), read from the full-text index alone and no further than that.

    A page of a common match ("nguyen": one contact in seven of a million) walks the
    sort index and stops after a page, where sorting every match read each of them at
    random from the table first (a second); a rare match ("þórður") is read and sorted
    whole, where the walk would pass over most of the index to fill a page."""
    matches = fts_matches(record_type, words).limit(COMMON_MATCHES).subquery("matches")
    found = session.execute(select(func.count()).select_from(matches)).scalar_one()
    return int(found) >= COMMON_MATCHES


def fts_matches(record_type: RecordType, words: Sequence[str]) -> Select[Any]:
    """The ids (``rowid``) whose search text has a word starting with each of ``words``
    (FTS5)."""
    fts = f"{record_type.table}_fts"
    match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
    return (
        select(literal_column("rowid"))
        .select_from(text(fts))
        .where(text(f"{fts} MATCH :fts_query").bindparams(fts_query=match))
    )


def condition_value(spec: FieldSpec, value: Any, user_id: int) -> Any:
    """A condition's value, with the current user and today put in."""
    if value == ME:
        return user_id
    if value == TODAY:
        today = dt.date.today()
        if spec.kind is Kind.DATE:
            return today
        # A point in time: the user's midnight (this computer's time zone), or the
        # date's midnight in UTC if earlier, where all-day activities are kept.
        local = dt.datetime.combine(today, dt.time()).astimezone()
        return min(local, dt.datetime.combine(today, dt.time(), dt.UTC))
    return value


#: above every character in SQLite's binary order: the end of a range of prefixes
_LAST_CHARACTER = "\U0010ffff"


def condition_clause(
    record_type: RecordType, condition: Condition, user_id: int, *, is_sqlite: bool
) -> ColumnElement[bool]:
    table = table_of(record_type)
    spec = record_type.field(condition.field)
    op = condition.op
    if op not in OPERATORS:
        raise ValueError(f"unknown filter operator {op!r}")
    value = condition_value(spec, condition.value, user_id)
    column = table.c[spec.name]
    if op in ("contains", "starts"):
        key = spec.sort if spec.sort and spec.sort.endswith("_key") else None
        if spec.kind is Kind.REFERENCE and spec.cache:
            key = f"{spec.cache}_key" if f"{spec.cache}_key" in table.c else None
            column = table.c[spec.cache]
        needle = fold(str(value or ""))
        if op == "starts" and key and is_sqlite:
            # A range of the folded key, walked in its list index: SQLite's LIKE is
            # case-insensitive, so it cannot use the index and reads every row.
            folded = table.c[key]
            return and_(folded >= needle, folded < needle + _LAST_CHARACTER)
        target = table.c[key] if key else func.lower(column)
        pattern = escape_like(needle if key else str(value or "").lower())
        pattern = f"%{pattern}%" if op == "contains" else f"{pattern}%"
        return target.like(pattern, escape="\\")
    if op == "empty":
        return _empty(spec, column)
    if op == "not_empty":
        return _filled(spec, column)
    if op in ("in", "not_in"):
        values = list(condition.value or ())
        if not values:
            return false() if op == "in" else true()
        # An empty value among those chosen (a column filter's "(empty)") is NULL or "".
        empty = None in values or "" in values
        filled = [v for v in values if v not in (None, "")]
        if op == "in":
            chosen = column.in_(filled) if filled else false()
            return or_(chosen, _empty(spec, column)) if empty else chosen
        kept = or_(column.is_(None), column.not_in(filled)) if filled else true()
        return and_(kept, _filled(spec, column)) if empty else kept
    if op == "eq":
        return column.is_(None) if value is None else column == value
    if op == "ne":
        return column.is_not(None) if value is None else or_(column.is_(None), column != value)
    comparisons = {"lt": "__lt__", "le": "__le__", "gt": "__gt__", "ge": "__ge__"}
    return getattr(column, comparisons[op])(value)


def _empty(spec: FieldSpec, column: Any) -> ColumnElement[bool]:
    return or_(column.is_(None), column == "") if _is_text(spec) else column.is_(None)


def _filled(spec: FieldSpec, column: Any) -> ColumnElement[bool]:
    return and_(column.is_not(None), column != "") if _is_text(spec) else column.is_not(None)


def _is_text(spec: FieldSpec) -> bool:
    return spec.kind in (Kind.TEXT, Kind.MULTILINE, Kind.EMAIL, Kind.PHONE, Kind.URL, Kind.CHOICE)


def escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
