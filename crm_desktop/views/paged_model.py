"""A table model of rows read a page at a time from a service, as they come on screen.

It knows the row count up front (one count query), reads the page of a row when the
view first asks for it, and keeps the pages read last (a list scrolled end to end does
not hold every row). A subclass says how to read a page and what a row shows.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

PAGE_SIZE = 100
MAX_PAGES = 20
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        #: pages read since the model was made (tests watch it)
        self.pages_fetched = 0

    def read_page(self, offset: int, limit: int) -> list[Row]:
        """Rows ``offset`` to ``offset + limit`` from the service."""
        raise NotImplementedError

    def reset_rows(self, count: int) -> None:
        """Forget the pages read: the rows are now ``count`` others (call it between
        ``beginResetModel`` and ``endResetModel``)."""
        self._pages.clear()
        self._count = count

    def row_at(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self.read_page(number * PAGE_SIZE, PAGE_SIZE)
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- the model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None
