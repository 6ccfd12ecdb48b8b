"""The table of a record list (used by the lists and the recycle bin).

It keeps the selected record across refreshes and re-sorts by id, not by row, because
rows move.
Columns, their widths and the sort order are stored per list in QSettings as JSON text
(QSettings turns one-element lists into strings in INI files).
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.views import formatting
from crm_desktop.views.records.filter_header import FilterHeader
from crm_desktop.views.records.list_model import RecordTableModel
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import ListQuery

#: average characters a column of each kind is wide by default
_DEFAULT_CHARS = {
    Kind.TEXT: 18,
    Kind.EMAIL: 26,
    Kind.PHONE: 15,
    Kind.URL: 24,
    Kind.CHOICE: 19,
    Kind.CURRENCY: 5,
    Kind.MONEY: 14,
    Kind.INTEGER: 8,
    Kind.DECIMAL: 10,
    Kind.PERCENT: 6,
    Kind.BOOL: 4,
    Kind.REFERENCE: 22,
    Kind.USER: 16,
    Kind.DATE: 11,
    Kind.DATETIME: 17,
}
_MAX_DEFAULT_WIDTH = 320


class RecordTable(QTableView):
    """A windowed list of records with a column chooser on the header's context menu."""

    current_record_changed = Signal(object)  # int | None
    record_activated = Signal(int)
    #: (the header's menu, the column it is for): other parts add their entries
    column_menu_opening = Signal(QMenu, int)

    def __init__(
        self,
        services: Services,
        query: ListQuery,
        settings: QSettings,
        settings_group: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(FilterHeader(self))
        self._services = services
        self._settings = settings
        self._group = settings_group
        self._quiet = False
        self._applying_widths = False
        self._current_id: int | None = None
        self._pending_id: int | None = None
        #: a record kept current across a re-sort whose new row is looked for after the
        #: next paint (see _after_reset)
        self._locate_after_paint: int | None = None
        self._refreshing = False
        self._empty_text = ""
        self._model = RecordTableModel(services, self._saved_sort(query), self)
        self._restore_columns()
        # Hidden before the model comes: a shown vertical header measures row numbers.
        self.verticalHeader().hide()
        self.setModel(self._model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Every row the same height: the view never measures rows it has not fetched.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionResized.connect(self._section_resized)
        self._sync_sort_indicator()
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self._apply_widths()
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.activated.connect(self._activated)
        # Tab leaves the list for the next part of the window (a list is one stop of the
        # keyboard's way around it; the arrows move within it).
        self.setTabKeyNavigation(False)
        self._model.modelAboutToBeReset.connect(self._before_reset)
        self._model.modelReset.connect(self._after_reset)
        self._model.record_located.connect(self._record_located)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Ctrl+Home and Ctrl+End go to the first or last row in the current column: Qt's
        jump to the first or last column would scroll the names out of sight."""
        actions = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
        rows = self._model.rowCount()
        if cursorAction in actions and modifiers & Qt.KeyboardModifier.ControlModifier and rows:
            current = self.currentIndex()
            header = self.horizontalHeader()
            column = current.column() if current.isValid() else header.logicalIndexAt(0)
            last = cursorAction is QAbstractItemView.CursorAction.MoveEnd
            return self._model.index(rows - 1 if last else 0, max(column, 0))
        return super().moveCursor(cursorAction, modifiers)

    def set_empty_text(self, text: str) -> None:
        """What an empty list says instead of showing a blank page."""
        self._empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._locate_after_paint is not None:
            self._model.locate_later(self._locate_after_paint)
            self._locate_after_paint = None
        if self._empty_text and self._model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self._empty_text)
            painter.end()

    # -- records ----------------------------------------------------------------------------------
    def record_model(self) -> RecordTableModel:
        return self._model

    def query(self) -> ListQuery:
        return self._model.query()

    def current_record_id(self) -> int | None:
        return self._current_id

    def selected_record_ids(self) -> list[int]:
        """The records of the selected rows in list order (the current one if none is)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [record_id for row in rows if (record_id := self._model.record_id(row)) is not None]
        if not ids and self._current_id is not None:
            return [self._current_id]
        return ids

    def select_record(
        self, record_id: int | None, *, notify: bool = True, scroll: bool = True
    ) -> bool:
        """Make a record current (scrolling to it); False when the list does not show it."""
        row = self._model.find_row(record_id) if record_id is not None else None
        self._quiet = True
        try:
            if row is None:
                self.selectionModel().clear()
            else:
                index = self._model.index(row, 0)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.selectionModel().setCurrentIndex(index, flags)
                if scroll:
                    self.scrollTo(index)
        finally:
            self._quiet = False
        self._set_current(record_id if row is not None else None, notify)
        return row is not None

    def refresh(self) -> None:
        """Re-read the rows (after a change), keeping the current record selected and the
        scroll position: another user's save must not move the list under the reader."""
        current = self._current_id
        count = self._model.rowCount()
        scrolled = self.verticalScrollBar().value(), self.horizontalScrollBar().value()
        self._quiet = self._refreshing = True
        try:
            self._model.refresh()
        finally:
            self._quiet = self._refreshing = False
        # A new count resets the model, and the reset handler re-selects; an equal count
        # keeps the rows where they were, though the record may have moved.
        if self._model.rowCount() == count:
            self.select_record(current, scroll=False)
        self.updateGeometries()  # the scroll range of the new row count, before restoring
        self.verticalScrollBar().setValue(scrolled[0])
        self.horizontalScrollBar().setValue(scrolled[1])

    def set_query(self, query: ListQuery, settings_group: str | None = None) -> None:
        """Show other rows; a new ``settings_group`` brings that list's remembered columns."""
        if settings_group is not None and settings_group != self._group:
            self._group = settings_group
            query = self._saved_sort(query)
            self._model.set_query(query)
            self._restore_columns()
            self._sync_sort_indicator()
            self._apply_widths()
        else:
            self._model.set_query(query)

    def _set_current(self, record_id: int | None, notify: bool) -> None:
        if record_id != self._current_id:
            self._current_id = record_id
            if notify:
                self.current_record_changed.emit(record_id)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet:
            self._set_current(
                self._model.record_id(current.row()) if current.isValid() else None, True
            )

    def _activated(self, index: QModelIndex) -> None:
        record_id = self._model.record_id(index.row())
        if record_id is not None:
            self.record_activated.emit(record_id)

    def _before_reset(self) -> None:
        self._pending_id = self._current_id
        self._quiet = True

    def _after_reset(self) -> None:
        self._quiet = False
        self._locate_after_paint = None
        pending = self._pending_id
        if (
            pending is None
            or self._refreshing
            or not self.isVisible()
            or self._model.row_of(pending) is not None
        ):
            # Another user's save (refresh) keeps the record selected at once, as does a
            # reset whose rows already hold it, or a table not on screen.
            if not self.select_record(pending) and not self._refreshing:
                self.scrollToTop()  # other rows (a filter typed): from their first
        else:
            # A re-sort: finding the record's new row counts the rows before it (far down
            # a million rows, a tenth of a second). The new order is painted first; the
            # record stays current (its form stays on it) and is selected once found.
            self._quiet = True
            try:
                self.selectionModel().clear()
            finally:
                self._quiet = False
            self._locate_after_paint = pending
            self.viewport().update()
        self._sync_sort_indicator()
        self._apply_widths()

    def _record_located(self, record_id: int, row: int | None) -> None:
        if record_id != self._current_id or self.selectionModel().currentIndex().isValid():
            return  # the user chose another row meanwhile
        if row is None:
            self._set_current(None, True)
            self.scrollToTop()
        else:
            self.select_record(record_id)

    # -- columns, widths and sort ----------------------------------------------------------------
    def set_column_visible(self, name: str, visible: bool) -> None:
        columns = self._model.visible_columns()
        if visible and name not in columns:
            columns.append(name)
        elif not visible and name in columns and len(columns) > 1:
            columns.remove(name)
        self._model.set_visible_columns(columns)
        self._write("columns", self._model.visible_columns())

    def reset_columns(self) -> None:
        self._settings.remove(f"{self._group}/columns")
        self._settings.remove(f"{self._group}/widths")
        self._model.set_visible_columns(self._model.record_type().list_columns)
        self._apply_widths()

    def _column_menu(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        menu = self.column_menu()
        self.column_menu_opening.emit(menu, header.logicalIndexAt(pos))
        menu.popup(header.mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The column chooser: one checkable entry per field a column can show."""
        menu = QMenu(self)
        visible = self._model.visible_columns()
        for spec in self._model.all_fields():
            action = menu.addAction(formatting.field_label(spec))
            action.setCheckable(True)
            action.setChecked(spec.name in visible)
            action.setEnabled(not (spec.name in visible and len(visible) == 1))
            action.toggled.connect(
                lambda checked, name=spec.name: self.set_column_visible(name, checked)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    def _restore_columns(self) -> None:
        columns = self._read("columns")
        if isinstance(columns, list) and columns:
            self._model.set_visible_columns([c for c in columns if isinstance(c, str)])

    def _saved_sort(self, query: ListQuery) -> ListQuery:
        saved = self._read("sort")
        record_type = self._services.registry.get(query.record_type)
        if isinstance(saved, list) and len(saved) == 2 and isinstance(saved[0], str):
            name, descending = saved
            if record_type.has_field(name) and record_type.field(name).sortable:
                return replace(query, sort_field=name, descending=bool(descending))
        return query

    def _sync_sort_indicator(self) -> None:
        column, order = self._model.sort_column()
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(-1 if column is None else column, order)
        header.blockSignals(False)

    def _sort_changed(self, _column: int, _order: Qt.SortOrder) -> None:
        # The model ignores clicks on columns SQL cannot sort; put the indicator back.
        self._sync_sort_indicator()
        query = self.query()
        if query.sort_field:
            self._write("sort", [query.sort_field, query.descending])

    def _apply_widths(self) -> None:
        saved = self._read("widths")
        widths = saved if isinstance(saved, dict) else {}
        self._applying_widths = True
        try:
            for column in range(self._model.columnCount()):
                spec = self._model.field_at(column)
                width = widths.get(spec.name)
                if not isinstance(width, int) or width <= 0:
                    width = self.default_width(spec)
                self.setColumnWidth(column, width)
        finally:
            self._applying_widths = False

    def default_width(self, spec: FieldSpec) -> int:
        chars = _DEFAULT_CHARS.get(spec.kind, 18)
        if spec.name == "number":
            chars = 12
        elif (
            spec.name in self._model.record_type().title_fields
            and len(self._model.record_type().title_fields) == 1
        ):
            chars = 28  # the one column that names the record: "Viðhaldssamningur 2025"
        content = self.fontMetrics().averageCharWidth() * chars + 16
        header = self.horizontalHeader().fontMetrics()
        # Room for the label and the sort arrow, so no header is clipped at first sight.
        label = header.horizontalAdvance(formatting.field_label(spec)) + 32
        return min(max(content, label), _MAX_DEFAULT_WIDTH)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        # The last column stretches with the window; its width is not the user's choice.
        if self._applying_widths or column >= self._model.columnCount() - 1:
            return
        widths = self._read("widths")
        widths = widths if isinstance(widths, dict) else {}
        widths[self._model.field_at(column).name] = new
        self._write("widths", widths)

    def _read(self, key: str) -> Any:
        text = self._settings.value(f"{self._group}/{key}", "")
        try:
            return json.loads(text) if isinstance(text, str) and text else None
        except ValueError:
            return None

    def _write(self, key: str, value: Any) -> None:
        self._settings.setValue(f"{self._group}/{key}", json.dumps(value))


def requery(widget: QWidget, table: RecordTable, query: ListQuery) -> bool:
    """Show ``query`` in ``table``; a problem (busy database ...) is told, not raised."""
    try:
        table.set_query(query)
    except DomainError as exc:
        show_domain_error(widget, exc)
        return False
    return True
