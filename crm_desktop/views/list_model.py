"""A windowed table model over :class:`~crm_desktop.services.lists.ListService`.

The model knows the row count from one ``count()`` and keeps a small LRU cache of pages
read on demand when a row is painted. It never loads a whole table (no ``fetchMore``
to the bottom): at a million rows that costs minutes and gigabytes, while a page near
what is on screen costs milliseconds. Sorting and filtering re-query in SQL.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
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

from crm_desktop.errors import DomainError
from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.services import Services
from crm_desktop.services.lists import ListQuery, ListRow
from crm_desktop.views import formatting

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 20
#: the value as the service returned it (Decimal, date, bool ...), for sorting tests and copy
RAW_ROLE = Qt.ItemDataRole.UserRole
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of one record type, as a :class:`ListQuery` selects and orders them."""

    #: a page could not be read (e.g. the database is busy); the message is for the user
    load_failed = Signal(str)

    def __init__(
        self,
        services: Services,
        query: ListQuery,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._locale = QLocale()
        #: pages read from the database since the model was made (tests watch it)
        self.pages_fetched = 0
        self._query = self._explicit_sort(query)
        self._set_type(query.record_type)
        self._count = services.lists.count(self._query)

    # -- the query ---------------------------------------------------------------------------------
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of another query (other filter, sort, type or the recycle bin)."""
        query = self._explicit_sort(query)
        count = self._services.lists.count(query)
        self.beginResetModel()
        if query.record_type != self._query.record_type:
            self._set_type(query.record_type)
        self._query = query
        self._count = count
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a change: recount, forget cached pages, repaint what is visible.

        The model cannot know where rows went (a record deleted in the middle, another
        moved by its new modification time), so it never claims "rows n..m were removed":
        a changed count resets the model, an equal count announces that all data changed.
        Views keep the selected record by its id (see RecordTable), not by its row.
        """
        count = self._services.lists.count(self._query)
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self._pages.clear()
            self.endResetModel()
            return
        self._pages.clear()
        if self._count and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1)
            )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # -1 comes from a header without a sort indicator; keep the current order then.
        if not 0 <= column < self.columnCount():
            return
        spec = self.field_at(column)
        if not spec.sortable:
            return
        query = replace(
            self._query,
            sort_field=spec.name,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query != self._query:
            self.beginResetModel()
            self._query = query
            self._pages.clear()
            self.endResetModel()

    def sort_column(self) -> tuple[int | None, Qt.SortOrder]:
        """The visible column the rows are sorted by (None when it is hidden), and the order."""
        descending = self._query.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return self.column_of(self._query.sort_field or ""), order

    def _explicit_sort(self, query: ListQuery) -> ListQuery:
        # The service reads only the field of a type's default sort, not its direction
        # ("modified_at", newest first); spell both out so the header shows the truth.
        if query.sort_field is not None:
            return query
        name, descending = self._services.registry.get(query.record_type).default_sort
        return replace(query, sort_field=name, descending=descending)

    # -- columns -----------------------------------------------------------------------------------
    def _set_type(self, type_key: str) -> None:
        self._fields = self._services.lists.columns(type_key)
        self._position = {f.name: i for i, f in enumerate(self._fields)}
        self._currency_at = self._position.get("currency")
        self._visible = [self._position[n] for n in self.record_type().list_columns]

    def record_type(self) -> RecordType:
        return self._services.registry.get(self._query.record_type)

    def all_fields(self) -> tuple[FieldSpec, ...]:
        """Every field a column can show, visible or not, in registry order."""
        return self._fields

    def visible_columns(self) -> list[str]:
        return [self._fields[i].name for i in self._visible]

    def set_visible_columns(self, names: Sequence[str]) -> None:
        """Show these fields as columns, in this order; unknown names are skipped."""
        visible = [self._position[n] for n in dict.fromkeys(names) if n in self._position]
        if not visible or visible == self._visible:
            return
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()

    def field_at(self, column: int) -> FieldSpec:
        return self._fields[self._visible[column]]

    def column_of(self, name: str) -> int | None:
        position = self._position.get(name)
        return self._visible.index(position) if position in self._visible else None

    # -- rows --------------------------------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        list_row = self._row(row)
        return list_row.id if list_row else None

    def row_of(self, record_id: int) -> int | None:
        """Row of a record among the cached pages (no query); None when not cached."""
        for start, page in self._pages.items():
            for i, list_row in enumerate(page):
                if list_row.id == record_id:
                    return start + i
        return None

    def find_row(self, record_id: int) -> int | None:
        """Row of a record, asking the database when its page is not cached."""
        row = self.row_of(record_id)
        if row is None:
            try:
                row = self._services.lists.row_index(self._query, record_id)
            except DomainError as exc:
                log.warning("cannot locate %s %s: %s", self._query.record_type, record_id, exc)
                return None
        return row if row is not None and row < self._count else None

    def values(self, row: int) -> dict[str, Any] | None:
        """Every column value of a row by field name (for copy, export of a selection)."""
        list_row = self._row(row)
        if list_row is None:
            return None
        return {f.name: list_row.values[i] for i, f in enumerate(self._fields)}

    def _row(self, row: int) -> ListRow | None:
        if not 0 <= row < self._count:
            return None
        start = self._page_start(row)
        page = self._pages.get(start)
        if page is None:
            page = self._fetch(start)
        else:
            self._pages.move_to_end(start)
        return page[row - start] if row - start < len(page) else None

    def _page_start(self, row: int) -> int:
        # Pages in the second half are counted from the end, so that the last screen is
        # one full page (read backwards by the service), not a stub plus its neighbour.
        size = self._page_size
        if row < self._count // 2:
            return row - row % size
        from_end = (self._count - 1 - row) // size
        return max(0, self._count - (from_end + 1) * size)

    def _fetch(self, start: int) -> list[ListRow]:
        try:
            page = self._services.lists.page(self._query, start, self._page_size, total=self._count)
        except DomainError as exc:
            # Painting cannot raise; keep an empty page (no retry storm) until refresh().
            log.warning("cannot read a page of %s: %s", self._query.record_type, exc)
            page = []
            self.load_failed.emit(str(exc))
        self.pages_fetched += 1
        self._pages[start] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    # -- QAbstractTableModel -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self._visible):
            return None
        spec = self.field_at(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return formatting.field_label(spec)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return formatting.alignment(spec) or (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._visible):
            return None
        spec = self.field_at(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return formatting.alignment(spec)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            RAW_ROLE,
            RECORD_ID_ROLE,
        ):
            return None
        list_row = self._row(index.row())
        if list_row is None:
            return None
        if role == RECORD_ID_ROLE:
            return list_row.id
        value = list_row.values[self._visible[index.column()]]
        if role == RAW_ROLE:
            return value
        currency = list_row.values[self._currency_at] if self._currency_at is not None else None
        text = formatting.display_text(spec, value, currency=currency, locale=self._locale)
        if role == Qt.ItemDataRole.ToolTipRole:
            if spec.kind is Kind.MONEY and text and currency:
                return f"{text} {currency}"
            return text or None
        return text
