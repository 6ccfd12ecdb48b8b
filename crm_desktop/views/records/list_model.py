"""A windowed table model over :class:`~crm_desktop.services.records.lists.ListService`.

The model knows the row count from one ``count()`` and keeps a small LRU cache of pages
read on demand when a row is painted. It never loads a whole table (no ``fetchMore``
to the bottom): at a million rows that costs minutes and gigabytes, while a page near
what is on screen costs milliseconds. Sorting and filtering re-query in SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.views import formatting
from crm_desktop.views.palette import error_color
from crm_desktop.views.records.later_count import LaterCount
from crm_desktop.views.records.list_pages import ListPages
from crm_desktop.views.records.list_roles import (
    ALIGNMENT,
    DATA_ROLES,
    DELEGATE_ALIGN,
    DELEGATE_DISPLAY,
    DELEGATE_FOREGROUND,
    DELEGATE_ROLES,
    DISPLAY,
    FOREGROUND,
    HEADER_ROLES,
    LEFT,
    RAW,
    RECORD_ID,
    TOOLTIP,
)

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import ListQuery, ListRow

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 20
#: Rows read for the top of a list that has nothing cached yet (a new list, sort or filter):
#: a screen shows about 25-50 rows, and 64 rows cost half of what 200 do. The rest of the
#: page is read when a row past them is wanted.
FIRST_ROWS = 64
_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of one record type, as a :class:`ListQuery` selects and orders them."""

    #: a page could not be read (e.g. the database is busy); the message is for the user
    load_failed = Signal(str)
    #: (record id, row or None): the answer to :meth:`locate_later`
    record_located = Signal(int, object)
    #: the whole count of a quick-filtered list has come (see :meth:`count_known`)
    count_settled = Signal()

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
        self._pages = ListPages(page_size, max_pages)
        self._locale = QLocale()
        #: pages read from the database since the model was made (tests watch it)
        self.pages_fetched = 0
        self._query = self._explicit_sort(query)
        self._set_type(query.record_type)
        self._counts = LaterCount(services, self)
        self._counts.counted.connect(self._count_came)
        self._counts.failed.connect(self.load_failed)
        self._count = self._counts.first(self._query)
        #: counts resets, so that an answer to locate_later() about older rows is dropped
        self._resets = 0
        self.modelReset.connect(self._count_reset)

    # -- the query ---------------------------------------------------------------------------------
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of another query (other filter, sort, type or the recycle bin)."""
        query = self._explicit_sort(query)
        count = self._counts.first(query)
        self.beginResetModel()
        if query.record_type != self._query.record_type:
            self._set_type(query.record_type)
        self._query = query
        self._count = count
        self._pages.forget()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a change: recount, forget cached pages, repaint what is visible.

        The model cannot know where rows went (a record deleted in the middle, another
        moved by its new modification time), so it never claims "rows n..m were removed":
        a changed count resets the model, an equal count announces that all data changed.
        Views keep the selected record by its id (see RecordTable), not by its row. A
        quick filter's rows keep their number while they are counted again (a list
        scrolled past its first rows stays where it is); the new count then follows.
        """
        count = self._counts.first(self._query)
        if self._counts.waiting:
            count = max(count, self._count)
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self._pages.forget()
            self.endResetModel()
            return
        self._pages.forget()
        if self._count and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1)
            )

    def count_known(self) -> bool:
        """Whether :meth:`rowCount` is the whole count; else the list has more rows, still
        being counted."""
        return not self._counts.waiting

    def stop_counting(self) -> None:
        """Stop a later count under way (the window closes)."""
        self._counts.stop()

    def _count_came(self, count: int) -> None:
        # Pages in the second half were laid out from the end of the rows known then.
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self._pages.forget()
            self.endInsertRows()
        elif count < self._count:  # records deleted in the meantime
            self.beginResetModel()
            self._count = count
            self._pages.forget()
            self.endResetModel()
        self.count_settled.emit()

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
            self._pages.forget()
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
        # Not record_type(): the query still names the type shown before (set_query).
        record_type = self._services.registry.get(type_key)
        rule = record_type.overdue
        #: (position of the due field, of the status, the statuses that are done) or None
        self._overdue_at = (
            (self._position[rule.field], self._position[rule.status], rule.done) if rule else None
        )
        self._show([self._position[n] for n in record_type.list_columns])

    def _show(self, visible: list[int]) -> None:
        self._visible = visible
        specs = [self._fields[i] for i in visible]
        self._specs = specs
        self._alignments = [formatting.alignment(spec) for spec in specs]
        self._labels = [formatting.field_label(spec) for spec in specs]

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
        self._show(visible)
        self.endResetModel()

    def field_at(self, column: int) -> FieldSpec:
        return self._specs[column]

    def column_of(self, name: str) -> int | None:
        position = self._position.get(name)
        return self._visible.index(position) if position in self._visible else None

    # -- rows --------------------------------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        list_row = self._row(row)
        return list_row.id if list_row else None

    def row_of(self, record_id: int) -> int | None:
        """Row of a record among the cached pages (no query); None when not cached."""
        return self._pages.row_of(record_id)

    def find_row(self, record_id: int) -> int | None:
        """Row of a record, asking the database when its page is not cached.

        Finding the row counts the rows before the record (O(position)); its page is then
        read by keyset from the record and cached, so that showing the row does not walk
        the same distance again.
        """
        row = self.row_of(record_id)
        if row is not None:
            return row
        try:
            row = self._services.lists.row_index(self._query, record_id)
        except DomainError as exc:
            log.warning("cannot locate %s %s: %s", self._query.record_type, record_id, exc)
            return None
        if row is None or row >= self._count:
            return None
        try:
            self._fetch_around(record_id, row)
        except DomainError as exc:  # the row is known; painting it reads its page again
            log.warning("cannot read the page of %s %s: %s", self._query.record_type, row, exc)
        return row

    def locate_later(self, record_id: int) -> None:
        """Find a record's row once the event loop has painted what is waiting, then emit
        :attr:`record_located`. Finding a row is O(position) (see :meth:`find_row`): a view
        that keeps its record selected across a re-sort paints the new order first this
        way. No answer comes when the rows are reset again before then."""
        resets = self._resets
        QTimer.singleShot(0, self, lambda: self._locate(record_id, resets))

    def _locate(self, record_id: int, resets: int) -> None:
        if resets == self._resets:
            self.record_located.emit(record_id, self.find_row(record_id))

    def _count_reset(self) -> None:
        self._resets += 1

    def _fetch_around(self, record_id: int, row: int) -> None:
        start = self._pages.start_of(row, self._count)
        length = min(self._pages.page_size, self._count - start)
        page = self._services.lists.rows_around(self._query, record_id, row - start, length)
        self.pages_fetched += 1
        # Someone else's change between the two reads moves rows: then page as usual.
        if len(page) == length and page[row - start].id == record_id:
            self._pages.store(start, page)

    def values(self, row: int) -> dict[str, Any] | None:
        """Every column value of a row by field name (for copy, export of a selection)."""
        list_row = self._row(row)
        if list_row is None:
            return None
        return {f.name: list_row.values[i] for i, f in enumerate(self._fields)}

    def _row(self, row: int) -> ListRow | None:
        if not 0 <= row < self._count:
            return None
        start = self._pages.start_of(row, self._count)
        page = self._pages.page(start, row)
        if page is None:
            page = self._fetch(start, row)
        return page[row - start] if row - start < len(page) else None

    def _fetch(self, start: int, row: int) -> list[ListRow]:
        full = size = self._pages.page_size
        if start == 0 and row < FIRST_ROWS < size and not self._pages:
            size = FIRST_ROWS
        try:
            page = self._services.lists.page(
                self._query, start, size, total=self._count, more=self._counts.waiting
            )
        except DomainError as exc:
            # Painting cannot raise; keep an empty page (no retry storm) until refresh().
            log.warning("cannot read a page of %s: %s", self._query.record_type, exc)
            page = []
            self.load_failed.emit(str(exc))
            size = full
        self.pages_fetched += 1
        self._pages.store(start, page, short=len(page) == size < full)
        return page

    # -- QAbstractTableModel -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    # flags() is not overridden: QAbstractTableModel's own (enabled, selectable, no
    # children) is what a list row is, and costs no call into Python per painted cell.

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount(): two calls into Python for
        # every painted cell instead of this one.
        if 0 <= row < self._count and 0 <= column < len(self._visible) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # Rows are not numbered (the tables hide their vertical header): a header that
        # measures its first and last 100 sections then measures no text.
        if role not in HEADER_ROLES or orientation == Qt.Orientation.Vertical:
            return None
        if not 0 <= section < len(self._visible):
            return None
        if role == ALIGNMENT:
            return self._alignments[section] or LEFT
        return self._labels[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == FOREGROUND and self._overdue_at is not None:
            shown = self._row(index.row())
            return error_color() if shown is not None and self.overdue(shown) else None
        if role not in DATA_ROLES:
            return None
        column = index.column()
        if not 0 <= column < len(self._visible):
            return None
        if role == ALIGNMENT:
            return self._alignments[column]
        list_row = self._row(index.row())
        return None if list_row is None else self._value(list_row, column, role)

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan) -> None:
        """Every role a delegate paints with, in one call (Qt 6's item delegates ask so):
        one Python call per cell instead of seven."""
        column = index.column()
        if 0 <= column < len(self._visible) and len(roleDataSpan) == len(DELEGATE_ROLES):
            # QStyledItemDelegate's span, in its order: of its roles only the text and the
            # alignment have values here, so only those two entries are looked at.
            display, alignment = roleDataSpan[DELEGATE_DISPLAY], roleDataSpan[DELEGATE_ALIGN]
            if display.role() == DISPLAY and alignment.role() == ALIGNMENT:
                # The delegate reuses the span from cell to cell: every entry is set, even
                # to nothing, or a text column would take the number column's alignment.
                shown = self._row(index.row())
                display.setData(self._value(shown, column, DISPLAY) if shown else None)
                alignment.setData(self._alignments[column])
                if self._overdue_at is not None:
                    late = shown is not None and self.overdue(shown)
                    roleDataSpan[DELEGATE_FOREGROUND].setData(error_color() if late else None)
                return
        # Any other span: what QAbstractItemModel.multiData() does, every entry set.
        for role_data in roleDataSpan:
            role_data.setData(self.data(index, role_data.role()))

    def overdue(self, list_row: ListRow) -> bool:
        """Whether the row is past its due time and not done (the type's overdue rule)."""
        if self._overdue_at is None:
            return False
        due_at, status_at, done = self._overdue_at
        due, status = list_row.values[due_at], list_row.values[status_at]
        if due is None or status in done:
            return False
        if isinstance(due, dt.datetime):
            return bool(due < dt.datetime.now(dt.UTC))
        return bool(due < dt.date.today())

    def _value(self, list_row: ListRow, column: int, role: int) -> Any:
        if role == RECORD_ID:
            return list_row.id
        value = list_row.values[self._visible[column]]
        if role == RAW:
            return value
        spec = self._specs[column]
        currency = list_row.values[self._currency_at] if self._currency_at is not None else None
        text = formatting.display_text(spec, value, currency=currency, locale=self._locale)
        if role == TOOLTIP:
            if spec.kind is Kind.MONEY and text and currency:
                return f"{text} {currency}"
            return text or None
        return text
