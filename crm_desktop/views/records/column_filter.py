"""A list column's filter, as a spreadsheet's header offers it: a popup under the column's
header with what fits the column's kind.

* text (names, e-mails, phones, references): contains / starts with;
* dates and points in time: a range (from, to; either may stay open);
* numbers and amounts: a range;
* yes/no, choices, currencies and owners: the column's values among the list's rows with
  how many rows hold each (one GROUP BY, read on a worker thread), to tick.

The popup gives back the conditions of its column (none: the filter is cleared); the list
joins them with the quick filter and the saved filter's conditions in one query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry import Condition, FieldSpec, Kind
from crm_desktop.services.records.types import ValueCount
from crm_desktop.views import formatting

#: kinds filtered by ticking values (few values each)
VALUE_KINDS = (Kind.BOOL, Kind.CHOICE, Kind.CURRENCY, Kind.USER)
RANGE_KINDS = (Kind.DATE, Kind.DATETIME, Kind.INTEGER, Kind.DECIMAL, Kind.MONEY, Kind.PERCENT)
#: the most values a column's list shows (the most frequent)
VALUE_LIMIT = 50


class ColumnFilterPopup(QFrame):
    """The filter of one column; emits :attr:`applied` with its conditions."""

    applied = Signal(object)  # tuple[Condition, ...]

    def __init__(
        self, spec: FieldSpec, conditions: Sequence[Condition], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("column_filter")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.spec = spec
        self._locale = QLocale()
        self.title = QLabel(self.tr("Filter “%1”").replace("%1", formatting.field_label(spec)))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        self._conditions: Callable[[], tuple[Condition, ...]]
        if spec.kind in VALUE_KINDS:
            self._build_values(layout, conditions)
        elif spec.kind in RANGE_KINDS:
            self._build_range(layout, conditions)
        else:
            self._build_text(layout, conditions)
        buttons = QDialogButtonBox()
        self.clear_button = buttons.addButton(
            self.tr("Clear"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.apply_button = buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setDefault(True)
        self.clear_button.clicked.connect(lambda: self._finish(()))
        self.apply_button.clicked.connect(lambda: self._finish(self._conditions()))
        layout.addWidget(buttons)

    def conditions(self) -> tuple[Condition, ...]:
        """The conditions as the popup shows them now."""
        return self._conditions()

    def _finish(self, conditions: tuple[Condition, ...]) -> None:
        self.applied.emit(conditions)
        self.close()

    # -- text --------------------------------------------------------------------------------
    def _build_text(self, layout: QVBoxLayout, conditions: Sequence[Condition]) -> None:
        self.text_op = QComboBox()
        self.text_op.addItem(self.tr("contains"), "contains")
        self.text_op.addItem(self.tr("starts with"), "starts")
        self.text_edit = QLineEdit()
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("n" * 24))
        self.text_edit.returnPressed.connect(lambda: self._finish(self._conditions()))
        for c in conditions:
            if c.op in ("contains", "starts"):
                self.text_op.setCurrentIndex(self.text_op.findData(c.op))
                self.text_edit.setText(str(c.value or ""))
        layout.addWidget(self.text_op)
        layout.addWidget(self.text_edit)
        self.text_edit.setFocus()

        def read() -> tuple[Condition, ...]:
            text = self.text_edit.text().strip()
            op = str(self.text_op.currentData())
            return (Condition(self.spec.name, op, text),) if text else ()

        self._conditions = read

    # -- ranges ------------------------------------------------------------------------------
    def _build_range(self, layout: QVBoxLayout, conditions: Sequence[Condition]) -> None:
        bounds = {c.op: c.value for c in conditions}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("From")), 0, 0)
        grid.addWidget(QLabel(self.tr("To")), 1, 0)
        layout.addLayout(grid)
        if self.spec.kind in (Kind.DATE, Kind.DATETIME):
            self._build_dates(grid, bounds)
        else:
            self._build_numbers(grid, bounds)

    def _build_dates(self, grid: QGridLayout, bounds: dict[str, Any]) -> None:
        moments = self.spec.kind is Kind.DATETIME
        start, end = bounds.get("ge"), bounds.get("lt" if moments else "le")
        if moments:  # kept as the local midnights around the days chosen
            start = start.astimezone().date() if isinstance(start, dt.datetime) else None
            end = (end.astimezone() - dt.timedelta(days=1)).date() if end else None
        self.date_from, self.date_to = QCheckBox(), QCheckBox()
        edits = []
        today = dt.date.today()
        for row, (check, value) in enumerate(((self.date_from, start), (self.date_to, end))):
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.date_display_format(self._locale))
            edit.setDate(QDate(value or today))
            edit.setEnabled(value is not None)
            check.setChecked(value is not None)
            check.toggled.connect(edit.setEnabled)
            grid.addWidget(check, row, 1)
            grid.addWidget(edit, row, 2)
            edits.append(edit)
        self.from_edit, self.to_edit = edits

        def read() -> tuple[Condition, ...]:
            found = []
            first = self.from_edit.date().toPython() if self.date_from.isChecked() else None
            last = self.to_edit.date().toPython() if self.date_to.isChecked() else None
            if moments:
                midnight = dt.time()
                if first is not None:
                    local = dt.datetime.combine(first, midnight).astimezone()
                    found.append(Condition(self.spec.name, "ge", local))
                if last is not None:
                    after = dt.datetime.combine(last + dt.timedelta(days=1), midnight)
                    found.append(Condition(self.spec.name, "lt", after.astimezone()))
            else:
                if first is not None:
                    found.append(Condition(self.spec.name, "ge", first))
                if last is not None:
                    found.append(Condition(self.spec.name, "le", last))
            return tuple(found)

        self._conditions = read

    def _build_numbers(self, grid: QGridLayout, bounds: dict[str, Any]) -> None:
        edits = []
        for row, op in enumerate(("ge", "le")):
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            value = bounds.get(op)
            if value is not None:
                edit.setText(formatting.format_decimal(Decimal(value), None, self._locale))
            edit.returnPressed.connect(lambda: self._finish(self._conditions()))
            grid.addWidget(edit, row, 1)
            edits.append(edit)
        self.number_from, self.number_to = edits
        self.number_from.setFocus()

        def read() -> tuple[Condition, ...]:
            found = []
            for op, edit in (("ge", self.number_from), ("le", self.number_to)):
                number = formatting.parse_decimal(edit.text(), self._locale)
                if number is not None:
                    value = int(number) if self.spec.kind is Kind.INTEGER else number
                    found.append(Condition(self.spec.name, op, value))
            return tuple(found)

        self._conditions = read

    # -- values ------------------------------------------------------------------------------
    def _build_values(self, layout: QVBoxLayout, conditions: Sequence[Condition]) -> None:
        chosen = next((c.value for c in conditions if c.op == "in"), None)
        self._chosen = None if chosen is None else set(chosen)
        self.all_box = QCheckBox(self.tr("(Select all)"))
        self.all_box.setChecked(self._chosen is None)
        self.all_box.toggled.connect(self._tick_all)
        self.value_list = QListWidget()
        self.value_list.setMinimumWidth(self.fontMetrics().horizontalAdvance("n" * 26))
        self.value_list.itemChanged.connect(self._value_ticked)
        self.note = QLabel(self.tr("Counting…"))
        self.note.setWordWrap(True)
        layout.addWidget(self.all_box)
        layout.addWidget(self.value_list)
        layout.addWidget(self.note)

        def read() -> tuple[Condition, ...]:
            items = [self.value_list.item(i) for i in range(self.value_list.count())]
            checked = Qt.CheckState.Checked
            ticked = tuple(
                i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == checked
            )
            if self.all_box.isChecked() or not items:
                return ()
            return (Condition(self.spec.name, "in", ticked),)

        self._conditions = read

    def set_values(self, values: Sequence[ValueCount], complete: bool) -> None:
        """Show the column's values and their counts (the answer of the GROUP BY)."""
        self.value_list.blockSignals(True)
        self.value_list.clear()
        shown = [v.value for v in values]
        # A value ticked before that no row of the list holds now stays offered.
        extra = sorted(self._chosen - set(shown), key=str) if self._chosen else []
        rows = [(v.value, v.count, v.name) for v in values]
        rows += [(value, 0, None) for value in extra]
        for value, count, name in rows:
            label = self.tr("%1 (%2)").replace("%1", self._text(value, name))
            item = QListWidgetItem(label.replace("%2", self._locale.toString(count)))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = self._chosen is None or value in self._chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.value_list.addItem(item)
        self.value_list.blockSignals(False)
        if complete:
            self.note.hide()
        else:
            self.note.setText(
                self.tr("Only the %1 most frequent values are listed.").replace(
                    "%1", str(len(values))
                )
            )

    def set_problem(self, message: str) -> None:
        self.note.setText(message)

    def _text(self, value: Any, name: str | None) -> str:
        if value is None:
            return self.tr("(empty)")
        if name:
            return name
        if self.spec.kind is Kind.BOOL:
            return self.tr("Yes") if value else self.tr("No")
        return formatting.display_text(self.spec, value, locale=self._locale)

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.value_list.blockSignals(True)
        for i in range(self.value_list.count()):
            self.value_list.item(i).setCheckState(state)
        self.value_list.blockSignals(False)

    def _value_ticked(self, _item: QListWidgetItem) -> None:
        items = [self.value_list.item(i) for i in range(self.value_list.count())]
        every = all(i.checkState() == Qt.CheckState.Checked for i in items)
        self.all_box.blockSignals(True)
        self.all_box.setChecked(every)
        self.all_box.blockSignals(False)
