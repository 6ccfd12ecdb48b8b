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

from collections.abc import Callable, Iterable, Mapping
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


class _Unread(Exception):
    """A cell that cannot be read into its field: the row's problem (code, template, args
    after the line)."""

    def __init__(self, code: str, template: str, *args: str | int):
        super().__init__(code)
        self.code, self.template, self.args_ = code, template, args


#: a field whose cell is its value (text, e-mail, phone...: checked by the services)
_AS_IS = None
#: cells of one picklist column kept read (a column holds a few values, again and again)
_CHOICE_CACHE = 1000


class RowReader:
    """:func:`record_values` for one column map and its formats, with what is the same
    for every row (the columns by use, their fields and how each is read) worked out
    once. :meth:`quick` is the bulk import's reading of a row that reads without a
    problem; any other row is read by :meth:`values`, the same function the preview
    uses."""

    def __init__(self, column_map: ColumnMap, formats: FileFormats):
        self.column_map = column_map
        self.formats = formats
        self.rtype = _record_type(column_map.record_type)
        by_use = {use: [c for c in column_map.columns if c.use is use] for use in Use}
        self.fields = [(c, self.rtype.field(c.field)) for c in by_use[Use.FIELD] if c.field]
        self.several = by_use[Use.SEVERAL]
        self.full_names = by_use[Use.FULL_NAME]
        #: (column index, field name, how its cell is read: None as is, else a function
        #: raising _Unread)
        self.readers = [(c.index, spec.name, self._reader(spec, c)) for c, spec in self.fields]

    def _reader(self, spec: FieldSpec, column: ColumnMapping) -> Callable[[str], object] | None:
        if spec.kind not in (Kind.CHOICE, Kind.CURRENCY, Kind.DATE, Kind.BOOL, *_NUMBERS):
            return _AS_IS
        formats = self.formats

        def read(cell: str) -> object:
            return _cell_value(spec, cell, column, formats)

        if spec.kind not in (Kind.CHOICE, Kind.CURRENCY):
            return read
        known: dict[str, object] = {}

        def read_choice(cell: str) -> object:
            value = known.get(cell)
            if value is None:
                value = read(cell)
                if len(known) < _CHOICE_CACHE:
                    known[cell] = value
            return value

        return read_choice

    def values(self, row: CsvRow) -> RecordValues:
        """The field values of ``row`` (see the module's description)."""
        result = RecordValues(row.line, problems=list(row.problems))
        for column, spec in self.fields:
            cell = row.cells[column.index].strip()
            if cell:
                try:
                    result.values[spec.name] = _cell_value(spec, cell, column, self.formats)
                except _Unread as unread:
                    _problem(result, unread.code, unread.template, *unread.args_)
        for column in self.several:
            _read_several(result, self.rtype, row, column)
        for column in self.full_names:
            _read_full_name(result, row.cells[column.index], column, self.formats)
        return result

    def quick(self, row: CsvRow) -> dict[str, object] | None:
        """The values of ``row`` as :meth:`values` reads them, when it reads them without
        a problem; None for any other row (read it with :meth:`values`)."""
        if row.problems:
            return None
        cells = row.cells
        values: dict[str, object] = {}
        try:
            for index, name, read in self.readers:
                cell = cells[index].strip()
                if cell:
                    values[name] = cell if read is None else read(cell)
        except _Unread:
            return None
        if self.several or self.full_names:
            result = RecordValues(row.line, values)
            for column in self.several:
                _read_several(result, self.rtype, row, column)
            for column in self.full_names:
                _read_full_name(result, cells[column.index], column, self.formats)
            if result.problems:
                return None
        return values


def record_values(row: CsvRow, column_map: ColumnMap, formats: FileFormats) -> RecordValues:
    """The field values of ``row`` (see the module's description; a file's rows are read
    faster by one :class:`RowReader`)."""
    return RowReader(column_map, formats).values(row)


def _problem(result: RecordValues, code: str, template: str, *args: str | int) -> None:
    """A problem of the row: "%1" is its line, "%2"… the ``args``."""
    result.problems.append(Problem(code, template, (result.line, *args)))


def _cell_value(spec: FieldSpec, cell: str, column: ColumnMapping, formats: FileFormats) -> object:
    """A non-empty cell read into ``spec``'s field; raises :class:`_Unread`."""
    kind = spec.kind
    value: object = cell
    if kind is Kind.CHOICE:
        value = match_choice(cell, spec).value
        if value is None:
            raise _Unread(
                "unknown_choice",
                N_("Line %1: “%2” is not one of the choices of %3."),
                cell,
                spec.label,
            )
    elif kind is Kind.CURRENCY:
        value = cell.upper()
        if value not in spec.choices:
            raise _Unread(
                "unknown_choice", N_("Line %1: “%2” is not a currency of the program."), cell
            )
    elif kind is Kind.DATE:
        order = formats.dates.get(column.index)
        value = parse_date(cell, order.value if order else DateOrder.DMY)
        if value is None:
            raise _Unread(
                "not_a_date", N_("Line %1: “%2” in %3 is not a date."), cell, column.header
            )
    elif kind in _NUMBERS:
        mark = formats.numbers.get(column.index)
        number = parse_number(cell.rstrip("%"), mark.value if mark else ".")
        if number is None:
            raise _Unread(
                "not_a_number", N_("Line %1: “%2” in %3 is not a number."), cell, column.header
            )
        value = number
        if kind in (Kind.INTEGER, Kind.PERCENT) and number == number.to_integral_value():
            value = int(number)
    elif kind is Kind.BOOL:
        word = key(cell)
        if word not in _YES | _NO:
            raise _Unread(
                "not_yes_or_no", N_("Line %1: “%2” in %3 is not yes or no."), cell, column.header
            )
        value = word in _YES
    return value


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
