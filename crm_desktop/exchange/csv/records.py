"""A row of a CSV file made into field values of one record type.

The formats of the file (its dates' order, its decimal mark, the order of its whole
names) are decided per column from many rows first (:func:`decide_formats`: the
wizard's preview rows, or a dry run's); then each row is read on its own
(:func:`record_values`), so an import stays one pass over the file. The values are what
the services' validation takes (text, ``date``, ``Decimal``, ``bool``, our picklist
value; a reference by the referenced record's name); what cannot be read is left out and
said in the row's problems, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from crm_desktop.exchange.csv.labels import key
from crm_desktop.exchange.csv.locale_values import (
    ColumnFormat,
    DateOrder,
    date_order_of_column,
    decimal_mark_of_column,
    parse_date,
    parse_number,
)
from crm_desktop.exchange.csv.names import NameOrder, column_name_order, split_name
from crm_desktop.exchange.csv.presets import ColumnMap, ColumnMapping, Use
from crm_desktop.exchange.csv.reading import CsvRow
from crm_desktop.exchange.csv.values import field_for_type, match_choice, split_several
from crm_desktop.exchange.problems import Problem
from crm_desktop.registry import N_, FieldSpec, Kind, RecordType, default_registry

_NUMBERS = (Kind.INTEGER, Kind.DECIMAL, Kind.MONEY, Kind.PERCENT)
#: yes and no in English, Vietnamese, Portuguese, Icelandic and as spreadsheets write them
_YES = {"1", "true", "yes", "y", "x", "co", "sim", "s", "ja", "j"}
_NO = {"0", "false", "no", "n", "khong", "nao", "nei"}


@dataclass(frozen=True)
class FileFormats:
    """How the columns of one file are read, by column index."""

    dates: Mapping[int, ColumnFormat] = field(default_factory=dict)
    numbers: Mapping[int, ColumnFormat] = field(default_factory=dict)
    name_orders: Mapping[int, NameOrder] = field(default_factory=dict)


@dataclass
class RecordValues:
    """A row's values by field name, and what could not be read."""

    line: int
    values: dict[str, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def decide_formats(
    column_map: ColumnMap,
    rows: Iterable[CsvRow],
    *,
    date_default: DateOrder = DateOrder.DMY,
    decimal_default: str = ".",
) -> FileFormats:
    """The formats of ``column_map``'s date, number and whole-name columns, decided from
    all of ``rows``; a column whose values never tell gets the default, marked unsure."""
    rtype = default_registry().get(column_map.record_type)
    kinds = {
        c.index: rtype.field(c.field).kind
        for c in column_map.columns
        if c.use is Use.FIELD and c.field
    }
    names = [c.index for c in column_map.columns if c.use is Use.FULL_NAME]
    dates = [i for i, kind in kinds.items() if kind is Kind.DATE]
    numbers = [i for i, kind in kinds.items() if kind in _NUMBERS]
    cells: dict[int, list[str]] = {i: [] for i in (*dates, *numbers, *names)}
    for row in rows:
        for index, found in cells.items():
            found.append(row.cells[index])
    return FileFormats(
        dates={i: date_order_of_column(cells[i], date_default) for i in dates},
        numbers={i: decimal_mark_of_column(cells[i], decimal_default) for i in numbers},
        name_orders={i: column_name_order(cells[i]) for i in names},
    )


@cache
def _record_type(key_: str) -> RecordType:
    """A record type of the default registry, built once (it is read for every row)."""
    return default_registry().get(key_)


def record_values(row: CsvRow, column_map: ColumnMap, formats: FileFormats) -> RecordValues:
    """The field values of ``row`` (see the module's description)."""
    rtype = _record_type(column_map.record_type)
    result = RecordValues(row.line, problems=list(row.problems))
    by_use = {use: [c for c in column_map.columns if c.use is use] for use in Use}
    for column in by_use[Use.FIELD]:
        cell = row.cells[column.index].strip()
        if cell and column.field:
            _read_field(result, rtype.field(column.field), cell, column, formats)
    for column in by_use[Use.SEVERAL]:
        _read_several(result, rtype, row, column)
    for column in by_use[Use.FULL_NAME]:
        _read_full_name(result, row.cells[column.index], column, formats)
    return result


def _problem(result: RecordValues, code: str, template: str, *args: str | int) -> None:
    """A problem of the row: "%1" is its line, "%2"… the ``args``."""
    result.problems.append(Problem(code, template, (result.line, *args)))


def _read_field(
    result: RecordValues, spec: FieldSpec, cell: str, column: ColumnMapping, formats: FileFormats
) -> None:
    kind = spec.kind
    value: object = cell
    if kind is Kind.CHOICE:
        value = match_choice(cell, spec).value
        if value is None:
            _problem(
                result,
                "unknown_choice",
                N_("Line %1: “%2” is not one of the choices of %3."),
                cell,
                spec.label,
            )
            return
    elif kind is Kind.CURRENCY:
        value = cell.upper()
        if value not in spec.choices:
            _problem(
                result,
                "unknown_choice",
                N_("Line %1: “%2” is not a currency of the program."),
                cell,
            )
            return
    elif kind is Kind.DATE:
        order = formats.dates.get(column.index)
        value = parse_date(cell, order.value if order else DateOrder.DMY)
        if value is None:
            _problem(
                result, "not_a_date", N_("Line %1: “%2” in %3 is not a date."), cell, column.header
            )
            return
    elif kind in _NUMBERS:
        mark = formats.numbers.get(column.index)
        value = parse_number(cell.rstrip("%"), mark.value if mark else ".")
        if value is None:
            _problem(
                result,
                "not_a_number",
                N_("Line %1: “%2” in %3 is not a number."),
                cell,
                column.header,
            )
            return
        if kind in (Kind.INTEGER, Kind.PERCENT) and value == value.to_integral_value():
            value = int(value)
    elif kind is Kind.BOOL:
        word = key(cell)
        if word not in _YES | _NO:
            _problem(
                result,
                "not_yes_or_no",
                N_("Line %1: “%2” in %3 is not yes or no."),
                cell,
                column.header,
            )
            return
        value = word in _YES
    result.values[spec.name] = value


def _read_several(
    result: RecordValues, rtype: RecordType, row: CsvRow, column: ColumnMapping
) -> None:
    if not column.field:
        return
    kind = rtype.field(column.field).kind
    target = column.field
    if column.type_column is not None:
        target = field_for_type(rtype, kind, row.cells[column.type_column]) or target
    fields = [target, *(f.name for f in rtype.fields if f.kind is kind and not f.read_only)]
    for value in split_several(row.cells[column.index], kind):
        free = next((f for f in fields if f not in result.values), None)
        if free is None:
            _problem(
                result,
                "no_room",
                N_("Line %1: “%2” was not imported: every field for it is full."),
                value,
            )
        else:
            result.values[free] = value


def _read_full_name(
    result: RecordValues, cell: str, column: ColumnMapping, formats: FileFormats
) -> None:
    if not cell.strip() or result.values.get("first_name") or result.values.get("last_name"):
        return
    order = formats.name_orders.get(column.index, NameOrder.GIVEN_FIRST)
    split = split_name(cell, order)
    result.values["first_name"], result.values["last_name"] = split.given, split.family
    if not split.sure and split.given:
        if split.order is NameOrder.FAMILY_FIRST:
            template = N_("Line %1: “%2” was read family name first, as most names of the file.")
        else:
            template = N_("Line %1: “%2” was read given name first, as most names of the file.")
        _problem(result, "name_order_guessed", template, cell.strip())
