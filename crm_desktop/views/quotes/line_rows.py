"""The rows of the line-item model: what a row holds, and rows inserted, removed and moved.

Lines are inserted, removed and moved by the editor's buttons and keys, or dragged to
another place in the table; :class:`LineRows` is that part of
:class:`~crm_desktop.views.quotes.line_items.LineItemsModel`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.services.quotes.totals import INDIVIDUAL
from crm_desktop.services.quotes.types import DocumentLine

if TYPE_CHECKING:
    from crm_desktop.services.quotes.types import DocumentTax

MIME_TYPE = "application/x-crm-desktop-line-rows"

_Index = QModelIndex | QPersistentModelIndex


@dataclass
class LineRow:
    line: DocumentLine
    #: column -> text that could not be read (kept as typed)
    invalid: dict[int, str] = field(default_factory=dict)
    #: column -> the service's message from the last save attempt
    errors: dict[int, str] = field(default_factory=dict)


class LineRows:
    """The part of :class:`LineItemsModel` that inserts, removes and moves its rows."""

    _rows: list[LineRow]
    _tax_mode: str
    edited: Any

    # -- rows -------------------------------------------------------------------------------------
    def insertRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            self._rows.insert(row + offset, LineRow(self._new_line(row + offset)))
        self.endInsertRows()
        self.edited.emit()
        return True

    def _new_line(self, row: int) -> DocumentLine:
        # In the individual tax mode a new line is taxed like the one above it, which is
        # what a list of similar items needs; the user may change it.
        taxes: list[DocumentTax] = []
        if self._tax_mode == INDIVIDUAL and row > 0:
            taxes = [copy.copy(t) for t in self._rows[row - 1].line.taxes]
        return DocumentLine(name="", taxes=taxes)

    def insert_line(self, row: int, line: DocumentLine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, LineRow(copy.deepcopy(line)))
        self.endInsertRows()
        self.edited.emit()

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        """Move ``count`` rows so that they stand before row ``destination_child``."""
        last = source_row + count - 1
        if (
            source_parent.isValid()
            or destination_parent.isValid()
            or count < 1
            or source_row < 0
            or last >= len(self._rows)
            or not 0 <= destination_child <= len(self._rows)
            or source_row <= destination_child <= last + 1
        ):
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        block = self._rows[source_row : last + 1]
        del self._rows[source_row : last + 1]
        target = destination_child if destination_child < source_row else destination_child - count
        self._rows[target:target] = block
        self.endMoveRows()
        self.edited.emit()
        return True

    def move_up(self, row: int, count: int = 1) -> bool:
        return row > 0 and self.moveRows(QModelIndex(), row, count, QModelIndex(), row - 1)

    def move_down(self, row: int, count: int = 1) -> bool:
        end = row + count
        return end < len(self._rows) and self.moveRows(
            QModelIndex(), row, count, QModelIndex(), end + 1
        )

    # -- drag and drop ----------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if self._valid(i)})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(rows).encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Move the dragged rows before ``row`` (or the row dropped on, or to the end).

        Returns False even when the rows moved: a view that is told a move succeeded
        removes the dragged rows afterwards, as if they had been copied elsewhere."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            rows = [int(r) for r in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except ValueError:
            return False
        if not rows or rows != list(range(rows[0], rows[0] + len(rows))):
            return False  # the view selects contiguous rows only
        target = parent.row() if parent.isValid() else row
        if target < 0:
            target = len(self._rows)
        self.moveRows(QModelIndex(), rows[0], len(rows), QModelIndex(), target)
        return False
