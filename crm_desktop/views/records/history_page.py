"""The "History" tab of every form: each change of the record on show, newest first,
with who made it and the field's value before and after, filtered by field and by person.

Rows are read a page at a time from the history's index (record type, record id, time)
as they come on screen: a record edited daily for years has thousands of changes. The
values are shown as the form shows them: linked records and users by name, picklist
values in the user's language, dates and amounts in the user's format.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import Kind, RecordType, RelatedTab
from crm_desktop.services import Services
from crm_desktop.services.history.types import INVITEES, LINES, HistoryRow, Summary
from crm_desktop.views import formatting
from crm_desktop.views.paged_model import Index, PagedTableModel
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

_tr = translator("record_history")


def kind_text(kind: str) -> str:
    """What a history entry's kind of change is called in the user's language."""
    texts = {
        "created": _tr("Created"),
        "updated": _tr("Changed"),
        "deleted": _tr("Moved to the recycle bin"),
        "restored": _tr("Restored"),
        "converted": _tr("Converted"),
        "import": _tr("Imported"),
        "merge": _tr("Merged"),
        "merged": _tr("Merged into"),
        "members": _tr("Members"),
    }
    return texts.get(kind, kind)


class HistoryModel(PagedTableModel[HistoryRow]):
    """A record's changes, a page at a time; one count, then the rows near the screen."""

    def __init__(self, services: Services, record_type: RecordType, parent: QObject | None = None):
        headers = [
            _tr("When"),
            _tr("By"),
            _tr("Change"),
            _tr("Field"),
            _tr("Old value"),
            _tr("New value"),
        ]
        super().__init__(headers, parent)
        self.history = services.history
        self.record_type = record_type
        self.record_id: int | None = None
        #: the filters: a field's key, a user's id (None: any)
        self.field: str | None = None
        self.user_id: int | None = None
        self.currency: str | None = None
        self._locale = QLocale()

    def set_record(
        self, record_id: int | None, field: str | None = None, user_id: int | None = None
    ) -> None:
        self.beginResetModel()
        self.record_id, self.field, self.user_id = record_id, field, user_id
        key = self.record_type.key
        count = 0
        if record_id is not None:
            count = self.history.count(key, record_id, field=field, user_id=user_id)
            self.currency = self.history.currency(key, record_id)
        self.reset_rows(count)
        self.endResetModel()

    def read_page(self, offset: int, limit: int) -> list[HistoryRow]:
        assert self.record_id is not None  # no record: no rows to read
        return self.history.page(
            self.record_type.key,
            self.record_id,
            field=self.field,
            user_id=self.user_id,
            offset=offset,
            limit=limit,
        )

    def field_label(self, name: str | None) -> str:
        if name is None:
            return ""
        if name == LINES:
            return _tr("Lines")
        if name == INVITEES:
            return _tr("Invitees")
        if self.record_type.has_field(name):
            return formatting.field_label(self.record_type.field(name))
        return name

    @staticmethod
    def change_text(row: HistoryRow) -> str:
        """The kind of change, and the merged record it belongs to if it is not the
        record's own."""
        if row.merged_from is None:
            return kind_text(row.kind)
        name = row.merged_name or _tr("record %1").replace("%1", str(row.merged_from))
        return _tr("%1 (merged record %2)").replace("%1", kind_text(row.kind)).replace("%2", name)

    def value_text(self, row: HistoryRow, value: Any, text: str | None) -> str:
        if isinstance(value, Summary):  # a quote's line: its words in the user's language
            return value.shown(lambda english: QCoreApplication.translate("validation", english))
        if text is not None:
            return text
        if value is None or row.field is None or not self.record_type.has_field(row.field):
            return "" if value is None else str(value)
        spec = self.record_type.field(row.field)
        if spec.kind is Kind.BOOL:
            return _tr("Yes") if value else _tr("No")
        return formatting.display_text(spec, value, currency=self.currency, locale=self._locale)

    # -- the model interface --------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if column == 0:
            return formatting.format_datetime(row.changed_at, self._locale)
        if column == 1:
            return row.user_name
        if column == 2:
            return self.change_text(row)
        if column == 3:
            return self.field_label(row.field)
        if column == 4:
            return self.value_text(row, row.old, row.old_text)
        return self.value_text(row, row.new, row.new_text)


class HistoryPage(QWidget):
    """The page under a form (see RelatedTab.page "history"): a field and a person to
    filter by, and the table of changes."""

    # The signals every page of RelatedTabs has; this one opens and creates nothing.
    open_record = Signal(str, int)
    new_related = Signal(str, dict)
    count_changed = Signal()

    def __init__(self, services: Services, tab: RelatedTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tab = tab
        self.record_id: int | None = None
        self._columns_fitted = False
        self.model = HistoryModel(services, services.registry.get(tab.record_type), self)
        self.field_filter = QComboBox(self)
        self.field_filter.setAccessibleName(self.tr("Show changes of the field"))
        self.person_filter = QComboBox(self)
        self.person_filter.setAccessibleName(self.tr("Show changes made by"))
        for combo in (self.field_filter, self.person_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fit the columns to the rows on screen only: a history may be long.
        self.table.horizontalHeader().setResizeContentsPrecision(0)

        filters = QHBoxLayout()
        field_label = QLabel(self.tr("&Field:"), self)
        field_label.setBuddy(self.field_filter)
        person_label = QLabel(self.tr("Changed &by:"), self)
        person_label.setBuddy(self.person_filter)
        for widget in (field_label, self.field_filter, person_label, self.person_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def set_record(self, record_id: int | None) -> None:
        changed = record_id != self.record_id
        self.record_id = record_id
        self._read(reset_filters=changed)

    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        """Read again (a save, here or by anyone): new entries show, the filters stay."""
        self._read(reset_filters=False)

    def _read(self, *, reset_filters: bool) -> None:
        field = None if reset_filters else self.field_filter.currentData()
        user_id = None if reset_filters else self.person_filter.currentData()
        try:
            self._fill_filters(field, user_id)
            self.model.set_record(self.record_id, field, user_id)
        except DomainError as exc:  # a busy or vanished database: say so, keep the rows
            show_domain_error(self, exc)
            return
        self._fit_columns()
        self.count_changed.emit()

    def _fit_columns(self) -> None:
        """Columns as wide as the rows on screen; a hidden table would measure every row
        (Qt takes them all when it cannot tell which are on screen), so it waits to be
        shown."""
        self._columns_fitted = self.table.isVisible()
        if self._columns_fitted:
            # The last column, the new value, takes the width that is left.
            for column in range(self.model.columnCount() - 1):
                self.table.resizeColumnToContents(column)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_fitted:
            # The table itself is shown after its page: measure once it is.
            QTimer.singleShot(0, self._fit_columns)

    def _fill_filters(self, field: str | None, user_id: int | None) -> None:
        """The fields and people of the record's history, with the current ones chosen."""
        fields: list[str] = []
        people: list[tuple[int, str]] = []
        if self.record_id is not None:
            key = self.tab.record_type
            fields = self.services.history.fields(key, self.record_id)
            people = self.services.history.people(key, self.record_id)
        for combo in (self.field_filter, self.person_filter):
            combo.blockSignals(True)
            combo.clear()
        self.field_filter.addItem(self.tr("All fields"), None)
        for name in fields:
            self.field_filter.addItem(self.model.field_label(name), name)
        self.person_filter.addItem(self.tr("Everyone"), None)
        for person_id, name in people:
            self.person_filter.addItem(name, person_id)
        for combo, wanted in ((self.field_filter, field), (self.person_filter, user_id)):
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)

    def _filter(self) -> None:
        try:
            self.model.set_record(
                self.record_id, self.field_filter.currentData(), self.person_filter.currentData()
            )
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self._fit_columns()
        self.count_changed.emit()
