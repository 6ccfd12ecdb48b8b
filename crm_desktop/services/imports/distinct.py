"""The distinct values of a file's columns saved in fields with choices, for the values
page of the wizard: the whole file read once, each value counted and matched to our
choices as the import will match it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from crm_desktop.exchange.csv.labels import key
from crm_desktop.exchange.csv.reading import open_csv
from crm_desktop.exchange.csv.values import match_choice
from crm_desktop.registry import RecordType
from crm_desktop.services.imports.plan import MOST_VALUES, ColumnValues, FileValue

#: rows read between two progress reports (and two looks at Cancel)
STEP = 2000


def distinct_values(
    path: Path,
    record_type: RecordType,
    columns: Mapping[str, int],
    *,
    encoding: str | None,
    separator: str | None,
    progress: Callable[[int, int, str], None] | None,
    cancelled: Callable[[], bool] | None,
) -> dict[str, ColumnValues]:
    """Field -> the distinct values of its column (``columns``: field -> column index).
    Cancel stops the reading: the values read until then are returned."""
    #: field -> folded value -> its first spelling; and how many rows hold it
    spelling: dict[str, dict[str, str]] = {name: {} for name in columns}
    rows: dict[str, dict[str, int]] = {name: {} for name in columns}
    more = dict.fromkeys(columns, False)
    with open_csv(path, encoding=encoding, separator=separator) as reader:
        for number, row in enumerate(reader, 1):
            for name, index in columns.items():
                cell = row.cells[index].strip()
                folded = key(cell)
                if not folded:
                    continue
                if folded in rows[name]:
                    rows[name][folded] += 1
                elif len(rows[name]) < MOST_VALUES:
                    spelling[name][folded], rows[name][folded] = cell, 1
                else:
                    more[name] = True
            if number % STEP == 0:
                if cancelled is not None and cancelled():
                    break
                if progress is not None:
                    progress(number, 0, "")
    result = {}
    for name, first in spelling.items():
        spec = record_type.field(name)
        values = [
            FileValue(text, rows[name][folded], match_choice(text, spec).value)
            for folded, text in first.items()
        ]
        result[name] = ColumnValues(values, more[name])
    return result
