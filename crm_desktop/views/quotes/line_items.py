"""The line items of a quote or sales order as a Qt table model.

The model edits the :class:`DocumentLine` objects of a document in place and knows nothing
of the database. It does no arithmetic either: the form computes the totals through
``services.quotes.totals`` and hands them back with :meth:`LineItemsModel.set_totals`, so
the line totals shown are the very figures that are saved and printed.

Text that is not a number is kept as typed (shown in red, with the reason as its tooltip)
instead of being dropped: :meth:`LineItemsModel.invalid_cells` tells the form what must be
fixed before it can save.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from crm_desktop.services.quotes.totals import INDIVIDUAL, Totals
from crm_desktop.services.quotes.types import DocumentLine
from crm_desktop.views import formatting, icons
from crm_desktop.views.palette import error_background, error_color
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.quotes.line_cells import (
    COLUMN_COUNT,
    DESCRIPTION,
    DISCOUNT,
    ITEM,
    QUANTITY,
    TAXES,
    TOTAL,
    UNIT,
    UNIT_PRICE,
    header_tips,
    headers,
    line_snapshot,
    tax_text,
)
from crm_desktop.views.quotes.line_rows import LineRow, LineRows
from crm_desktop.views.records.field_widgets import editable_decimal, parse_decimal

#: the column of each field the service names in "lines.<i>.<field>" messages
FIELD_COLUMNS = {
    "name": ITEM,
    "quantity": QUANTITY,
    "unit": UNIT,
    "unit_price": UNIT_PRICE,
    "discount_percent": DISCOUNT,
    "discount_amount": DISCOUNT,
    "taxes": TAXES,
    "description": DESCRIPTION,
}
NUMERIC_COLUMNS = frozenset({QUANTITY, UNIT_PRICE, DISCOUNT, TOTAL})
#: the value behind a cell (Decimal, list of taxes, product id ...), for delegates and tests
VALUE_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


_tr = translator("line_items")


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class LineItemsModel(LineRows, QAbstractTableModel):
    """The lines of one document: one row per line, in the document's order."""

    #: the user changed the lines (a cell, a row inserted, removed or moved); not emitted
    #: for what the form sets (lines loaded, totals, decimals, messages)
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LineRow] = []
        self._decimals = 2
        self._tax_mode = "Group"
        self._totals: Totals | None = None
        self._locale = QLocale()

    # -- what the form sets ---------------------------------------------------------------------
    def set_lines(self, lines: Sequence[DocumentLine]) -> None:
        """Show copies of ``lines`` (the caller's objects are not edited)."""
        self.beginResetModel()
        self._rows = [LineRow(copy.deepcopy(line)) for line in lines]
        self._totals = None
        self._locale = QLocale()
        self.endResetModel()

    def lines(self) -> list[DocumentLine]:
        """The lines as edited (the model's own objects: copy them to keep them)."""
        return [row.line for row in self._rows]

    def line(self, row: int) -> DocumentLine:
        return self._rows[row].line

    def set_decimals(self, decimals: int) -> None:
        if decimals != self._decimals:
            self._decimals = decimals
            self._all_changed()

    def decimals(self) -> int:
        return self._decimals

    def set_tax_mode(self, mode: str) -> None:
        self._tax_mode = mode

    def tax_mode(self) -> str:
        return self._tax_mode

    def set_totals(self, totals: Totals | None) -> None:
        """The figures computed for the lines as they are now (None: cannot be computed)."""
        self._totals = totals if totals is None or len(totals.lines) == len(self._rows) else None
        if self._rows:
            top, bottom = self.index(0, TOTAL), self.index(len(self._rows) - 1, TOTAL)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def snapshot(self) -> tuple[Any, ...]:
        return tuple((line_snapshot(r.line), tuple(sorted(r.invalid.items()))) for r in self._rows)

    # -- messages -------------------------------------------------------------------------------
    def invalid_cells(self) -> list[tuple[int, int]]:
        """(row, column) of the cells holding text that is not a value."""
        return [(i, c) for i, row in enumerate(self._rows) for c in sorted(row.invalid)]

    def set_errors(self, errors: dict[int, dict[int, str]]) -> None:
        """row -> column -> message (translated), from a refused save; {} clears them."""
        for i, row in enumerate(self._rows):
            row.errors = dict(errors.get(i, {}))
        self._all_changed()

    def errors(self) -> list[tuple[int, int, str]]:
        return [(i, c, m) for i, row in enumerate(self._rows) for c, m in row.errors.items()]

    # -- reading ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tips().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in NUMERIC_COLUMNS else _LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() == TOTAL:
            return flags
        if index.column() == TAXES and self._tax_mode != INDIVIDUAL:
            return flags  # group mode: the lines' taxes are kept but do not count
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column in row.invalid:
                return row.invalid[column]
            return self._display(row.line, index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            if column in row.invalid:
                return row.invalid[column]
            return self._edit_text(row.line, column)
        if role == VALUE_ROLE:
            return self._value(row.line, index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC_COLUMNS else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in row.invalid:
            return QBrush(error_color())
        if role == Qt.ItemDataRole.BackgroundRole and (
            column in row.invalid or column in row.errors
        ):
            return QBrush(error_background())
        if role == Qt.ItemDataRole.DecorationRole and column == ITEM and row.line.product_id:
            return icons.icon("product")
        return None

    def _valid(self, index: _Index) -> bool:
        return (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < COLUMN_COUNT
        )

    def _money(self, value: Decimal) -> str:
        return formatting.format_decimal(value, self._decimals, self._locale)

    def _display(self, line: DocumentLine, row: int, column: int) -> str:
        if column == ITEM:
            return line.name
        if column == QUANTITY:
            return formatting.format_decimal(line.quantity, None, self._locale)
        if column == UNIT:
            return formatting.choice_text(line.unit) if line.unit else ""
        if column == UNIT_PRICE:
            return editable_decimal(line.unit_price, self._decimals, self._locale)
        if column == DISCOUNT:
            if line.discount_percent:
                return f"{formatting.format_decimal(line.discount_percent, None, self._locale)} %"
            return self._money(line.discount_amount) if line.discount_amount else ""
        if column == TAXES:
            return tax_text(line.taxes, self._locale)
        if column == TOTAL:
            if self._totals is None:
                return "—"
            return self._money(self._totals.lines[row].total)
        return " ".join((line.description or "").split())

    def _edit_text(self, line: DocumentLine, column: int) -> Any:
        if column == QUANTITY:
            return editable_decimal(line.quantity, 0, self._locale)
        if column == UNIT_PRICE:
            return editable_decimal(line.unit_price, self._decimals, self._locale)
        if column == DISCOUNT:
            if line.discount_percent:
                return f"{editable_decimal(line.discount_percent, 0, self._locale)}%"
            if line.discount_amount:
                return editable_decimal(line.discount_amount, self._decimals, self._locale)
            return ""
        if column == UNIT:
            return line.unit
        if column == TAXES:
            return list(line.taxes)
        if column == DESCRIPTION:
            return line.description or ""
        return self._display(line, 0, column) if column != TOTAL else None

    def _value(self, line: DocumentLine, row: int, column: int) -> Any:
        if column == ITEM:
            return line.product_id
        if column == QUANTITY:
            return line.quantity
        if column == UNIT:
            return line.unit
        if column == UNIT_PRICE:
            return line.unit_price
        if column == DISCOUNT:
            if line.discount_percent:
                return ("percent", line.discount_percent)
            return ("amount", line.discount_amount) if line.discount_amount else None
        if column == TAXES:
            return list(line.taxes)
        if column == TOTAL:
            return None if self._totals is None else self._totals.lines[row].total
        return line.description

    def _tooltip(self, row: LineRow, column: int) -> str | None:
        if column in row.invalid:
            if column == DISCOUNT:
                return _tr("Not a number. Type 10% for a percent, or an amount.")
            return _tr("Not a number.")
        if column in row.errors:
            return row.errors[column]
        if column == ITEM and row.line.product_id:
            return _tr("From the product list; the name, price and unit stay editable.")
        if column == DESCRIPTION and row.line.description:
            return row.line.description
        return None

    # -- editing ----------------------------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = self._rows[index.row()], index.column()
        line = row.line
        row.errors.pop(column, None)
        if column in (QUANTITY, UNIT_PRICE, DISCOUNT):
            if not self._set_number(row, column, value):
                row.invalid[column] = str(value)
                self._changed(index.row(), column)
                return True
            row.invalid.pop(column, None)
        elif column == ITEM:
            line.name = str(value or "").strip()
        elif column == UNIT:
            line.unit = str(value) if value else None
        elif column == TAXES:
            line.taxes = [copy.copy(t) for t in value or []]
        elif column == DESCRIPTION:
            text = str(value or "").strip()
            line.description = text or None
        self._changed(index.row(), column)
        return True

    def _set_number(self, row: LineRow, column: int, value: Any) -> bool:
        """Store a typed number; False when the text is not one (the caller keeps the text)."""
        line = row.line
        if column == DISCOUNT:
            return self._set_discount(line, value)
        number = self._number(value)
        if number is False:
            return False
        if column == QUANTITY:
            if number is None:
                return False
            line.quantity = number
        else:
            line.unit_price = number if number is not None else Decimal(0)
        return True

    def _number(self, value: Any) -> Decimal | bool | None:
        if isinstance(value, Decimal):
            return value
        if isinstance(value, int):
            return Decimal(value)
        try:
            return parse_decimal(str(value or ""), QLocale())
        except ValueError:
            return False

    def _set_discount(self, line: DocumentLine, value: Any) -> bool:
        if isinstance(value, tuple):  # ("percent" | "amount", Decimal)
            kind, number = value
            percent = number if kind == "percent" else None
            amount = number if kind == "amount" else None
        else:
            text = str(value or "").strip()
            is_percent = text.endswith("%")
            number = self._number(text.rstrip("%").strip())
            if number is False:
                return False
            percent = number if is_percent else None
            amount = None if is_percent else number
        line.discount_percent = percent or None
        line.discount_amount = amount or None
        return True

    def set_note(self, row: int, column: int, text: str) -> None:
        """A message on one cell (shown like a save's message) until the cell is edited."""
        if 0 <= row < len(self._rows):
            self._rows[row].errors[column] = text
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def set_product(self, row: int, product_line: DocumentLine) -> None:
        """Fill a line from a product (name, description, unit, price); the quantity, the
        discount and the taxes the user set stay."""
        if not 0 <= row < len(self._rows):
            return
        target = self._rows[row]
        line = target.line
        line.name = product_line.name
        line.description = product_line.description
        line.unit = product_line.unit
        line.unit_price = product_line.unit_price
        line.product_id = product_line.product_id
        for column in (ITEM, UNIT, UNIT_PRICE, DESCRIPTION):
            target.invalid.pop(column, None)
            target.errors.pop(column, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        self.edited.emit()

    def _changed(self, row: int, column: int) -> None:
        index = self.index(row, column)
        self.dataChanged.emit(index, index)
        self.edited.emit()

    def _all_changed(self) -> None:
        if self._rows:
            bottom = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), bottom)
