"""The column filters of one list: which columns are filtered and how, their popups, the
header's marks and the line under the bar that names them with a way to clear them.

The list (ListPanel) asks :meth:`ColumnFilters.conditions` when it builds its query and
re-queries on :attr:`ColumnFilters.changed`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from shiboken6 import isValid

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.records.types import ValueCount
from crm_desktop.views import formatting
from crm_desktop.views.jobs import Jobs
from crm_desktop.views.records.column_filter import VALUE_KINDS, VALUE_LIMIT, ColumnFilterPopup
from crm_desktop.views.records.filter_header import FilterHeader
from crm_desktop.views.records.record_table import RecordTable


class ColumnFilters(QObject):
    changed = Signal()

    def __init__(self, services: Services, table: RecordTable, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._table = table
        self._by_field: dict[str, tuple[Condition, ...]] = {}
        self.jobs = Jobs(self)
        #: the popup on show (tests drive it)
        self.popup: ColumnFilterPopup | None = None
        header = table.horizontalHeader()
        assert isinstance(header, FilterHeader)
        self._header = header
        header.set_filterable(True)
        header.filter_requested.connect(self.open_popup)
        table.column_menu_opening.connect(self._add_to_menu)
        table.record_model().modelReset.connect(self._mark)
        self.summary = QLabel()
        self.summary.setObjectName("column_filter_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda _link: self.clear())
        self.summary.hide()

    # -- state -------------------------------------------------------------------------------
    def conditions(self) -> tuple[Condition, ...]:
        return tuple(c for conditions in self._by_field.values() for c in conditions)

    def of_field(self, name: str) -> tuple[Condition, ...]:
        return self._by_field.get(name, ())

    def set_field(self, name: str, conditions: Sequence[Condition]) -> None:
        """Filter the column of ``name`` by ``conditions`` (none: not filtered)."""
        if conditions:
            self._by_field[name] = tuple(conditions)
        else:
            self._by_field.pop(name, None)
        self._mark()
        self.changed.emit()

    def set_all(self, conditions: Sequence[Condition], *, notify: bool = True) -> None:
        """Replace every column filter (a saved filter chosen)."""
        self._by_field = {}
        for c in conditions:
            self._by_field[c.field] = (*self._by_field.get(c.field, ()), c)
        self._mark()
        if notify:
            self.changed.emit()

    def clear(self) -> None:
        if self._by_field:
            self.set_all(())

    # -- the popup ---------------------------------------------------------------------------
    def open_popup(self, column: int, button: QRect) -> ColumnFilterPopup:
        model = self._table.record_model()
        spec = model.field_at(column)
        popup = ColumnFilterPopup(spec, self.of_field(spec.name), self._table)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.applied.connect(lambda conditions: self.set_field(spec.name, conditions))
        popup.adjustSize()
        screen = self._table.screen().availableGeometry()
        x = min(button.right() - popup.width(), screen.right() - popup.width())
        popup.move(max(screen.left(), x), button.bottom() + 1)
        if spec.kind in VALUE_KINDS:
            # The GROUP BY of a million rows takes a moment: on a worker thread.
            query = model.query()
            self.jobs.run(
                lambda _context: self._services.lists.value_counts(query, spec.name, VALUE_LIMIT),
                lambda found: self._show_values(popup, found),
                on_error=lambda message: isValid(popup) and popup.set_problem(message),
            )
        self.popup = popup
        popup.show()
        return popup

    def open_for(self, name: str) -> ColumnFilterPopup | None:
        """The popup of the column showing field ``name`` (None when it is hidden)."""
        column = self._table.record_model().column_of(name)
        if column is None:
            return None
        self._header.request_filter(column)
        return self.popup

    def _add_to_menu(self, menu: QMenu, column: int) -> None:
        """The header's menu starts with the column's filter and a way to clear them all."""
        if column < 0:
            return
        first = menu.actions()[0]
        label = formatting.field_label(self._table.record_model().field_at(column))
        open_filter = QAction(self.tr("Filter “%1”…").replace("%1", label), menu)
        open_filter.triggered.connect(lambda: self._header.request_filter(column))
        clear = QAction(self.tr("Clear column filters"), menu)
        clear.setEnabled(bool(self._by_field))
        clear.triggered.connect(self.clear)
        menu.insertActions(first, [open_filter, clear])
        menu.insertSeparator(first)

    @staticmethod
    def _show_values(popup: ColumnFilterPopup, found: tuple[list[ValueCount], bool]) -> None:
        if isValid(popup):  # not closed (and deleted) before the values came
            popup.set_values(*found)

    # -- what shows it -----------------------------------------------------------------------
    def _mark(self) -> None:
        model = self._table.record_model()
        columns = {model.column_of(name) for name in self._by_field}
        self._header.set_filtered({c for c in columns if c is not None})
        if not self._by_field:
            self.summary.hide()
            return
        record_type = model.record_type()
        names = ", ".join(
            formatting.field_label(record_type.field(name)) for name in self._by_field
        )
        text = self.tr("Columns filtered: %1").replace("%1", names.replace("<", "&lt;"))
        clear = self.tr("Clear column filters")
        self.summary.setText(f'{text} · <a href="clear">{clear}</a>')
        self.summary.show()
