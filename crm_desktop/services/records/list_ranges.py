"""A record's place in a list as index ranges: the rows before it and the rows from it
on, for reading a list by keyset (a record's page, an export's next chunk)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_


def keyset_ranges(
    sort_col: Any,
    id_col: Any,
    value: Any,
    record_id: int,
    *,
    descending: bool,
    nulls_first: bool,
) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """The rows before the record at ``(value, record_id)`` and the rows from it on, each
    as index ranges in list order: the rows sorting before or after ``value``, those
    sharing it (ordered by id), and the empty sort keys.

    The rows sharing the value are a range of their own: SQLite walks a row-value range
    ``(column, id) < (value, id)`` from the first column alone, so on a column of few
    values (every contact has the same owner) it would walk nearly the whole list.
    ``nulls_first``: where the database sorts the empty keys (SQLite below every value,
    PostgreSQL above; the list's ORDER BY leaves that to the database).
    """
    if descending:
        id_before, id_from = id_col > record_id, id_col <= record_id
    else:
        id_before, id_from = id_col < record_id, id_col >= record_id
    empty, filled = sort_col.is_(None), sort_col.is_not(None)
    if value is None:
        if nulls_first:
            return [and_(empty, id_before)], [and_(empty, id_from), filled]
        return [filled, and_(empty, id_before)], [and_(empty, id_from)]
    if descending:
        value_before, value_after = sort_col > value, sort_col < value
    else:
        value_before, value_after = sort_col < value, sort_col > value
    same = sort_col == value
    before = [value_before, and_(same, id_before)]
    after = [and_(same, id_from), value_after]
    if nulls_first:
        return [empty, *before], after
    return before, [*after, empty]
