"""The list of one record type: quick filter, saved filters and the table.

The quick filter re-queries 250 ms after the last key press, so typing a name does not
run a query per letter. Filters always run in SQL (see services.lists).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import Condition
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views import formatting, icons
from crm_desktop.views.board.toggle import BoardToggle
from crm_desktop.views.campaigns.add_to_campaign import campaign_action
from crm_desktop.views.records.duplicates_dialog import find_duplicates
from crm_desktop.views.records.filter_dialog import FilterDialog, coerce_conditions
from crm_desktop.views.records.list_column_filters import ColumnFilters
from crm_desktop.views.records.list_export import ListExport
from crm_desktop.views.records.record_table import RecordTable, requery
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import FilterInfo

QUICK_FILTER_DELAY_MS = 250


@dataclass(frozen=True)
class _Entry:
    """One line of the saved-filter combo."""

    text: str
    conditions: tuple[Condition, ...] = ()
    quick: str | None = None
    column_filters: tuple[Condition, ...] = ()
    #: the id of a user's own filter (the only kind that can be deleted)
    filter_id: int | None = None
    custom: bool = False


class ListPanel(QWidget):
    """Everything above and in the list of one record type."""

    record_activated = Signal(str, int)
    current_changed = Signal(str, object)  # type key, id or None
    count_changed = Signal(int)
    #: a page could not be read; for the status bar
    problem = Signal(str)

    def __init__(
        self,
        services: Services,
        type_key: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"list_{type_key}")
        self.services = services
        self.type_key = type_key
        self.record_type = services.registry.get(type_key)
        self._conditions: tuple[Condition, ...] = ()
        self._entries: list[_Entry] = []

        self.title = QLabel(formatting.registry_text(self.record_type.label))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.quick_edit = QLineEdit()
        self.quick_edit.setPlaceholderText(self.tr("Quick filter (Ctrl+F)"))
        self.quick_edit.setClearButtonEnabled(True)
        self.quick_edit.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.quick_edit.setAccessibleName(self.tr("Quick filter"))
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Saved filter"))
        # As wide as 8 characters, not as its longest filter name: on a narrow list the
        # quick filter keeps room to be typed into; the open list shows the names whole.
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMinimumContentsLength(8)
        # Room for a word beside the search icon and the clear button.
        self.quick_edit.setMinimumWidth(
            self.quick_edit.fontMetrics().horizontalAdvance("n" * 8) + 40
        )
        self.filter_button = QToolButton()
        self.filter_button.setText(self.tr("Filter…"))
        self.filter_button.setIcon(icons.icon("filter"))
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.filter_button.setToolTip(self.tr("Filter by conditions"))
        self.filter_button.clicked.connect(self.open_filter_dialog)
        menu = QMenu(self.filter_button)
        menu.addAction(self.tr("Conditions…"), self.open_filter_dialog)
        menu.addAction(self.tr("Save filter…"), self._ask_save_filter)
        self.delete_filter_action = menu.addAction(
            self.tr("Delete filter"), self._ask_delete_filter
        )
        menu.addSeparator()
        menu.addAction(self.tr("Show all records"), self.clear_filter)
        if services.duplicates.supports(type_key):
            menu.addAction(self.tr("Find duplicates…"), lambda: find_duplicates(self))
        campaign = campaign_action(self)
        if campaign is not None:
            menu.addAction(campaign)
        menu.addSeparator()
        # In the menu, not a button of the bar: the bar's width is the list's narrowest.
        self.export_action = menu.addAction(self.tr("Export this list…"), self.export_list)
        self.export_action.setToolTip(
            self.tr("Export the list as it is filtered and sorted (CSV, Excel…)")
        )
        # What a role may not do is not offered (the service refuses it anyway).
        self.export_action.setVisible(services.access.may(type_key, "export"))
        self.filter_button.setMenu(menu)

        # The list opens on its type's default filter (open opportunities, leads not
        # converted): the work to do. "All records" in the filter box shows the rest.
        default = self.record_type.default_filter_spec()
        if default is not None:
            self._conditions = coerce_conditions(self.record_type, default.conditions)
        query = ListQuery(type_key, conditions=self._conditions)
        self.table = RecordTable(services, query, settings, f"lists/{type_key}")
        self.table.setObjectName(f"table_{type_key}")
        self.table.current_record_changed.connect(
            lambda record_id: self.current_changed.emit(type_key, record_id)
        )
        self.table.record_activated.connect(
            lambda record_id: self.record_activated.emit(type_key, record_id)
        )
        model = self.table.record_model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._emit_count)
        model.count_settled.connect(self._emit_count)  # the same rows, now all counted
        model.modelReset.connect(self._update_empty_text)
        # Queued: the model notices inside a paint, where no message box may open.
        model.load_failed.connect(self.problem, Qt.ConnectionType.QueuedConnection)
        self.column_filters = ColumnFilters(services, self.table, self)
        self.column_filters.changed.connect(self.apply_filters)
        self.exporter = ListExport(services, self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.export_action)

        self._quick_timer = QTimer(self)
        self._quick_timer.setSingleShot(True)
        self._quick_timer.setInterval(QUICK_FILTER_DELAY_MS)
        self._quick_timer.timeout.connect(self.apply_filters)
        self.quick_edit.textChanged.connect(self._quick_timer.start)
        self.quick_edit.returnPressed.connect(self.apply_filters)

        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addSpacing(12)
        bar.addWidget(self.quick_edit, 1)
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.filter_button)
        layout = QVBoxLayout(self)
        self.board: BoardToggle | None = None
        if self.record_type.board is not None:
            self.board = BoardToggle(self, layout, settings)
            bar.addWidget(self.board.button)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.column_filters.summary)
        layout.addWidget(self.table, 1)
        # Tab walks the bar before the rows; the list takes focus on its rows, not through
        # a focus proxy, which would leave the bar out of the keyboard's reach.
        QWidget.setTabOrder(self.quick_edit, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.filter_button)
        QWidget.setTabOrder(self.filter_button, self.table)
        self.filter_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._update_empty_text()
        self.reload_filters()
        if default is not None:
            self._select_entry(self._builtin_index(default.conditions))
        self.filter_combo.activated.connect(self._entry_chosen)
        if self.board is not None:
            self.board.restore()

    # -- state -----------------------------------------------------------------------------------
    def query(self) -> ListQuery:
        return self.table.query()

    def count(self) -> int:
        """The rows of the list; more when not :meth:`count_known`."""
        return self.table.record_model().rowCount()

    def count_known(self) -> bool:
        """False while a quick filter's matches are still being counted."""
        return self.table.record_model().count_known()

    def whole_count(self) -> int:
        """The rows of the list, counted now if still being counted (for a dialog that
        acts on all of them)."""
        if self.count_known():
            return self.count()
        return self.services.lists.count(self.query())

    def conditions(self) -> tuple[Condition, ...]:
        return self._conditions

    def current_record_id(self) -> int | None:
        return self.table.current_record_id()

    def select_record(self, record_id: int | None, *, notify: bool = True) -> bool:
        return self.table.select_record(record_id, notify=notify)

    def refresh(self) -> None:
        try:
            self.table.refresh()
        except DomainError as exc:
            show_domain_error(self, exc)
        if self.board is not None:
            self.board.requery()

    def focus_quick_filter(self) -> None:
        self.quick_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_edit.selectAll()

    def _emit_count(self) -> None:
        self.count_changed.emit(self.count())

    def is_filtered(self) -> bool:
        """Whether a quick filter, a saved filter's conditions or a column filter is on."""
        query = self.query()
        return bool(query.quick or query.conditions or query.column_filters)

    def _update_empty_text(self) -> None:
        if self.is_filtered():
            self.table.set_empty_text(self.tr("No records match the filter."))
        else:
            self.table.set_empty_text(self.tr("No records yet. Ctrl+N adds one."))

    # -- filtering -------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Re-query with the quick filter text and the conditions as they are now."""
        self._quick_timer.stop()
        query = replace(
            self.query(),
            quick=self.quick_edit.text().strip(),
            conditions=self._conditions,
            column_filters=self.column_filters.conditions(),
        )
        if query != self.query() and requery(self, self.table, query) and self.board:
            self.board.requery()

    def set_quick_filter(self, text: str) -> None:
        """Type ``text`` into the quick filter and apply it at once."""
        self.quick_edit.setText(text)
        self.apply_filters()

    def set_conditions(self, conditions: tuple[Condition, ...]) -> None:
        """Filter by conditions that are not (yet) a saved filter."""
        self._conditions = tuple(conditions)
        self._select_entry(self._custom_index() if conditions else 0)
        self.apply_filters()

    def clear_filter(self) -> None:
        self._conditions = ()
        self.column_filters.set_all((), notify=False)
        self._select_entry(0)
        self.quick_edit.clear()
        self.apply_filters()

    def export_list(self) -> None:
        """Ask how and where, then export the list as it is filtered and sorted."""
        try:
            count = self.whole_count()
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self.exporter.ask(self.query(), count, self.table.record_model().visible_columns())

    def apply_saved_filter(self, name: str) -> bool:
        """Choose the saved (or built-in) filter shown as ``name``; False if there is none."""
        for i, entry in enumerate(self._entries):
            if entry.text == name and not entry.custom and i > 0:
                self._select_entry(i)
                self._entry_chosen(i)
                return True
        return False

    def current_filter_name(self) -> str:
        return self.filter_combo.currentText()

    def open_filter_dialog(self) -> None:
        dialog = FilterDialog(
            self.services, self.type_key, self._conditions, self.quick_edit.text(), self
        )
        if dialog.exec() != FilterDialog.DialogCode.Accepted:
            return
        saved = dialog.saved_filter()
        if saved is not None:
            self.reload_filters(select_id=saved.id)
            self._conditions = coerce_conditions(self.record_type, saved.conditions)
            self.apply_filters()
        else:
            self.set_conditions(dialog.conditions())

    def save_current_filter(self, name: str) -> FilterInfo:
        """Save the conditions, quick filter and column filters as the user's filter
        ``name``."""
        info = self.services.filters.save(
            self.type_key,
            name,
            self._conditions,
            self.quick_edit.text().strip(),
            self.column_filters.conditions(),
        )
        self.reload_filters(select_id=info.id)
        return info

    def delete_current_filter(self) -> bool:
        entry = self._entries[self.filter_combo.currentIndex()]
        if entry.filter_id is None:
            return False
        self.services.filters.delete(entry.filter_id)
        self.reload_filters()
        self.clear_filter()
        return True

    def reload_filters(self, select_id: int | None = None) -> None:
        """Fill the combo: all records, the built-in filters, then the user's own."""
        try:
            infos = self.services.filters.filters(self.type_key)
        except DomainError as exc:
            show_domain_error(self, exc)
            infos = []
        self._entries = [_Entry(self.tr("All records"))]
        for info in infos:
            text = formatting.registry_text(info.name) if info.builtin else info.name
            entry = _Entry(text, info.conditions, info.quick or None, info.column_filters, info.id)
            self._entries.append(entry)
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for entry in self._entries:
            self.filter_combo.addItem(entry.text)
        self.filter_combo.blockSignals(False)
        self._fit_filter_list()
        selected = next(
            (i for i, e in enumerate(self._entries) if select_id and e.filter_id == select_id), 0
        )
        self._select_entry(selected)

    def _builtin_index(self, conditions: tuple[Condition, ...]) -> int:
        """The entry of the built-in filter of ``conditions``; 0 (all records) if none."""
        return next(
            (
                i
                for i, e in enumerate(self._entries)
                if i > 0 and e.filter_id is None and not e.custom and e.conditions == conditions
            ),
            0,
        )

    def _custom_index(self) -> int:
        if not self._entries[-1].custom:
            self._entries.append(_Entry(self.tr("Custom filter"), custom=True))
            self.filter_combo.addItem(self._entries[-1].text)
            self._fit_filter_list()
        return len(self._entries) - 1

    def _fit_filter_list(self) -> None:
        view = self.filter_combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)

    def _select_entry(self, index: int) -> None:
        if not 0 <= index < len(self._entries):
            index = 0
        self.filter_combo.setCurrentIndex(index)
        entry = self._entries[index]
        self.delete_filter_action.setEnabled(entry.filter_id is not None)

    def _entry_chosen(self, index: int) -> None:
        entry = self._entries[index]
        self._select_entry(index)
        if entry.custom:
            return
        self._conditions = coerce_conditions(self.record_type, entry.conditions)
        self.column_filters.set_all(entry.column_filters, notify=False)
        if entry.quick is not None or index == 0:
            self.quick_edit.blockSignals(True)
            self.quick_edit.setText(entry.quick or "")
            self.quick_edit.blockSignals(False)
        self.apply_filters()

    def _ask_save_filter(self) -> None:
        entry = self._entries[self.filter_combo.currentIndex()]
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save filter"),
            self.tr("Name of the filter:"),
            text=entry.text if entry.filter_id is not None else "",
        )
        if ok and name.strip():
            try:
                self.save_current_filter(name)
            except DomainError as exc:
                show_domain_error(self, exc)

    def _ask_delete_filter(self) -> None:
        entry = self._entries[self.filter_combo.currentIndex()]
        if entry.filter_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete filter"),
            self.tr("Delete the filter “%1”?").replace("%1", entry.text),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.delete_current_filter()
            except DomainError as exc:
                show_domain_error(self, exc)
